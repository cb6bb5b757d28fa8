/**
 * @module api/middleware/bearer-token
 * Guards write routes with Hono's `bearer-auth`: off (403) when no token is configured, 401 for a
 * missing, malformed or wrong token. Tokens are compared in constant time over their SHA-256
 * digests, so neither content nor length leaks.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { bearerAuth } from 'hono/bearer-auth';
import { apiError } from '../errors.ts';

const digest = (s: string) => createHash('sha256').update(s).digest();

export function requireToken(token: string | undefined): MiddlewareHandler {
  if (!token) {
    return async () => {
      throw apiError('write_disabled', 'write routes are disabled: set VANKIEN_API_TOKEN on the server to enable them');
    };
  }
  const expected = digest(token);
  // Every failure is our own error body (one `onError`), with the challenge header a client expects.
  const reject = (): never => {
    throw apiError('unauthorized', 'missing or wrong bearer token: send Authorization: Bearer <VANKIEN_API_TOKEN>', {
      'WWW-Authenticate': 'Bearer',
    });
  };
  return bearerAuth({
    verifyToken: async (given) => timingSafeEqual(digest(given), expected),
    noAuthenticationHeader: { message: reject },
    invalidAuthenticationHeader: { message: reject },
    invalidToken: { message: reject },
  });
}
