/** @module ingest/load/ocr — OCR of scanned pages through tesseract and pdftoppm, cached by file hash. */
export { missingOcrTools } from './check-tools.ts';
export { OcrNeeded } from './ocr-needed.ts';
export { DEFAULT_OCR_DPI, DEFAULT_OCR_LANG, type OcrOptions, type OcrProgress } from './ocr-options.ts';
export { type OcrResult, ocrPages } from './ocr-pages.ts';
export { type CommandRunner, commandRunner, defaultRunner } from './run-command.ts';
