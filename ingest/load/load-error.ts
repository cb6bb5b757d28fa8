/** @module ingest/load/load-error — the loader's closed set of error codes, their messages, and one factory. */

/** Every way turning a file into text can fail, as a closed union. */
export type LoadErrorCode =
  | 'file_unreadable'
  | 'file_too_large'
  | 'empty_document'
  | 'binary_file'
  | 'unknown_encoding'
  | 'wrong_format'
  | 'unsupported_format'
  | 'pdf_unreadable'
  | 'pdf_encrypted'
  | 'needs_ocr'
  | 'ocr_unavailable'
  | 'ocr_failed'
  | 'ocr_too_long'
  | 'docx_unreadable'
  | 'doc_unreadable'
  | 'doc_encrypted';

/** Details each code's message is built from, besides the file. */
export interface LoadErrorDetails {
  file_unreadable: { reason: string };
  file_too_large: { bytes: number; maxBytes: number };
  empty_document: { format: string };
  binary_file: { reason: string };
  unknown_encoding: Record<string, never>;
  wrong_format: { extension: string; looksLike: string };
  unsupported_format: { extension: string; looksLike: string };
  pdf_unreadable: { reason: string };
  pdf_encrypted: Record<string, never>;
  needs_ocr: { pages: number; chars: number };
  ocr_unavailable: { pages: number; missing: string };
  ocr_failed: { page: number; reason: string };
  ocr_too_long: { pages: number; maxPages: number };
  docx_unreadable: { reason: string };
  doc_unreadable: { reason: string };
  doc_encrypted: Record<string, never>;
}

const size = (bytes: number): string =>
  bytes < 1024 * 1024 ? `${bytes} bytes` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;

/** Code → message: which file, what is wrong, and what to do about it. */
const messages: { [C in LoadErrorCode]: (file: string, d: LoadErrorDetails[C]) => string } = {
  file_unreadable: (f, d) => `${f}: cannot read the file (${d.reason}) — check the path and its permissions`,
  file_too_large: (f, d) =>
    `${f} is ${size(d.bytes)}, over the limit of ${size(d.maxBytes)} — split the document, or raise maxBytes if it is genuine`,
  empty_document: (f, d) => `${f} has no text (empty ${d.format}) — check that the right file was exported`,
  binary_file: (f, d) =>
    `${f} is not a text file (${d.reason}) — give the loader a .txt, .pdf, .docx, .doc or a scanned image, or convert the file to one`,
  unknown_encoding: (f) =>
    `${f} is not in an encoding the loader knows (UTF-8, UTF-16, TCVN3, VNI, Windows-1258) — ` +
    `re-save it as UTF-8 from an editor that shows it right, or with iconv -f <its encoding> -t UTF-8 ${f}`,
  wrong_format: (f, d) =>
    `${f} has the extension ${d.extension} but its content ${d.looksLike} — rename it, or export it again as ${d.extension}`,
  unsupported_format: (f, d) =>
    `${f}: ${d.extension || 'no extension'} is not a supported format and its content ${d.looksLike} — ` +
    'convert it to .txt (UTF-8), .pdf, .docx or .doc (e.g. libreoffice --headless --convert-to docx)',
  pdf_unreadable: (f, d) => `${f} is not a readable PDF (${d.reason}) — download or export it again`,
  pdf_encrypted: (f) =>
    `${f} is password-protected — save an unprotected copy (e.g. qpdf --password=... --decrypt in.pdf out.pdf)`,
  needs_ocr: (f, d) =>
    `${f} has no text layer (scanned?): ${d.chars} characters on ${d.pages} page(s) and OCR is off — run OCR first, ` +
    `e.g. tesseract -l vie, or ocrmypdf -l vie ${f} out.pdf, or ingest with OCR on (VANKIEN_OCR=auto)`,
  ocr_unavailable: (f, d) =>
    `${f} needs OCR (${d.pages} scanned page(s)) but ${d.missing} — ` +
    'install the Debian packages: apt-get install tesseract-ocr-vie poppler-utils',
  ocr_failed: (f, d) =>
    `${f}: OCR of page ${d.page} failed (${d.reason}) — check that the file opens in a PDF viewer, or OCR it yourself (ocrmypdf -l vie)`,
  ocr_too_long: (f, d) =>
    `${f} has ${d.pages} scanned pages to OCR, over the limit of ${d.maxPages} (about 7 s a page) — ` +
    'raise VANKIEN_OCR_MAX_PAGES (0: no limit) to OCR it',
  docx_unreadable: (f, d) =>
    `${f} is not a readable DOCX (${d.reason}) — open and save it again in Word or LibreOffice`,
  doc_unreadable: (f, d) =>
    `${f} is not a readable Word 97–2003 .doc (${d.reason}) — open it in Word or LibreOffice and save it as .docx ` +
    '(libreoffice --headless --convert-to docx)',
  doc_encrypted: (f) => `${f} is a password-protected Office file — save an unprotected copy from Word or LibreOffice`,
};

/** The one error type the loader throws. `file` is the path as it was given. */
export class LoadError extends Error {
  override readonly name = 'LoadError';
  readonly code: LoadErrorCode;
  readonly file: string;

  constructor(code: LoadErrorCode, file: string, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.file = file;
  }
}

/**
 * Builds a LoadError from a code, the file and the code's details.
 * @example throw loadError('file_too_large', 'a.pdf', { bytes: 30e6, maxBytes: 20 * 1024 * 1024 })
 */
export function loadError<C extends LoadErrorCode>(
  code: C,
  file: string,
  details: LoadErrorDetails[C],
  cause?: unknown,
): LoadError {
  return new LoadError(code, file, messages[code](file, details), { cause });
}

/** The message of anything thrown. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
