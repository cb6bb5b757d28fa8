/**
 * @module api/middleware/bearer-token
 * Guards write routes: off (403) when no token is configured, 401 for a missing or wrong token.
 * Tokens are compared in constant time over their SHA-256 digests, so neither content nor length leaks.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | undefined): MiddlewareHandler {
  const expected = token ? digest(token) : null;
  return async (c, next) => {
    if (!expected) {
      throw apiError('write_disabled', 'write routes are disabled: set VANKIEN_API_TOKEN on the server to enable them');
    }
    const header = c.req.header('authorization') ?? '';
    const m = /^Bearer\s+(.+)$/i.exec(header);
    if (!m || !timingSafeEqual(digest(m[1].trim()), expected)) {
      throw apiError('unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <VANKIEN_API_TOKEN>', {
        'WWW-Authenticate': 'Bearer',
      });
    }
    await next();
  };
}
