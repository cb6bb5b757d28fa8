/**
 * @module api/access.test
 * Access control at the HTTP edge, in-process: write routes need the bearer token (401 without or
 * with a wrong one, of any length; 403 when no token is configured), CORS is closed unless origins are
 * configured, secure headers are on every response, and search/ask are rate-limited per client (429).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Config, loadConfig } from '../core/config.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { createEmbedder } from '../search/embedders/index.ts';
import { createApp } from './app.ts';
import { createIngestionService } from './ingestion-service.ts';

const TOKEN = 'correct-horse-battery-staple-7f3a9c';

// PGlite in memory, migrated; opened once for the file.
const db = useEngine(engines[0]);

function appWith(env: Record<string, string> = {}) {
  const config: Config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus', ...env });
  const embedder = createEmbedder();
  const ingestion = createIngestionService(db(), { lexicon: buildSegment }, config);
  return createApp({ db: db(), config, embedder, ingestion });
}

/** A request as if from `address`, through the node-server bindings the rate limiter reads. */
const fromClient = (address: string) => ({
  incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } },
});

interface Operation {
  method: string;
  path: string;
  secured: boolean;
}

async function operations(app: ReturnType<typeof appWith>): Promise<Operation[]> {
  const spec = (await (await app.request('/api/openapi.json')).json()) as {
    paths: Record<string, Record<string, { security?: unknown[] }>>;
  };
  return Object.entries(spec.paths).flatMap(([path, ops]) =>
    Object.entries(ops).map(([method, op]) => ({
      method: method.toUpperCase(),
      path: path.replace(/\{[^}]+\}/g, 'some-id'),
      secured: Array.isArray(op.security) && op.security.length > 0,
    })),
  );
}

describe('write routes', () => {
  it('lists its write routes as secured in the OpenAPI document', async () => {
    const ops = await operations(appWith({ VANKIEN_API_TOKEN: TOKEN }));
    const secured = ops.filter((o) => o.secured).map((o) => `${o.method} ${o.path}`);
    expect(secured.length).toBeGreaterThanOrEqual(3);
    for (const o of ops.filter((x) => x.path.startsWith('/api/admin/'))) expect(o.secured, o.path).toBe(true);
  });

  it('are disabled (403 write_disabled) when no token is configured, even with a token sent', async () => {
    const app = appWith();
    for (const o of (await operations(app)).filter((x) => x.secured)) {
      const res = await app.request(o.path, { method: o.method, headers: { Authorization: `Bearer ${TOKEN}` } });
      expect(res.status, `${o.method} ${o.path}`).toBe(403);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('write_disabled');
    }
  });

  const wrong = [
    ['no header', undefined],
    ['empty bearer', 'Bearer '],
    ['one character', 'Bearer x'],
    ['a prefix of the token', `Bearer ${TOKEN.slice(0, -1)}`],
    ['the token plus one character', `Bearer ${TOKEN}x`],
    ['same length, last character changed', `Bearer ${TOKEN.slice(0, -1)}d`],
    ['10 KB token', `Bearer ${'a'.repeat(10_000)}`],
    // Header values travel as bytes: UTF-8 read as latin1, as a server sees them.
    ['non-ASCII token', `Bearer ${Buffer.from('mật-khẩu-🔑').toString('latin1')}`],
    ['the token in Basic auth', `Basic ${Buffer.from(`admin:${TOKEN}`).toString('base64')}`],
    ['the token without a scheme', TOKEN],
    ['the token as a query string only', undefined],
  ] as const;

  it.each(wrong)('rejects %s with 401 and a WWW-Authenticate challenge on every write route', async (_name, header) => {
    const app = appWith({ VANKIEN_API_TOKEN: TOKEN });
    for (const o of (await operations(app)).filter((x) => x.secured)) {
      const headers: Record<string, string> = header === undefined ? {} : { Authorization: header };
      const res = await app.request(`${o.path}?token=${TOKEN}`, { method: o.method, headers });
      expect(res.status, `${o.method} ${o.path}`).toBe(401);
      expect(res.headers.get('www-authenticate')).toMatch(/^Bearer/);
      const body = (await res.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe('unauthorized');
      expect(body.error.message).not.toContain(TOKEN);
    }
  });

  it('accepts the right token (scheme case-insensitive)', async () => {
    const app = appWith({ VANKIEN_API_TOKEN: TOKEN });
    for (const scheme of ['Bearer', 'bearer', 'BEARER']) {
      const res = await app.request('/api/admin/progress', { headers: { Authorization: `${scheme} ${TOKEN}` } });
      expect(res.status, scheme).toBe(200);
    }
  });

  it('compares digests in constant time, so no token length can make the comparison throw or leak', () => {
    // Static: the guard hashes both sides and uses timingSafeEqual on the equal-length digests.
    const source = readFileSync(new URL('./middleware/bearer-token.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/createHash\('sha256'\)/);
    expect(source).toMatch(/timingSafeEqual\(\s*digest\(/);
    expect(source).not.toMatch(/===\s*(expected|token)\b|\b(expected|token)\s*===/);
  });
});

describe('CORS', () => {
  const preflight = (origin: string) => ({
    method: 'OPTIONS',
    headers: {
      Origin: origin,
      'Access-Control-Request-Method': 'POST',
      'Access-Control-Request-Headers': 'content-type',
    },
  });

  it('is closed by default: no Access-Control-Allow-Origin for a foreign origin', async () => {
    const app = appWith();
    const get = await app.request('/api/health', { headers: { Origin: 'https://evil.example' } });
    expect(get.headers.get('access-control-allow-origin')).toBeNull();
    const pre = await app.request('/api/search', preflight('https://evil.example'));
    expect(pre.headers.get('access-control-allow-origin')).toBeNull();
    expect(pre.headers.get('access-control-allow-credentials')).toBeNull();
  });

  it('allows exactly the origins in VANKIEN_CORS_ORIGINS', async () => {
    const app = appWith({ VANKIEN_CORS_ORIGINS: 'https://app.example, https://intranet.example' });
    const ok = await app.request('/api/health', { headers: { Origin: 'https://intranet.example' } });
    expect(ok.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
    const pre = await app.request('/api/search', preflight('https://app.example'));
    expect(pre.headers.get('access-control-allow-origin')).toBe('https://app.example');
    for (const origin of ['https://evil.example', 'https://app.example.evil.example', 'null']) {
      const res = await app.request('/api/health', { headers: { Origin: origin } });
      const allowed = res.headers.get('access-control-allow-origin');
      expect(allowed === null || allowed !== origin, origin).toBe(true);
      expect(allowed).not.toBe('*');
    }
  });
});

describe('secure headers', () => {
  it.each(['/', '/api/health', '/api/openapi.json', '/api/no-such-route'])('are set on %s', async (path) => {
    const res = await appWith().request(path);
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    expect(res.headers.get('x-frame-options')).toMatch(/^(DENY|SAMEORIGIN)$/);
    expect(res.headers.get('referrer-policy')).toBeTruthy();
    expect(res.headers.get('x-powered-by')).toBeNull();
  });
});

describe('rate limit on search and ask', () => {
  const search = (app: ReturnType<typeof appWith>, client: string) =>
    app.request(
      '/api/search',
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ q: 'môi trường' }) },
      fromClient(client),
    );

  it('answers 429 rate_limited with Retry-After after the limit, per client', async () => {
    const app = appWith({ VANKIEN_RATE_LIMIT: '3' });
    for (let i = 0; i < 3; i++) {
      const res = await search(app, '10.0.0.1');
      expect(res.status, `request ${i + 1}`).not.toBe(429);
    }
    const limited = await search(app, '10.0.0.1');
    expect(limited.status).toBe(429);
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    expect(limited.headers.get('ratelimit-remaining')).toBe('0');
    const body = (await limited.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('rate_limited');
    expect(body.error.message).toMatch(/retry/i);
    // Another client is not affected.
    expect((await search(app, '10.0.0.2')).status).not.toBe(429);
  });

  // Regression: `/api/ask/*` also matches `/api/ask`, so a second registration counted each ask twice.
  it('counts each ask once, ask and search together for one client, and leaves other routes alone', async () => {
    const app = appWith({ VANKIEN_RATE_LIMIT: '3' });
    const ask = () =>
      app.request(
        '/api/ask',
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ question: 'ai chủ trì?' }),
        },
        fromClient('10.0.0.3'),
      );
    expect((await search(app, '10.0.0.3')).status).not.toBe(429);
    expect((await ask()).status).not.toBe(429);
    const third = await ask();
    expect(third.status).not.toBe(429);
    expect(third.headers.get('ratelimit-remaining')).toBe('0');
    expect((await ask()).status).toBe(429);
    const health = await app.request('/api/health', {}, fromClient('10.0.0.3'));
    expect(health.status).toBe(200);
  });
});
