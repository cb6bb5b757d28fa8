import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { classifyQuestion } from './classify.ts';
import { composeAnswer } from './compose.ts';
import { verifyCitations } from './verify-citations.ts';
import { storeValidityDecrees } from './validity-fixtures.ts';

describe('lineage answers up a named document', () => {
  const db = useEngine(engines[0]);
  beforeAll(async () => {
    await storeValidityDecrees(db());
  });

  it.each([
    ['Nghị định 71/2019/NĐ-CP thay thế nghị định nào?', 'nd-71-2019', '163/2013/NĐ-CP'],
    ['nghi dinh 71/2019/nd-cp thay the nghi dinh nao', 'nd-71-2019', '163/2013/NĐ-CP'],
    ['Which decree did Decree 71/2019/ND-CP replace?', 'nd-71-2019', '163/2013/NĐ-CP'],
    ['Nghị định 26/2026/NĐ-CP bãi bỏ nghị định nào?', 'nd-26-2026', '146/2025/NĐ-CP'],
  ])('%s', async (question, citing, changed) => {
    const q = classifyQuestion(question);
    expect(q.kind).toBe('lineage');
    const { answer } = await composeAnswer(db(), q);
    expect(answer.abstained).toBe(false);
    // Every document it changes is listed, each with the clause that changes it.
    expect(answer.answer).toContain(changed);
    expect(answer.answer).not.toMatch(/còn hiệu lực|in force/);
    const number = changed.replace(/\/.*/, '');
    expect(answer.citations.some((c) => c.documentId === citing && c.quote.includes(number))).toBe(true);
    expect((await verifyCitations(db(), answer.citations)).rejected).toEqual([]);
  });
});
