/** @module web/lib/api — fetch helpers for the vankien API: JSON in, JSON out, `{error:{code,message}}` as an exception. */

/** An API answer that was not 2xx, or a network failure (`status` 0). */
export class ApiClientError extends Error {
  /**
   * @param {number} status
   * @param {string} code
   * @param {string} message
   */
  constructor(status, code, message) {
    super(message);
    this.name = 'ApiClientError';
    this.status = status;
    this.code = code;
  }
}

/** Reads the error body of a failed response. */
export async function errorOf(res) {
  let code = `http_${res.status}`;
  let message = res.statusText || `HTTP ${res.status}`;
  try {
    const body = await res.json();
    if (body?.error) {
      code = body.error.code ?? code;
      message = body.error.message ?? message;
    }
  } catch {
    // Not JSON (a proxy page): keep the status line.
  }
  return new ApiClientError(res.status, code, message);
}

/**
 * Calls the API. `body` is sent as JSON unless it is FormData.
 * @example const { documents } = await api('/api/documents?q=81-KL')
 * @param {string} path
 * @param {{ method?: string, body?: unknown, headers?: Record<string,string>, signal?: AbortSignal, raw?: boolean }} [opts]
 */
export async function api(path, opts = {}) {
  const headers = { Accept: 'application/json', ...opts.headers };
  let body;
  if (opts.body instanceof FormData) body = opts.body;
  else if (opts.body !== undefined) {
    body = JSON.stringify(opts.body);
    headers['Content-Type'] = 'application/json';
  }
  let res;
  try {
    res = await fetch(path, { method: opts.method ?? (body ? 'POST' : 'GET'), headers, body, signal: opts.signal });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiClientError(0, 'network', String(err?.message ?? err));
  }
  if (!res.ok) throw await errorOf(res);
  return opts.raw ? res : res.json();
}

/** Builds a query string from the non-empty values. */
export function query(params) {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return s ? `?${s}` : '';
}
