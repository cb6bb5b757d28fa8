/** @module core/store/embeddings-repo — clause vectors: the dimension-typed column with its HNSW index, writes, and nearest neighbours. */

import { type Db, toVectorLiteral } from './db.ts';
import { storeError } from './errors.ts';
import { insertRows } from './insert-rows.ts';
import { META_KEYS, getMeta, setMeta } from './store-meta.ts';

/** The embedder the stored vectors come from; nulls until `ensureEmbeddingColumn` ran. */
export interface EmbeddingConfig {
  embedder: string | null;
  dim: number | null;
}

/** What `ensureEmbeddingColumn` changed. */
export interface EnsureEmbeddingResult {
  dim: number;
  /** True when the column was retyped (and its index rebuilt). */
  recreated: boolean;
  /** Vectors dropped because the dimension or the embedder changed: they need re-embedding. */
  cleared: number;
}

/** HNSW supports up to 2000 dimensions for `vector`. */
const MAX_INDEXED_DIM = 2000;
const INDEX_NAME = 'embeddings_vec_hnsw';
/** Memory for building the HNSW graph: 100k vectors of 384 dimensions need about 200 MB. */
const BUILD_MEMORY = '512MB';

/** The embedder and dimension recorded in `store_meta`. */
export async function getEmbeddingConfig(db: Db): Promise<EmbeddingConfig> {
  const embedder = await getMeta(db, META_KEYS.embedder);
  const dim = await getMeta(db, META_KEYS.embeddingDim);
  return { embedder, dim: dim === null ? null : Number(dim) };
}

/**
 * Makes `embeddings.vec` a `vector(dim)` with an HNSW cosine index. When the dimension changes,
 * or `embedder` differs from the recorded one, stored vectors are deleted (they must be re-embedded).
 * @example await ensureEmbeddingColumn(db, 384, 'multilingual-e5-small')
 */
export async function ensureEmbeddingColumn(db: Db, dim: number, embedder?: string): Promise<EnsureEmbeddingResult> {
  if (!Number.isInteger(dim) || dim < 1 || dim > MAX_INDEXED_DIM) {
    throw storeError('invalid_vector', {
      reason: `dimension ${dim} is not an integer in 1..${MAX_INDEXED_DIM} (HNSW limit)`,
    });
  }
  return db.transaction(async (tx) => {
    await tx.query('select pg_advisory_xact_lock(48151624)');
    const [column] = await tx.query<{ type: string; not_null: boolean }>(
      `select format_type(a.atttypid, a.atttypmod) as type, a.attnotnull as not_null
         from pg_attribute a
        where a.attrelid = 'embeddings'::regclass and a.attname = 'vec' and not a.attisdropped`,
    );
    const indexed = await tx.query(
      'select 1 from pg_indexes where schemaname = current_schema() and tablename = $1 and indexname = $2',
      ['embeddings', INDEX_NAME],
    );
    const before = await getEmbeddingConfig(tx);
    let recreated = false;
    let cleared = 0;
    if (column?.type !== `vector(${dim})` || !column.not_null) {
      cleared = await clearEmbeddings(tx);
      // `dim` is a validated integer: DDL cannot take parameters.
      await tx.exec(`
        DROP INDEX IF EXISTS ${INDEX_NAME};
        ALTER TABLE embeddings ALTER COLUMN vec TYPE vector(${dim});
        ALTER TABLE embeddings ALTER COLUMN vec SET NOT NULL;
        CREATE INDEX ${INDEX_NAME} ON embeddings USING hnsw (vec vector_cosine_ops);
      `);
      recreated = true;
    } else {
      if (embedder !== undefined && before.embedder !== null && before.embedder !== embedder) {
        cleared = await clearEmbeddings(tx);
      }
      if (indexed.length === 0) {
        await tx.exec(`CREATE INDEX ${INDEX_NAME} ON embeddings USING hnsw (vec vector_cosine_ops)`);
      }
    }
    await setMeta(tx, META_KEYS.embeddingDim, String(dim));
    if (embedder !== undefined) await setMeta(tx, META_KEYS.embedder, embedder);
    return { dim, recreated, cleared };
  });
}

/**
 * Inserts or replaces clause vectors. The embedder and dimension must match `store_meta`
 * (set by `ensureEmbeddingColumn`), otherwise throws `embedding_mismatch`. Returns the count written.
 */
export async function saveEmbeddings(
  db: Db,
  embedder: string,
  vectors: ReadonlyMap<string, readonly number[]>,
): Promise<number> {
  if (vectors.size === 0) return 0;
  const config = await getEmbeddingConfig(db);
  if (config.dim === null) {
    throw storeError('embedding_mismatch', { reason: 'the store has no embedding column yet' });
  }
  if (config.embedder !== null && config.embedder !== embedder) {
    throw storeError('embedding_mismatch', {
      reason: `vectors come from ${embedder} but the store holds ${config.embedder}`,
    });
  }
  const rows: unknown[][] = [];
  for (const [clauseId, vec] of vectors) {
    if (vec.length !== config.dim) {
      throw storeError('embedding_mismatch', {
        reason: `clause ${clauseId} has a ${vec.length}-dimensional vector, the store expects ${config.dim}`,
      });
    }
    rows.push([clauseId, embedder, vec.length, toVectorLiteral(vec)]);
  }
  await insertRows(db, 'embeddings', ['clause_id', 'embedder', 'dim', 'vec'], rows, {
    batchSize: 100,
    suffix:
      'ON CONFLICT (clause_id) DO UPDATE SET embedder = EXCLUDED.embedder, dim = EXCLUDED.dim, vec = EXCLUDED.vec',
  });
  return rows.length;
}

/** A clause and its cosine distance (0 = same direction, 2 = opposite) to the query vector. */
export interface Neighbour {
  clauseId: string;
  distance: number;
}

/**
 * The `limit` clauses nearest to `vec` by cosine distance, nearest first (HNSW, approximate).
 * @example const hits = await nearestClauses(db, await embed('trồng rừng'), 20)
 */
export async function nearestClauses(db: Db, vec: readonly number[], limit = 10): Promise<Neighbour[]> {
  const { dim } = await getEmbeddingConfig(db);
  if (dim !== vec.length) {
    throw storeError('embedding_mismatch', {
      reason: `query vector has ${vec.length} dimensions, the store has ${dim ?? 'none'}`,
    });
  }
  const rows = await db.query<{ clause_id: string; distance: number }>(
    `select clause_id, (vec <=> $1::vector)::float8 as distance
       from embeddings order by vec <=> $1::vector limit $2`,
    [toVectorLiteral(vec), limit],
  );
  return rows.map((r) => ({ clauseId: r.clause_id, distance: r.distance }));
}

/**
 * Runs `load` with the HNSW index dropped, then builds the index again: one bulk build is about five
 * times faster than inserting into a live graph (10k vectors: 4.7 s build + 5.0 s inserts, against
 * 23 s with the index live). Searches meanwhile scan exactly. If the process dies in between, the
 * next `ensureEmbeddingColumn` finds the index missing and builds it.
 */
export async function withVectorIndexRebuilt<T>(db: Db, load: () => Promise<T>): Promise<T> {
  await db.exec(`DROP INDEX IF EXISTS ${INDEX_NAME}`);
  const result = await load();
  await buildVectorIndex(db);
  return result;
}

/** Builds the HNSW index over the stored vectors from scratch (dropping any), in one transaction. */
export async function buildVectorIndex(db: Db): Promise<void> {
  await db.transaction(async (tx) => {
    // The build is much faster while the graph fits in memory (pgvector warns and slows down otherwise).
    await tx.query(`select set_config('maintenance_work_mem', $1, true)`, [BUILD_MEMORY]);
    await tx.exec(`DROP INDEX IF EXISTS ${INDEX_NAME}`);
    await tx.exec(`CREATE INDEX ${INDEX_NAME} ON embeddings USING hnsw (vec vector_cosine_ops)`);
  });
}

async function clearEmbeddings(db: Db): Promise<number> {
  const [{ n }] = await db.query<{ n: number }>('select count(*)::int as n from embeddings');
  if (n > 0) await db.query('delete from embeddings');
  return n;
}
