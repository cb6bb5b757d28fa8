/**
 * @module api/errors
 * The API's closed set of error codes, their statuses, one factory, and the single `onError`
 * that turns anything thrown into `{ error: { code, message } }` without a stack trace.
 */
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

export type ApiErrorCode =
  | 'bad_request'
  | 'unauthorized'
  | 'write_disabled'
  | 'not_found'
  | 'payload_too_large'
  | 'unsupported_media_type'
  | 'rate_limited'
  | 'timeout'
  | 'unavailable'
  | 'overloaded'
  | 'internal';

const STATUS: Record<ApiErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  unauthorized: 401,
  write_disabled: 403,
  not_found: 404,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  timeout: 503,
  unavailable: 503,
  // After `timeout`: a bare 503 (the request timeout's HTTPException) keeps meaning `timeout`.
  overloaded: 503,
  internal: 500,
};

export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly code: ApiErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
  get status(): ContentfulStatusCode {
    return STATUS[this.code];
  }
}

/** @example throw apiError('not_found', `no document with id ${id}`) */
export function apiError(code: ApiErrorCode, message: string, headers?: Record<string, string>): ApiError {
  return new ApiError(code, message, headers);
}

export interface ErrorBody {
  error: { code: ApiErrorCode; message: string };
}

function codeOfStatus(status: number): ApiErrorCode {
  const found = (Object.entries(STATUS) as [ApiErrorCode, number][]).find(([, s]) => s === status);
  return found ? found[0] : status >= 500 ? 'internal' : 'bad_request';
}

/** Hono `onError`: known errors keep their status; anything else is a 500 whose details go to the log only. */
export function handleError(err: Error, c: Context): Response {
  if (err instanceof ApiError) {
    return c.json<ErrorBody>({ error: { code: err.code, message: err.message } }, err.status, err.headers);
  }
  if (err instanceof HTTPException) {
    const status = err.status as ContentfulStatusCode;
    const code = codeOfStatus(status);
    const message =
      code === 'payload_too_large' ? 'request body too large' : err.message || `request failed (${status})`;
    return c.json<ErrorBody>({ error: { code, message } }, status);
  }
  if (err instanceof SyntaxError) {
    return c.json<ErrorBody>({ error: { code: 'bad_request', message: `malformed request: ${err.message}` } }, 400);
  }
  console.error(`[vankien] ${c.req.method} ${c.req.path} failed:`, err);
  return c.json<ErrorBody>(
    { error: { code: 'internal', message: 'internal error — the server log has the details' } },
    500,
  );
}
