/** @module search/bm25 — BM25 over the in-memory lexical index: exact + w·folded, plus the ancestors' scores as context. */

import type { Db } from '../core/store/db.ts';
import { foldAccents } from '../core/text/vietnamese.ts';
import { type SearchFilters, filterSql, paramsOf } from './filters.ts';
import { lexicalIndex } from './lexical-index/sync.ts';
import type { WeightedTerm } from './query.ts';
import { TopK } from './top-k.ts';

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
  /** A clause also scores `documentWeight` × its document's fit (`document-fit.ts`): its document's fields are a field of every clause (BM25F-like). */
  documentWeight: number;
  /**
   * Weight of a query term inside a document whose own fields (title, type, issuer …) hold it: there the
   * term has already picked the document, and the clause should be chosen by the rest of the question.
   */
  explainedWeight: number;
  /**
   * A clause also scores `contentWeight` × its document's BM25 read as one text (`scoreDocuments`): the
   * document-first stage — a question about a document as a whole ranks that document's clauses up.
   */
  contentWeight: number;
}

export const BM25_DEFAULTS: Readonly<Bm25Params> = {
  k1: 1.2,
  b: 0.75,
  foldedWeight: 0.4,
  contextWeight: 0.3,
  // Tuned on the archive dev split with the seeds loaded (`npm run rank:dev`): 1/0.5 → 1.25/0.25 took
  // archive R@5 66.7 → 69.7, paraphrases 91.4 → 92.3, seeds 98.2 kept; 1.5 and 2 lost a seed question.
  documentWeight: 1.25,
  explainedWeight: 0.25,
  contentWeight: 0,
};

/** One lexical hit: `score` includes the ancestors' context, `own` is the clause's own BM25. */
export interface LexicalHit {
  clauseId: string;
  documentId: string;
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

/**
 * Ranks clauses by Σ weight·BM25 over the query terms (folded field × `foldedWeight`), adding
 * `contextWeight` × the parent's own score and its square × the grandparent's (a sub-item is read with
 * its lead-in); filtered by document metadata; ties broken by clause id. Scores come from the
 * in-memory index (`lexical-index/`); filters are one SQL statement over `documents`, and only run
 * when given.
 * @example await bm25Search(db, analyzeQuery('khai thác cát').terms, { limit: 20 })
 */
export async function bm25Search(
  db: Db,
  terms: readonly WeightedTerm[],
  options: {
    limit?: number;
    filters?: SearchFilters;
    params?: Partial<Bm25Params>;
    /** Document id → how well its fields fit the query (`documentFit`). */
    documentFit?: ReadonlyMap<string, number>;
    /** Folded term → the documents whose fields hold it (`DocumentFields.documentsOf`), for `explainedWeight`. */
    explainedBy?: ReadonlyMap<string, ReadonlySet<string>>;
    /**
     * Filled with every document's BM25 read as one text — what `index.scoreDocuments(terms, params)` gives, filters
     * aside — from the clause scoring's own walk over the postings when it can (no filters, no repeated term).
     */
    documentScores?: Map<string, number>;
  } = {},
): Promise<LexicalHit[]> {
  if (terms.length === 0) return [];
  const p = { ...BM25_DEFAULTS, ...options.params };
  const limit = Math.max(1, Math.trunc(options.limit ?? 50));
  const index = await lexicalIndex(db);
  const accepted = await acceptedDocuments(db, options.filters);
  const explained = options.explainedBy;
  const unique = uniqueTerms(terms);
  const sharedWalk = options.documentScores && !accepted && unique.length === terms.length;
  const own = index.scoreTerms(
    unique,
    p,
    accepted ? (id) => accepted.has(id) : undefined,
    explained && p.explainedWeight !== 1
      ? (field, term) => explained.get(field === 'folded' ? term : foldAccents(term))
      : undefined,
    sharedWalk ? options.documentScores : undefined,
  );
  if (options.documentScores && !sharedWalk)
    for (const [id, score] of index.scoreDocuments(terms, p)) options.documentScores.set(id, score);
  const contextOf = (ord: number) => (ord < 0 ? 0 : round9(own[ord]));
  const content =
    p.contentWeight > 0
      ? index.scoreDocuments(uniqueTerms(terms), p, accepted ? (id) => accepted.has(id) : undefined)
      : new Map<string, number>();
  const contentOf = (ord: number) => (content.size > 0 ? (content.get(index.documentOf(ord)) ?? 0) : 0);
  const fit = options.documentFit;
  const fitOf = fit && fit.size > 0 ? index.perDocument(fit) : () => 0;
  // Scores first, objects only for the winners: at 100k clauses most of them score above zero.
  const score = new Float64Array(own.length);
  const byRank = (x: number, y: number) =>
    score[y] - score[x] || (index.clauseId(x) < index.clauseId(y) ? -1 : index.clauseId(x) > index.clauseId(y) ? 1 : 0);
  const top = new TopK<number>(limit, byRank);
  for (let ord = 0; ord < own.length; ord++) {
    if (own[ord] <= 0) continue;
    const parent = index.parentOf(ord);
    const grand = parent < 0 ? -1 : index.parentOf(parent);
    score[ord] = round9(
      round9(own[ord]) +
        p.contextWeight * contextOf(parent) +
        p.contextWeight ** 2 * contextOf(grand) +
        p.documentWeight * fitOf(ord) +
        p.contentWeight * contentOf(ord),
    );
    const worst = top.threshold;
    if (worst === undefined || score[ord] >= score[worst]) top.offer(ord);
  }
  return top.sorted().map((ord) => ({
    clauseId: index.clauseId(ord),
    documentId: index.documentOf(ord),
    own: round9(own[ord]),
    score: score[ord],
  }));
}

/** Query terms once per (field, term), at their highest weight. */
function uniqueTerms(terms: readonly WeightedTerm[]): WeightedTerm[] {
  const byKey = new Map<string, WeightedTerm>();
  for (const t of terms) {
    const key = `${t.field}\u0000${t.term}`;
    const seen = byKey.get(key);
    if (!seen || seen.weight < t.weight) byKey.set(key, t);
  }
  return [...byKey.values()];
}

/** Ids of the documents passing `filters`, or null when there are none to apply. */
async function acceptedDocuments(db: Db, filters: SearchFilters | undefined): Promise<Set<string> | null> {
  if (!filters || !Object.values(filters).some((v) => v !== undefined && v !== '')) return null;
  const params: unknown[] = [];
  const rows = await db.query<{ id: string }>(
    `select d.id from documents d where ${filterSql(filters, paramsOf(params))}`,
    params,
  );
  return new Set(rows.map((r) => r.id));
}

function round9(x: number): number {
  return Math.round(x * 1e9) / 1e9;
}
