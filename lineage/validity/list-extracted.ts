/**
 * @module lineage/validity/list-extracted
 * Every validity relation and effective date in a store, flat, for the evaluation to score against
 * gold: `{ sourceDocumentId, relation, targetKey, targetSymbol, targetPart, clauseId, quote }`.
 */
import type { Db } from '../../core/store/db.ts';
import { listAllValidity } from '../../core/store/validity-repo.ts';
import type { EffectiveDate, ValidityRelation } from '../../core/types.ts';

export interface ExtractedRelation {
  sourceDocumentId: string;
  relation: ValidityRelation;
  /** Node key of the target, or null when the source names a part of itself. */
  targetKey: string | null;
  /** The target node's symbol (`163/2013/NĐ-CP`), when it has one. */
  targetSymbol: string | null;
  /** The stored document the target resolved to, when it is stored. */
  targetDocumentId: string | null;
  targetPart: string | null;
  clauseId: string;
  quote: string;
  date: string | null;
}

export interface ExtractedDate {
  sourceDocumentId: string;
  /** Null for the source document itself; else the node key of the document whose parts it dates. */
  subjectKey: string | null;
  parts: string[] | null;
  effectiveFrom: string | null;
  effectiveTo: string | null;
  clauseId: string;
  quote: string;
}

/**
 * What the extractor stored, for precision/recall against a gold file.
 * @example const { relations, dates } = await listExtractedValidity(db)
 */
export async function listExtractedValidity(
  db: Db,
): Promise<{ relations: ExtractedRelation[]; dates: ExtractedDate[] }> {
  const { links: all, dates } = await listAllValidity(db);
  // A change the document reports between two other acts is not a relation of its own (the golds list those).
  const links = all.filter((l) => l.sourceKey === null);
  const nodes = await db.query<{ key: string; symbol: string | null; document_id: string | null }>(
    'select key, symbol, document_id from doc_nodes where key = any($1::text[])',
    [[...new Set(links.map((l) => l.targetKey).filter((k): k is string => k !== null))]],
  );
  const byKey = new Map(nodes.map((n) => [n.key, n]));
  return {
    relations: links.map((l) => ({
      sourceDocumentId: l.sourceDocumentId,
      relation: l.relation,
      targetKey: l.targetKey,
      targetSymbol: l.targetKey ? (byKey.get(l.targetKey)?.symbol ?? null) : null,
      targetDocumentId: l.targetKey ? (byKey.get(l.targetKey)?.document_id ?? null) : l.sourceDocumentId,
      targetPart: l.targetPart,
      clauseId: l.clauseId,
      quote: l.quote,
      date: l.date,
    })),
    dates: dates.map((d) => extractedDate(d.sourceDocumentId, d)),
  };
}

/** One effective date as the evaluation scores it, from the store or straight from a parsed document. */
export function extractedDate(sourceDocumentId: string, d: EffectiveDate): ExtractedDate {
  return {
    sourceDocumentId,
    subjectKey: d.subjectKey,
    parts: d.parts,
    effectiveFrom: d.from,
    effectiveTo: d.to,
    clauseId: d.clauseId,
    quote: d.quote,
  };
}

/** One stored reference (a citations row) with its target node's symbol: what `implements` and `cites` are scored on. */
export interface ExtractedCitation {
  sourceDocumentId: string;
  relation: string;
  targetKey: string;
  targetSymbol: string | null;
}

/**
 * Every stored reference in a store, flat, for scoring the relations a complete gold lists beside the
 * validity ones (implements, cites).
 * @example const citations = await listExtractedCitations(db)
 */
export async function listExtractedCitations(db: Db): Promise<ExtractedCitation[]> {
  const rows = await db.query<{ document_id: string; relation: string; target_key: string; symbol: string | null }>(
    `select distinct c.document_id, c.relation, c.target_key, n.symbol
       from citations c join doc_nodes n on n.key = c.target_key`,
  );
  return rows.map((r) => ({
    sourceDocumentId: r.document_id,
    relation: r.relation,
    targetKey: r.target_key,
    targetSymbol: r.symbol,
  }));
}
