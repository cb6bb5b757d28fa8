/**
 * @module answer/plan-opening.test
 * A plan's short item dates one round (`1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026`, Kế hoạch 3024/KH-SCT, a real dev
 * archive file): the event it dates is named by the plan's opening, whose legal bases (`Căn cứ Luật …`, six lines
 * of them) come before the request that names the mine (`Xét đề nghị của Chi nhánh Mỏ tuyển đồng Sin Quyền …`).
 * Read past the legal bases, the opening shows the topic and the date answers (#14: the answerer's own wrong
 * declines); a round the plan does not hold, for a body it does not name, is still declined.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { useCorpusStore } from './test-corpus.ts';

describe('a plan’s round dated by a short item, its opening read past the legal bases', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'plan-opening'));

  it('states the round’s date', async () => {
    const { db, embedder } = store();
    const question =
      'Đợt 2 kiểm tra kỹ thuật an toàn vật liệu nổ cho Chi nhánh Mỏ tuyển đồng Sin Quyền bắt đầu lúc nào?';
    const a = await ask(db, { question }, { embedder });
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/13h30’ ngày 03\/6\/2026/);
  });

  it('declines a round of a plan on another subject', async () => {
    const { db, embedder } = store();
    const a = await ask(
      db,
      { question: 'Đợt 2 kiểm tra cấp phép khai thác cát lòng sông bắt đầu lúc nào?' },
      { embedder },
    );
    expect(a.abstained).toBe(true);
  });
});

describe('a `bao nhiêu N` answered by the clause that states the count of N', () => {
  // The same dev archive plans: `Xét đề nghị của 19 đơn vị gồm: …` lists the units it counts. The answerer's query
  // drops `bao nhiêu` with the other question words, so search must be given it back to rank the counting clause (#14).
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'plan-opening'));

  it.each([
    [
      'Sở Công Thương lập kế hoạch kiểm tra tháng 7/2026 về an toàn vật liệu nổ theo đề nghị của bao nhiêu đơn vị?',
      '19 đơn vị',
    ],
  ])('states the count: %s', async (question, count) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect(a.abstained).toBe(false);
    expect(a.answer.split('\n')[0]).toContain(count);
  });
});
