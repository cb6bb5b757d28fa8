/** @module core/store/errors — the store's closed set of error codes, their messages, and one factory. */

/** Every way the store can fail, as a closed union. */
export type StoreErrorCode =
  | 'store_open_failed'
  | 'migration_failed'
  | 'query_failed'
  | 'invalid_document'
  | 'invalid_vector'
  | 'embedding_mismatch';

/** Details each code's message is built from. */
interface StoreErrorDetails {
  store_open_failed: { where: string; reason: string; hint: string };
  migration_failed: { migration: string; reason: string; applied: string[] };
  query_failed: { sql: string; reason: string };
  invalid_document: { documentId: string; reason: string };
  invalid_vector: { reason: string };
  embedding_mismatch: { reason: string };
}

/** Code → message: what failed, and what to do about it. */
const messages: { [C in StoreErrorCode]: (d: StoreErrorDetails[C]) => string } = {
  store_open_failed: (d) => `cannot open store at ${d.where}: ${d.reason} — ${d.hint}`,
  migration_failed: (d) =>
    `migration ${d.migration} failed: ${d.reason} — the store was left at the last good migration` +
    `${d.applied.length > 0 ? ` (applied now: ${d.applied.join(', ')})` : ''}; fix the migration or restore the data folder`,
  query_failed: (d) => `query failed: ${d.reason} — in: ${d.sql}`,
  invalid_document: (d) => `cannot store document ${d.documentId}: ${d.reason} — fix the parsed document before saving`,
  invalid_vector: (d) => `invalid vector: ${d.reason} — embeddings must be non-empty arrays of finite numbers`,
  embedding_mismatch: (d) =>
    `embedding mismatch: ${d.reason} — call ensureEmbeddingColumn(db, dim, embedder) and re-embed`,
};

/** The one error type the store throws. `sqlState` carries the Postgres SQLSTATE when the engine gave one. */
export class StoreError extends Error {
  override readonly name = 'StoreError';
  readonly code: StoreErrorCode;
  readonly sqlState: string | undefined;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown; sqlState?: string }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
    this.sqlState = options?.sqlState;
  }
}

/**
 * Builds a StoreError from a code and its details.
 * @example throw storeError('invalid_vector', { reason: 'NaN at 3' })
 */
export function storeError<C extends StoreErrorCode>(
  code: C,
  details: StoreErrorDetails[C],
  cause?: unknown,
): StoreError {
  return new StoreError(code, messages[code](details), { cause, sqlState: sqlStateOf(cause) });
}

/** The SQLSTATE of an engine error (`23505` ...), if it has one. */
export function sqlStateOf(err: unknown): string | undefined {
  if (err instanceof StoreError) return err.sqlState;
  const code = (err as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
}

/** The message of anything thrown. */
export function reasonOf(err: unknown): string {
  return err instanceof Error ? err.message : String(err);
}
