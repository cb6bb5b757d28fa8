/** @module search/bm25 — BM25 over `clause_terms`/`clause_lengths` in SQL: exact + w·folded, plus the ancestors' scores as context. */

import type { Db } from '../core/store/db.ts';
import { type SearchFilters, filterSql, paramsOf } from './filters.ts';
import type { WeightedTerm } from './query.ts';

/** BM25 constants and the two mixing weights. */
export interface Bm25Params {
  /** Term-frequency saturation. */
  k1: number;
  /** Length normalization (0 = none, 1 = full). */
  b: number;
  /** Weight of the folded field (< 1, so accented matches outrank folded-only ones). */
  foldedWeight: number;
  /** A clause also scores `contextWeight` × its parent's score (and its square × the grandparent's): a sub-item is read with its lead-in. */
  contextWeight: number;
}

export const BM25_DEFAULTS: Readonly<Bm25Params> = { k1: 1.2, b: 0.75, foldedWeight: 0.4, contextWeight: 0.3 };

/** One lexical hit: `score` includes the ancestors' context, `own` is the clause's own BM25. */
export interface LexicalHit {
  clauseId: string;
  score: number;
  own: number;
}

/**
 * Lucene's BM25 IDF, always positive: ln(1 + (N − df + 0.5) / (df + 0.5)).
 * @example bm25Idf(10, 1) // ≈ 1.99
 */
export function bm25Idf(n: number, df: number): number {
  return Math.log(1 + (n - df + 0.5) / (df + 0.5));
}

/** The BM25 weight of a term occurring `tf` times in a field of length `len` (average `avgLen`). */
export function bm25TermScore(
  idf: number,
  tf: number,
  len: number,
  avgLen: number,
  p: Bm25Params = BM25_DEFAULTS,
): number {
  const norm = avgLen > 0 ? len / avgLen : 0;
  return (idf * (tf * (p.k1 + 1))) / (tf + p.k1 * (1 - p.b + p.b * norm));
}

/** Own hits fetched per requested hit, so a clause lifted by its parent's context is still seen. */
const CANDIDATES_PER_HIT = 4;

/**
 * Ranks clauses by Σ weight·BM25 over the query terms (folded field × `foldedWeight`), adding
 * ancestors' scores as context; filtered by document metadata; ties broken by clause id.
 * BM25 runs in SQL in one pass over the query terms' postings (document frequency by a window over
 * them); the ancestors' share is added here, from the parent and grandparent ids the query returns.
 * Query terms travel as array parameters, so the statement text never holds user input.
 * @example await bm25Search(db, analyzeQuery('khai thác cát').terms, { limit: 20 })
 */
export async function bm25Search(
  db: Db,
  terms: readonly WeightedTerm[],
  options: { limit?: number; filters?: SearchFilters; params?: Partial<Bm25Params> } = {},
): Promise<LexicalHit[]> {
  if (terms.length === 0) return [];
  const p = { ...BM25_DEFAULTS, ...options.params };
  const limit = Math.max(1, Math.trunc(options.limit ?? 50));
  const params: unknown[] = [terms.map((t) => t.field), terms.map((t) => t.term), terms.map((t) => t.weight)];
  const param = paramsOf(params);
  const k1 = param(p.k1);
  const b = param(p.b);
  const fw = param(p.foldedWeight);
  const where = filterSql(options.filters, param);
  const rows = await db.query<{ clause_id: string; parent_id: string | null; grand_id: string | null; own: number }>(
    `with q as (
       select field, term, max(weight) as weight
         from unnest($1::text[], $2::text[], $3::float8[]) as q(field, term, weight)
        group by field, term
     ),
     stats as materialized (
       select count(*)::float8 as n,
              coalesce(avg(exact_len), 0)::float8 as avg_exact,
              coalesce(avg(folded_len), 0)::float8 as avg_folded
         from clause_lengths
     ),
     postings as (
       select t.clause_id, t.field, t.tf::float8 as tf, q.weight,
              count(*) over (partition by t.field, t.term)::float8 as df
         from q join clause_terms t on t.field = q.field and t.term = q.term
     ),
     own as (
       select p.clause_id,
              sum(p.weight * (case when p.field = 'exact' then 1 else ${fw}::float8 end)
                  * ln(1 + (s.n - p.df + 0.5) / (p.df + 0.5))
                  * (p.tf * (${k1}::float8 + 1))
                  / (p.tf + ${k1}::float8 * (1 - ${b}::float8 + ${b}::float8
                      * (case when p.field = 'exact' then l.exact_len / nullif(s.avg_exact, 0)
                              else l.folded_len / nullif(s.avg_folded, 0) end)))) as score
         from postings p
         join clause_lengths l on l.clause_id = p.clause_id
        cross join stats s
        group by p.clause_id
     )
     select o.clause_id, c.parent_id, pc.parent_id as grand_id, round(o.score::numeric, 9)::float8 as own
       from own o
       join clauses c on c.id = o.clause_id
       join documents d on d.id = c.document_id
       left join clauses pc on pc.id = c.parent_id
      where ${where}
      order by own desc, o.clause_id
      limit ${param(Math.max(limit * CANDIDATES_PER_HIT, 200))}`,
    params,
  );
  const own = new Map(rows.map((r) => [r.clause_id, r.own]));
  const context = (id: string | null) => (id === null ? 0 : (own.get(id) ?? 0));
  return rows
    .map((r) => ({
      clauseId: r.clause_id,
      own: r.own,
      score: round9(r.own + p.contextWeight * context(r.parent_id) + p.contextWeight ** 2 * context(r.grand_id)),
    }))
    .sort((x, y) => y.score - x.score || (x.clauseId < y.clauseId ? -1 : x.clauseId > y.clauseId ? 1 : 0))
    .slice(0, limit);
}

function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
