/**
 * @module ingest/load/signed-field-pages
 * Pages whose number, date or signature were stamped by a digital-signing tool into signature fields.
 * E-office systems number and date a document when it is signed (`Số: 1629 /SCT-CN`, `ngày 27`): the
 * text lives in the fields' appearance streams, which pdf.js's text layer leaves out — the page then
 * reads as a draft (`Số: /SCT-CN`, `ngày tháng 3`). Poppler's `pdftotext` draws those appearances.
 */
import type { CommandRunner } from './ocr/index.ts';

interface PdfAnnotation {
  subtype?: string;
  fieldType?: string;
}
interface PdfDocument {
  numPages: number;
  getPage(n: number): Promise<{ getAnnotations(options: { intent: string }): Promise<PdfAnnotation[]> }>;
}

/** 1-based pages carrying a signature field; empty when the parser's document is not reachable. */
export async function signedFieldPages(parser: unknown): Promise<number[]> {
  // pdf-parse keeps the pdf.js document it loaded in a private field: read it, and do without when absent.
  const doc = (parser as { doc?: PdfDocument }).doc;
  if (!doc || typeof doc.getPage !== 'function') return [];
  const pages: number[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const annotations = await (await doc.getPage(n)).getAnnotations({ intent: 'display' });
    if (annotations.some((a) => a.subtype === 'Widget' && a.fieldType === 'Sig')) pages.push(n);
  }
  return pages;
}

/** The text of one page with its fields' appearances (poppler's `pdftotext`); null when poppler is missing or fails. */
export async function pageTextWithFields(run: CommandRunner, file: string, page: number): Promise<string | null> {
  try {
    const text = await run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-']);
    return text.replace(/\f/g, '').trim();
  } catch {
    return null;
  }
}
