/**
 * @module answer/lineage-answer.test
 * What a named document itself replaces or repeals, answered up its lineage with the clause that says
 * so (real archive excerpts: Nghị định 71/2019 replaces 163/2013; Nghị định 26/2026 repeals articles of
 * 146/2025) — not with the named document's own validity, which is what changes it.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { extrasOf } from '../core/store/test-fixtures.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { classifyQuestion } from './classify.ts';
import { composeAnswer } from './compose.ts';
import { verifyCitations } from './verify-citations.ts';

const fixtures = join(import.meta.dirname, '../ingest/references/validity/fixtures');

describe('lineage answers up a named document', () => {
  const db = useEngine(engines[0]);
  beforeAll(async () => {
    for (const name of ['nd-146-2025', 'nd-26-2026', 'nd-71-2019']) {
      const doc = parseDocument(readFileSync(join(fixtures, `${name}.txt`), 'utf8'), {
        documentId: name,
        sourceName: `${name}.txt`,
      });
      await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    }
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
