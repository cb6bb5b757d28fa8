/** @module ingest/load — where a file becomes text: format by content, encodings, PDF and DOCX readers, sidecar metadata. */
export { chooseFormat, type FormatChoice, TEXT_EXTENSIONS } from './choose-format.ts';
export { type DecodedText, decodeText, repairLegacyText } from './decode-text.ts';
export { loadDocx } from './load-docx.ts';
export { LoadError, type LoadErrorCode, type LoadErrorDetails, loadError } from './load-error.ts';
export { loadFile } from './load-file.ts';
export { type LoadResult, loadFiles } from './load-files.ts';
export { loadPdf } from './load-pdf.ts';
export {
  DEFAULT_MAX_BYTES,
  DEFAULT_MIN_CHARS_PER_PAGE,
  type LoadedText,
  type LoadOptions,
  type SourceFormat,
} from './loaded-text.ts';
export { readSidecar, type Sidecar, sidecarPath } from './read-sidecar.ts';
export { type ContentKind, sniffContent } from './sniff-content.ts';
