/** @module answer/clause-facts — the stored clauses, responsibilities and targets the answerer reads, fetched in batches. */

import {
  type Db,
  duringOperation,
  perStoreRevision,
  rowToResponsibility,
  rowToStoredClause,
  rowToTarget,
  type StoredClause,
} from '../core/store/index.ts';
import type { ClauseRow, ResponsibilityRow, TargetRow } from '../core/store/tables.ts';
import type { Responsibility, Target } from '../core/types.ts';

/** Clauses read during one answer, by id (null: not in the store): an answer reads ~25 ids in 8 reads, 18 of them again. */
const CLAUSES_READ = {};

/** Clauses by id, in the order asked (missing ids are left out); within one answer each is read from the store once. */
export async function clausesById(db: Db, ids: readonly string[]): Promise<Map<string, StoredClause>> {
  const unique = [...new Set(ids)];
  if (unique.length === 0) return new Map();
  const read = duringOperation(db, CLAUSES_READ, () => new Map<string, StoredClause | null>()) ?? new Map();
  const missing = unique.filter((id) => !read.has(id));
  if (missing.length > 0) {
    const rows = await db.query<ClauseRow>('select * from clauses where id = any($1::text[])', [missing]);
    for (const id of missing) read.set(id, null);
    for (const row of rows) read.set(row.id, rowToStoredClause(row));
  }
  const out = new Map<string, StoredClause>();
  for (const id of unique) {
    const clause = read.get(id);
    if (clause) out.set(id, clause);
  }
  return out;
}

/** All clauses of a document in reading order. */
export async function documentClauses(db: Db, documentId: string): Promise<StoredClause[]> {
  const rows = await db.query<ClauseRow>(
    'select * from clauses where document_id = $1 order by span_start, depth, id',
    [documentId],
  );
  return rows.map(rowToStoredClause);
}

/** The clauses of these documents that hold a lead responsibility, in reading order. */
export async function leadClausesIn(db: Db, documentIds: readonly string[]): Promise<StoredClause[]> {
  if (documentIds.length === 0) return [];
  const rows = await db.query<ClauseRow>(
    `select c.* from clauses c where c.document_id = any($1::text[]) and exists
       (select 1 from responsibilities r where r.clause_id = c.id and r.role = 'lead')
     order by c.document_id, c.span_start, c.depth, c.id`,
    [documentIds],
  );
  return rows.map(rowToStoredClause);
}

/** Responsibilities stated in or inherited by each of the clauses, in stored order. */
export async function responsibilitiesOf(db: Db, clauseIds: readonly string[]): Promise<Map<string, Responsibility[]>> {
  const out = new Map<string, Responsibility[]>();
  if (clauseIds.length === 0) return out;
  const rows = await db.query<ResponsibilityRow>(
    'select * from responsibilities where clause_id = any($1::text[]) order by id',
    [[...new Set(clauseIds)]],
  );
  for (const row of rows) {
    const list = out.get(row.clause_id) ?? [];
    list.push(rowToResponsibility(row));
    out.set(row.clause_id, list);
  }
  return out;
}

/** A target with the document it belongs to. */
export type StoredTarget = Target & { documentId: string };

/** Targets of one document, or of the whole store (read again only when the store changes). */
export async function storedTargets(db: Db, documentId?: string): Promise<StoredTarget[]> {
  // A copy: callers sort and filter what they get, and the cached list is shared.
  if (documentId === undefined) return [...(await allTargets(db))];
  const rows = await db.query<TargetRow>('select * from targets where document_id = $1 order by id', [documentId]);
  return rows.map(toStoredTarget);
}

const allTargets = perStoreRevision(async (db) =>
  (await db.query<TargetRow>('select * from targets order by id')).map(toStoredTarget),
);

function toStoredTarget(row: TargetRow): StoredTarget {
  return { ...rowToTarget(row), documentId: row.document_id };
}

/** Offset of a document span inside a clause's own text, when the span falls in it. */
export function spanInClause(
  clause: StoredClause,
  span: { start: number; end: number },
): { start: number; end: number } | undefined {
  const start = span.start - clause.span.start;
  const end = span.end - clause.span.start;
  if (start < 0 || end > clause.text.length || end <= start) return undefined;
  return { start, end };
}
