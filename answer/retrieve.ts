/** @module answer/retrieve — the best clauses for a question through hybrid search, within one document when the question names it. */

import type { Db } from '../core/store/index.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import { SearchError } from '../search/errors.ts';
import { search } from '../search/hybrid-search.ts';

export interface Retrieved {
  clauseId: string;
  documentId: string;
  label: string;
  text: string;
  score: number;
}

export interface RetrieveOptions {
  documentId?: string;
  k?: number;
  embedder?: VankienEmbeddings;
}

/**
 * Clauses for `query`, best first; an empty list when the query has nothing to search on.
 * Falls back to the lexical channel when the store's vectors do not fit the embedder.
 */
export async function retrieve(db: Db, query: string, options: RetrieveOptions = {}): Promise<Retrieved[]> {
  const text = query.trim().slice(0, 2000);
  if (!text) return [];
  const filters = options.documentId ? { documentId: options.documentId } : undefined;
  const k = options.k ?? 8;
  const run = (channels: 'both' | 'lexical') => search(db, text, { k, filters, channels, embedder: options.embedder });
  try {
    const { results } = await run('both').catch((err: unknown) => {
      if (err instanceof SearchError && err.code === 'embedder_mismatch') return run('lexical');
      throw err;
    });
    return results.map(({ clauseId, documentId, label, text: t, score }) => ({
      clauseId,
      documentId,
      label,
      text: t,
      score,
    }));
  } catch (err) {
    if (err instanceof SearchError && err.code === 'invalid_query') return [];
    throw err;
  }
}
