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

/** The clauses, and which content words of the query the search could use and which it could not. */
export interface RetrievedWithWords {
  results: Retrieved[];
  understood: string[];
  /** Words neither the glossary, the index nor the catalog knows (`desalination`): the answer may not carry the question. */
  notUnderstood: string[];
}

/**
 * Clauses for `query`, best first; an empty list when the query has nothing to search on.
 * Falls back to the lexical channel when the store's vectors do not fit the embedder.
 */
export async function retrieve(db: Db, query: string, options: RetrieveOptions = {}): Promise<Retrieved[]> {
  return (await retrieveWithWords(db, query, options)).results;
}

/**
 * `retrieve`, with the query's understood and not-understood words.
 * @example const { results, notUnderstood } = await retrieveWithWords(db, 'Who oversees desalination?')
 */
export async function retrieveWithWords(
  db: Db,
  query: string,
  options: RetrieveOptions = {},
): Promise<RetrievedWithWords> {
  const none: RetrievedWithWords = { results: [], understood: [], notUnderstood: [] };
  const text = query.trim().slice(0, 2000);
  if (!text) return none;
  const filters = options.documentId ? { documentId: options.documentId } : undefined;
  const k = options.k ?? 8;
  const run = (channels: 'both' | 'lexical') => search(db, text, { k, filters, channels, embedder: options.embedder });
  try {
    const { results, understood, notUnderstood } = await run('both').catch((err: unknown) => {
      if (err instanceof SearchError && err.code === 'embedder_mismatch') return run('lexical');
      throw err;
    });
    return {
      results: results.map(({ clauseId, documentId, label, text: t, score }) => ({
        clauseId,
        documentId,
        label,
        text: t,
        score,
      })),
      understood,
      notUnderstood,
    };
  } catch (err) {
    if (err instanceof SearchError && err.code === 'invalid_query') return none;
    throw err;
  }
}
