/**
 * @module search/lexical-index/sync
 * One in-memory lexical index per store handle, kept in step with the store: before each use, the
 * store revision tells whether anything was saved or deleted — by this process or another one on the
 * same Postgres — and if so, documents whose revision moved are re-read, and only those. Segments missing or of another version (older stores, a new tokenizer) are rebuilt from
 * the clause texts and written back, so the next process reads them directly.
 */
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
import { buildSegment, type DecodedSegment, decodeSegment, SEGMENT_VERSION } from './segment.ts';

interface IndexState {
  index: InvertedIndex;
  /** The store revision last synced to. */
  revision: number;
  syncing: Promise<InvertedIndex> | null;
}

/** Segments read per statement while loading. */
const LOAD_BATCH = 200;

const states = new WeakMap<Db, IndexState>();

/**
 * The lexical index of the store behind `db`, brought up to date first.
 * @example const index = await lexicalIndex(db); index.df('folded', 'khai thac')
 */
export async function lexicalIndex(db: Db): Promise<InvertedIndex> {
  let state = states.get(db);
  if (!state) {
    state = { index: new InvertedIndex(), revision: -1, syncing: null };
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
    }
  }
  state.revision = revision;
  return state.index;
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
