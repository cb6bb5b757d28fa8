/** @module briefing/relevance — which clauses a topic is about: BM25 over the lexical index, and a and the corpus frequencies that tell a topic's words apart. */
import type { Db } from '../core/store/index.ts';
import { bm25Search } from '../search/bm25.ts';
import { lexicalIndex } from '../search/lexical-index/sync.ts';
import { analyzeQuery } from '../search/query.ts';
import type { TermFrequency } from './topic-words.ts';

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

/** Clause frequencies of terms (exact field) from the store's lexical index, for `topicWords`. */
export async function indexFrequency(db: Db): Promise<TermFrequency> {
  const index = await lexicalIndex(db);
  return (term) => index.df('exact', term);
}
