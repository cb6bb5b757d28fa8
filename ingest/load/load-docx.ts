/** @module ingest/load/load-docx — reads the raw text of a DOCX with mammoth, paragraphs separated by blank lines. */
import type mammothModule from 'mammoth';
import { type DecodedText, repairLegacyText } from './decode-text.ts';
import { loadError, reasonOf } from './load-error.ts';

/** Extracts a DOCX's text. Fails with `docx_unreadable` when the archive or its XML is broken. */
export async function loadDocx(file: string, bytes: Uint8Array): Promise<DecodedText> {
  const mammoth = (await import('mammoth')).default;
  let result: Awaited<ReturnType<typeof mammothModule.extractRawText>>;
  try {
    result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  } catch (err) {
    throw loadError('docx_unreadable', file, { reason: reasonOf(err) }, err);
  }
  const warnings = result.messages.map((m) => `mammoth ${m.type}: ${m.message}`);
  return repairLegacyText(result.value, 'unicode', warnings);
}
