/**
 * @module ingest/decode-file
 * One file's decoding (pdf-parse, mammoth, word-extractor, text encodings) and, in a worker, its
 * parse: the job a parse worker runs so the main thread only stores. With OCR deferred, a file
 * that has pages to OCR comes back as `ocrPages` instead of text, for the batch's OCR pool.
 */
import type { ParsedDocument } from '../core/types.ts';
import type { ClauseIndex } from './clause-index.ts';
import { type LoadedText, type LoadOptions, loadFile, OcrNeeded } from './load/index.ts';
import { parseDocument, SidecarSchema } from './parse-document.ts';

/** A file to decode; `load` must be plain data (it crosses to a worker thread). */
export interface DecodeJob {
  file: string;
  load: LoadOptions;
  /** The id the document will most likely get, for parsing ahead. */
  documentId: string;
  /** Parse the text too (in a worker); inline, the batch parses only what it stores. */
  parse: boolean;
}

/** A decoded file; a worker that parses it may also have built its clause index (`ClauseIndex`). */
export type Decoded = { loaded: LoadedText; parsed?: ParsedDocument; index?: ClauseIndex } | { ocrPages: number };

/** The sidecar's metadata when it passes the schema (a bad one is reported when the document is stored). */
export function validSidecar(loaded: LoadedText) {
  const sidecar = SidecarSchema.safeParse(loaded.sidecar ?? {});
  return sidecar.success && loaded.sidecar ? sidecar.data : undefined;
}

/** Decodes a file (throws the loader's `LoadError`); pages to OCR under `load.ocr.defer` → `{ ocrPages }`. */
export async function decodeFile(job: DecodeJob): Promise<Decoded> {
  let loaded: LoadedText;
  try {
    loaded = await loadFile(job.file, job.load);
  } catch (err) {
    if (err instanceof OcrNeeded) return { ocrPages: err.pages };
    throw err;
  }
  return job.parse ? { loaded, parsed: parseLoaded(loaded, job.documentId) } : { loaded };
}

/** The parse of a loaded file under `documentId`, as the batch would parse it. */
export function parseLoaded(loaded: LoadedText, documentId: string): ParsedDocument {
  return parseDocument(loaded.text, { documentId, sourceName: loaded.sourceName, sidecar: validSidecar(loaded) });
}
