/** @module core/store/tables — one row type per table, as the engines return rows (snake_case, jsonb parsed). */

/** jsonb as stored; mapping functions narrow it to the domain shape. */
export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export interface DocumentRow {
  id: string;
  source_name: string;
  content_hash: string;
  raw_text: string;
  clean_text: string;
  type: string | null;
  symbol: string | null;
  symbol_inferred: boolean;
  number: string | null;
  issuer: string | null;
  place: string | null;
  date: string | null;
  /** Migration 006: a blank-numbered header, the body above the issuer, a date with a blank day. */
  draft: boolean;
  parent_issuer: string | null;
  partial_date: string | null;
  title: string | null;
  signer: Json;
  recipients: Json;
  metadata_sources: Json;
  ingested_at: Date | string;
}

/** A document row without its texts, for listings. */
export type DocumentSummaryRow = Omit<DocumentRow, 'raw_text' | 'clean_text'>;

export interface DocumentSourceRow {
  path: string;
  document_id: string;
  content_hash: string;
  fingerprint: string | null;
  added_at: Date | string;
}

export interface ClauseRow {
  id: string;
  document_id: string;
  parent_id: string | null;
  kind: string;
  marker: string | null;
  anchor: string;
  path: Json;
  ordinal: number;
  depth: number;
  label: string;
  heading: string | null;
  text: string;
  norm_text: string;
  span_start: number;
  span_end: number;
}

export interface DocNodeRow {
  key: string;
  type: string | null;
  symbol: string | null;
  number: string | null;
  issuer: string | null;
  date: string | null;
  subject: string | null;
  name: string | null;
  document_id: string | null;
}

export interface CitationRow {
  id: number;
  document_id: string;
  clause_id: string;
  target_key: string;
  mention: string;
  span_start: number;
  span_end: number;
  relation: string;
  basis: boolean;
}

export interface ResponsibilityRow {
  id: number;
  document_id: string;
  clause_id: string;
  role: string;
  body_name: string;
  body_level: string | null;
  body_place: string | null;
  body_text: string;
  inherited: boolean;
  source_clause_id: string;
  span_start: number;
  span_end: number;
}

export interface TargetRow {
  id: number;
  document_id: string;
  clause_id: string;
  indicator: string;
  value: number;
  value_text: string;
  unit: string | null;
  comparator: string | null;
  deadline: number | null;
  period_from: number | null;
  period_to: number | null;
  scope: string | null;
  place: string | null;
  span_start: number;
  span_end: number;
}

export interface ClauseLengthRow {
  clause_id: string;
  exact_len: number;
  folded_len: number;
}

export interface EmbeddingRow {
  clause_id: string;
  embedder: string;
  dim: number;
  /** pgvector text literal, `'[0.1,0.2]'`. */
  vec: string;
}

export interface StoreMetaRow {
  key: string;
  value: string;
}

export interface ValidityLinkRow {
  id: number;
  document_id: string;
  clause_id: string;
  relation: string;
  target_key: string | null;
  target_part: string | null;
  quote: string;
  span_start: number;
  span_end: number;
  date: string | null;
  exception: string | null;
  source_key: string | null;
}

export interface EffectiveDateRow {
  id: number;
  document_id: string;
  clause_id: string;
  subject_key: string | null;
  parts: Json;
  date_from: string | null;
  date_to: string | null;
  basis: string | null;
  quote: string;
  span_start: number;
  span_end: number;
}
