/**
 * @module ingest/ingest-files
 * The ingestion batch: load → parse → index → store, one result per file (Kysely's migrator
 * habit: never throws for one bad item). Each document is stored whole in one transaction or not
 * at all; an unchanged document is a no-op; after the batch, citations are resolved against the
 * store so lineage nodes meet the documents they name.
 */
import { readFile } from 'node:fs/promises';
import { basename, extname } from 'node:path';
import { applyResolution } from '../lineage/index.ts';
import type { Db, DocumentFile, LexicalSegment } from '../core/store/index.ts';
import {
  getDocument,
  hasDocumentFile,
  refreshStatistics,
  relabelClauses,
  saveDocument,
  saveDocumentFile,
} from '../core/store/index.ts';
import { foldAccents, matchForm } from '../core/text/vietnamese.ts';
import type { Clause } from '../core/types.ts';
import { LoadError, type LoadedText, type LoadOptions, loadFile } from './load/index.ts';
import { contentHash, documentLabel, parseDocument, SidecarSchema } from './parse-document.ts';

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

export type IngestStatus = 'ingested' | 'unchanged' | 'failed';

export interface IngestOutcome {
  file: string;
  status: IngestStatus;
  documentId?: string;
  clauses?: number;
  warnings?: string[];
  error?: { code: string; message: string };
}

/** `Công văn 1032 (bản cuối).pdf` → `cong-van-1032-ban-cuoi`: the document's stable id. */
export function documentIdFor(sourceName: string): string {
  const stem = basename(sourceName, extname(sourceName));
  const slug = foldAccents(stem)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 120);
  return slug || 'document';
}

/** Content types of the formats the loader reads, for serving the original file back. */
const CONTENT_TYPES: Record<string, string> = {
  '.pdf': 'application/pdf',
  '.docx': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  '.doc': 'application/msword',
  '.txt': 'text/plain',
};

/** The original file as it will be stored for download. */
export function originalFile(sourceName: string, bytes: Uint8Array): DocumentFile {
  const type = CONTENT_TYPES[extname(sourceName).toLowerCase()] ?? 'application/octet-stream';
  return { fileName: sourceName, contentType: type, bytes };
}

/**
 * Parse, index and store one loaded document, with its original file when given (same transaction).
 * Throws only on store failure (the caller records it).
 */
export async function ingestLoaded(
  loaded: LoadedText,
  file: string,
  options: IngestOptions,
  original?: DocumentFile,
): Promise<IngestOutcome> {
  const documentId = documentIdFor(loaded.sourceName);
  const warnings = [...loaded.warnings];
  const sidecar = SidecarSchema.safeParse(loaded.sidecar ?? {});
  if (!sidecar.success) {
    warnings.push(
      `sidecar ignored: ${sidecar.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
    );
  }
  const sidecarData = sidecar.success && loaded.sidecar ? sidecar.data : undefined;
  const existing = await getDocument(options.db, documentId);
  if (existing && existing.contentHash === contentHash(loaded.text + JSON.stringify(sidecarData ?? null))) {
    // A document stored before original files were kept gets its file on the next ingest.
    if (original && !(await hasDocumentFile(options.db, documentId))) {
      await saveDocumentFile(options.db, documentId, original);
    }
    return { file, status: 'unchanged', documentId, warnings };
  }
  const parsed = parseDocument(loaded.text, { documentId, sourceName: loaded.sourceName, sidecar: sidecarData });
  if (parsed.clauses.length === 0) {
    return {
      file,
      status: 'failed',
      error: {
        code: 'no_content',
        message: `${file}: no text to index after cleaning — is it a blank or scanned page?`,
      },
    };
  }
  const normTexts = new Map(parsed.clauses.map((c) => [c.id, matchForm(c.text)]));
  const saved = await saveDocument(options.db, parsed, {
    normTexts,
    lexicon: options.indexer.lexicon?.(parsed.clauses),
    file: original,
  });
  return { file, status: 'ingested', documentId, clauses: saved.clauses, warnings };
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
