/** @module api/routes/web.test — an address that is no page: the app's own page for a browser, the JSON 404 for everyone else. */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { createEmbedder } from '../../search/embedders/index.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import { createApp } from '../app.ts';
import { createIngestionService } from '../ingestion-service.ts';

const db = useEngine(engines[0]);

function app() {
  const config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus' });
  const ingestion = createIngestionService(db(), { lexicon: buildSegment }, config);
  return createApp({ db: db(), config, embedder: createEmbedder(), ingestion });
}

const HTML = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' };

describe('an address no route serves', () => {
  it('gives a browser the page-not-found page, status 404, in the app frame', async () => {
    const res = await app().request('/thu-vien', { headers: HTML });
    expect(res.status).toBe(404);
    expect(res.headers.get('Content-Type')).toMatch(/text\/html/);
    const body = await res.text();
    expect(body).toContain('Không tìm thấy trang');
    expect(body).toContain('href="/library"');
    expect(body).not.toContain('no route for');
  });

  it.each([
    ['an API path, even from a browser', '/api/nothing-here', HTML],
    ['a client that does not ask for HTML', '/thu-vien', { Accept: 'application/json' }],
  ])('keeps the JSON 404 for %s', async (_, path, headers) => {
    const res = await app().request(path, { headers });
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });
});
