/**
 * @module ingest/load/signed-field-pages
 * Pages whose number, date or signature were stamped by a digital-signing tool into signature fields.
 * E-office systems number and date a document when it is signed (`Số: 1629 /SCT-CN`, `ngày 27`): the
 * text lives in the fields' appearance streams, which pdf.js's text layer leaves out — the page then
 * reads as a draft (`Số: /SCT-CN`, `ngày tháng 3`). Poppler's `pdftotext` draws those appearances; which pages
 * carry such fields is read with the text layer (`pdf-text-worker.mjs`).
 */
import type { CommandRunner } from './ocr/index.ts';

/** The text of one page with its fields' appearances (poppler's `pdftotext`); null when poppler is missing or fails. */
export async function pageTextWithFields(run: CommandRunner, file: string, page: number): Promise<string | null> {
  try {
    const text = await run('pdftotext', ['-f', String(page), '-l', String(page), '-enc', 'UTF-8', file, '-']);
    return text.replace(/\f/g, '').trim();
  } catch {
    return null;
  }
}
