/**
 * Status derived from the store on both engines: ingesting a changing document flips its target's
 * status, deleting it flips it back. Real excerpts of dev-split archive files: Nghị định
 * 26/2026/NĐ-CP repeals Điều 6–9 of Nghị định 146/2025/NĐ-CP (both stored); Nghị định
 * 71/2019/NĐ-CP replaces Nghị định 163/2013/NĐ-CP (only cited); Luật Xây dựng 135/2025/QH15 repeals a part of
 * Luật Điện lực 61/2024/QH15 by name and number, and lists it by number alone among the laws amending Luật Xây dựng 2014.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { deleteDocument, saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf } from '../../core/store/test-fixtures.ts';
import { parseDocument } from '../../ingest/parse-document.ts';
import { REPORTING_RESOLUTION_HEAD } from '../../ingest/references/validity/fixtures/reporting-resolution.ts';
import { keyValidity, listExtractedValidity } from './index.ts';
import { sameActKeys } from './read-validity.ts';

const fixtures = join(import.meta.dirname, '../../ingest/references/validity/fixtures');
const parse = (name: string) =>
  parseDocument(readFileSync(join(fixtures, `${name}.txt`), 'utf8'), { documentId: name, sourceName: `${name}.txt` });

describe.each(engines)('validity status on $name', (engine) => {
  const db = useEngine(engine);

  it('a repeal of named articles makes the stored target partly repealed from its effective date, and its deletion undoes it', async () => {
    const nd146 = parse('nd-146-2025');
    await saveDocument(db(), nd146, extrasOf(nd146));
    const before = await keyValidity(db(), '146/2025/NĐ-CP', '2026-03-01');
    expect(before?.documentId).toBe('nd-146-2025');
    expect(before?.validity).toMatchObject({
      status: 'in_force',
      effectiveFrom: '2025-07-01',
      effectiveTo: '2027-02-28',
    });
    expect(before?.articles).toEqual([]);

    const nd26 = parse('nd-26-2026');
    await saveDocument(db(), nd26, extrasOf(nd26));
    const after = await keyValidity(db(), 'nd-146-2025', '2026-03-01');
    expect(after?.validity.status).toBe('partly_repealed');
    expect(after?.validity.changedBy[0]).toMatchObject({ key: 'nd-26-2026', relation: 'repeals', date: '2026-01-17' });
    expect(after?.validity.changedBy[0].quote).toContain('các Điều 6, 7, 8, 9 của Nghị định 146/2025/NĐ-CP');
    expect(after?.articles.map((a) => [a.article, a.validity.status])).toEqual([
      ['6', 'repealed'],
      ['7', 'repealed'],
      ['8', 'repealed'],
      ['9', 'repealed'],
    ]);
    // Before the repealing decree took effect, nothing had changed.
    expect((await keyValidity(db(), 'nd-146-2025', '2025-12-31'))?.validity.status).toBe('in_force');
    // After its own end date, the decree has expired whatever else happened.
    expect((await keyValidity(db(), 'nd-146-2025', '2027-03-01'))?.validity.status).toBe('expired');

    await deleteDocument(db(), 'nd-26-2026');
    const undone = await keyValidity(db(), 'nd-146-2025', '2026-03-01');
    expect(undone?.validity.status).toBe('in_force');
    expect(undone?.articles).toEqual([]);
  });

  it('a document only cited gets a status when a stored one replaces it, and loses it when that one goes', async () => {
    expect(await keyValidity(db(), '163/2013/NĐ-CP')).toBeNull();
    const nd71 = parse('nd-71-2019');
    await saveDocument(db(), nd71, extrasOf(nd71));
    const replaced = await keyValidity(db(), '163/2013/NĐ-CP', '2020-01-01');
    expect(replaced?.documentId).toBeNull();
    expect(replaced?.validity.status).toBe('replaced');
    expect(replaced?.validity.changedBy).toEqual([
      expect.objectContaining({ key: 'nd-71-2019', relation: 'replaces', date: '2019-10-15', part: null }),
    ]);
    expect(replaced?.validity.changedBy[0].quote).toMatch(/^Nghị định này thay thế Nghị định số 163\/2013\/NĐ-CP/);
    expect((await keyValidity(db(), '163/2013/NĐ-CP', '2019-01-01'))?.validity.status).toBe('unknown');
    expect((await keyValidity(db(), 'nd-71-2019', '2020-01-01'))?.validity).toMatchObject({
      status: 'in_force',
      effectiveFrom: '2019-10-15',
    });

    await deleteDocument(db(), 'nd-71-2019');
    const after = await keyValidity(db(), '163/2013/NĐ-CP', '2020-01-01');
    expect(after?.validity.status ?? 'unknown').toBe('unknown');
  });

  it('an act cited by name and by bare number is one act: a change to either key is its status', async () => {
    const luat135 = parse('luat-xay-dung-135-2025');
    await saveDocument(db(), luat135, extrasOf(luat135));
    // `Luật số 61/2024/QH15` is its own node; the repeal names `Luật Điện lực số 61/2024/QH15`.
    const byNumber = await keyValidity(db(), '61/2024/QH15', '2026-12-01');
    expect(byNumber?.key).toBe('61/2024/QH15');
    expect(byNumber?.validity.status).toBe('partly_repealed');
    expect(byNumber?.validity.changedBy.find((c) => c.relation === 'repeals')).toMatchObject({
      part: 'khoản 1 Điều 79',
    });
    expect((await keyValidity(db(), 'LUAT:dien-luc:2024', '2026-12-01'))?.validity.status).toBe('partly_repealed');
  });

  it('a change another document reports makes the cited act amended, citing the reporting clause, and is no relation of the reporter', async () => {
    // Excerpt of a real dev-split Government resolution: it cites a provision with the decree that amended it.
    const text = `${REPORTING_RESOLUTION_HEAD}1. Không thực hiện thủ tục cấp Giấy phép sản xuất rượu thủ công nhằm mục đích kinh doanh quy định tại Điều 20 Nghị định số 105/2017/NĐ-CP được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP.
`;
    const nq = parseDocument(text, { documentId: 'nq-66-18-2026', sourceName: 'nq.txt' });
    await saveDocument(db(), nq, extrasOf(nq));
    const amended = await keyValidity(db(), '105/2017/NĐ-CP', '2026-12-01');
    expect(amended?.validity.status).toBe('amended');
    expect(amended?.validity.changedBy).toEqual([
      expect.objectContaining({
        symbol: '17/2020/NĐ-CP',
        relation: 'amends',
        reportedIn: 'nq-66-18-2026',
        reportedInSymbol: '66.18/2026/NQ-CP',
      }),
    ]);
    expect(amended?.validity.changedBy[0].quote).toContain('được sửa đổi, bổ sung bởi Nghị định số 17/2020/NĐ-CP');
    const { relations } = await listExtractedValidity(db());
    expect(relations.filter((r) => r.sourceDocumentId === 'nq-66-18-2026' && r.relation === 'amends')).toEqual([]);
  });

  it('local symbols of other places or years are other acts', () => {
    expect(sameActKeys('LUAT:dien-luc:2024', '61/2024/QH15')).toBe(true);
    expect(sameActKeys('10/2021/QĐ-UBND@lao-cai', '10/2021/QĐ-UBND@yen-bai')).toBe(false);
    expect(sameActKeys('12/QĐ-UBND~2020', '12/QĐ-UBND~2021')).toBe(false);
    expect(sameActKeys('12/QĐ-UBND~2020@lao-cai', '12/QĐ-UBND@lao-cai')).toBe(true);
  });

  it('lists what was extracted for the evaluation', async () => {
    const luat = parse('luat-42-2024');
    await saveDocument(db(), luat, extrasOf(luat));
    const { relations, dates } = await listExtractedValidity(db());
    expect(relations).toContainEqual(
      expect.objectContaining({
        sourceDocumentId: 'luat-42-2024',
        relation: 'replaces',
        targetSymbol: '14/2017/QH14',
        targetPart: null,
      }),
    );
    expect(dates).toContainEqual(
      expect.objectContaining({
        sourceDocumentId: 'luat-42-2024',
        subjectKey: null,
        parts: null,
        effectiveFrom: '2025-01-01',
      }),
    );
  });
});
