/** @module search/errors — search's closed set of error codes, their messages, and one factory. */

export type SearchErrorCode =
  | 'model_missing'
  | 'server_unreachable'
  | 'embedding_failed'
  | 'unknown_provider'
  | 'invalid_query'
  | 'embedder_mismatch';

interface SearchErrorDetails {
  model_missing: { model: string; path: string; hint: string };
  server_unreachable: { provider: string; url: string; reason: string };
  embedding_failed: { embedder: string; reason: string };
  unknown_provider: { provider: string; known: readonly string[] };
  invalid_query: { reason: string };
  embedder_mismatch: { given: string; stored: string };
}

const messages: { [C in SearchErrorCode]: (d: SearchErrorDetails[C]) => string } = {
  model_missing: (d) => `embedding model ${d.model} not found: looked for ${d.path} — ${d.hint}`,
  server_unreachable: (d) =>
    `${d.provider} embedding server unreachable at ${d.url}: ${d.reason} — start the server or set the embedder's baseUrl`,
  embedding_failed: (d) => `embedder ${d.embedder} failed: ${d.reason}`,
  unknown_provider: (d) => `unknown embedder provider "${d.provider}" — use one of ${d.known.join(', ')}`,
  invalid_query: (d) => `invalid search: ${d.reason}`,
  embedder_mismatch: (d) =>
    `the store's vectors come from ${d.stored}, not ${d.given} — run ensureEmbeddings(db, embedder) to re-embed, or search with ${d.stored}`,
};

/** The one error type search throws. */
export class SearchError extends Error {
  override readonly name = 'SearchError';
  readonly code: SearchErrorCode;

  constructor(code: SearchErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.code = code;
  }
}

/**
 * Builds a SearchError from a code and its details.
 * @example throw searchError('invalid_query', { reason: 'k must be 1..50' })
 */
export function searchError<C extends SearchErrorCode>(
  code: C,
  details: SearchErrorDetails[C],
  cause?: unknown,
): SearchError {
  return new SearchError(code, messages[code](details), { cause });
}
