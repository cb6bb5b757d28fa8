/** @module core/store/citations-repo — the references a document makes, stored as citations to lineage nodes. */

import type { Reference, RelationType, Span } from '../types.ts';
import type { Db } from './db.ts';
import { rowToDocumentKey } from './doc-nodes-repo.ts';
import { insertRows } from './insert-rows.ts';
import type { CitationRow, DocNodeRow } from './tables.ts';

const CITATION_COLUMNS = [
  'document_id',
  'clause_id',
  'target_key',
  'mention',
  'span_start',
  'span_end',
  'relation',
  'basis',
] as const;

/** Inserts a document's references; their target nodes must exist (see `upsertDocNodes`). */
export async function insertCitations(db: Db, documentId: string, refs: readonly Reference[]): Promise<void> {
  const rows = refs.map((r) => [
    documentId,
    r.clauseId,
    r.target.key,
    r.mention,
    r.span.start,
    r.span.end,
    r.relation,
    r.basis,
  ]);
  await insertRows(db, 'citations', CITATION_COLUMNS, rows);
}

/** A citation row joined with its target node's key fields. */
export type CitationWithNodeRow = CitationRow &
  Omit<DocNodeRow, 'key' | 'document_id'> & { target_document_id: string | null };

/** A stored reference: the target as the lineage node now knows it, and the stored document it resolved to. */
export interface StoredReference extends Reference {
  target: Reference['target'] & { documentId: string | null };
}

/** A document's references in stored order, each with its target as the lineage node now knows it. */
export async function listReferences(db: Db, documentId: string): Promise<StoredReference[]> {
  const rows = await db.query<CitationWithNodeRow>(
    `select c.*, n.type, n.symbol, n.number, n.issuer, n.date, n.subject, n.name, n.document_id as target_document_id
       from citations c join doc_nodes n on n.key = c.target_key
      where c.document_id = $1
      order by c.id`,
    [documentId],
  );
  return rows.map(rowToReference);
}

/** The references made in one clause, in stored order. */
export async function clauseReferences(db: Db, clauseId: string): Promise<Reference[]> {
  const rows = await db.query<CitationWithNodeRow>(
    `select c.*, n.type, n.symbol, n.number, n.issuer, n.date, n.subject, n.name, n.document_id as target_document_id
       from citations c join doc_nodes n on n.key = c.target_key
      where c.clause_id = $1
      order by c.id`,
    [clauseId],
  );
  return rows.map(rowToReference);
}

/** A citation of a stored document by another stored document's clause. */
export interface IncomingReference {
  /** The citing document and clause. */
  documentId: string;
  documentSymbol: string | null;
  documentTitle: string | null;
  documentDate: string | null;
  clauseId: string;
  clauseLabel: string;
  mention: string;
  /** Span of the mention in the citing document's clean text. */
  span: Span;
  relation: RelationType;
  basis: boolean;
}

/** Citations of `documentId` (through its lineage node) from other documents, newest citing document first. */
export async function incomingReferences(db: Db, documentId: string): Promise<IncomingReference[]> {
  const rows = await db.query<
    CitationRow & { symbol: string | null; title: string | null; date: string | null; label: string }
  >(
    `select c.*, d.symbol, d.title, d.date, cl.label
       from citations c
       join doc_nodes n on n.key = c.target_key
       join documents d on d.id = c.document_id
       join clauses cl on cl.id = c.clause_id
      where n.document_id = $1 and c.document_id <> $1
      order by d.date desc nulls last, c.document_id, c.id`,
    [documentId],
  );
  return rows.map((r) => ({
    documentId: r.document_id,
    documentSymbol: r.symbol,
    documentTitle: r.title,
    documentDate: r.date,
    clauseId: r.clause_id,
    clauseLabel: r.label,
    mention: r.mention,
    span: { start: r.span_start, end: r.span_end },
    relation: r.relation as RelationType,
    basis: r.basis,
  }));
}

/** Maps a citation row joined with its node to a domain `Reference`. */
export function rowToReference(row: CitationWithNodeRow): StoredReference {
  return {
    clauseId: row.clause_id,
    mention: row.mention,
    span: { start: row.span_start, end: row.span_end },
    target: { ...rowToDocumentKey({ ...row, key: row.target_key }), documentId: row.target_document_id },
    relation: row.relation as RelationType,
    basis: row.basis,
  };
}
