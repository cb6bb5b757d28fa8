/** @module ingest/load/choose-format — decides how to read a file from its content, checked against its extension. */
import { loadError } from './load-error.ts';
import type { SourceFormat } from './loaded-text.ts';
import { binaryReason, type ContentKind, describeContent } from './sniff-content.ts';

/** Extensions read as text files; a file without extension is read as text too. */
export const TEXT_EXTENSIONS: readonly string[] = ['.txt', '.text', '.md', ''];
/** Extensions of legacy Word files (an OLE2 compound file inside). */
export const DOC_EXTENSIONS: readonly string[] = ['.doc', '.dot'];
/** Image extensions OCR reads (tesseract through leptonica). */
export const IMAGE_EXTENSIONS: readonly string[] = ['.png', '.jpg', '.jpeg', '.tif', '.tiff'];

export interface FormatChoice {
  format: SourceFormat;
  warnings: string[];
}

/**
 * The format to load a file as. Content wins: a `.txt` that is really a PDF loads as a PDF, with a
 * warning, and so does a `.doc` that is really a DOCX (Word saves those). A `.pdf` or `.docx` whose
 * content is something else is `wrong_format`; a text extension on binary content is `binary_file`;
 * an OLE2 file loads as `.doc` under a Word extension or none; an image under an image extension
 * goes to OCR; any other extension loads only when the content is a PDF or DOCX, else it is
 * `unsupported_format`.
 * @example chooseFormat('a.txt', '.txt', 'pdf', bytes) // { format: 'pdf', warnings: ['a.txt is a PDF ...'] }
 */
export function chooseFormat(file: string, extension: string, kind: ContentKind, bytes: Uint8Array): FormatChoice {
  const ext = extension.toLowerCase();
  const claimed = ext === '.pdf' ? 'pdf' : ext === '.docx' ? 'docx' : TEXT_EXTENSIONS.includes(ext) ? 'txt' : null;

  if (claimed === 'pdf' || claimed === 'docx') {
    if (kind === claimed) return { format: claimed, warnings: [] };
    throw loadError('wrong_format', file, { extension: ext, looksLike: describeContent(kind) });
  }
  if (DOC_EXTENSIONS.includes(ext) && kind === 'ole') return { format: 'doc', warnings: [] };
  if (IMAGE_EXTENSIONS.includes(ext) && kind === 'image') return { format: 'image', warnings: [] };
  if (ext === '' && kind === 'ole') {
    return { format: 'doc', warnings: [`${file} has no extension but ${describeContent(kind)}: loaded as DOC`] };
  }
  if (kind === 'pdf' || kind === 'docx') {
    const has = ext === '' ? 'has no extension' : `has the extension ${ext}`;
    return { format: kind, warnings: [`${file} ${has} but ${describeContent(kind)}: loaded as ${kind.toUpperCase()}`] };
  }
  if (claimed === null)
    throw loadError('unsupported_format', file, { extension: ext, looksLike: describeContent(kind) });
  if (kind === 'text') return { format: 'txt', warnings: [] };
  if (kind === 'binary') throw loadError('binary_file', file, { reason: binaryReason(bytes) ?? 'binary data' });
  throw loadError('wrong_format', file, { extension: ext || '(none)', looksLike: describeContent(kind) });
}
