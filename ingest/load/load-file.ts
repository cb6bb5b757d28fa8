/** @module ingest/load/load-file — the first pipeline stage: one file (txt, pdf, docx, doc, scanned image) in, its text and sidecar out. */
import { readFile, stat } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { chooseFormat } from './choose-format.ts';
import { decodeBrokenFont } from '../../core/text/broken-font.ts';
import { looksGarbled } from '../../core/text/text-quality.ts';
import { type DecodedText, decodeText } from './decode-text.ts';
import { loadDoc } from './load-doc.ts';
import { loadDocx } from './load-docx.ts';
import { LoadError, loadError, reasonOf } from './load-error.ts';
import { loadImage } from './load-image.ts';
import { loadPdf } from './load-pdf.ts';
import { DEFAULT_MAX_BYTES, type LoadedText, type LoadOptions } from './loaded-text.ts';
import { readSidecar } from './read-sidecar.ts';
import { sniffContent } from './sniff-content.ts';

async function readBytes(file: string, maxBytes: number): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const info = await stat(file);
    if (!info.isFile()) throw loadError('file_unreadable', file, { reason: 'not a regular file' });
    if (info.size > maxBytes) throw loadError('file_too_large', file, { bytes: info.size, maxBytes });
    bytes = await readFile(file);
  } catch (err) {
    if (err instanceof LoadError) throw err;
    throw loadError('file_unreadable', file, { reason: reasonOf(err) }, err);
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) throw loadError('file_too_large', file, { bytes: bytes.length, maxBytes });
  return bytes;
}

/**
 * A text file, checked as a PDF text layer is: a `pdftotext` export of a PDF whose fonts map glyphs to
 * the wrong code points (`Ĉ2¬1 .,ӆ0 TRA`, `ÿӏQK`) is read back through the substitution learned from
 * it (`core/text/broken-font`); an OCR made without Vietnamese cannot be, and only warns — the PDF
 * itself, OCR'd, can be read.
 */
function textFileBody(file: string, bytes: Uint8Array): DecodedText {
  const body = decodeText(file, bytes);
  if (!looksGarbled(body.text)) return body;
  const decoded = decodeBrokenFont(body.text);
  if (decoded && !looksGarbled(decoded.text)) {
    return {
      ...body,
      text: decoded.text,
      warnings: [
        ...body.warnings,
        `the text was printed by PDF fonts mapping glyphs to wrong code points: read back (${decoded.letters} characters learned${decoded.shift ? `, ASCII shifted by ${decoded.shift}` : ''}); check it against the original`,
      ],
    };
  }
  return {
    ...body,
    warnings: [
      ...body.warnings,
      "the text does not read as Vietnamese (a PDF font mapping glyphs to wrong code points, or OCR without Vietnamese): ingest the original PDF or scan instead, so its pages are OCR'd",
    ],
  };
}

/**
 * Loads one file as text, choosing the reader by content (see `chooseFormat`). Throws a `LoadError`
 * whose message names the file and what to do; for many files use `loadFiles`, which never throws.
 * @example const { text, format, encoding, sidecar } = await loadFile('corpus/1032-CV-TU.pdf')
 */
export async function loadFile(file: string, options: LoadOptions = {}): Promise<LoadedText> {
  const bytes = await readBytes(file, options.maxBytes ?? DEFAULT_MAX_BYTES);
  if (bytes.length === 0) throw loadError('empty_document', file, { format: 'file, 0 bytes' });

  const { format, warnings } = chooseFormat(file, extname(file), sniffContent(bytes), bytes);
  let body: DecodedText & { ocr?: LoadedText['ocr'] };
  if (format === 'pdf') body = await loadPdf(file, bytes, options.minCharsPerPage, options.ocr);
  else if (format === 'docx') body = await loadDocx(file, bytes);
  else if (format === 'doc') body = await loadDoc(file, bytes);
  else if (format === 'image') body = await loadImage(file, bytes, options.ocr);
  else body = textFileBody(file, bytes);
  if (body.text.trim() === '') throw loadError('empty_document', file, { format });

  const { sidecar, warnings: sidecarWarnings } = await readSidecar(file);
  return {
    sourceName: basename(file),
    format,
    text: body.text,
    encoding: body.encoding,
    warnings: [...warnings, ...body.warnings, ...sidecarWarnings],
    ...(body.ocr === undefined ? {} : { ocr: body.ocr }),
    ...(sidecar === undefined ? {} : { sidecar }),
  };
}
