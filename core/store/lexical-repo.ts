/** @module core/store/lexical-repo — per-clause term frequencies and lengths that BM25 ranking reads. */

import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';

/** The lexical index entry of one clause: term → frequency, per field, and the field lengths. */
export interface ClauseTerms {
  clauseId: string;
  /** Terms of the exact (diacritics kept) form. */
  exact: ReadonlyMap<string, number>;
  /** Terms of the folded (diacritics removed) form. */
  folded: ReadonlyMap<string, number>;
  /** Token count of the exact form; defaults to the sum of `exact` frequencies. */
  exactLen?: number;
  /** Token count of the folded form; defaults to the sum of `folded` frequencies. */
  foldedLen?: number;
}

/** Inserts terms and lengths for clauses that have none yet (e.g. freshly saved ones). */
export async function insertClauseTerms(db: Db, items: readonly ClauseTerms[]): Promise<void> {
  const termRows: unknown[][] = [];
  const lengthRows: unknown[][] = [];
  for (const item of items) {
    for (const [term, tf] of item.exact) termRows.push([item.clauseId, 'exact', term, tf]);
    for (const [term, tf] of item.folded) termRows.push([item.clauseId, 'folded', term, tf]);
    lengthRows.push([item.clauseId, item.exactLen ?? sum(item.exact), item.foldedLen ?? sum(item.folded)]);
  }
  await insertRows(db, 'clause_terms', ['clause_id', 'field', 'term', 'tf'], termRows, { batchSize: 500 });
  await insertRows(db, 'clause_lengths', ['clause_id', 'exact_len', 'folded_len'], lengthRows, { batchSize: 500 });
}

/** Replaces the terms and lengths of the given clauses (re-indexing without re-saving documents). */
export async function replaceClauseTerms(db: Db, items: readonly ClauseTerms[]): Promise<void> {
  await db.transaction(async (tx) => {
    const ids = items.map((i) => i.clauseId);
    await tx.query('delete from clause_terms where clause_id = any($1::text[])', [ids]);
    await tx.query('delete from clause_lengths where clause_id = any($1::text[])', [ids]);
    await insertClauseTerms(tx, items);
  });
}

function sum(terms: ReadonlyMap<string, number>): number {
  let total = 0;
  for (const tf of terms.values()) total += tf;
  return total;
}
