/** @module ingest/load/load-pdf — reads the text layer of a PDF with pdf-parse, one page per form feed; pages without one go to OCR. */
import { convertLegacy, detectLegacyEncoding } from '../../core/text/legacy-encodings.ts';
import { looksGarbled } from '../../core/text/text-quality.ts';
import { type DecodedText, LEGACY_NAMES, repairLegacyText } from './decode-text.ts';
import { LoadError, loadError, reasonOf } from './load-error.ts';
import { DEFAULT_MIN_CHARS_PER_PAGE } from './loaded-text.ts';
import { defaultRunner, type OcrOptions, type OcrResult, ocrPages } from './ocr/index.ts';
import { PdfReadError, readPdfTextLayer } from './pdf-text.ts';
import { pageTextWithFields } from './signed-field-pages.ts';
import { indexOfBytes } from './sniff-content.ts';

const EOF_MARK = Uint8Array.from('%%EOF', (c) => c.charCodeAt(0));

/** A complete PDF ends with `%%EOF`, give or take trailing bytes; a cut-off download does not. */
function looksTruncated(bytes: Uint8Array): boolean {
  return indexOfBytes(bytes, EOF_MARK, Math.max(0, bytes.length - 2048)) < 0;
}

const nonBlank = (s: string): number => s.replace(/\s+/g, '').length;

/** Share of characters that no font mapped to Unicode (private use area, U+FFFD). */
function garbledShare(text: string): number {
  const all = nonBlank(text);
  const bad = text.match(/[\uE000-\uF8FF\uFFFD]/g)?.length ?? 0;
  return all === 0 ? 0 : bad / all;
}

/** Lines a page must have before its shape says anything. */
const WORD_PER_LINE_MIN_LINES = 20;

/** Most lines hold a single word: a text layer pdf.js could not group into lines. */
export function isWordPerLine(page: string): boolean {
  const lines = page.split('\n').filter((l) => l.trim() !== '');
  if (lines.length < WORD_PER_LINE_MIN_LINES) return false;
  return lines.filter((l) => !/\S\s+\S/.test(l.trim())).length > lines.length / 2;
}

/** Letters of TCVN3 text as pdf.js hands them over: ASCII and the latin1 bytes of the lowercase letters. */
const TCVN3_LOWER = 'a-z\\u00A8-\\u00AE\\u00B5-\\u00FE';
const UNTONED_U_HORN = new RegExp(
  // ươ (được, người), then the untoned endings ưa, ưu, ưng (chưa, hưu, nhưng), then a bare ư ending a word (như, tư).
  `(?<=[A-Z${TCVN3_LOWER}])-(?=[\\u00AC\\u00EA-\\u00EE])` +
    `|(?<=[A-Z${TCVN3_LOWER}])-(?=(?:a|u|ng)(?![A-Za-z\\u00A1-\\u00FF]))` +
    `|(?<=(?:^|[^A-Za-z\\u00A1-\\u00FF])[A-Z\\u00A1-\\u00A7]?[${TCVN3_LOWER}]+)-(?=[^A-Za-z0-9\\u00A1-\\u00FF-]|$)`,
  'gm',
);
const LIST_MARKER = /^[ \t]*[a-z\u00AE]$/;

/**
 * TCVN3 puts ư on byte 0xAD, which WinAnsiEncoding names `hyphen`: pdf.js reads it back as `-`
 * (`Th-êng` for `Thường`). Puts the byte back where a hyphen cannot be one; a one-letter list
 * marker (`a-`) at the start of a line stays a hyphen.
 */
function restoreTcvn3UHorn(text: string): string {
  return text.replace(UNTONED_U_HORN, (hyphen, offset: number) =>
    LIST_MARKER.test(text.slice(text.lastIndexOf('\n', offset - 1) + 1, offset)) ? hyphen : '\u00AD',
  );
}

/** A PDF's text: text-layer pages as they are, pages without one read by OCR when it is on. */
export interface PdfText extends DecodedText {
  ocr?: { pages: number; cached: number };
}

/**
 * Extracts a PDF's text. Pages are trimmed and joined with `\f`, so page numbers sit right beside
 * the break for the clean stage to drop. A page with fewer than `minCharsPerPage` non-blank
 * characters has no usable text layer: with `ocr` options it is OCR'd (page by page, so a mixed
 * PDF keeps its text pages); without them a file that is (almost) all such pages fails with
 * `needs_ocr`, and stray blank pages only warn. Also fails with `pdf_encrypted`, `pdf_unreadable`
 * (corrupt or truncated), `ocr_unavailable` and `ocr_failed`.
 */
export async function loadPdf(
  file: string,
  bytes: Uint8Array,
  minCharsPerPage = DEFAULT_MIN_CHARS_PER_PAGE,
  ocr?: OcrOptions,
): Promise<PdfText> {
  const warnings: string[] = [];
  const truncated = looksTruncated(bytes);
  let pages: string[];
  let signed: number[];
  try {
    const layer = await readPdfTextLayer(bytes);
    pages = layer.pages.map((page) => page.trim());
    signed = layer.signed;
  } catch (err) {
    if (!(err instanceof PdfReadError)) throw err;
    if (err.encrypted) throw loadError('pdf_encrypted', file, {}, err);
    const reason = truncated ? `${reasonOf(err)}; the file is truncated (no %%EOF at its end)` : reasonOf(err);
    throw loadError('pdf_unreadable', file, { reason }, err);
  }

  // Numbers and dates stamped into signature fields at signing: read those pages with poppler.
  // A page with no text layer of its own (a signed scan) goes to OCR, which draws the fields too.
  for (const n of signed.filter((n) => nonBlank(pages[n - 1] ?? '') >= minCharsPerPage)) {
    const text = await pageTextWithFields(ocr?.run ?? defaultRunner, file, n);
    if (text !== null && nonBlank(text) >= nonBlank(pages[n - 1] ?? '')) pages[n - 1] = text;
    else if (text === null)
      warnings.push(`page ${n} has signature fields whose text (number, date) needs poppler-utils (pdftotext)`);
  }

  // A text layer laid down word by word (some scanners' OCR): pdf.js ends every word with a line
  // break, so a header's `Số: 24 /HDLN-…` or a date spreads over a dozen lines. Poppler groups words into lines.
  for (const [i, page] of pages.entries()) {
    if (!isWordPerLine(page)) continue;
    const text = await pageTextWithFields(ocr?.run ?? defaultRunner, file, i + 1);
    if (text !== null && nonBlank(text) >= nonBlank(page) * 0.9) pages[i] = text;
  }

  const chars = nonBlank(pages.join(''));
  const scanned = pages.flatMap((page, i) => (nonBlank(page) < minCharsPerPage ? [i + 1] : []));
  const mostlyScanned = pages.length === 0 || chars < minCharsPerPage * pages.length;
  if (truncated && (mostlyScanned || pages.length === 0)) {
    throw loadError('pdf_unreadable', file, {
      reason: 'the file is truncated (no %%EOF at its end) and too little text was recovered',
    });
  }
  if (truncated) warnings.push('the file is truncated (no %%EOF at its end): text may be missing');

  // The text layer is checked for legacy font encodings alone: OCR text is always Unicode.
  const layer = pages.filter((_, i) => !scanned.includes(i + 1)).join('\f');
  const legacy = detectLegacyEncoding(layer);
  const textPage = (page: string): string =>
    legacy === null ? page : convertLegacy(legacy === 'tcvn3' ? restoreTcvn3UHorn(page) : page, legacy);

  // A text layer that does not read as Vietnamese (fonts mapping glyphs to the wrong code points, an
  // OCR layer made without Vietnamese) is worse than none: those pages are read again by OCR.
  const garbledPages = pages.flatMap((page, i) =>
    !scanned.includes(i + 1) && looksGarbled(textPage(page)) ? [i + 1] : [],
  );
  const toOcr = [...scanned, ...garbledPages].sort((a, b) => a - b);
  if (garbledPages.length > 0 && !ocr)
    warnings.push(`page(s) ${garbledPages.join(', ')} have a garbled text layer: OCR the file to read them`);

  let ocrResult: OcrResult | null = null;
  if (ocr && toOcr.length > 0) {
    try {
      ocrResult = await ocrPages(file, bytes, 'pdf', toOcr, ocr);
    } catch (err) {
      // A few blank pages in a text PDF are no reason to refuse it when OCR cannot run.
      if (!(err instanceof LoadError && err.code === 'ocr_unavailable') || mostlyScanned) throw err;
      warnings.push(`${err.message.replace(/^.*? needs OCR/, 'needs OCR')}: their text is missing`);
    }
  } else if (mostlyScanned) {
    throw loadError('needs_ocr', file, { pages: pages.length, chars });
  }
  const blank = pages.flatMap((page, i) => (nonBlank(page) === 0 && !ocrResult?.pages.has(i + 1) ? [i + 1] : []));
  if (blank.length > 0 && !ocrResult)
    warnings.push(`page(s) ${blank.join(', ')} have no text layer (scanned?): OCR them to get their text`);
  const garbled = garbledShare(layer);
  if (garbled > 0.05) {
    warnings.push(
      `${(100 * garbled).toFixed(0)}% of the characters have no Unicode mapping (fonts without ToUnicode): check the text, or OCR the file`,
    );
  }
  if (!ocrResult) {
    const text = pages.join('\f');
    return repairLegacyText(legacy === 'tcvn3' ? restoreTcvn3UHorn(text) : text, 'unicode', warnings);
  }
  const text = pages.map((page, i) => ocrResult.pages.get(i + 1) ?? textPage(page)).join('\f');
  if (legacy !== null) warnings.push(`the text was spelled in ${LEGACY_NAMES[legacy]}: converted to Unicode`);
  return {
    text,
    encoding: legacy ?? 'unicode',
    warnings,
    ocr: { pages: ocrResult.pages.size, cached: ocrResult.cached },
  };
}
