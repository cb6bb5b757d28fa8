/** @module briefing/verify-citations — checks edited briefing items against the store before export: each quote must stand in its clause. */
import { type Db, getClause } from '../core/store/index.ts';
import type { BriefingSection } from './types.ts';

/** One item whose citation does not hold. */
export interface CitationProblem {
  itemId: string;
  reason: string;
}

/**
 * Returns the items whose clause is missing, whose quote is not an exact substring of the clause text,
 * whose text differs from the quote, or whose document id or label disagree with the store.
 */
export async function verifyCitations(db: Db, sections: readonly BriefingSection[]): Promise<CitationProblem[]> {
  const problems: CitationProblem[] = [];
  const cache = new Map<string, Awaited<ReturnType<typeof getClause>>>();
  for (const section of sections) {
    for (const item of section.items) {
      const c = item.citation;
      if (!cache.has(c.clauseId)) cache.set(c.clauseId, await getClause(db, c.clauseId));
      const clause = cache.get(c.clauseId);
      const reason = !clause
        ? `no clause ${c.clauseId}`
        : clause.documentId !== c.documentId
          ? `clause ${c.clauseId} is not in document ${c.documentId}`
          : clause.label !== c.label
            ? `label "${c.label}" is not the clause's label "${clause.label}"`
            : !c.quote || !clause.text.includes(c.quote)
              ? `the quote is not in the text of ${clause.label}`
              : item.text !== c.quote
                ? 'the item text differs from its quote'
                : null;
      if (reason) problems.push({ itemId: item.id, reason });
    }
  }
  return problems;
}
