/** @module search/dense — the dense channel: nearest clause vectors by cosine distance through the HNSW index, then filters. */

import { type Db, toVectorLiteral } from '../core/store/db.ts';
import { type SearchFilters, filterSql, paramsOf } from './filters.ts';

/** One dense hit: cosine distance (0 = same direction). */
export interface DenseHit {
  clauseId: string;
  distance: number;
}

/** HNSW returns at most `ef_search` rows; pgvector caps it at 1000. */
const MAX_EF_SEARCH = 1000;

/**
 * The `limit` clauses nearest to `vec` that pass `filters`. The inner query walks the HNSW index
 * (`ORDER BY vec <=> q LIMIT n`, with `hnsw.ef_search` ≥ n for this transaction); filters apply to
 * its candidates, so with filters it over-fetches. Ties broken by clause id.
 */
export async function denseSearch(
  db: Db,
  vec: readonly number[],
  options: { limit?: number; filters?: SearchFilters } = {},
): Promise<DenseHit[]> {
  const limit = Math.max(1, Math.trunc(options.limit ?? 50));
  const filtered =
    options.filters !== undefined && Object.values(options.filters).some((v) => v !== undefined && v !== '');
  const candidates = Math.min(MAX_EF_SEARCH, filtered ? limit * 8 : limit);
  const params: unknown[] = [toVectorLiteral(vec), candidates];
  const param = paramsOf(params);
  const where = filterSql(options.filters, param);
  const sql = `select n.clause_id, round(n.distance::numeric, 9)::float8 as distance
       from (select e.clause_id, (e.vec <=> $1::vector)::float8 as distance
               from embeddings e
              order by e.vec <=> $1::vector
              limit $2) n
       join clauses c on c.id = n.clause_id
       join documents d on d.id = c.document_id
      where ${where}
      order by distance, n.clause_id
      limit ${param(limit)}`;
  const rows = await db.transaction(async (tx) => {
    await tx.query(`select set_config('hnsw.ef_search', $1, true)`, [String(Math.max(40, candidates))]);
    return tx.query<{ clause_id: string; distance: number }>(sql, params);
  });
  return rows.map((r) => ({ clauseId: r.clause_id, distance: r.distance }));
}

/** The inner nearest-neighbour statement, for EXPLAIN in tests and diagnostics. */
export const NEAREST_SQL = 'select e.clause_id from embeddings e order by e.vec <=> $1::vector limit $2';
