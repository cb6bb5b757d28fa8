/** @module ingest/load — where a file becomes text: format by content, encodings, PDF, DOCX and .doc readers, OCR of scans, sidecar metadata. */
export { chooseFormat, DOC_EXTENSIONS, type FormatChoice, IMAGE_EXTENSIONS, TEXT_EXTENSIONS } from './choose-format.ts';
export { type DecodedText, decodeText, repairLegacyText } from './decode-text.ts';
export { loadDoc } from './load-doc.ts';
export { loadDocx } from './load-docx.ts';
export { LoadError, type LoadErrorCode, type LoadErrorDetails, loadError } from './load-error.ts';
export { loadFile } from './load-file.ts';
export { type LoadResult, loadFiles } from './load-files.ts';
export { loadImage } from './load-image.ts';
export { loadPdf, type PdfText } from './load-pdf.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MIN_CHARS_PER_PAGE,
  type LoadedText,
  type LoadOptions,
  type SourceFormat,
} from './loaded-text.ts';
export { readSidecar, type Sidecar, sidecarPath } from './read-sidecar.ts';
export { type ContentKind, sniffContent } from './sniff-content.ts';
export * from './ocr/index.ts';
