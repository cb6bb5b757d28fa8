/**
 * @module answer/effective-date.test
 * "Có hiệu lực khi nào?" asks a date that only the document's effect clause states, among clauses that
 * show the question's topic words (excerpt of Nghị quyết 66.18/2026/NQ-CP, dev archive).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'effect');

describe('effective date of a document named by its topic', () => {
  const store = useCorpusStore(FIXTURES);

  it.each([
    'Nghị quyết về phân quyền, cắt giảm, đơn giản hóa thủ tục hành chính số 66.18/2026 có hiệu lực khi nào?',
    'nghi quyet ve phan quyen, cat giam, don gian hoa Nghi quyet ve phan quyen thu tuc hanh chinh co hieu luc tu ngay nao',
  ])('%s', async (question) => {
    const { db, embedder } = store();
    const answer = await ask(db, { question }, { embedder });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/01\/07\/2026|01 tháng 7 năm 2026|1\/7\/2026/);
  });
});
