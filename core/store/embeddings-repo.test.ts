/** @module core/store/embeddings-repo.test — the typed vector column, its HNSW index and nearest neighbours, on every engine. */

import { describe, expect, it } from 'vitest';
import type { Db } from './db.ts';
import { countAll, getDocument, saveDocument } from './documents-repo.ts';
import { ensureEmbeddingColumn, getEmbeddingConfig, nearestClauses, saveEmbeddings } from './embeddings-repo.ts';
import { checkIntegrity } from './integrity.ts';
import { setMeta } from './store-meta.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

async function vecColumn(db: Db) {
  const [column] = await db.query<{ type: string }>(
    "select format_type(atttypid, atttypmod) as type from pg_attribute where attrelid = 'embeddings'::regclass and attname = 'vec' and not attisdropped",
  );
  const indexes = await db.query<{ indexdef: string }>(
    "select indexdef from pg_indexes where tablename = 'embeddings' and indexname = 'embeddings_vec_hnsw'",
  );
  return { type: column.type, index: indexes[0]?.indexdef ?? null };
}

/** The fixture's three clauses pointing in three directions. */
function vectorsFor(id: string, dim: number): Map<string, number[]> {
  const axis = (i: number) => Array.from({ length: dim }, (_, j) => (j === i ? 1 : 0.01));
  return new Map([
    [`${id}~preamble`, axis(0)],
    [`${id}~I`, axis(1)],
    [`${id}~I-1`, axis(2)],
  ]);
}

describe.each(engines)('embeddings on $name', (engine) => {
  const db = useEngine(engine);

  it('refuses vectors before the column has a dimension', async () => {
    const doc = makeDocument({ id: 'early' });
    const err = await saveDocument(
      db(),
      doc,
      extrasOf(doc, { embeddings: { embedder: 'e1', vectors: vectorsFor('early', 3) } }),
    ).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'embedding_mismatch' });
    expect(await getDocument(db(), 'early')).toBeNull();
  });

  it('types the column and builds an HNSW cosine index, once', async () => {
    expect(await ensureEmbeddingColumn(db(), 3, 'e1')).toEqual({ dim: 3, recreated: true, cleared: 0 });
    const { type, index } = await vecColumn(db());
    expect(type).toBe('vector(3)');
    expect(index).toMatch(/USING hnsw \(vec vector_cosine_ops\)/);
    expect(await ensureEmbeddingColumn(db(), 3, 'e1')).toEqual({ dim: 3, recreated: false, cleared: 0 });
    expect(await getEmbeddingConfig(db())).toEqual({ embedder: 'e1', dim: 3 });
  });

  it('saves vectors with a document and finds the nearest clause by cosine distance', async () => {
    const doc = makeDocument({ id: 'vec' });
    const result = await saveDocument(
      db(),
      doc,
      extrasOf(doc, { embeddings: { embedder: 'e1', vectors: vectorsFor('vec', 3) } }),
    );
    expect(result.embeddings).toBe(3);
    const [nearest, next] = await nearestClauses(db(), [0.1, 0.2, 5], 2);
    expect(nearest.clauseId).toBe('vec~I-1');
    expect(nearest.distance).toBeLessThan(next.distance);
    expect((await nearestClauses(db(), [1, 0, 0], 1))[0]).toMatchObject({ clauseId: 'vec~preamble' });
    expect(await checkIntegrity(db())).toEqual([]);
  });

  it('rejects vectors of the wrong dimension or embedder, leaving the store as it was', async () => {
    const doc = makeDocument({ id: 'vec-bad' });
    const counts = await countAll(db());
    await expect(
      saveDocument(db(), doc, extrasOf(doc, { embeddings: { embedder: 'e1', vectors: vectorsFor('vec-bad', 4) } })),
    ).rejects.toMatchObject({ code: 'embedding_mismatch' });
    await expect(
      saveDocument(db(), doc, extrasOf(doc, { embeddings: { embedder: 'e2', vectors: vectorsFor('vec-bad', 3) } })),
    ).rejects.toMatchObject({ code: 'embedding_mismatch' });
    await expect(nearestClauses(db(), [1, 0], 1)).rejects.toMatchObject({ code: 'embedding_mismatch' });
    expect(await countAll(db())).toEqual(counts);
  });

  it('reports vectors whose dimension no longer matches the store', async () => {
    await setMeta(db(), 'embedding_dim', '5');
    expect(await checkIntegrity(db())).toEqual([
      expect.objectContaining({
        code: 'embedding_dim_mismatch',
        count: 3,
        sample: ['vec~I', 'vec~I-1', 'vec~preamble'],
      }),
    ]);
    await setMeta(db(), 'embedding_dim', '3');
  });

  it('drops stale vectors when the embedder changes, then when the dimension changes', async () => {
    expect(await ensureEmbeddingColumn(db(), 3, 'e2')).toEqual({ dim: 3, recreated: false, cleared: 3 });
    expect(await saveEmbeddings(db(), 'e2', vectorsFor('vec', 3))).toBe(3);

    expect(await ensureEmbeddingColumn(db(), 4, 'e3')).toEqual({ dim: 4, recreated: true, cleared: 3 });
    const { type, index } = await vecColumn(db());
    expect(type).toBe('vector(4)');
    expect(index).toMatch(/hnsw/);
    expect(await saveEmbeddings(db(), 'e3', vectorsFor('vec', 4))).toBe(3);
    expect((await nearestClauses(db(), [0, 1, 0, 0], 1))[0].clauseId).toBe('vec~I');
    expect(await checkIntegrity(db())).toEqual([]);
  });

  it('rejects a dimension HNSW cannot index', async () => {
    await expect(ensureEmbeddingColumn(db(), 0)).rejects.toMatchObject({ code: 'invalid_vector' });
    await expect(ensureEmbeddingColumn(db(), 2001)).rejects.toMatchObject({ code: 'invalid_vector' });
  });
});
