/** @module ingest/load/sniff-content — tells what a file is from its bytes (magic numbers, text or binary), whatever its extension says. */

export type ContentKind = 'pdf' | 'docx' | 'zip' | 'ole' | 'rtf' | 'image' | 'text' | 'binary';

const ascii = (s: string): Uint8Array => Uint8Array.from(s, (c) => c.charCodeAt(0));
const PDF_MAGIC = ascii('%PDF-');
const ZIP_MAGIC = ascii('PK\x03\x04');
const DOCX_PART = ascii('word/document.xml');
const OLE_MAGIC = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
const RTF_MAGIC = ascii('{\\rtf');
const IMAGE_MAGICS = [
  Uint8Array.of(0x89, 0x50, 0x4e, 0x47), // PNG
  Uint8Array.of(0xff, 0xd8, 0xff), // JPEG
  ascii('GIF8'),
  ascii('II*\x00'), // TIFF, little-endian
  ascii('MM\x00*'), // TIFF, big-endian
];

/** Where `needle` occurs in `bytes` from `from` on, or -1. */
export function indexOfBytes(bytes: Uint8Array, needle: Uint8Array, from = 0, until = bytes.length): number {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(until, bytes.length)).indexOf(needle, from);
}

const startsWith = (bytes: Uint8Array, magic: Uint8Array): boolean => indexOfBytes(bytes, magic, 0, magic.length) === 0;

/** The byte-order mark at the start of `bytes`, if any. */
export function byteOrderMark(bytes: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark, told by its zero bytes: in text that is mostly Latin script,
 * one byte of each pair is zero. Returns the byte order, or null when the bytes do not look so.
 */
export function guessUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  let evenZeros = 0;
  let oddZeros = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) evenZeros++;
    if (bytes[i + 1] === 0) oddZeros++;
  }
  const pairs = bytes.length / 2;
  if (oddZeros >= 0.3 * pairs && evenZeros <= 0.02 * pairs) return 'utf-16le';
  if (evenZeros >= 0.3 * pairs && oddZeros <= 0.02 * pairs) return 'utf-16be';
  return null;
}

/** Why `bytes` cannot be a text file (zero bytes, too many control characters), or null if they can. */
export function binaryReason(bytes: Uint8Array): string | null {
  let zeros = 0;
  let controls = 0;
  for (const b of bytes) {
    if (b === 0) zeros++;
    // Tab, LF, VT, FF, CR and ESC occur in text; DOS files may end with SUB (0x1A).
    else if (
      (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1a && b !== 0x1b) ||
      b === 0x7f
    )
      controls++;
  }
  if (zeros > 0) return `${zeros} zero byte(s)`;
  if (controls > 0.02 * bytes.length) return `${((100 * controls) / bytes.length).toFixed(0)}% control characters`;
  return null;
}

/**
 * What the bytes are. A PDF header may follow up to 1 KB of junk, as PDF readers allow;
 * a ZIP is a DOCX when it holds `word/document.xml`.
 * @example sniffContent(await readFile('a.txt')) // 'pdf' when a.txt is really a PDF
 */
export function sniffContent(bytes: Uint8Array): ContentKind {
  if (indexOfBytes(bytes, PDF_MAGIC, 0, 1024) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP_MAGIC)) return indexOfBytes(bytes, DOCX_PART) >= 0 ? 'docx' : 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  if (startsWith(bytes, RTF_MAGIC)) return 'rtf';
  if (IMAGE_MAGICS.some((magic) => startsWith(bytes, magic))) return 'image';
  if (byteOrderMark(bytes) !== null || guessUtf16(bytes) !== null) return 'text';
  return binaryReason(bytes) === null ? 'text' : 'binary';
}

/** What the content is, for messages: completes "its content …". */
export function describeContent(kind: ContentKind): string {
  return {
    pdf: 'is a PDF',
    docx: 'is a Word document (DOCX)',
    zip: 'is a ZIP archive, not a Word document',
    ole: 'is an old binary Office file (.doc, .xls) or a password-protected Office file',
    rtf: 'is RTF',
    image: 'is an image (a scan? run OCR on it)',
    text: 'is plain text',
    binary: 'is binary data',
  }[kind];
}
