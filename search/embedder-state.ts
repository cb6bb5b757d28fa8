/** @module search/embedder-state — persists a fitted embedder's state (the hashed embedder's IDF table) in `store_meta`, so queries use the weights the vectors were made with. */

import type { Db } from '../core/store/db.ts';
import { getMeta, setMeta } from '../core/store/store-meta.ts';
import { type VankienEmbeddings, isFittable } from './embedders/types.ts';

/** `store_meta` keys: the state itself, its fingerprint, and the fingerprint the stored vectors were made with. */
export const STATE_KEYS = {
  state: (id: string) => `embedder_state:${id}`,
  fingerprint: (id: string) => `embedder_state:${id}:fingerprint`,
  vectors: 'embeddings_fingerprint',
} as const;

/** The fingerprint that tags stored vectors: the fitted state's, or `static` for embedders without one. */
export function vectorFingerprint(embedder: VankienEmbeddings): string {
  return isFittable(embedder) ? `${embedder.id}/${embedder.fingerprint}` : `${embedder.id}/static`;
}

/**
 * Loads the stored state into `embedder` when it differs from what it holds (one small read when it does not).
 * Returns true when a stored state exists. No-op for embedders that are not fitted.
 */
export async function loadEmbedderState(db: Db, embedder: VankienEmbeddings): Promise<boolean> {
  if (!isFittable(embedder)) return false;
  const fingerprint = await getMeta(db, STATE_KEYS.fingerprint(embedder.id));
  if (fingerprint === null) return false;
  if (fingerprint === embedder.fingerprint) return true;
  const state = await getMeta(db, STATE_KEYS.state(embedder.id));
  if (state === null) return false;
  embedder.importState(state);
  return true;
}

/** Stores the embedder's fitted state and its fingerprint. */
export async function saveEmbedderState(db: Db, embedder: VankienEmbeddings): Promise<void> {
  if (!isFittable(embedder)) return;
  const state = embedder.exportState();
  if (state === null) return;
  await db.transaction(async (tx) => {
    await setMeta(tx, STATE_KEYS.state(embedder.id), state);
    await setMeta(tx, STATE_KEYS.fingerprint(embedder.id), embedder.fingerprint);
  });
}
