/**
 * #13: a document whose own number is blank (an unsigned draft, `Số:  /KH-SCT`, `ngày  tháng 5 năm
 * 2026`) gains the symbol a later letter cites it by — same type, issuer, month and subject — on
 * real archive files (dev split, copies in `evals/archive/`), not only on the seeds.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadFile } from '../load/index.ts';
import { parseDocument } from '../parse-document.ts';
import { resolveDocumentKeys } from './resolve.ts';

const DIR = join(import.meta.dirname, '../../evals/archive/vat-lieu-no/huan-luyen/vi-du-thuc-te');

async function parsed(file: string) {
  const loaded = await loadFile(join(DIR, file));
  return parseDocument(loaded.text, { documentId: file, sourceName: loaded.sourceName });
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
