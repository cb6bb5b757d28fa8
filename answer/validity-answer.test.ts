import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { classifyQuestion } from './classify.ts';
import { composeAnswer } from './compose.ts';
import { verifyCitations } from './verify-citations.ts';
import { storeValidityDecrees } from './validity-fixtures.ts';

describe('validity answers', () => {
  const db = useEngine(engines[0]);
  beforeAll(async () => {
    await storeValidityDecrees(db());
  });

  it.each([
    ['Văn bản nào thay thế Nghị định 163/2013/NĐ-CP?', 'thay thế'],
    ['van ban nao thay the nghi dinh 163/2013/ND-CP', 'thay thế'],
    ['What replaced Decree 163/2013/ND-CP?', 'replaces'],
  ])('%s', async (question, verb) => {
    const q = classifyQuestion(question);
    expect(q.kind).toBe('validity');
    const { answer } = await composeAnswer(db(), q);
    expect(answer.abstained).toBe(false);
    expect(answer.answer).toContain(`71/2019/NĐ-CP ${verb}`);
    expect(answer.citations[0]).toMatchObject({ documentId: 'nd-71-2019' });
    expect(answer.citations[0].quote).toContain('thay thế Nghị định số 163/2013/NĐ-CP');
    expect((await verifyCitations(db(), answer.citations)).rejected).toEqual([]);
  });

  it.each([
    ['Điều 6 Nghị định 146/2025/NĐ-CP còn hiệu lực không?', 'Điều 6 của 146/2025/NĐ-CP hết hiệu lực'],
    ['dieu 6 nghi dinh 146/2025/ND-CP con hieu luc khong', 'Điều 6 của 146/2025/NĐ-CP hết hiệu lực'],
    ['What amended Decree 146/2025/ND-CP?', 'No stored document amend'],
  ])('%s', async (question, says) => {
    const q = classifyQuestion(question);
    expect(q.kind).toBe('validity');
    const { answer } = await composeAnswer(db(), q);
    expect(answer.answer).toContain(says);
  });

  it.each([
    ['Nghị định 146/2025/NĐ-CP hết hiệu lực khi nào?', 'Hết hiệu lực từ 01/3/2027'],
    ['nd 146/2025 het hieu luc khi nao', 'Hết hiệu lực từ 01/3/2027'],
    ['When does Decree 146/2025/ND-CP cease to have effect?', 'Ceases to have effect on 1 March 2027'],
  ])('%s: the end the decree states of itself, from its closing article', async (question, says) => {
    const { answer } = await composeAnswer(db(), classifyQuestion(question));
    expect(answer.answer).toContain(says);
    expect(answer.citations[0].quote).toContain('hết hiệu lực kể từ ngày 01 tháng 3 năm 2027');
    expect((await verifyCitations(db(), answer.citations)).rejected).toEqual([]);
  });

  it('says so when it cites a clause of a document since partly repealed, citing the repealing clause', async () => {
    const q = classifyQuestion('Ai cho phép sản xuất, nhập khẩu, sử dụng hóa chất thuộc Danh mục hóa chất cấm?');
    const { answer } = await composeAnswer(db(), q);
    expect(answer.citations.some((c) => c.documentId === 'nd-146-2025')).toBe(true);
    expect(answer.meta.validity).toContainEqual(
      expect.objectContaining({ documentId: 'nd-146-2025', status: 'partly_repealed' }),
    );
    expect(answer.answer).toMatch(/Lưu ý: .*146\/2025\/NĐ-CP hết hiệu lực một phần .*theo 26\/2026\/NĐ-CP/);
    expect(answer.citations.some((c) => c.documentId === 'nd-26-2026')).toBe(true);
    expect((await verifyCitations(db(), answer.citations)).rejected).toEqual([]);
  });

  it('leaves questions that name no document or article to their usual kind', () => {
    expect(classifyQuestion('Ai chủ trì bổ sung nguồn lực?').kind).not.toBe('validity');
    expect(classifyQuestion('văn bản nào triển khai Kết luận 81?').kind).toBe('lineage');
  });
});
