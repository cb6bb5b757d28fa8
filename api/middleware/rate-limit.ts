/**
 * @module api/middleware/rate-limit
 * A fixed-window request limit per client (by socket address, or X-Forwarded-For when the
 * operator trusts a proxy), answering 429 with Retry-After. In-memory: one server process.
 */
import type { MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

export interface RateLimitOptions {
  /** Requests allowed per client per window. */
  limit: number;
  windowMs?: number;
  /** Identifies the client; default: the remote address the server saw. */
  clientOf: (c: Parameters<MiddlewareHandler>[0]) => string;
}

export function rateLimit({ limit, windowMs = 60_000, clientOf }: RateLimitOptions): MiddlewareHandler {
  const windows = new Map<string, { start: number; count: number }>();
  return async (c, next) => {
    const now = Date.now();
    const client = clientOf(c);
    let w = windows.get(client);
    if (!w || now - w.start >= windowMs) {
      w = { start: now, count: 0 };
      windows.set(client, w);
      // Forget idle clients so the map does not grow without bound.
      if (windows.size > 10_000) for (const [k, v] of windows) if (now - v.start >= windowMs) windows.delete(k);
    }
    w.count++;
    const remaining = Math.max(0, limit - w.count);
    c.header('RateLimit-Limit', String(limit));
    c.header('RateLimit-Remaining', String(remaining));
    if (w.count > limit) {
      const retry = Math.ceil((w.start + windowMs - now) / 1000);
      throw apiError('rate_limited', `too many requests: at most ${limit} per minute; retry in ${retry} s`, {
        'Retry-After': String(retry),
      });
    }
    await next();
  };
}
