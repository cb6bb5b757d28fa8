/** @module api/routes/mcp.test — `/mcp` answers MCP JSON-RPC over streamable HTTP, in-process. */
import { Hono } from 'hono';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../../core/store/test-fixtures.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import { KB_TOOLS } from '../../tools/kb-tools.ts';
import type { AppDeps } from '../deps.ts';
import { handleError } from '../errors.ts';
import { mcpRoutes } from './mcp.ts';

describe('/mcp over streamable HTTP', () => {
  const db = useEngine(engines[0]);
  let app: Hono;

  beforeAll(async () => {
    const doc = makeDocument({ id: 'ct', symbol: '12-NQ/TU' });
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    app = new Hono();
    app.onError(handleError);
    app.route('/', mcpRoutes({ db: db(), config: {} } as AppDeps));
  });

  const rpc = (id: number, method: string, params: unknown) =>
    app.request('/mcp', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json, text/event-stream' },
      body: JSON.stringify({ jsonrpc: '2.0', id, method, params }),
    });

  it('lists the tools', async () => {
    const res = await rpc(1, 'tools/list', {});
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.result.tools.map((t: { name: string }) => t.name)).toEqual(KB_TOOLS.map((t) => t.name));
  });

  it('calls search_clauses and returns the stored clause', async () => {
    const res = await rpc(2, 'tools/call', { name: 'search_clauses', arguments: { query: 'che phủ rừng', k: 2 } });
    const body = await res.json();
    const out = JSON.parse(body.result.content[0].text);
    expect(out.results[0].documentId).toBe('ct');
  });
});
