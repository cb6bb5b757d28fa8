/**
 * @module search/lexical-index/sync
 * One in-memory lexical index per store handle, kept in step with the store: before each use, the
 * store revision tells whether anything was saved or deleted — by this process or another one on the
 * same Postgres — and if so, documents whose revision moved are re-read, and only those. Segments missing or of another version (older stores, a new tokenizer) are rebuilt from
 * the clause texts and written back, so the next process reads them directly.
 * A store kept in a folder (PGlite) also keeps a snapshot of the whole index there: a process opening the
 * store starts from it and re-reads only the documents whose revision differs from the snapshot's, instead
 * of decoding every segment (~30 s of CPU at 100k clauses).
 */
import { open, readdir, readFile, rename, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { listClauses } from '../../core/store/clauses-repo.ts';
import type { Db } from '../../core/store/db.ts';
import {
  backfillSegment,
  documentRevisions,
  type LexicalSegment,
  readSegments,
} from '../../core/store/lexical-repo.ts';
import { storeRevision } from '../../core/store/revision-cache.ts';
import { InvertedIndex } from './inverted-index.ts';
import { PackError } from './pack.ts';
import { buildSegment, type DecodedSegment, decodeSegment, SEGMENT_VERSION } from './segment.ts';

interface IndexState {
  index: InvertedIndex;
  /** The store revision last synced to. */
  revision: number;
  syncing: Promise<InvertedIndex> | null;
  /** Clauses added from segments since the snapshot on disk was written (or read). */
  unsnapshotted: number;
  /** Whether the snapshot on disk was looked for (once, at the first sync). */
  opened: boolean;
}

/** Segments read per statement while loading. */
const LOAD_BATCH = 200;
/** The snapshot's file name in the store's folder. */
export const SNAPSHOT_FILE = 'vankien-lexical-index.snapshot';
/**
 * The snapshot is rewritten once the clauses read since it exceed this share of the index: a server
 * taking one document at a time then rewrites it now and then, not at every question.
 */
const RESNAPSHOT_SHARE = 0.1;

const states = new WeakMap<Db, IndexState>();

/**
 * The lexical index of the store behind `db`, brought up to date first.
 * @example const index = await lexicalIndex(db); index.df('folded', 'khai thac')
 */
export async function lexicalIndex(db: Db): Promise<InvertedIndex> {
  let state = states.get(db);
  if (!state) {
    state = { index: new InvertedIndex(), revision: -1, syncing: null, unsnapshotted: 0, opened: false };
    states.set(db, state);
  }
  // A sync already running may have read the revision before the caller's own write: wait, then check again.
  while (state.syncing) await state.syncing.catch(() => undefined);
  const current = state;
  current.syncing = syncIndex(db, current).finally(() => {
    current.syncing = null;
  });
  return current.syncing;
}

async function syncIndex(db: Db, state: IndexState): Promise<InvertedIndex> {
  if (!state.opened) {
    state.opened = true;
    // The starting point: what follows re-reads only the documents whose revision moved since it was written.
    const snapshot = db.dataDir === undefined ? null : await openSnapshot(db.dataDir);
    // Revisions only grow: a snapshot from a later revision than the store's is of another history (a restored copy).
    if (snapshot && snapshot.revision <= (await storeRevision(db))) state.index = snapshot.index;
  }
  const revision = await storeRevision(db);
  if (revision === state.revision) return state.index;
  const stored = await documentRevisions(db);
  const indexed = state.index.revisions();
  for (const [id, revision] of indexed) if (stored.get(id) !== revision) state.index.removeDocument(id);
  const wanted = [...stored].filter(([id, revision]) => indexed.get(id) !== revision).map(([id]) => id);
  for (let from = 0; from < wanted.length; from += LOAD_BATCH) {
    for (const row of await readSegments(db, wanted.slice(from, from + LOAD_BATCH))) {
      const segment =
        usableSegment(row.documentId, row.segment) ?? (await rebuildSegment(db, row.documentId, row.revision));
      state.index.addDocument(row.documentId, row.revision, segment);
      state.unsnapshotted += segment.clauses.length;
    }
  }
  state.revision = revision;
  if (db.dataDir !== undefined && state.unsnapshotted > RESNAPSHOT_SHARE * state.index.size) {
    await writeSnapshot(join(db.dataDir, SNAPSHOT_FILE), state.index, revision);
    state.unsnapshotted = 0;
  }
  return state.index;
}

/**
 * The store folder's snapshot, after removing the temporaries of writes a killed process left half done: a PGlite
 * folder has one process at a time, so no temporary at open belongs to a live write.
 */
async function openSnapshot(dataDir: string): Promise<{ index: InvertedIndex; revision: number } | null> {
  const leftovers = (await readdir(dataDir)).filter(
    (name) => name.startsWith(`${SNAPSHOT_FILE}.`) && name.endsWith('.tmp'),
  );
  await Promise.all(leftovers.map((name) => rm(join(dataDir, name), { force: true })));
  return readSnapshot(join(dataDir, SNAPSHOT_FILE));
}

/** The index a snapshot file holds, or null when there is none or it cannot be used (then the segments are read). */
async function readSnapshot(path: string): Promise<{ index: InvertedIndex; revision: number } | null> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch {
    return null;
  }
  try {
    return InvertedIndex.fromSnapshot(bytes, SEGMENT_VERSION);
  } catch (err) {
    if (!(err instanceof PackError || err instanceof SyntaxError)) throw err;
    process.emitWarning(`lexical index snapshot ${path} unreadable (${err.message}); reading the segments instead`);
    return null;
  }
}

/**
 * Writes the snapshot beside the store, whole or not at all (a temporary file renamed over the old one).
 * A snapshot is only a shortcut: failing to write one is said, not thrown.
 */
async function writeSnapshot(path: string, index: InvertedIndex, revision: number): Promise<void> {
  const temporary = `${path}.${process.pid}.tmp`;
  try {
    const file = await open(temporary, 'w');
    try {
      await file.writev(index.snapshot({ tokenizer: SEGMENT_VERSION, revision }));
    } finally {
      await file.close();
    }
    await rename(temporary, path);
  } catch (err) {
    process.emitWarning(`lexical index snapshot ${path} not written (${(err as Error).message})`);
  }
}

/** The stored segment decoded, or null when it must be rebuilt (absent, another version, damaged). */
function usableSegment(documentId: string, segment: LexicalSegment | null): DecodedSegment | null {
  if (segment === null || segment.version !== SEGMENT_VERSION) return null;
  try {
    return decodeSegment(segment);
  } catch (err) {
    // A segment is derived data: rebuild it from the clauses, but say so.
    process.emitWarning(`lexical segment of ${documentId} unreadable (${(err as Error).message}); rebuilding it`);
    return null;
  }
}

async function rebuildSegment(db: Db, documentId: string, revision: number): Promise<DecodedSegment> {
  const clauses = await listClauses(db, documentId);
  const segment = buildSegment(clauses);
  await backfillSegment(db, documentId, revision, segment);
  return decodeSegment(segment);
}
