/**
 * @module answer/deadline-open.test
 * A question read as a deadline whose date sits in a short item under its heading (`1.2. Đợt 2: Từ 13h30’ ngày
 * 03/6/2026`, Thông báo 3059/TB-SCT, a real dev archive file) is answered by the value answerer stating that date:
 * the item names only `Đợt 2`, the lead-in above it (`1. Thời gian, đối tượng kiểm tra:`) and the notice's opening
 * name the event — not declined because no clause alone shows the topic with a date (#14: wrong declines).
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';
import { verifyCitations } from './verify-citations.ts';

describe('a deadline stated by a short item under its lead-in', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'schedule'));

  it.each([
    'Đợt 2 kiểm tra kỹ thuật an toàn vật liệu nổ cho Chi nhánh Mỏ tuyển đồng Sin Quyền bắt đầu lúc nào?',
    'dot 2 kiem tra an toan vln sin quyen bat dau luc nao',
  ])('states the item’s date: %s', async (question) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect(a.kind).toBe('deadline');
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^Thời hạn: Từ 13h30’ ngày 03\/6\/2026/);
    const { rejected } = await verifyCitations(db, a.citations);
    expect(rejected).toEqual([]);
  });
});
