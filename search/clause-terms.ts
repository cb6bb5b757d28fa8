/** @module search/clause-terms — clause text → lexical index rows (`clause_terms`, `clause_lengths`), and re-indexing stored clauses. */

import type { Db } from '../core/store/db.ts';
import { type ClauseTerms, replaceClauseTerms } from '../core/store/lexical-repo.ts';
import { setMeta } from '../core/store/store-meta.ts';
import { fieldTerms } from './tokenize.ts';

/** Bump when tokenization changes: stored terms made by another version need `reindexClauses`. */
export const LEXICAL_INDEX_VERSION = 'vankien-lex-v1';
export const LEXICAL_META_KEY = 'lexical_index';

/**
 * The lexical index entry of one clause, in the shape `saveDocument`'s `extras.terms` takes.
 * @example await saveDocument(db, parsed, { normTexts, terms: indexClauseTerms })
 */
export function indexClauseTerms(clause: { id: string; text: string }): ClauseTerms {
  const ft = fieldTerms(clause.text);
  return { clauseId: clause.id, exact: ft.exact, folded: ft.folded, exactLen: ft.exactLen, foldedLen: ft.foldedLen };
}

/**
 * Rebuilds the terms of stored clauses (all, or one document's) with this tokenizer, in batches,
 * and records the index version. Returns the number of clauses indexed.
 */
export async function reindexClauses(
  db: Db,
  options: { documentId?: string; batchSize?: number } = {},
): Promise<number> {
  const rows = await db.query<{ id: string; text: string }>(
    options.documentId === undefined
      ? 'select id, text from clauses order by id'
      : 'select id, text from clauses where document_id = $1 order by id',
    options.documentId === undefined ? [] : [options.documentId],
  );
  const size = options.batchSize ?? 500;
  for (let from = 0; from < rows.length; from += size) {
    await replaceClauseTerms(db, rows.slice(from, from + size).map(indexClauseTerms));
  }
  await setMeta(db, LEXICAL_META_KEY, LEXICAL_INDEX_VERSION);
  return rows.length;
}
