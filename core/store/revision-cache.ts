/**
 * @module core/store/revision-cache
 * What a process derives from the whole store (the lexical index, the document catalog, the
 * embedder's settings) is kept in memory and trusted while `store_revision` has not moved: one
 * single-row read per use, instead of re-reading tables on every question. Writes by any process on
 * the same database move the revision when they commit (triggers of migration 002).
 */
import { AsyncLocalStorage } from 'node:async_hooks';
import type { Db } from './db.ts';

/** The revision a read-only operation (one search, one answer) pinned for the caches it consults. */
const pinned = new AsyncLocalStorage<{ db: Db; revision: number; kept: Map<object, unknown> }>();

/** The store's current revision: it changes with every committed change to documents or settings. */
export async function storeRevision(db: Db): Promise<number> {
  const pin = pinned.getStore();
  if (pin?.db === db) return pin.revision;
  const [row] = await db.query<{ revision: number }>('select revision::float8 as revision from store_revision');
  return row.revision;
}

/**
 * Runs a read-only operation with the store revision read once: answering one question consults the
 * index, the catalog and the embedder settings about ten times, and each read costs a round trip.
 * Writes made inside `fn` are not seen by the caches until it returns.
 * @example await atOneRevision(db, () => search(db, question))
 */
export async function atOneRevision<T>(db: Db, fn: () => Promise<T>): Promise<T> {
  if (pinned.getStore()?.db === db) return fn();
  const revision = await storeRevision(db);
  return pinned.run({ db, revision, kept: new Map() }, fn);
}

/**
 * A value kept for the rest of the read-only operation `atOneRevision` pinned on `db` (one answer), made by `make`
 * the first time `key` asks; null outside such an operation, where nothing may be kept.
 * @example const seen = duringOperation(db, CLAUSES, () => new Map<string, StoredClause>())
 */
export function duringOperation<T>(db: Db, key: object, make: () => T): T | null {
  const pin = pinned.getStore();
  if (pin?.db !== db) return null;
  let value = pin.kept.get(key) as T | undefined;
  if (value === undefined) {
    value = make();
    pin.kept.set(key, value);
  }
  return value;
}

/**
 * `load` memoized per store handle and revision; concurrent callers share one load.
 * @example const catalog = perStoreRevision((db) => listAllDocuments(db)); await catalog(db)
 */
export function perStoreRevision<T>(load: (db: Db) => Promise<T>): (db: Db) => Promise<T> {
  const cache = new WeakMap<Db, { revision: number; value: Promise<T> }>();
  return async (db) => {
    const revision = await storeRevision(db);
    const kept = cache.get(db);
    if (kept && kept.revision === revision) return kept.value;
    const value = load(db);
    cache.set(db, { revision, value });
    // A failed load is not kept: the next caller tries again.
    value.catch(() => {
      if (cache.get(db)?.value === value) cache.delete(db);
    });
    return value;
  };
}
