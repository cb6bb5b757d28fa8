/** @module ingest/load/ocr/ocr-options — how OCR runs: cache folder, pool size, progress, and the command runner. */
import type { CommandRunner } from './run-command.ts';

/** One OCR'd page, for progress display. `done` of `total` pages of this file are finished. */
export interface OcrProgress {
  file: string;
  page: number;
  done: number;
  total: number;
  /** True when the page's text came from the cache, without running tesseract. */
  cached: boolean;
  /** Time spent on this page. */
  ms: number;
}

export interface OcrOptions {
  /** Where OCR text is kept by file hash (sha256), so a re-ingest never OCRs again. No cache when unset. */
  cacheDir?: string;
  /** Pages of one file OCR'd at once. Default 1: tesseract is CPU-bound. */
  workers?: number;
  /** Rendering resolution of PDF pages. Default 300 dpi, which tesseract needs for small print. */
  dpi?: number;
  /** Tesseract language. Default `vie`. */
  lang?: string;
  /** A file with more pages to OCR than this fails with `ocr_too_long` (pages already cached do not count). No limit when unset. */
  maxPages?: number;
  /**
   * Files of one batch OCR'd at once (`ingestFiles`' OCR pool; with `workers` pages each, this bounds
   * the pdftoppm/tesseract processes). Default: one per two cores, at least one.
   */
  files?: number;
  /**
   * Only find out whether OCR is needed: a file with pages to OCR (cached or not) fails with
   * `OcrNeeded` instead of being read, so a batch can queue it and read text files meanwhile.
   */
  defer?: boolean;
  /** Runs tesseract and pdftoppm; tests inject one to count or fail calls. */
  run?: CommandRunner;
  onPage?: (progress: OcrProgress) => void;
}

export const DEFAULT_OCR_DPI = 300;
export const DEFAULT_OCR_LANG = 'vie';
