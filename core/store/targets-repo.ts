/** @module core/store/targets-repo — quantified targets (indicator, value, deadline) read from clauses. */

import type { Comparator, Target } from '../types.ts';
import type { Db } from './db.ts';
import { insertRows } from './insert-rows.ts';
import type { TargetRow } from './tables.ts';

const TARGET_COLUMNS = [
  'document_id',
  'clause_id',
  'indicator',
  'value',
  'value_text',
  'unit',
  'comparator',
  'deadline',
  'period_from',
  'period_to',
  'scope',
  'place',
  'span_start',
  'span_end',
] as const;

/** Inserts a document's targets. */
export async function insertTargets(db: Db, documentId: string, items: readonly Target[]): Promise<void> {
  const rows = items.map((t) => [
    documentId,
    t.clauseId,
    t.indicator,
    t.value,
    t.valueText,
    t.unit,
    t.comparator,
    t.deadline,
    t.period?.from ?? null,
    t.period?.to ?? null,
    t.scope,
    t.place,
    t.span.start,
    t.span.end,
  ]);
  await insertRows(db, 'targets', TARGET_COLUMNS, rows);
}

/** A document's targets in stored order. */
export async function listTargets(db: Db, documentId: string): Promise<Target[]> {
  const rows = await db.query<TargetRow>('select * from targets where document_id = $1 order by id', [documentId]);
  return rows.map(rowToTarget);
}

/** Maps a `targets` row to a domain `Target`. */
export function rowToTarget(row: TargetRow): Target {
  return {
    clauseId: row.clause_id,
    indicator: row.indicator,
    value: row.value,
    valueText: row.value_text,
    unit: row.unit,
    comparator: row.comparator as Comparator | null,
    deadline: row.deadline,
    period: row.period_from !== null && row.period_to !== null ? { from: row.period_from, to: row.period_to } : null,
    scope: row.scope,
    place: row.place,
    span: { start: row.span_start, end: row.span_end },
  };
}

/** A target across documents, with what a table row needs to cite it. */
export interface TargetRecord extends Target {
  documentId: string;
  documentSymbol: string | null;
  /** The clause's citation label (`27-CTr/TU, phần I, mục 2.2, ý 2`). */
  label: string;
  /** The words of the target, an exact substring of the clause text. */
  quote: string;
}

export interface TargetFilters {
  /** Words of the indicator, case- and diacritics-insensitive. */
  q?: string;
  /** Targets due in this year (deadline, or period end). */
  year?: number;
  /** Place of the document, case- and diacritics-insensitive. */
  place?: string;
  limit?: number;
}

/**
 * Targets of all documents, comparable in one table, each citing its clause.
 * @example await searchTargets(db, { q: 'chất thải rắn', year: 2025 })
 */
export async function searchTargets(db: Db, filters: TargetFilters = {}): Promise<TargetRecord[]> {
  const where: string[] = [];
  const params: unknown[] = [];
  const param = (v: unknown) => {
    params.push(v);
    return `$${params.length}`;
  };
  const like = (column: string, value: string) =>
    `unaccent(lower(coalesce(${column}, ''))) like unaccent(lower(${param(`%${value.replace(/[\\%_]/g, '\\$&')}%`)}))`;
  if (filters.q) where.push(`(${like('t.indicator', filters.q)} or ${like('c.text', filters.q)})`);
  if (filters.place) where.push(`(${like('t.place', filters.place)} or ${like('d.place', filters.place)})`);
  if (filters.year !== undefined) where.push(`coalesce(t.deadline, t.period_to) = ${param(filters.year)}`);
  const limit = Math.min(Math.max(Math.trunc(filters.limit ?? 500), 1), 2000);
  const rows = await db.query<TargetRow & { symbol: string | null; label: string; text: string; clause_start: number }>(
    `select t.*, d.symbol, c.label, c.text, c.span_start as clause_start
       from targets t join clauses c on c.id = t.clause_id join documents d on d.id = t.document_id
      ${where.length ? `where ${where.join(' and ')}` : ''}
      order by t.indicator, t.deadline nulls last, t.id
      limit ${param(limit)}`,
    params,
  );
  return rows.map((row) => ({
    ...rowToTarget(row),
    documentId: row.document_id,
    documentSymbol: row.symbol,
    label: row.label,
    quote: row.text.slice(row.span_start - row.clause_start, row.span_end - row.clause_start),
  }));
}
