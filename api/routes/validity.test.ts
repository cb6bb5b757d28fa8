/** @module api/routes/validity.test — `GET /api/validity/:key`, `validity` on `GET /api/documents/:id` and `status` on lineage nodes, in-process over PGlite with real archive excerpts. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { OpenAPIHono } from '@hono/zod-openapi';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../core/config.ts';
import { saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf } from '../../core/store/test-fixtures.ts';
import { parseDocument } from '../../ingest/parse-document.ts';
import { createEmbedder } from '../../search/embedders/index.ts';
import { buildSegment } from '../../search/lexical-index/segment.ts';
import { createApp } from '../app.ts';
import { createIngestionService } from '../ingestion-service.ts';
import { storeValidityDecrees } from '../../answer/validity-fixtures.ts';

const fixtures = join(import.meta.dirname, '../../ingest/references/validity/fixtures');

describe('validity routes', () => {
  const db = useEngine(engines[0]);
  let app: OpenAPIHono;

  beforeAll(async () => {
    await storeValidityDecrees(db());
    const config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus', VANKIEN_RATE_LIMIT: '10000' });
    const ingestion = createIngestionService(db(), { lexicon: buildSegment }, config);
    app = createApp({ db: db(), config, embedder: createEmbedder(), ingestion });
  });

  it('gives a cited-only document its status as of a date, citing the replacing clause', async () => {
    const res = await app.request(`/api/validity/${encodeURIComponent('163/2013/NĐ-CP')}?asOf=2020-01-01`);
    expect(res.status).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ documentId: null, asOf: '2020-01-01', validity: { status: 'replaced' } });
    expect(body.validity.changedBy[0]).toMatchObject({ key: 'nd-71-2019', relation: 'replaces', date: '2019-10-15' });
  });

  it.each([
    ['2026-13-01', 400],
    ['2026-02-30', 400],
    ['yesterday', 400],
    ["2026-01-01' or 1=1", 400],
  ])('answers asOf=%s with %i', async (asOf, status) => {
    const res = await app.request(`/api/validity/nd-146-2025?asOf=${encodeURIComponent(asOf)}`);
    expect(res.status).toBe(status);
    expect((await res.json()).error.code).toBe('bad_request');
  });

  it('answers 404 for a key nobody stored or cited', async () => {
    const res = await app.request('/api/validity/999-XYZ%2FABC');
    expect(res.status).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
  });

  it('puts validity on the document and on each article that has its own', async () => {
    const res = await app.request('/api/documents/nd-146-2025');
    expect(res.status).toBe(200);
    const doc = await res.json();
    expect(doc.validity).toMatchObject({ effectiveFrom: '2025-07-01', effectiveTo: '2027-02-28' });
    expect(['partly_repealed', 'expired']).toContain(doc.validity.status);
    const articles = doc.clauses.filter((c: { validity?: unknown }) => c.validity);
    expect(articles.map((c: { text: string }) => c.text.slice(0, 7))).toEqual([
      'Điều 6.',
      'Điều 7.',
      'Điều 8.',
      'Điều 9.',
    ]);
    expect(articles[0].validity.changedBy[0]).toMatchObject({ key: 'nd-26-2026', relation: 'repeals', part: 'Điều 6' });
  });

  it('names the new relations on lineage edges and gives nodes a status', async () => {
    const res = await app.request('/api/lineage/nd-71-2019?direction=up&depth=1');
    expect(res.status).toBe(200);
    const graph = await res.json();
    const edge = graph.edges.find((e: { to: string }) => e.to === '163/2013/NĐ-CP');
    expect(edge?.relation).toBe('replaces');
    const node = graph.nodes.find((n: { key: string }) => n.key === '163/2013/NĐ-CP');
    expect(node?.status).toBe('replaced');
    expect(graph.nodes.find((n: { key: string }) => n.key === 'doc:nd-71-2019')?.status).toBe('in_force');
  });

  it('gives each document in the list its status, and the status follows a deletion', async () => {
    const statusOf = async () => {
      const { documents } = await (await app.request('/api/documents')).json();
      return new Map(documents.map((d: { id: string; status: string }) => [d.id, d.status]));
    };
    const before = await statusOf();
    expect(before.get('nd-71-2019')).toBe('in_force');
    expect(['partly_repealed', 'expired']).toContain(before.get('nd-146-2025'));
    // The cached statuses are per store revision: deleting the repealing decree restores the other.
    await db().query('delete from documents where id = $1', ['nd-26-2026']);
    try {
      expect((await statusOf()).get('nd-146-2025')).not.toBe('partly_repealed');
    } finally {
      const doc = parseDocument(readFileSync(join(fixtures, 'nd-26-2026.txt'), 'utf8'), {
        documentId: 'nd-26-2026',
        sourceName: 'nd-26-2026.txt',
      });
      await saveDocument(db(), doc, extrasOf(doc, { lexicon: buildSegment(doc.clauses) }));
    }
  });

  it('quotes on a lineage edge the sentence that cites, and names the mention apart', async () => {
    const graph = await (await app.request('/api/lineage/nd-71-2019?direction=up&depth=1')).json();
    const edge = graph.edges.find((e: { to: string }) => e.to === '163/2013/NĐ-CP');
    expect(edge.mention).toMatch(/163\/2013\/NĐ-CP/);
    expect(edge.quote).toMatch(/thay thế Nghị định số 163\/2013\/NĐ-CP/);
    expect(edge.quote.length).toBeGreaterThan(edge.mention.length);
  });

  it('finds documents known only from citations for the lineage picker, not stored ones', async () => {
    const res = await app.request(`/api/cited-documents?q=${encodeURIComponent('163/2013')}`);
    expect(res.status).toBe(200);
    const { documents } = await res.json();
    expect(documents[0]).toMatchObject({ key: '163/2013/NĐ-CP', symbol: '163/2013/NĐ-CP' });
    expect(documents[0].citations).toBeGreaterThan(0);
    const stored = await (await app.request('/api/cited-documents?q=146%2F2025')).json();
    expect(stored.documents.map((d: { key: string }) => d.key)).not.toContain('146/2025/NĐ-CP');
    expect((await app.request('/api/cited-documents?q=')).status).toBe(400);
  });

  it('documents the route in OpenAPI', async () => {
    const spec = await (await app.request('/api/openapi.json')).json();
    expect(spec.paths['/api/validity/{key}']).toBeDefined();
    expect(spec.components.schemas.Validity).toBeDefined();
  });
});
