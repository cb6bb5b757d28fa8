/**
 * @module api/app
 * Builds the Hono application: middleware (secure headers, CORS, size and time limits, rate
 * limits, admission control), the API routes, the OpenAPI document and its reference page, and the web app.
 * `createApp` is what `npm start` serves and what tests call with `app.request()`.
 */
import { getConnInfo } from '@hono/node-server/conninfo';
import { OpenAPIHono } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { HTTPException } from 'hono/http-exception';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import { timeout } from 'hono/timeout';
import type { AppDeps } from './deps.ts';
import { apiError, handleError } from './errors.ts';
import { admission } from './middleware/admission.ts';
import { rateLimit } from './middleware/rate-limit.ts';
import { adminRoutes } from './routes/admin.ts';
import { answerRoutes } from './routes/ask.ts';
import { briefingRoutes } from './routes/briefing.ts';
import { clauseRoutes } from './routes/clauses.ts';
import { documentRoutes } from './routes/documents.ts';
import { healthRoutes } from './routes/health.ts';
import { lineageRoutes } from './routes/lineage.ts';
import { mcpRoutes } from './routes/mcp.ts';
import { validityRoutes } from './routes/validity.ts';
import { renderReference } from './routes/reference-page.ts';
import { searchRoutes } from './routes/search.ts';
import { targetRoutes } from './routes/targets.ts';
import { notFoundPage, webRoutes } from './routes/web.ts';

/** JSON bodies are small questions and filters; uploads have their own, larger limit. */
const JSON_LIMIT_BYTES = 256 * 1024;
const REQUEST_TIMEOUT_MS = 30_000;
const OPENAPI_INFO = {
  openapi: '3.1.0',
  info: {
    title: 'vankien API',
    version: '0.1.0',
    description: 'Clause-level search, cited answers, lineage and facts over Vietnamese policy documents.',
  },
};

function safeDecode(url: string): string {
  try {
    return decodeURIComponent(url);
  } catch {
    throw apiError('bad_request', 'malformed percent-encoding in the URL');
  }
}

function clientAddress(c: Context): string {
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // `app.request()` in tests has no socket: all requests count as one client.
    return 'local';
  }
}

export function createApp(deps: AppDeps): OpenAPIHono {
  const app = new OpenAPIHono({
    defaultHook: (result) => {
      if (!result.success) {
        const issue = result.error.issues[0];
        const where = issue?.path.length ? `${issue.path.join('.')}: ` : '';
        throw apiError('bad_request', `invalid request — ${where}${issue?.message ?? 'does not match the schema'}`);
      }
    },
  });
  app.onError(handleError);
  app.notFound(
    async (c) =>
      (await notFoundPage(c)) ??
      c.json({ error: { code: 'not_found', message: `no route for ${c.req.method} ${c.req.path}` } }, 404),
  );

  app.use(
    '*',
    secureHeaders({
      contentSecurityPolicy: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
      },
    }),
  );
  const origins = deps.config.VANKIEN_CORS_ORIGINS?.split(',').map((o) => o.trim());
  if (origins?.length) app.use('/api/*', cors({ origin: origins, allowHeaders: ['Content-Type', 'Authorization'] }));
  app.use('/api/*', async (c, next) => {
    // Postgres refuses NUL in text parameters: a client error, answered before it reaches a query.
    if (safeDecode(c.req.url).includes('\u0000'))
      throw apiError('bad_request', 'NUL characters are not allowed in the URL');
    await next();
  });
  app.use(
    '/api/*',
    timeout(
      REQUEST_TIMEOUT_MS,
      () => new HTTPException(503, { message: 'the request took too long; try a narrower query' }),
    ),
  );
  app.use('/api/*', async (c, next) => {
    if (c.req.path.startsWith('/api/admin/')) return next();
    return bodyLimit({
      maxSize: JSON_LIMIT_BYTES,
      onError: () => {
        throw apiError('payload_too_large', `request body over ${JSON_LIMIT_BYTES / 1024} KiB`);
      },
    })(c, next);
  });
  const limiter = rateLimit({ limit: deps.config.VANKIEN_RATE_LIMIT, clientOf: clientAddress });
  app.use('/api/search', limiter);
  app.use('/api/ask/*', limiter); // also matches /api/ask itself: one registration, or ask counts twice
  // After the rate limiter, so a limited client takes no slot. One gate, one pool of slots; each path
  // registered once (`/x/*` also matches `/x`), or a request would queue twice.
  const gate = admission({
    maxConcurrent: deps.config.VANKIEN_MAX_CONCURRENT,
    queueLimit: deps.config.VANKIEN_QUEUE_LIMIT,
    maxWaitMs: deps.config.VANKIEN_QUEUE_WAIT_MS,
  });
  for (const path of ['/api/search', '/api/ask/*', '/api/briefing/*', '/api/lineage/*', '/api/validity/*'])
    app.use(path, gate);

  app.route('/', healthRoutes(deps));
  app.route('/', documentRoutes(deps));
  app.route('/', clauseRoutes(deps));
  app.route('/', searchRoutes(deps));
  app.route('/', answerRoutes(deps));
  app.route('/', lineageRoutes(deps));
  app.route('/', validityRoutes(deps));
  app.route('/', targetRoutes(deps));
  app.route('/', briefingRoutes(deps));
  app.route('/', adminRoutes(deps));
  app.route('/', mcpRoutes(deps));

  app.doc31('/api/openapi.json', OPENAPI_INFO);
  app.get('/api/docs', (c) => c.html(renderReference(app.getOpenAPI31Document(OPENAPI_INFO) as never)));
  app.route('/', webRoutes());
  return app;
}
