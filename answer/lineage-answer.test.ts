import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../core/store/index.ts';
import { extrasOf } from '../core/store/test-fixtures.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
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

describe('lineage answers up a document the question describes without naming it', () => {
  const db = useEngine(engines[0]);
  beforeAll(async () => {
    await storeValidityDecrees(db());
    // A Lào Cai Sở Công Thương notice (archive, April 2026): no number printed, its opening states the plan it carries out.
    const name = 'tb-sct-kiem-tra-vlncn';
    const doc = parseDocument(readFileSync(join(import.meta.dirname, `fixtures/lineage/${name}.txt`), 'utf8'), {
      documentId: name,
      sourceName: `${name}.txt`,
    });
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
  });

  it.each([
    ['Thông báo tổ chức kiểm tra thợ mìn ngày 29/4/2026 thực hiện kế hoạch nào?', 'Kế hoạch 2242/KH-SCT'],
    ['thong bao kiem tra tho min, chi huy no min o hoi truong tang 3 thuc hien ke hoach nao', 'Kế hoạch 2242/KH-SCT'],
    ['Which plan does the notice on testing blasting crews at the third-floor hall carry out?', 'Plan 2242/KH-SCT'],
  ])('%s', async (question, plan) => {
    const { answer } = await composeAnswer(db(), classifyQuestion(question));
    expect(answer.answer).toContain(plan);
    expect(answer.citations[0]).toMatchObject({ documentId: 'tb-sct-kiem-tra-vlncn' });
    expect(answer.citations[0].quote).toContain('Thực hiện Kế hoạch số 2242/KH-SCT');
    expect((await verifyCitations(db(), answer.citations)).rejected).toEqual([]);
  });
});
