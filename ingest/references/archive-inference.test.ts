/**
 * #13: a document whose own number is blank (an unsigned draft, `Số:  /KH-SCT`, `ngày  tháng 5 năm
 * 2026`) gains the symbol a later letter cites it by — same type, issuer, month and subject — on
 * real archive files (dev split, copies in `evals/archive/`), not only on the seeds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../load/index.ts';
import { parseDocument } from '../parse-document.ts';
import type { ParsedDocument } from '../../core/types.ts';
import { numberedKey } from './canonical.ts';
import { resolveDocumentKeys } from './resolve.ts';

const ARCHIVE = join(import.meta.dirname, '../../evals/archive');
const DIR = join(ARCHIVE, 'vat-lieu-no/huan-luyen/vi-du-thuc-te');

async function parsed(file: string, dir = DIR) {
  const loaded = await loadFile(join(dir, file));
  return parseDocument(loaded.text, { documentId: file, sourceName: loaded.sourceName });
}

/** As the store gives them to the resolver: metadata, and the latest full date among the documents each cites. */
function stored(docs: ParsedDocument[]) {
  return docs.map((d) => ({
    id: d.id,
    ...d.metadata,
    latestCited:
      d.references
        .map((r) => r.target.date)
        .filter((date): date is string => date?.length === 10)
        .sort()
        .at(-1) ?? null,
  }));
}

describe('archive: a blank-numbered plan meets the notice that cites it', async () => {
  const plan = await parsed('KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx');
  const notice = await parsed('TB-3059_29.5.2026_Kiem-tra-Sin-Quyen-2-dot.docx');
  const documents = [plan, notice].map((d) => ({ id: d.id, ...d.metadata }));
  const keys = [plan, notice].flatMap((d) => d.references.map((r) => r.target));

  it('the plan prints no number: a draft', () => {
    expect(plan.metadata).toMatchObject({ type: 'KH', symbol: null, draft: true, issuer: 'Sở Công Thương' });
    expect(plan.metadata.date).toBeNull();
  });

  it('the plan gains 3024/KH-SCT from "Kế hoạch số 3024/KH-SCT ngày 27/5/2026 của Sở Công Thương …"', () => {
    const resolution = resolveDocumentKeys(documents, keys);
    expect(resolution.inferredSymbols.get(plan.id)).toBe('3024/KH-SCT');
    expect([...resolution.nodeToDocument.entries()].filter(([, id]) => id === plan.id).length).toBe(1);
  });

  it('a blank-numbered plan on another subject is not given the number', () => {
    const other = { ...documents[0], title: 'Kiểm tra việc chấp hành quy định về hóa chất' };
    expect(resolveDocumentKeys([other, documents[1]], keys).inferredSymbols.size).toBe(0);
  });
});

describe('archive: sibling plans of one issuer and subject, told apart by their printed month', async () => {
  // Three blank-numbered Sở Công Thương plans, same title, printed `ngày  tháng 4|5|7 năm 2026`.
  const april = await parsed('KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx');
  const may = await parsed('KH-3024_27.5.2026_Ky-rieng-Sin-Quyen.docx');
  const july = await parsed('KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx');
  const notice = await parsed('TB-3059_29.5.2026_Kiem-tra-Sin-Quyen-2-dot.docx');
  const plans = [april, may, july];

  it('"Kế hoạch số 3024/KH-SCT ngày 27/5/2026" goes to the May plan only', () => {
    expect(plans.map((p) => p.metadata.partialDate)).toEqual(['2026-04', '2026-05', '2026-07']);
    const docs = [...plans, notice];
    const resolution = resolveDocumentKeys(
      stored(docs),
      docs.flatMap((d) => d.references.map((r) => r.target)),
    );
    expect([...resolution.inferredSymbols]).toEqual([[may.id, '3024/KH-SCT']]);
  });

  it('a plan dated before the letters the April plan cites (21/4) is not the April plan', () => {
    // TB 13/4/2026: "theo Kế hoạch số 1896/KH-SCT ngày 09/4/2026 của Sở Công Thương tỉnh Lào Cai về Kiểm tra, cấp …"
    const cited = numberedKey({
      symbol: '1896/KH-SCT',
      type: 'KH',
      issuer: 'Sở Công Thương Lào Cai',
      place: 'Lào Cai',
      date: '2026-04-09',
      subject: april.metadata.title,
    });
    expect(resolveDocumentKeys(stored([april]), [cited]).inferredSymbols.size).toBe(0);
  });
});

describe('archive: a citation that names no issuer infers nothing', async () => {
  const dir = join(ARCHIVE, 'hoa-chat/vi-du-thuc-te/bao-cao-tham-muu');
  // A Sở Công Thương report of 2026, and a letter citing "Văn bản số 194/HC-CNHC ngày 05/02/2024" of the
  // Cục Hóa chất on the same subject: another issuer, another year.
  const report = await parsed('BC-cong-tac-QL-an-toan-hoa-chat-2025.docx', dir);
  const letter = await parsed('CV-don-doc-bao-cao-tinh-hinh-hoa-chat-2025.docx', dir);

  it('the report does not gain 194/HC-CNHC', () => {
    const docs = [report, letter];
    const resolution = resolveDocumentKeys(
      stored(docs),
      docs.flatMap((d) => d.references.map((r) => r.target)),
    );
    expect(resolution.inferredSymbols.has(report.id)).toBe(false);
  });
});
