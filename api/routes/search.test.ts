/** @module api/routes/search.test — `POST /api/search` modes: each channel can be asked for alone, and the mode is echoed. */
import { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../../core/store/test-fixtures.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import type { AppDeps } from '../deps.ts';
import { handleError } from '../errors.ts';
import { searchRoutes } from './search.ts';

describe('POST /api/search modes', () => {
  const db = useEngine(engines[0]);
  let app: OpenAPIHono;

  beforeAll(async () => {
    const doc = makeDocument({ id: 'ct', symbol: '12-NQ/TU' });
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    app = new OpenAPIHono({
      defaultHook: (r, c) => (r.success ? undefined : c.json({ error: { code: 'bad_request' } }, 400)),
    });
    app.onError(handleError);
    app.route('/', searchRoutes({ db: db() } as AppDeps));
  });

  const post = (body: unknown) =>
    app.request('/api/search', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(body),
    });

  it.each([['hybrid'], ['lexical']])('ranks in %s mode and says so', async (mode) => {
    const res = await post({ query: 'tỷ lệ che phủ rừng', mode });
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body.mode).toBe(mode);
    expect(body.results[0].documentId).toBe('ct');
  });

  it('defaults to hybrid', async () => {
    expect((await (await post({ query: 'che phủ rừng' })).json()).mode).toBe('hybrid');
  });

  it('rejects an unknown mode with 400', async () => {
    expect((await post({ query: 'che phủ rừng', mode: 'semantic' })).status).toBe(400);
  });
});
