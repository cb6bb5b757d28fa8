/** @module core/store/responsibilities-repo — who must do what: responsibilities read from clauses. */

import type { Body, Responsibility, ResponsibilityRole } from '../types.ts';
import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';
import type { ResponsibilityRow } from './tables.ts';

const RESPONSIBILITY_COLUMNS = [
  'document_id',
  'clause_id',
  'role',
  'body_name',
  'body_level',
  'body_place',
  'body_text',
  'inherited',
  'source_clause_id',
  'span_start',
  'span_end',
] as const;

/** Inserts a document's responsibilities. */
export async function insertResponsibilities(
  db: Db,
  documentId: string,
  items: readonly Responsibility[],
): Promise<void> {
  const rows = items.map((r) => [
    documentId,
    r.clauseId,
    r.role,
    r.body.name,
    r.body.level,
    r.body.place,
    r.bodyText,
    r.inherited,
    r.sourceClauseId,
    r.span.start,
    r.span.end,
  ]);
  await insertRows(db, 'responsibilities', RESPONSIBILITY_COLUMNS, rows);
}

/** A document's responsibilities in stored order. */
export async function listResponsibilities(db: Db, documentId: string): Promise<Responsibility[]> {
  const rows = await db.query<ResponsibilityRow>('select * from responsibilities where document_id = $1 order by id', [
    documentId,
  ]);
  return rows.map(rowToResponsibility);
}

/** Maps a `responsibilities` row to a domain `Responsibility`. */
export function rowToResponsibility(row: ResponsibilityRow): Responsibility {
  return {
    clauseId: row.clause_id,
    role: row.role as ResponsibilityRole,
    body: { name: row.body_name, level: row.body_level as Body['level'], place: row.body_place },
    bodyText: row.body_text,
    inherited: row.inherited,
    sourceClauseId: row.source_clause_id,
    span: { start: row.span_start, end: row.span_end },
  };
}
