/** @module core/store/revision-cache.test — the store revision moves with every committed change to documents or settings, and caches follow it. */

import { describe, expect, it } from 'vitest';
import { deleteDocument, saveDocument } from './documents-repo.ts';
import { atOneRevision, perStoreRevision, storeRevision } from './revision-cache.ts';
import { setMeta } from './store-meta.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

describe.each(engines)('store revision on $name', (engine) => {
  const db = useEngine(engine);

  it('moves on save, metadata update, delete and settings, and not on reads or rolled-back writes', async () => {
    const doc = makeDocument({ id: 'rev' });
    const start = await storeRevision(db());
    await saveDocument(db(), doc, extrasOf(doc));
    const saved = await storeRevision(db());
    expect(saved).toBeGreaterThan(start);
    await db().query('select count(*) from documents');
    expect(await storeRevision(db())).toBe(saved);
    await db().query("update documents set symbol = 'x' where id = 'rev'");
    const updated = await storeRevision(db());
    expect(updated).toBeGreaterThan(saved);
    await setMeta(db(), 'test_key', 'v');
    const configured = await storeRevision(db());
    expect(configured).toBeGreaterThan(updated);
    await db()
      .transaction(async (tx) => {
        await deleteDocument(tx, 'rev');
        throw new Error('roll back');
      })
      .catch(() => undefined);
    expect(await storeRevision(db())).toBe(configured);
    await deleteDocument(db(), 'rev');
    expect(await storeRevision(db())).toBeGreaterThan(configured);
  });

  it('reloads a cached value only after the revision moved', async () => {
    let loads = 0;
    const cached = perStoreRevision(async () => ++loads);
    expect(await cached(db())).toBe(1);
    expect(await cached(db())).toBe(1);
    await setMeta(db(), 'test_key', 'w');
    expect(await cached(db())).toBe(2);
    expect(await Promise.all([cached(db()), cached(db())])).toEqual([2, 2]);
  });

  it('pins one revision for a read-only operation, and only for that store handle', async () => {
    const before = await storeRevision(db());
    const seen = await atOneRevision(db(), async () => {
      await setMeta(db(), 'test_key', 'pinned');
      return storeRevision(db());
    });
    expect(seen).toBe(before);
    expect(await storeRevision(db())).toBeGreaterThan(before);
  });

  it('does not keep a failed load', async () => {
    let calls = 0;
    const flaky = perStoreRevision(async () => {
      calls++;
      if (calls === 1) throw new Error('store busy');
      return 'ok';
    });
    await expect(flaky(db())).rejects.toThrow('store busy');
    expect(await flaky(db())).toBe('ok');
  });
});
