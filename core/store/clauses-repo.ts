/** @module core/store/clauses-repo — writes and reads the clause tree of stored documents. */

import type { Clause, ClauseKind, Responsibility, Target } from '../types.ts';
import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';
import { rowToResponsibility } from './responsibilities-repo.ts';
import type { ClauseRow, ResponsibilityRow, TargetRow } from './tables.ts';
import { rowToTarget } from './targets-repo.ts';

/** A stored clause: the domain clause plus the matching form (`norm_text`) it was indexed with. */
export interface StoredClause extends Clause {
  normText: string;
}

const CLAUSE_COLUMNS = [
  'id',
  'document_id',
  'parent_id',
  'kind',
  'marker',
  'anchor',
  'path',
  'ordinal',
  'depth',
  'label',
  'heading',
  'text',
  'norm_text',
  'span_start',
  'span_end',
] as const;

/**
 * Inserts a document's clauses, parents before children (the `parent_id` foreign key is checked per statement).
 * `normTexts` maps clause id → matching form; every clause must have one.
 */
export async function insertClauses(
  db: Db,
  documentId: string,
  clauses: readonly Clause[],
  normTexts: ReadonlyMap<string, string>,
): Promise<void> {
  const ordered = [...clauses].sort((a, b) => a.depth - b.depth);
  const rows = ordered.map((c) => [
    c.id,
    documentId,
    c.parentId,
    c.kind,
    c.marker,
    c.anchor,
    JSON.stringify(c.path),
    c.ordinal,
    c.depth,
    c.label,
    c.heading,
    c.text,
    normTexts.get(c.id) ?? null,
    c.span.start,
    c.span.end,
  ]);
  await insertRows(db, 'clauses', CLAUSE_COLUMNS, rows);
}

/** One clause by id, or null. */
export async function getClause(db: Db, id: string): Promise<StoredClause | null> {
  const [row] = await db.query<ClauseRow>('select * from clauses where id = $1', [id]);
  return row ? rowToStoredClause(row) : null;
}

/** A document's clauses in reading order (by position in the clean text). */
export async function listClauses(db: Db, documentId: string): Promise<StoredClause[]> {
  const rows = await db.query<ClauseRow>(
    'select * from clauses where document_id = $1 order by span_start, depth, id',
    [documentId],
  );
  return rows.map(rowToStoredClause);
}

/** The ancestors of a clause, root first (empty for a top-level clause). */
export async function clauseAncestors(db: Db, clause: Pick<Clause, 'id'>): Promise<Clause[]> {
  const rows = await db.query<ClauseRow>(
    `with recursive up as (
       select p.*, 1 as hops from clauses c join clauses p on p.id = c.parent_id where c.id = $1
       union all
       select p.*, up.hops + 1 from up join clauses p on p.id = up.parent_id where up.hops < 64
     )
     select * from up order by hops desc`,
    [clause.id],
  );
  return rows.map(rowToClause);
}

/** The direct children of a clause, in reading order. */
export async function clauseChildren(db: Db, clauseId: string): Promise<Clause[]> {
  const rows = await db.query<ClauseRow>(
    'select * from clauses where parent_id = $1 order by span_start, ordinal, id',
    [clauseId],
  );
  return rows.map(rowToClause);
}

/** The responsibilities and targets read from one clause. */
export async function clauseFacts(
  db: Db,
  clauseId: string,
): Promise<{ responsibilities: Responsibility[]; targets: Target[] }> {
  const responsibilities = await db.query<ResponsibilityRow>(
    'select * from responsibilities where clause_id = $1 order by id',
    [clauseId],
  );
  const targets = await db.query<TargetRow>('select * from targets where clause_id = $1 order by id', [clauseId]);
  return { responsibilities: responsibilities.map(rowToResponsibility), targets: targets.map(rowToTarget) };
}

/** Document id → number of clauses, for every stored document. */
export async function clauseCountsByDocument(db: Db): Promise<Map<string, number>> {
  const rows = await db.query<{ document_id: string; n: number }>(
    'select document_id, count(*)::int as n from clauses group by document_id',
  );
  return new Map(rows.map((r) => [r.document_id, r.n]));
}

/** Maps a `clauses` row to the domain `Clause` (without the matching form). */
export function rowToClause(row: ClauseRow): Clause {
  return {
    id: row.id,
    documentId: row.document_id,
    parentId: row.parent_id,
    kind: row.kind as ClauseKind,
    marker: row.marker,
    anchor: row.anchor,
    path: Array.isArray(row.path) ? row.path.map(String) : [],
    ordinal: row.ordinal,
    depth: row.depth,
    label: row.label,
    heading: row.heading,
    text: row.text,
    span: { start: row.span_start, end: row.span_end },
  };
}

/** Maps a `clauses` row to a `StoredClause`. */
export function rowToStoredClause(row: ClauseRow): StoredClause {
  return { ...rowToClause(row), normText: row.norm_text };
}

/**
 * Rewrites the document part of a document's clause labels, e.g. when its symbol was inferred from
 * citations: a leading name (`Chương trình ngày 31/12/2021, mục 2` → `27-CTr/TU, mục 2`) or, in
 * legal citations written smallest unit first, a trailing one (`khoản 1 Điều 2 Luật ngày 14/06/2025`
 * → `khoản 1 Điều 2 Luật 69/2025/QH15`). Returns the clauses changed.
 */
export async function relabelClauses(db: Db, documentId: string, from: string, to: string): Promise<number> {
  if (from === to) return 0;
  const rows = await db.query(
    `update clauses set label = case
        when left(label, length($2) + 1) = $2 || ',' then $3 || substr(label, length($2) + 1)
        else left(label, length(label) - length($2)) || $3
      end
      where document_id = $1
        and (left(label, length($2) + 1) = $2 || ',' or right(label, length($2) + 1) = ' ' || $2)
      returning id`,
    [documentId, from, to],
  );
  return rows.length;
}
