/** @module search/filters — search filters (type, issuer, place, dates, document) as a parameterized SQL condition on `documents d`. */

import type { DocumentType } from '../core/types.ts';

/** All optional, combined with AND. Dates are ISO (`2024`, `2024-07`, `2024-07-09`). */
export interface SearchFilters {
  type?: DocumentType;
  /** Part of the issuer's name, case- and diacritics-insensitive (`thanh uy can tho`). */
  issuer?: string;
  /** Part of the place of issue, case- and diacritics-insensitive. */
  place?: string;
  /** Issued on or after; a partial stored date is compared at its own precision. */
  dateFrom?: string;
  /** Issued on or before. */
  dateTo?: string;
  documentId?: string;
}

/** Appends a parameter and returns its placeholder (`$3`). */
export type ParamFn = (value: unknown) => string;

/** A `ParamFn` over `params`, numbering after what it already holds. */
export function paramsOf(params: unknown[]): ParamFn {
  return (value) => {
    params.push(value);
    return `$${params.length}`;
  };
}

/**
 * The SQL condition for `filters` over `documents d` (`true` when none), with values as parameters.
 * Undated documents are excluded by any date bound.
 * @example filterSql({ type: 'NQ', dateFrom: '2020' }, paramsOf(params)) // "d.type = $4 and d.date >= left($5, length(d.date))"
 */
export function filterSql(filters: SearchFilters | undefined, param: ParamFn): string {
  if (!filters) return 'true';
  const where: string[] = [];
  const folded = (column: string) => `unaccent(lower(coalesce(${column}, '')))`;
  const contains = (value: string) => `%${value.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  if (filters.type) where.push(`d.type = ${param(filters.type)}`);
  if (filters.documentId) where.push(`d.id = ${param(filters.documentId)}`);
  if (filters.issuer) where.push(`${folded('d.issuer')} like unaccent(lower(${param(contains(filters.issuer))}))`);
  if (filters.place) where.push(`${folded('d.place')} like unaccent(lower(${param(contains(filters.place))}))`);
  if (filters.dateFrom) where.push(`d.date >= left(${param(filters.dateFrom)}::text, length(d.date))`);
  if (filters.dateTo) where.push(`d.date <= left(${param(filters.dateTo)}::text, length(d.date))`);
  return where.length > 0 ? where.join(' and ') : 'true';
}
