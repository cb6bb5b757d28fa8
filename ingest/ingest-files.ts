/**
 * @module ingest/ingest-files
 * The ingestion batch: load → parse → index → store, one result per file (Kysely's migrator
 * habit: never throws for one bad item). Each document is stored whole in one transaction or not
 * at all; an unchanged document is a no-op; after the batch, citations are resolved against the
 * store so lineage nodes meet the documents they name.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { extname, resolve } from 'node:path';
import { applyResolution } from './references/index.ts';
import type { Db, DocumentFile, LexicalSegment } from '../core/store/index.ts';
import {
  deleteSource,
  findDocumentByHash,
  getDocument,
  getDocumentSummary,
  getSource,
  hasDocumentFile,
  listFingerprints,
  listSources,
  recordSource,
  refreshStatistics,
  relabelClauses,
  saveDocument,
  saveDocumentFile,
} from '../core/store/index.ts';
import { matchForm } from '../core/text/vietnamese.ts';
import type { SkippedFile } from './collect-files.ts';
import { chooseDocumentId, documentIdFor } from './document-id.ts';
import { isSameDocument, mostSimilar, textFingerprint } from './duplicates/index.ts';
import type { Clause } from '../core/types.ts';
import { LoadError, type LoadedText, type LoadOptions, loadFile } from './load/index.ts';
import { citationName, documentLabel, parseDocument, SidecarSchema } from './parse-document.ts';
import { sourceHash } from './parser-version.ts';

/** How clauses are indexed for search; supplied by the search module so ingestion does not depend on ranking. */
export interface ClauseIndexer {
  /** The document's lexical segment, stored in the same transaction as its clauses. */
  lexicon?(clauses: readonly Clause[]): LexicalSegment;
  /** Bring vectors up to date after a batch (a corpus-fitted embedder needs the whole corpus). */
  refreshVectors?(db: Db): Promise<void>;
}

export interface IngestOptions {
  db: Db;
  indexer: ClauseIndexer;
  load?: LoadOptions;
  /** Called after each file with the count done so far. */
  onProgress?: (done: number, total: number, file: string) => void;
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
): Promise<IngestOutcome> {
  const { db } = options;
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
    // A file that moved (its old path is gone) is the same document, not a duplicate.
    if (others.length === 0) return unchanged(same.id);
    return duplicateOf(same.id, 'same text as');
  }

  const documentId = known?.documentId ?? (await chooseDocumentId(db, path));
  const parsed = parseDocument(loaded.text, { documentId, sourceName: loaded.sourceName, sidecar: sidecarData });

  // 3. Nearly the same text (another format, other typing), unless printed symbols disagree.
  if (fingerprint) {
    const candidates = (await listFingerprints(db)).flatMap((c) =>
      c.documentId !== documentId && c.fingerprint !== null ? [{ ...c, fingerprint: c.fingerprint }] : [],
    );
    const near = mostSimilar(fingerprint, candidates);
    if (near) {
      const kept = await getDocumentSummary(db, near.documentId);
      if (kept && isSameDocument(near.similarity, printedSymbol(parsed.metadata), printedSymbol(kept.metadata))) {
        await recordSource(db, { ...source, documentId: kept.id });
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
  for (const s of await listSources(db, documentId)) {
    if (s.path !== path && !existsSync(s.path)) await deleteSource(db, s.path);
  }
  const normTexts = new Map(parsed.clauses.map((c) => [c.id, matchForm(c.text)]));
  const saved = await saveDocument(db, parsed, {
    normTexts,
    lexicon: options.indexer.lexicon?.(parsed.clauses),
    source,
    file: original,
  });
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

/** Ingest files one by one; a bad file is reported in its outcome and the batch goes on. */
export async function ingestFiles(files: readonly string[], options: IngestOptions): Promise<IngestOutcome[]> {
  const outcomes: IngestOutcome[] = [];
  for (const file of files) {
    outcomes.push(await ingestOne(file, options));
    options.onProgress?.(outcomes.length, files.length, file);
  }
  if (outcomes.some((o) => o.status === 'ingested')) {
    const { inferred } = await applyResolution(options.db);
    await syncClauseLabels(
      options.db,
      inferred.map((i) => i.documentId),
    );
  }
  // Also after a batch with nothing new: the store may hold clauses without vectors (an interrupted run, a new embedder).
  await options.indexer.refreshVectors?.(options.db);
  if (outcomes.some((o) => o.status === 'ingested')) await refreshStatistics(options.db);
  return outcomes;
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

async function ingestOne(file: string, options: IngestOptions): Promise<IngestOutcome> {
  try {
    const loaded = await loadFile(file, options.load);
    const bytes = new Uint8Array(await readFile(file));
    return await ingestLoaded(loaded, file, options, originalFile(loaded.sourceName, bytes));
  } catch (err) {
    if (err instanceof LoadError) return { file, status: 'failed', error: { code: err.code, message: err.message } };
    const message = err instanceof Error ? err.message : String(err);
    return { file, status: 'failed', error: { code: 'ingest_failed', message: `${file}: ${message}` } };
  }
}
