/** @module search/resolve-embedder — which embedder can search the store's vectors: the one given, or the default hashed one when the store holds its vectors. */

import type { Db } from '../core/store/db.ts';
import { getEmbeddingConfig } from '../core/store/embeddings-repo.ts';
import { perStoreRevision, storeRevision } from '../core/store/revision-cache.ts';
import { loadEmbedderState } from './embedder-state.ts';
import { HashedNgramEmbeddings } from './embedders/hashed-ngram.ts';
import type { VankienEmbeddings } from './embedders/types.ts';
import { searchError } from './errors.ts';

const HASHED_ID = /^hashed-ngram-v1-(\d+)$/;
/** Default embedders built for a store, kept per handle (their IDF tables are reloaded only when changed). */
const defaults = new WeakMap<Db, Map<string, VankienEmbeddings>>();
/** The store's embedding settings change only with the store revision: read once per revision. */
const embeddingConfig = perStoreRevision(getEmbeddingConfig);
/** The store revision each embedder's fitted state was last checked at, per store handle. */
const stateCheckedAt = new WeakMap<VankienEmbeddings, { db: Db; revision: number }>();

/**
 * The query embedder for the store's vectors, with its fitted state loaded; or a reason why the
 * dense channel cannot run. Throws `embedder_mismatch` when `given` is not the store's embedder.
 */
export async function resolveEmbedder(
  db: Db,
  given: VankienEmbeddings | undefined,
): Promise<{ embedder: VankienEmbeddings } | { embedder: null; reason: string }> {
  const { embedder: stored } = await embeddingConfig(db);
  if (stored === null) {
    return { embedder: null, reason: 'the store has no vectors yet — run ensureEmbeddings(db, embedder)' };
  }
  let embedder = given;
  if (embedder === undefined) {
    const m = HASHED_ID.exec(stored);
    if (!m)
      return { embedder: null, reason: `the store's vectors come from ${stored}: pass that embedder to search them` };
    const perDb = defaults.get(db) ?? new Map<string, VankienEmbeddings>();
    defaults.set(db, perDb);
    embedder = perDb.get(stored) ?? new HashedNgramEmbeddings({ dim: Number(m[1]) });
    perDb.set(stored, embedder);
  }
  if (embedder.id !== stored) throw searchError('embedder_mismatch', { given: embedder.id, stored });
  await loadStateOnce(db, embedder);
  return { embedder };
}

/** `loadEmbedderState`, skipped while the store revision it was checked at still holds. */
async function loadStateOnce(db: Db, embedder: VankienEmbeddings): Promise<void> {
  const revision = await storeRevision(db);
  const checked = stateCheckedAt.get(embedder);
  if (checked?.db === db && checked.revision === revision) return;
  await loadEmbedderState(db, embedder);
  stateCheckedAt.set(embedder, { db, revision });
}
