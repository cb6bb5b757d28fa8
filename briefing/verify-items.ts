/**
 * @module briefing/verify-items
 * Checks edited briefing items against the store before export. A citation holds by the answer's contract
 * (`answer/verify-citations`: the clause exists, is in the cited document, and holds the quote verbatim);
 * an item asks more of it: it names its document and the clause's own label, and its text is its quote.
 */
import { type ClauseText, checkCitation, clauseTexts } from '../answer/verify-citations.ts';
import type { Db } from '../core/store/index.ts';
import type { BriefingItem, BriefingSection } from './types.ts';

/** One item whose citation does not hold. */
export interface ItemProblem {
  itemId: string;
  reason: string;
}

/** Briefing sentences may be short (`splitSentences` keeps them from 3 letters): no floor on quote length. */
const ANY_LENGTH = 0;

/**
 * The items whose clause is missing, whose document id or label disagree with the store, whose quote is
 * not an exact substring of the clause text, or whose text differs from the quote. Never throws for a bad item.
 * @example const problems = await verifyItems(db, briefing.sections) // [] when every item holds
 */
export async function verifyItems(db: Db, sections: readonly BriefingSection[]): Promise<ItemProblem[]> {
  const items = sections.flatMap((s) => s.items);
  const clauses = await clauseTexts(
    db,
    items.map((i) => i.citation.clauseId),
  );
  const problems: ItemProblem[] = [];
  for (const item of items) {
    const reason = itemProblem(item, clauses.get(item.citation.clauseId));
    if (reason) problems.push({ itemId: item.id, reason });
  }
  return problems;
}

/** Why one item does not hold, or null. */
function itemProblem(item: BriefingItem, clause: ClauseText | undefined): string | null {
  const c = item.citation;
  if (!clause) return `no clause ${c.clauseId}`;
  // Stricter than the answer's check, which lets an empty document id through.
  if (clause.document_id !== c.documentId) return `clause ${c.clauseId} is not in document ${c.documentId}`;
  // Stricter than answers, whose label is replaced by the store's: an export prints the label it is given.
  if (clause.label !== c.label) return `label "${c.label}" is not the clause's label "${clause.label}"`;
  if (!c.quote || checkCitation(c, clause, ANY_LENGTH)) return `the quote is not in the text of ${clause.label}`;
  if (item.text !== c.quote) return 'the item text differs from its quote';
  return null;
}
