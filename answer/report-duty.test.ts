/**
 * @module answer/report-duty.test
 * A reporting duty is its recipient and its time limit together: asked whom a body reports to, the answer states the
 * limit the duty's sentence sets too (#14). Chương III of Thông tư 13/2026/TT-BQP (a real dev archive file): Điều 7
 * has the Chemical Corps report to the Minister by 30 January.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

/** The answer's own words: its quotes left out. */
const ownWords = (answer: string) => answer.replace(/“[^”]*”/g, '');

describe('a question on a reporting duty', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'report-duty'));

  it.each([
    'Binh chủng Hóa học báo cáo số lượng hóa chất cấm cho ai?',
    'To whom does the Chemical Corps report the quantity of banned chemicals?',
  ])('states the limit beside the recipient: %s', async (question) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect(a.kind).toBe('report');
    expect(ownWords(a.answer)).toContain('30 tháng 01 hằng năm');
  });
});
