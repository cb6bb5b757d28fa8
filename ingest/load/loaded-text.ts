/** @module ingest/load/loaded-text — what the loader hands to the next stage, and the options it takes. */
import type { OcrOptions } from './ocr/ocr-options.ts';

/** The kind of document the text came from, decided by content rather than by extension. */
export type SourceFormat = 'txt' | 'pdf' | 'docx' | 'doc' | 'image';

/** A file turned into text: the first stage's output, before any repair. */
export interface LoadedText {
  /** The file's name, without its folder. */
  sourceName: string;
  format: SourceFormat;
  /**
   * Decoded text. PDF pages are joined with `\f` (form feed); DOCX paragraphs are separated by blank
   * lines; `.doc` table rows are lines with tab-separated cells; scanned pages are OCR text.
   */
  text: string;
  /**
   * How the text was read: `utf-8`, `utf-16le`, `utf-16be` for text files, `unicode` for a PDF text
   * layer, a DOCX or a .doc (and for OCR text), `tcvn3` or `vni` when the text was in a legacy font encoding and converted, and
   * `windows-1258` for a text file in the Vietnamese Windows code page.
   */
  encoding: string;
  /** Problems that did not stop the load (extension that lied, undecodable bytes, bad sidecar ...). */
  warnings: string[];
  /** Pages read by OCR (scans, and PDF pages without a text layer), and how many of them came from the cache. */
  ocr?: { pages: number; cached: number };
  /** Contents of `NAME.meta.json` beside the file, when there is one and it is a JSON object. */
  sidecar?: Record<string, unknown>;
}

export interface LoadOptions {
  /** Larger files are refused with `file_too_large`. Default 20 MB. */
  maxBytes?: number;
  /** A PDF with fewer non-blank characters per page than this, on average, needs OCR. Default 10. */
  minCharsPerPage?: number;
  /** OCR for scanned pages and images; without it such files fail with `needs_ocr`. */
  ocr?: OcrOptions;
}

export const DEFAULT_MAX_BYTES = 20 * 1024 * 1024;
export const DEFAULT_MIN_CHARS_PER_PAGE = 10;
