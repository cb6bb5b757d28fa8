/**
 * @module api/routes/web
 * Serves the web app: one HTML page per screen, its assets from `web/public/assets`, and the two
 * vendored browser libraries (cytoscape, chart.js) from `node_modules`, so the app works offline.
 * Mounted last by `createApp`, after every `/api` route.
 */
import { readFile } from 'node:fs/promises';
import { extname, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Hono } from 'hono';
import type { Context } from 'hono';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PUBLIC = resolve(ROOT, 'web/public');
const ASSETS = resolve(PUBLIC, 'assets');

/** URL path → page file in `web/public`. */
const PAGES: Record<string, string> = {
  '/': 'index.html',
  '/doc/:id': 'doc.html',
  '/library': 'library.html',
  '/lineage': 'lineage.html',
  '/briefing': 'briefing.html',
  '/targets': 'targets.html',
  '/admin': 'admin.html',
};

/** `/vendor/<name>` → file inside `node_modules`. */
const VENDOR: Record<string, string> = {
  'cytoscape.min.js': 'node_modules/cytoscape/dist/cytoscape.min.js',
  'chart.umd.js': 'node_modules/chart.js/dist/chart.umd.js',
};

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.json': 'application/json; charset=utf-8',
};

async function sendFile(c: Context, file: string): Promise<Response> {
  const type = MIME[extname(file)];
  if (!type) return c.notFound();
  let bytes: Buffer;
  try {
    bytes = await readFile(file);
  } catch {
    return c.notFound();
  }
  return c.body(new Uint8Array(bytes), 200, {
    'Content-Type': type,
    // Revalidate on every load: a deploy or an edit shows at once; files are small.
    'Cache-Control': 'no-cache',
  });
}

/**
 * The answer to an address no route serves: a browser asking for a page (`Accept: text/html`, not under
 * `/api` or `/mcp`) gets the app's own "page not found" page in the user's language, with the way back;
 * anything else gets `null` and the JSON 404 every API client expects.
 */
export async function notFoundPage(c: Context): Promise<Response | null> {
  const path = c.req.path;
  if (c.req.method !== 'GET' || /^\/(api|mcp)(\/|$)/.test(path)) return null;
  if (!(c.req.header('Accept') ?? '').includes('text/html')) return null;
  const page = await sendFile(c, resolve(PUBLIC, 'not-found.html'));
  return page.status === 200 ? new Response(page.body, { status: 404, headers: page.headers }) : null;
}

/** The routes of the web app. */
export function webRoutes(): Hono {
  const app = new Hono();
  for (const [path, page] of Object.entries(PAGES)) {
    app.get(path, (c) => sendFile(c, resolve(PUBLIC, page)));
  }
  app.get('/assets/*', (c) => {
    let rel: string;
    try {
      rel = decodeURIComponent(c.req.path.slice('/assets/'.length));
    } catch {
      return c.notFound();
    }
    const file = resolve(ASSETS, rel);
    // Only files strictly inside the assets folder; no dot-files, no traversal.
    if (!file.startsWith(ASSETS + sep) || rel.split('/').some((p) => p.startsWith('.'))) return c.notFound();
    return sendFile(c, file);
  });
  app.get('/vendor/:name', (c) => {
    const file = VENDOR[c.req.param('name')];
    return file ? sendFile(c, resolve(ROOT, file)) : c.notFound();
  });
  app.get('/favicon.ico', (c) => sendFile(c, resolve(ASSETS, 'favicon.svg')));
  return app;
}
