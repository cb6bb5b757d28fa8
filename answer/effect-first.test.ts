/**
 * @module answer/effect-first.test
 * "Có hiệu lực từ ngày nào?" is answered by the document's effect clause even when another clause of it
 * states a date counted from that day (`Trong thời gian 30 ngày kể từ ngày Thông tư này có hiệu lực`):
 * excerpt of Thông tư 13/2026/TT-BQP, dev archive.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'effect-limit');

describe('the effect clause answers when a document takes effect', () => {
  const store = useCorpusStore(FIXTURES);

  it.each([
    'Thông tư của Bộ Quốc phòng hướng dẫn Luật Hóa chất năm 2026 có hiệu lực từ ngày nào?',
    'thong tu bo quoc phong huong dan luat hoa chat hieu luc tu ngay nao',
    'When does the Ministry of Defence circular implementing the Chemicals Law take effect?',
  ])('%s', async (question) => {
    const { db, embedder } = store();
    const answer = await ask(db, { question }, { embedder });
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toMatch(/12\/0?2\/2026|12 tháng 0?2 năm 2026|12 February 2026/);
    expect(answer.answer).not.toMatch(/^[^“]*30 ngày/);
  });
});
