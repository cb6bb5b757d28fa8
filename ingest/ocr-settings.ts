/** @module ingest/ocr-settings — the loader's OCR options from the configuration, for every entry point that ingests (CLI, server). */
import { join } from 'node:path';
import type { Config } from '../core/config.ts';
import type { OcrOptions, OcrProgress } from './load/index.ts';

/**
 * OCR settings from the configuration; undefined when `VANKIEN_OCR=off` (scans then fail with `needs_ocr`).
 * @example loadFile(path, { ocr: ocrOptionsFrom(loadConfig()) })
 */
export function ocrOptionsFrom(config: Config, onPage?: (p: OcrProgress) => void): OcrOptions | undefined {
  if (config.VANKIEN_OCR === 'off') return undefined;
  return {
    cacheDir: config.VANKIEN_OCR_CACHE ?? join(config.VANKIEN_DATA, 'ocr-cache'),
    workers: config.VANKIEN_OCR_WORKERS,
    ...(config.VANKIEN_OCR_FILES > 0 ? { files: config.VANKIEN_OCR_FILES } : {}),
    ...(config.VANKIEN_OCR_MAX_PAGES > 0 ? { maxPages: config.VANKIEN_OCR_MAX_PAGES } : {}),
    ...(onPage ? { onPage } : {}),
  };
}
