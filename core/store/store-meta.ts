/** @module core/store/store-meta — the store's own key/value settings (embedder id, vector dimension). */

import type { Db } from './db.ts';
import type { StoreMetaRow } from './tables.ts';

/** Keys the store itself uses in `store_meta`. */
export const META_KEYS = { embedder: 'embedder', embeddingDim: 'embedding_dim' } as const;

/** A setting's value, or null when unset. */
export async function getMeta(db: Db, key: string): Promise<string | null> {
  const [row] = await db.query<StoreMetaRow>('select key, value from store_meta where key = $1', [key]);
  return row ? row.value : null;
}

/** Sets (inserts or replaces) a setting. */
export async function setMeta(db: Db, key: string, value: string): Promise<void> {
  await db.query(
    'insert into store_meta (key, value) values ($1, $2) on conflict (key) do update set value = excluded.value',
    [key, value],
  );
}
