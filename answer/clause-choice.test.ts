/**
 * @module answer/clause-choice.test
 * The answer cites the clause that holds the fact, not the one that shows most of the question's words: in
 * NĐ 181/2024 (Điều 4, 5, 8), "what education must the manager of an explosives trader have" is stated in
 * khoản 2 Điều 4, while Điều 8's training clauses repeat more of the question's words (#14, the largest class).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'chooser');

describe('the clause an answer cites', () => {
  const store = useCorpusStore(FIXTURES);

  it('holds the fact, not the most words of the question (fails with the re-ranked order)', async () => {
    const { db, embedder } = store();
    const question =
      'What education does Decree 181/2024 require of the manager of a company trading in industrial explosives?';
    const a = await ask(db, { question }, { embedder });
    expect(a.abstained).toBe(false);
    expect(a.citations[0]?.quote).toContain('đại học trở lên');
  });
});
