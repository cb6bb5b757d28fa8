/** @module ingest/load/load-docx — reads a DOCX with mammoth: paragraphs separated by blank lines, data tables as pipe rows. */
import { type DecodedText, repairLegacyText } from './decode-text.ts';
import { type DocxElement, docxText } from './docx-text.ts';
import { loadError, reasonOf } from './load-error.ts';

/**
 * Extracts a DOCX's text. mammoth's raw text loses a table's rows (one paragraph per cell), so the text is written from
 * the document model its HTML conversion hands to `transformDocument`; the HTML itself is not needed, so the model
 * passed on is emptied and none is made. Fails with `docx_unreadable` when the archive or its XML is broken.
 */
export async function loadDocx(file: string, bytes: Uint8Array): Promise<DecodedText> {
  const mammoth = (await import('mammoth')).default;
  let text = '';
  let messages: Array<{ type: string; message: string }>;
  try {
    const result = await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        transformDocument: (document: DocxElement) => {
          text = docxText(document);
          return { ...document, children: [] };
        },
      },
    );
    messages = result.messages;
  } catch (err) {
    throw loadError('docx_unreadable', file, { reason: reasonOf(err) }, err);
  }
  const warnings = messages.map((m) => `mammoth ${m.type}: ${m.message}`);
  return repairLegacyText(text, 'unicode', warnings);
}
