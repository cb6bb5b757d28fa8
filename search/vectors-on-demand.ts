/**
 * @module search/vectors-on-demand
 * Clause vectors built when the dense channel is first asked for, not at ingestion. With a dense
 * weight of 0 (the default: no embedder beat lexical-only, #17) nothing reads the vectors unless a
 * caller asks for `mode: "dense"`, so ingestion leaves them out (they were a third of its time) and
 * the first dense search after a change fits and embeds what is missing (`ensureEmbeddings`). The
 * check is read-only and runs once per store revision, so a store whose vectors are complete is never
 * written to — `ensureEmbeddings` moves the store revision, which would invalidate every cache.
 */
import type { Db } from '../core/store/db.ts';
import { ensureEmbeddingColumn, getEmbeddingConfig } from '../core/store/embeddings-repo.ts';
import { storeRevision } from '../core/store/revision-cache.ts';
import { getMeta } from '../core/store/store-meta.ts';
import { STATE_KEYS, loadEmbedderState, vectorFingerprint } from './embedder-state.ts';
import { createEmbedder } from './embedders/create-embedder.ts';
import { type VankienEmbeddings, isFittable } from './embedders/types.ts';
import { REFIT_DRIFT, ensureEmbeddings } from './ensure-embeddings.ts';

/** The store revision each embedder's vectors were last found complete at, per store handle. */
const completeAt = new WeakMap<Db, Map<string, number>>();
/** The last check (or backfill) started per store handle. */
const running = new WeakMap<Db, Promise<boolean>>();

/**
 * Makes sure the store holds a vector from `embedder` for every clause before a dense search; with
 * no embedder given, from the default one when the store has no vectors yet. A store holding another
 * embedder's vectors is left alone (`resolveEmbedder` refuses the mismatch): only ingestion with a newly
 * configured embedder hands the store over to it (`adoptEmbedder`).
 * Returns true when it had to embed.
 * @example await vectorsOnDemand(db, embedder); const hits = await denseSearch(db, await embedder.embedQuery(q))
 */
export async function vectorsOnDemand(db: Db, given?: VankienEmbeddings): Promise<boolean> {
  // Chained per store handle: concurrent dense searches wait for one check (and one backfill), not race.
  const prior = running.get(db) ?? Promise.resolve();
  const mine = prior.catch(() => undefined).then(() => checkAndFill(db, given));
  running.set(db, mine);
  try {
    return await mine;
  } finally {
    if (running.get(db) === mine) running.delete(db);
  }
}

async function checkAndFill(db: Db, given: VankienEmbeddings | undefined): Promise<boolean> {
  const embedder = given ?? (await defaultFor(db));
  if (!embedder) return false;
  // Vectors of another embedder are not replaced on a search's say-so: `resolveEmbedder` refuses the mismatch.
  const { embedder: stored } = await getEmbeddingConfig(db);
  if (stored !== null && stored !== embedder.id) return false;
  const seen = completeAt.get(db) ?? new Map<string, number>();
  completeAt.set(db, seen);
  if (seen.get(embedder.id) === (await storeRevision(db))) return false;
  const revision = await storeRevision(db);
  if (await complete(db, embedder)) {
    seen.set(embedder.id, revision);
    return false;
  }
  await ensureEmbeddings(db, embedder);
  seen.set(embedder.id, await storeRevision(db));
  return true;
}

/** The default embedder, when the store has no vectors at all (else the stored ones decide). */
async function defaultFor(db: Db): Promise<VankienEmbeddings | null> {
  const { embedder } = await getEmbeddingConfig(db);
  return embedder === null || embedder === createEmbedder().id ? createEmbedder() : null;
}

/** Read-only: the vectors are this embedder's, of its current fit, one per clause, and no refit is due. */
async function complete(db: Db, embedder: VankienEmbeddings): Promise<boolean> {
  const { embedder: stored } = await getEmbeddingConfig(db);
  if (stored !== embedder.id) return false;
  const [row] = await db.query<{ total: number; missing: boolean }>(
    `select (select count(*)::int from clauses) as total,
            exists (select 1 from clauses c where not exists (select 1 from embeddings e where e.clause_id = c.id)) as missing`,
  );
  if (row.missing) return false;
  if (isFittable(embedder)) {
    if (!(await loadEmbedderState(db, embedder))) return row.total === 0;
    const drift = Math.abs(row.total - embedder.fittedOn) / Math.max(embedder.fittedOn, 1);
    if (row.total > 0 && drift > REFIT_DRIFT) return false;
  }
  return (await getMeta(db, STATE_KEYS.vectors)) === vectorFingerprint(embedder);
}

/**
 * After a batch ingested without vectors: when the store's vectors come from another embedder (the
 * configuration changed), drop them and record this one, so the next dense search embeds with it —
 * what the eager path's `ensureEmbeddings` does, without the embedding. A no-op read otherwise.
 */
export async function adoptEmbedder(db: Db, embedder: VankienEmbeddings): Promise<void> {
  const { embedder: stored } = await getEmbeddingConfig(db);
  if (stored === null || stored === embedder.id || !embedder.dimensions) return;
  await ensureEmbeddingColumn(db, embedder.dimensions, embedder.id);
}
