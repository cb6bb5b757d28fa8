/** @module briefing/relevance — which clauses a topic is about: BM25 over the lexical index, and a per-sentence topic score. */
import type { Db } from '../core/store/index.ts';
import { bm25Search } from '../search/bm25.ts';
import { analyzeQuery, type WeightedTerm } from '../search/query.ts';
import { fieldTerms } from '../search/tokenize.ts';

/** A clause's relevance: `score` counts its ancestors' text as context, `own` only its own words. */
export interface RankedClause {
  clauseId: string;
  score: number;
  own: number;
}

/** Ranks clauses of the whole store for a topic; swappable (e.g. for hybrid search). */
export type ClauseRanker = (db: Db, topic: string) => Promise<RankedClause[]>;

/** Clauses ranked by BM25 over the topic's terms (Vietnamese, unaccented or English via the glossary). */
export const bm25Ranker: ClauseRanker = (db, topic) => bm25Search(db, analyzeQuery(topic).terms, { limit: 400 });

/**
 * A scorer of short texts against the topic: Σ weight over the topic's terms present
 * (accented matches count fully, unaccented ones 0.4).
 * @example topicScorer('khai thác cát')('Kiểm soát khai thác cát trên sông Hậu.') // > 0
 */
export function topicScorer(topic: string): (text: string) => number {
  const terms: WeightedTerm[] = analyzeQuery(topic).terms;
  return (text) => {
    const ft = fieldTerms(text);
    let score = 0;
    for (const t of terms) {
      if (t.field === 'exact' && ft.exact.has(t.term)) score += t.weight;
      else if (t.field === 'folded' && ft.folded.has(t.term)) score += 0.4 * t.weight;
    }
    return score;
  };
}
