/**
 * @module answer/verify-citations
 * The citation contract, checked in code against the store before any answer leaves the server:
 * the clause exists, belongs to the cited document, and `quote` is an exact substring of its stored
 * text. The label is the store's, whatever the caller said.
 */
import type { Db } from '../core/store/index.ts';
import type { Citation } from './types.ts';

/** Why a citation failed. */
export type CitationFailure = 'unknown_clause' | 'document_mismatch' | 'quote_not_in_clause' | 'quote_too_short';

export interface CitationVerdicts {
  /** Citations that hold, with documentId and label taken from the store, duplicates merged. */
  verified: Citation[];
  rejected: Array<{ citation: Citation; reason: CitationFailure }>;
}

/** A quote must say something: at least this many letters or digits. */
export const MIN_QUOTE_CHARS = 8;

/** What a citation is checked against: a clause as stored. */
export interface ClauseText {
  id: string;
  document_id: string;
  label: string;
  text: string;
}

/** Stored id, document, label and text of the given clauses. */
export async function clauseTexts(db: Db, ids: readonly string[]): Promise<Map<string, ClauseText>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const rows = await db.query<ClauseText>(
    'select id, document_id, label, text from clauses where id = any($1::text[])',
    [unique],
  );
  return new Map(rows.map((r) => [r.id, r]));
}

/**
 * Checks one citation against its stored clause (or its absence). `minQuoteChars` is the answer's floor
 * unless a caller quotes shorter passages by design (a briefing quotes whole sentences of 3 letters up).
 */
export function checkCitation(
  citation: Citation,
  clause: ClauseText | undefined,
  minQuoteChars = MIN_QUOTE_CHARS,
): CitationFailure | null {
  if (!clause) return 'unknown_clause';
  if (citation.documentId && citation.documentId !== clause.document_id) return 'document_mismatch';
  if ((citation.quote.match(/[\p{L}\p{N}]/gu)?.length ?? 0) < minQuoteChars) return 'quote_too_short';
  if (!clause.text.includes(citation.quote)) return 'quote_not_in_clause';
  return null;
}

/**
 * Verifies citations against the store. Never throws for a bad citation: it lands in `rejected`.
 * @example const { verified, rejected } = await verifyCitations(db, [{ clauseId, documentId, label, quote }])
 */
export async function verifyCitations(db: Db, citations: readonly Citation[]): Promise<CitationVerdicts> {
  const clauses = await clauseTexts(
    db,
    citations.map((c) => c.clauseId),
  );
  const verified: Citation[] = [];
  const rejected: CitationVerdicts['rejected'] = [];
  const seen = new Set<string>();
  for (const citation of citations) {
    const clause = clauses.get(citation.clauseId);
    const failure = checkCitation(citation, clause);
    if (failure || !clause) {
      rejected.push({ citation, reason: failure ?? 'unknown_clause' });
      continue;
    }
    const key = `${clause.id}\u0000${citation.quote}`;
    if (seen.has(key)) continue;
    seen.add(key);
    verified.push({ clauseId: clause.id, documentId: clause.document_id, label: clause.label, quote: citation.quote });
  }
  return { verified, rejected };
}
