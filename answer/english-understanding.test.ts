/**
 * @module answer/english-understanding.test
 * English questions on the seed corpus: words met in another form than the glossary's (a hyphen,
 * a derivation) are understood, the README's headline question answers with the lead body, and
 * words nothing could read are named in the answer instead of being dropped silently.
 */
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';
import { verifyCitations } from './verify-citations.ts';

describe('English questions on the seeds', () => {
  const store = useCorpusStore();
  const answer = async (question: string) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect((await verifyCitations(db, a.citations)).rejected).toEqual([]);
    return a;
  };

  it('answers the headline question with the lead body of sand-mining oversight', async () => {
    const a = await answer('which body leads the sand-mining oversight?');
    expect(a).toMatchObject({ kind: 'lead', abstained: false });
    expect(a.answer).toMatch(/^Ban cán sự đảng Ủy ban nhân dân thành phố leads/);
    expect(a.citations[0].quote).toContain('khai thác cát');
  });

  it('names a word nothing could read, and still answers from what it understood', async () => {
    const a = await answer('Which body leads the sand-mining oversight along the riverfront promenades?');
    expect(a.abstained).toBe(false);
    expect(a.answer).toContain('“promenades”');
  });

  it('abstains when the words not understood carry the question', async () => {
    const a = await answer('Who leads the zorbing and parasailing festivals?');
    expect(a.abstained).toBe(true);
    expect(a.answer).toMatch(/zorbing/);
  });
});
