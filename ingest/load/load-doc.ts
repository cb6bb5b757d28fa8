/** @module ingest/load/load-doc — reads a legacy Word 97–2003 `.doc` (OLE2 compound file) with word-extractor. */
import { type DecodedText, repairLegacyText } from './decode-text.ts';
import { loadError, reasonOf } from './load-error.ts';
import { indexOfBytes } from './sniff-content.ts';

/** An OLE2 file holding this stream is an encrypted Office document (OOXML behind a password), not a .doc. */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');

/** Word marks table cells with tabs; a row ends in one more. Rows stay lines, without the trailing tabs. */
function tidy(part: string): string {
  return part
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((line) => line.replace(/[\t ]+$/, ''))
    .join('\n')
    .trim();
}

/**
 * Extracts a `.doc`'s text: the body (tables as one line per row, cells tab-separated), then
 * footnotes and endnotes, each after a blank line. Page headers and footers are left out: in
 * administrative documents they hold page numbers, not content. Fails with `doc_encrypted` for a
 * password-protected file and `doc_unreadable` when the compound file is broken.
 */
export async function loadDoc(file: string, bytes: Uint8Array): Promise<DecodedText> {
  if (indexOfBytes(bytes, ENCRYPTED_PACKAGE) >= 0) throw loadError('doc_encrypted', file, {});
  const WordExtractor = (await import('word-extractor')).default;
  let parts: string[];
  try {
    const doc = await new WordExtractor().extract(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
    const plain = { filterUnicode: false };
    parts = [doc.getBody(plain), doc.getFootnotes(plain), doc.getEndnotes(plain)];
  } catch (err) {
    const reason = reasonOf(err);
    if (/encrypt|password/i.test(reason)) throw loadError('doc_encrypted', file, {}, err);
    throw loadError('doc_unreadable', file, { reason }, err);
  }
  const text = parts
    .map(tidy)
    .filter((p) => p !== '')
    .join('\n\n');
  return repairLegacyText(text, 'unicode', []);
}
