/**
 * @module ingest/ingest-files
 * The ingestion batch: load → parse → index → store, one result per file (Kysely's migrator
 * habit: never throws for one bad item). Each document is stored whole in one transaction or not
 * at all; an unchanged document is a no-op; after the batch, citations are resolved against the
 * store so lineage nodes meet the documents they name.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { basename, extname, resolve } from 'node:path';
import { applyResolution } from './references/index.ts';
import type { Db, DocumentFile, LexicalSegment } from '../core/store/index.ts';
import {
  deleteSource,
  findDocumentByHash,
  getDocument,
  getDocumentSummary,
  getSource,
  hasDocumentFile,
  listSources,
  recordSource,
  refreshStatistics,
  relabelClauses,
  saveDocument,
  saveDocumentFile,
} from '../core/store/index.ts';
import type { SkippedFile } from './collect-files.ts';
import { chooseDocumentId, documentIdFor } from './document-id.ts';
import { FingerprintCandidates, isSameDocument, textFingerprint } from './duplicates/index.ts';
import type { Clause } from '../core/types.ts';
import type { QueueProgress } from './batch-progress.ts';
import { indexClauses } from './clause-index.ts';
import { type Decoded, decodeFile, validSidecar } from './decode-file.ts';
import { LoadError, type LoadedText, type LoadOptions, loadFile, type OcrProgress, readSidecar } from './load/index.ts';
import { createOcrPool, defaultOcrFiles, type OcrPool } from './ocr-pool.ts';
import { citationName, documentLabel, parseDocument, SidecarSchema } from './parse-document.ts';
import { createParsePool, defaultParseWorkers, type ParsePool, type Parsed } from './parse-pool.ts';
import { sourceHash } from './parser-version.ts';

/** How clauses are indexed for search; supplied by the search module so ingestion does not depend on ranking. */
export interface ClauseIndexer {
  /** The document's lexical segment, stored in the same transaction as its clauses. */
  lexicon?(clauses: readonly Clause[]): LexicalSegment;
  /**
   * URL of a module exporting a `lexicon` function that gives what `lexicon` gives, so parse workers build
   * segments beside their parse and the main thread only stores (ingest may not import the search module).
   */
  lexiconModule?: string;
  /** Bring vectors up to date after a batch (a corpus-fitted embedder needs the whole corpus). */
  refreshVectors?(db: Db): Promise<void>;
}

export interface IngestOptions {
  db: Db;
  indexer: ClauseIndexer;
  load?: LoadOptions;
  /** Called after each file with the count done so far. */
  onProgress?: (done: number, total: number, file: string) => void;
  /** Called whenever the text or the OCR queue moves (a file stored, a scan queued, a page OCR'd); see `formatQueues`. */
  onQueues?: (queues: QueueProgress) => void;
  /** Parse worker threads for a batch (default one per core beyond the first; 0 parses on the main thread). */
  parseWorkers?: number;
  /** Filled with the time spent per stage, when given (the bench reads it). */
  timings?: IngestTimings;
}

/**
 * Milliseconds per stage of a batch. Stages overlap (workers parse while the main thread stores), so
 * `parseMs` is thread time in the parsers and `parseWaitMs` the main thread's wait for them; the
 * other stages are main-thread time.
 */
export interface IngestTimings {
  /** The main thread's wait for text files to be read and decoded (`ocrPages` pages went through OCR or its cache). */
  loadMs: number;
  /** Worker time decoding files (pdf-parse, mammoth, word-extractor), when workers decode. */
  decodeMs: number;
  ocrPages: number;
  /** Files that went to the OCR pool, and the main thread's wait for them once the text queue was done. */
  ocrFiles: number;
  ocrWaitMs: number;
  /** From the batch's start: every text file stored (text ready), and every file stored, scans too (all ready). */
  textReadyMs: number;
  storedMs: number;
  parseMs: number;
  parseWaitMs: number;
  /** The clause index of each document (tokenizing its clauses), on the main thread; a worker that parses builds it too, in `parseMs`. */
  indexMs: number;
  /** Duplicate checks and the one transaction that writes each document. */
  storeMs: number;
  /** Resolving citations against the store and relabelling, after the batch. */
  resolveMs: number;
  /** Fitting and embedding vectors, after the batch. */
  embedMs: number;
}

export function emptyTimings(): IngestTimings {
  return {
    loadMs: 0,
    decodeMs: 0,
    ocrPages: 0,
    ocrFiles: 0,
    ocrWaitMs: 0,
    textReadyMs: 0,
    storedMs: 0,
    parseMs: 0,
    parseWaitMs: 0,
    indexMs: 0,
    storeMs: 0,
    resolveMs: 0,
    embedMs: 0,
  };
}

/** A parse started ahead, under the document id the file will most likely get (with its index, from a worker). */
interface EarlyParse {
  documentId: string;
  result: Promise<Parsed>;
}

/**
 * What became of one file. `duplicate`: its document was already stored (from another file), the
 * file is recorded as one more source of it; `not_document` and `unsupported`: found in a folder and
 * not loaded (see `surveyFiles`).
 */
export type IngestStatus = 'ingested' | 'unchanged' | 'duplicate' | 'not_document' | 'unsupported' | 'failed';

export interface IngestOutcome {
  file: string;
  status: IngestStatus;
  documentId?: string;
  clauses?: number;
  /** Why a file was not ingested (duplicate of …, not a document, unsupported type). */
  reason?: string;
  /** Pages read by OCR, and how many of them came from the OCR cache. */
  ocr?: { pages: number; cached: number };
  warnings?: string[];
  error?: { code: string; message: string };
}

export { documentIdFor };

/** Outcomes for the files a folder survey left out, so a summary counts every file seen. */
export function skippedOutcomes(skipped: readonly SkippedFile[]): IngestOutcome[] {
  return skipped.map((s) => ({ file: s.file, status: s.status, reason: s.reason }));
}

const printedSymbol = (m: { symbol: string | null; symbolInferred: boolean }): string | null =>
  m.symbolInferred ? null : m.symbol;

/** Where the kept document came from, for a duplicate's reason. */
async function describeKept(db: Db, documentId: string, path: string): Promise<string> {
  const other = (await listSources(db, documentId)).find((s) => s.path !== path);
  return other ? `${documentId} (from ${other.path})` : documentId;
}

/**
 * Parse, index and store one loaded document, unless its text is already stored: a file recorded
 * with the same text is `unchanged`; the same text from another file, or nearly the same text
 * (shingle similarity ≥ 0.9, or ≥ 0.5 with the same printed symbol; see `ingest/duplicates`) is a
 * `duplicate` recorded as one more source of the kept document. Throws only on store failure.
 */
export async function ingestLoaded(
  loaded: LoadedText,
  file: string,
  options: IngestOptions,
  original?: DocumentFile,
  early?: EarlyParse,
  candidates: FingerprintCandidates = new FingerprintCandidates(options.db),
): Promise<IngestOutcome> {
  const { db } = options;
  const t = options.timings;
  const storeStarted = performance.now();
  let outsideStore = 0; // parse and index time, taken out of the store figure

  // A document stored before original files were kept gets its file when its own file comes again.
  const unchanged = async (documentId: string): Promise<IngestOutcome> => {
    if (original && !(await hasDocumentFile(db, documentId))) await saveDocumentFile(db, documentId, original);
    return { ...base, status: 'unchanged', documentId };
  };
  const path = resolve(file);
  const warnings = [...loaded.warnings];
  const ocr = loaded.ocr;
  const sidecar = SidecarSchema.safeParse(loaded.sidecar ?? {});
  if (!sidecar.success) {
    warnings.push(
      `sidecar ignored: ${sidecar.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const sidecarData = sidecar.success && loaded.sidecar ? sidecar.data : undefined;
  const hash = sourceHash(loaded.text, sidecarData);
  const base = { file, warnings, ...(ocr ? { ocr } : {}) };
  const duplicateOf = async (documentId: string, how: string): Promise<IngestOutcome> => ({
    ...base,
    status: 'duplicate',
    documentId,
    reason: `${how} ${await describeKept(db, documentId, path)}`,
  });

  // 1. This file, as it was read last time.
  let known = await getSource(db, path);
  if (known) {
    const doc = await getDocumentSummary(db, known.documentId);
    if (doc && known.contentHash === hash) {
      if (doc.contentHash !== hash) return duplicateOf(doc.id, 'near-duplicate of');
      // Same text as the document: its own file, unless a file recorded earlier still holds that place.
      const first = (await listSources(db, doc.id)).find((s) => s.path === path || existsSync(s.path));
      return first?.path === path ? unchanged(doc.id) : duplicateOf(doc.id, 'same text as');
    }
    // Changed: it keeps its document only when it was that document's own text, not a duplicate source.
    if (!doc || doc.contentHash !== known.contentHash) {
      await deleteSource(db, path);
      candidates.forget(path);
      known = null;
    }
  }
  const fingerprint = textFingerprint(loaded.text);
  const source = { path, contentHash: hash, fingerprint };

  // 2. The same text from another file.
  const same = await findDocumentByHash(db, hash);
  if (same) {
    const others = (await listSources(db, same.id)).filter((s) => s.path !== path && existsSync(s.path));
    await recordSource(db, { ...source, documentId: same.id });
    candidates.record({ ...source, documentId: same.id });
    // A file that moved (its old path is gone) is the same document, not a duplicate.
    if (others.length === 0) return unchanged(same.id);
    return duplicateOf(same.id, 'same text as');
  }

  const chosen = known ? { id: known.documentId, fresh: false } : await chooseDocumentId(db, path);
  const documentId = chosen.id;
  const parseStarted = performance.now();
  // The early parse is used when the file got the id it was parsed under (almost always); else parse again.
  const { parsed, index } =
    early && early.documentId === documentId
      ? await early.result
      : ({
          parsed: parseDocument(loaded.text, { documentId, sourceName: loaded.sourceName, sidecar: sidecarData }),
        } as Parsed);
  const parseMs = performance.now() - parseStarted;
  outsideStore += parseMs;
  if (t) {
    if (early && early.documentId === documentId) t.parseWaitMs += parseMs;
    else t.parseMs += parseMs;
  }

  // 3. Nearly the same text (another format, other typing), unless printed symbols disagree.
  if (fingerprint) {
    const near = await candidates.mostSimilar(fingerprint, documentId);
    if (near) {
      const kept = await getDocumentSummary(db, near.documentId);
      if (kept && isSameDocument(near.similarity, printedSymbol(parsed.metadata), printedSymbol(kept.metadata))) {
        await recordSource(db, { ...source, documentId: kept.id });
        candidates.record({ ...source, documentId: kept.id });
        return duplicateOf(kept.id, `near-duplicate (${Math.round(100 * near.similarity)}% similar) of`);
      }
    }
  }

  if (parsed.clauses.length === 0) {
    return {
      ...base,
      status: 'failed',
      error: {
        code: 'no_content',
        message: `${file}: no text to index after cleaning — is it a blank or scanned page?`,
      },
    };
  }
  // Sources whose files are gone (a moved folder, an upload's temporary copy) do not follow the new version.
  // A fresh id has none (a source row needs its document).
  for (const s of chosen.fresh ? [] : await listSources(db, documentId)) {
    if (s.path !== path && !existsSync(s.path)) {
      await deleteSource(db, s.path);
      candidates.forget(s.path);
    }
  }
  const indexStarted = performance.now();
  // A worker's index was built with the same functions; without one (or its segment) the main thread builds it.
  const { normTexts } = index ?? indexClauses(parsed.clauses);
  const lexicon = index?.lexicon ?? options.indexer.lexicon?.(parsed.clauses);
  const indexMs = performance.now() - indexStarted;
  outsideStore += indexMs;
  const saved = await saveDocument(db, parsed, {
    normTexts,
    lexicon,
    source,
    file: original,
    fresh: chosen.fresh,
  });
  candidates.record({ ...source, documentId });
  if (t) {
    t.indexMs += indexMs;
    t.storeMs += performance.now() - storeStarted - outsideStore;
  }
  return { ...base, status: 'ingested', documentId, clauses: saved.clauses };
}

/** Content types of the formats the loader reads, for serving the original file back. */
const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.tif': 'image/tiff',
  '.tiff': 'image/tiff',
};

/** The original file as it will be stored for download. */
export function originalFile(sourceName: string, bytes: Uint8Array): DocumentFile {
  const type = CONTENT_TYPES[extname(sourceName).toLowerCase()] ?? 'application/octet-stream';
  return { fileName: sourceName, contentType: type, bytes };
}

/**
 * Ingest a batch; a bad file is reported in its outcome and the batch goes on. Files are read ahead
 * (decoded and parsed in worker threads when a core is free) and stored one at a time, in order.
 * A file with pages to OCR does not hold the others up: it goes to the OCR pool (`OcrOptions.files`
 * at once) and the text files behind it go on being stored. Scans are stored after the last text
 * file, in path order as their OCR ends — so which copy of a document is kept never depends on which
 * finished first: a text-layer copy wins over a scan of the same document, else the first in path
 * order. A file with the same bytes as a scan before it is not OCR'd again: it takes that scan's text.
 * Outcomes come back in the order of `files`.
 */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = new Array(files.length);
  const t = options.timings;
  const started = performance.now();
  const { indexer } = options;
  const pool = createParsePool(
    files.length > 1 ? (options.parseWorkers ?? defaultParseWorkers()) : 0,
    indexer.lexicon ? { lexiconModule: indexer.lexiconModule } : {},
  );
  const queues: QueueProgress = { text: { done: 0, total: files.length }, ocr: { done: 0, total: 0 } };
  const report = () => options.onQueues?.({ text: { ...queues.text }, ocr: { ...queues.ocr } });
  const batch: Batch = {
    options,
    pool,
    candidates: new FingerprintCandidates(options.db),
    ocrPool: createOcrPool(options.load?.ocr?.files ?? defaultOcrFiles()),
    firstByBytes: new Map(),
    lookedUp: Promise.resolve(),
    scanReads: new Map(),
    onPage: (p) => {
      queues.ocr.page = { file: p.file, done: p.done, total: p.total };
      report();
    },
  };
  let done = 0;
  const store = async (i: number, ready: Prepared) => {
    // Until a worker has booted, parse inline rather than wait for it (small batches never wait).
    outcomes[i] = await ingestPrepared(files[i], pool.ready ? ready : withoutEarlyParse(ready), batch);
    options.onProgress?.(++done, files.length, files[i]);
  };
  try {
    // Enough ahead to keep each parser busy while the main thread stores, few enough to bound memory.
    const ahead = pool.size + 2;
    const routes: Array<Promise<Route> | undefined> = [];
    const scans: Array<{ index: number; ready: Promise<Prepared> }> = [];
    for (let i = 0; i < files.length; i++) {
      while (routes.length < Math.min(files.length, i + 1 + ahead)) routes.push(route(routes.length, files, batch));
      const loadStarted = performance.now();
      const routed = await (routes[i] as Promise<Route>);
      if (t) t.loadMs += performance.now() - loadStarted;
      routes[i] = undefined; // let the text and parse go once stored
      if (routed.kind === 'ocr') {
        const ready = routed.read();
        batch.scanReads.set(i, ready);
        scans.push({ index: i, ready });
        queues.text.total--;
        queues.ocr.total++;
        report();
        continue;
      }
      await store(i, routed.ready);
      queues.text.done++;
      report();
    }
    if (t) t.textReadyMs = performance.now() - started;
    for (const scan of scans) {
      const waitStarted = performance.now();
      const ready = await scan.ready;
      if (t) t.ocrWaitMs += performance.now() - waitStarted;
      batch.scanReads.delete(scan.index);
      await store(scan.index, ready);
      queues.ocr.done++;
      queues.ocr.page = undefined;
      report();
    }
    if (t) {
      t.storedMs = performance.now() - started;
      t.ocrFiles += scans.length;
    }
  } finally {
    if (t) {
      t.parseMs += pool.busyMs;
      t.decodeMs += pool.decodeMs;
    }
    await pool.close();
  }
  const resolveStarted = performance.now();
  if (outcomes.some((o) => o.status === 'ingested')) {
    const { inferred } = await applyResolution(options.db);
    await syncClauseLabels(
      options.db,
      inferred.map((i) => i.documentId),
    );
  }
  const embedStarted = performance.now();
  if (t) t.resolveMs += embedStarted - resolveStarted;
  // Also after a batch with nothing new: the store may hold clauses without vectors (an interrupted run, a new embedder).
  await options.indexer.refreshVectors?.(options.db);
  if (t) t.embedMs += performance.now() - embedStarted;
  if (outcomes.some((o) => o.status === 'ingested')) await refreshStatistics(options.db);
  return outcomes;
}

/** A file loaded (or failed to load), with its parse started in the pool. */
type Prepared =
  | { loaded: LoadedText; original: DocumentFile; early: EarlyParse | undefined }
  | { failed: IngestOutcome };

/** Where a file goes: stored in the text queue, or read by the OCR pool (`read` queues it there). */
type Route = { kind: 'text'; ready: Prepared } | { kind: 'ocr'; read: () => Promise<Prepared> };

/** What the routing of a batch's files shares. */
interface Batch {
  options: IngestOptions;
  pool: ParsePool;
  /** Stored fingerprints, read once for the batch (see `FingerprintCandidates`). */
  candidates: FingerprintCandidates;
  ocrPool: OcrPool;
  /** Bytes hash → the first file with those bytes, and whether it went to OCR. */
  firstByBytes: Map<string, { index: number; ocr: Promise<boolean> }>;
  /**
   * Settles when the last routed file has looked up its bytes: each file waits for the one before, so of two byte
   * copies the first in path order is the first, however their reads finish.
   */
  lookedUp: Promise<void>;
  /** The OCR reads of scans not stored yet, by file index (a byte copy takes its text from there). */
  scanReads: Map<number, Promise<Prepared>>;
  onPage: (p: OcrProgress) => void;
}

/**
 * Reads file `index` up to the point where it is known whether it needs OCR: decoded (in a worker
 * when one is ready) with OCR deferred. Text files come back ready to store; a file with pages to
 * OCR comes back as a read for the OCR pool.
 */
function route(index: number, files: readonly string[], batch: Batch): Promise<Route> {
  const file = files[index];
  let settle: (ocr: boolean) => void = () => {};
  const toOcr = new Promise<boolean>((r) => {
    settle = r;
  });
  const before = batch.lookedUp;
  let lookedUp: () => void = () => {};
  batch.lookedUp = new Promise<void>((r) => {
    lookedUp = r;
  });
  const routed = (async (): Promise<Route> => {
    let bytes: Uint8Array;
    try {
      bytes = new Uint8Array(await readFile(file));
    } catch (err) {
      await before;
      lookedUp();
      return { kind: 'text', ready: { failed: failedOutcome(file, err) } };
    }
    // The same bytes as a scan before it: that scan's text, without a second OCR.
    const hash = createHash('sha256').update(bytes).digest('hex');
    await before;
    const first = batch.firstByBytes.get(hash);
    if (first === undefined) batch.firstByBytes.set(hash, { index, ocr: toOcr });
    lookedUp();
    if (first !== undefined && (await first.ocr)) {
      return { kind: 'ocr', read: () => copyOfScan(file, bytes, files[first.index], batch.scanReads.get(first.index)) };
    }
    const decoded = await decodeDeferred(file, batch);
    if ('ocrPages' in decoded) return { kind: 'ocr', read: () => readScan(file, bytes, batch) };
    if ('failed' in decoded) return { kind: 'text', ready: decoded };
    const parsed = decoded.parsed && { parsed: decoded.parsed, ...(decoded.index ? { index: decoded.index } : {}) };
    return { kind: 'text', ready: withEarlyParse(decoded.loaded, bytes, file, batch, parsed) };
  })();
  routed.then(
    (r) => settle(r.kind === 'ocr'),
    () => settle(false),
  );
  return routed;
}

/** The first decode, OCR deferred: in a worker when one has booted (and the load options can cross to it), else inline. */
async function decodeDeferred(file: string, batch: Batch): Promise<Decoded | { failed: IngestOutcome }> {
  const { load = {} } = batch.options;
  const documentId = documentIdFor(resolve(file));
  try {
    // Injected runners (tests) cannot cross to a worker; nor can progress callbacks, which the deferred read never calls.
    if (batch.pool.size > 0 && batch.pool.ready && !load.ocr?.run) {
      const plain: LoadOptions = {
        ...(load.maxBytes === undefined ? {} : { maxBytes: load.maxBytes }),
        ...(load.minCharsPerPage === undefined ? {} : { minCharsPerPage: load.minCharsPerPage }),
        ...(load.ocr ? { ocr: { defer: true } } : {}),
      };
      return await batch.pool.decode({ file, load: plain, documentId, parse: true });
    }
    const deferred = load.ocr ? { ...load, ocr: { ...load.ocr, defer: true } } : load;
    return await decodeFile({ file, load: deferred, documentId, parse: false });
  } catch (err) {
    return { failed: failedOutcome(file, err) };
  }
}

/** A loaded text file ready to store, its parse started in the pool (or already done in a worker). */
function withEarlyParse(loaded: LoadedText, bytes: Uint8Array, file: string, batch: Batch, parsed?: Parsed): Prepared {
  const documentId = documentIdFor(resolve(file));
  const { pool, options } = batch;
  if (options.timings) options.timings.ocrPages += loaded.ocr?.pages ?? 0;
  let early: EarlyParse | undefined;
  if (parsed) early = { documentId, result: Promise.resolve(parsed) };
  else if (pool.size > 0) {
    early = {
      documentId,
      result: pool.parseIndexed({
        rawText: loaded.text,
        documentId,
        sourceName: loaded.sourceName,
        sidecar: validSidecar(loaded),
      }),
    };
    // Not awaited when the file turns out unchanged or a duplicate: keep its failure from going unhandled.
    early.result.catch(() => undefined);
  }
  return { loaded, original: originalFile(loaded.sourceName, bytes), early };
}

/** A scan read with OCR on, when the OCR pool has a place; a failure is the file's outcome. */
function readScan(file: string, bytes: Uint8Array, batch: Batch): Promise<Prepared> {
  const { load = {} } = batch.options;
  const ocr = load.ocr;
  const onPage = (p: OcrProgress) => {
    batch.onPage(p);
    ocr?.onPage?.(p);
  };
  return batch.ocrPool
    .run(() => loadFile(file, { ...load, ...(ocr ? { ocr: { ...ocr, onPage } } : {}) }))
    .then(
      (loaded) => withEarlyParse(loaded, bytes, file, batch),
      (err: unknown) => ({ failed: failedOutcome(file, err) }),
    );
}

/** A file with the same bytes as an earlier scan: that scan's text, this file's own name and sidecar. */
async function copyOfScan(
  file: string,
  bytes: Uint8Array,
  firstFile: string,
  firstRead: Promise<Prepared> | undefined,
): Promise<Prepared> {
  const first = await firstRead;
  if (!first) return { failed: failedOutcome(file, new Error(`same bytes as ${firstFile}, which was not read`)) };
  if ('failed' in first) {
    const error = first.failed.error ?? { code: 'ingest_failed', message: `${firstFile} failed` };
    return {
      failed: {
        file,
        status: 'failed',
        error: { code: error.code, message: `${file}: same bytes as ${error.message}` },
      },
    };
  }
  const { sidecar, warnings } = await readSidecar(file);
  const sourceName = basename(file);
  const loaded: LoadedText = {
    ...first.loaded,
    sourceName,
    warnings: [...first.loaded.warnings.filter((w) => !w.startsWith('sidecar ')), ...warnings],
    ...(sidecar === undefined ? { sidecar: undefined } : { sidecar }),
  };
  if (sidecar === undefined) delete loaded.sidecar;
  return { loaded, original: originalFile(sourceName, bytes), early: undefined };
}

const withoutEarlyParse = (p: Prepared): Prepared => ('failed' in p ? p : { ...p, early: undefined });

async function ingestPrepared(file: string, ready: Prepared, batch: Batch): Promise<IngestOutcome> {
  if ('failed' in ready) return ready.failed;
  try {
    return await ingestLoaded(ready.loaded, file, batch.options, ready.original, ready.early, batch.candidates);
  } catch (err) {
    return failedOutcome(file, err);
  }
}

function failedOutcome(file: string, err: unknown): IngestOutcome {
  if (err instanceof LoadError) return { file, status: 'failed', error: { code: err.code, message: err.message } };
  const message = err instanceof Error ? err.message : String(err);
  return { file, status: 'failed', error: { code: 'ingest_failed', message: `${file}: ${message}` } };
}

/** Clause labels start with the document's label; bring them in line with symbols inferred (or withdrawn) by resolution. */
export async function syncClauseLabels(db: Db, documentIds: readonly string[]): Promise<void> {
  for (const id of documentIds) {
    const d = await getDocument(db, id);
    if (!d) continue;
    const current = documentLabel(d.metadata);
    for (const old of new Set([documentLabel({ ...d.metadata, symbol: null }), documentLabel(d.metadata)])) {
      await relabelClauses(db, d.id, old, current);
    }
    // Legal normative documents end their labels with the type and symbol (`khoản 1 Điều 2 Luật 69/2025/QH15`).
    const cited = citationName(d.metadata);
    for (const old of new Set([citationName({ ...d.metadata, symbol: null }), cited])) {
      await relabelClauses(db, d.id, old, cited);
    }
  }
}
