/**
 * @module answer/deadline-quoted.test
 * A deadline question the value answerer cannot state is answered by the open answerer's quote only when that quote
 * holds a date by the question's words (#14): a circular on mine design (Thông tư 31/2025/TT-BCT, a real dev
 * archive file) says who appraises a basic design but no time limit for it, so `trong bao nhiêu ngày` is declined,
 * not answered with the related clause — the decline quotes that clause, saying it states no time limit.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

describe('a deadline question whose related quote states no date', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'design-appraisal'));

  it.each([
    'Cơ quan chuyên môn về xây dựng phải thẩm định thiết kế cơ sở dự án khai thác khoáng sản trong bao nhiêu ngày?',
    'Within how many days must the construction authority appraise the basic design of a mining project?',
  ])('declines: %s', async (question) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect(a.kind).toBe('deadline');
    expect(a.abstained).toBe(true);
    // The decline says what the documents do say about the topic, cited: the appraisal clause, with no time limit.
    expect(a.answer).toMatch(/nhưng không nêu thời hạn|but give no deadline or date/);
    expect(a.citations.length).toBeGreaterThan(0);
  });
});
