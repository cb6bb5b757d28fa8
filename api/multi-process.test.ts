/**
 * @module api/multi-process.test
 * Two API servers over one store stay consistent after an ingest: each app has its own connection
 * pool to one PGlite served over the wire (the PGlite socket server, as several processes would reach one
 * PostgreSQL), so each keeps its own in-memory lexical index, catalog and embedder settings. A document
 * uploaded or deleted through one is seen by the other at its next request, because both refresh by the
 * store revision. (`evals/stress/multi-process.test.ts` does the same with real server processes.)
 */
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clauseIndexer } from '../app/services.ts';
import { loadConfig } from '../core/config.ts';
import { type Db, migrateToLatest, openPostgres, pgliteExtensions } from '../core/store/index.ts';
import { createEmbedder } from '../search/embedders/index.ts';
import { createApp } from './app.ts';
import { createIngestionService } from './ingestion-service.ts';

const TOKEN = 'two-servers-one-store-5b1e7d';
const NIGHT_MARKET = [
  'KẾ HOẠCH',
  'phát triển chợ đêm du lịch ven hồ',
  '1. Sở Công Thương chủ trì khảo sát địa điểm chợ đêm ven hồ và lập phương án bố trí gian hàng.',
  '2. UBND phường Bắc Cường bố trí bãi đỗ xe, nhà vệ sinh công cộng cho chợ đêm.',
].join('\n');
const STALL_RULES = [
  'QUY CHẾ',
  'quản lý gian hàng chợ đêm',
  '1. Ban quản lý chợ cấp phép gian hàng theo thứ tự đăng ký.',
  '2. Hộ kinh doanh niêm yết giá và không lấn chiếm lối đi.',
].join('\n');

type App = ReturnType<typeof createApp>;

describe('two API servers over one store (PGlite over the wire)', () => {
  let engine: PGlite;
  let server: PGLiteSocketServer;
  const dbs: Db[] = [];
  let first: App;
  let second: App;

  beforeAll(async () => {
    engine = await PGlite.create({ extensions: pgliteExtensions });
    // The socket server queues statements from several connections and keeps a transaction on its own connection.
    server = new PGLiteSocketServer({ db: engine, port: 0, host: '127.0.0.1', maxConnections: 8 });
    await server.start();
    const url = `postgres://postgres@${server.getServerConn()}/postgres`;
    const config = loadConfig({ VANKIEN_API_TOKEN: TOKEN, VANKIEN_CORPUS: '/nonexistent-vankien-corpus' });
    const appOver = async () => {
      const db = await openPostgres(url, { max: 2 });
      dbs.push(db);
      const embedder = createEmbedder();
      const ingestion = createIngestionService(db, clauseIndexer(embedder), config);
      return createApp({ db, config, embedder, ingestion });
    };
    first = await appOver();
    await migrateToLatest(dbs[0]);
    second = await appOver();
  }, 180_000);
  afterAll(async () => {
    for (const db of dbs) await db.close();
    await server?.stop();
    await engine?.close();
  });

  const upload = async (app: App, name: string, text: string) => {
    const form = new FormData();
    form.append('files', new File([text], name, { type: 'text/plain' }));
    const res = await app.request('/api/admin/documents', {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: Array<{ status: string; documentId: string }> }).results[0];
  };
  const topDocuments = async (app: App, query: string) => {
    const res = await app.request('/api/search', {
      method: 'POST',
      body: JSON.stringify({ query, k: 5 }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    return ((await res.json()) as { results: Array<{ documentId: string }> }).results.map((r) => r.documentId);
  };
  const listed = async (app: App) =>
    ((await (await app.request('/api/documents')).json()) as { documents: Array<{ id: string }> }).documents.map(
      (d) => d.id,
    );

  it('a document uploaded through one server is searched, listed and read through the other', async () => {
    const rules = await upload(first, 'quy-che-gian-hang.txt', STALL_RULES);
    expect(rules.status).toBe('ingested');
    // The second server builds its caches now, before the next upload.
    expect((await topDocuments(second, 'gian hàng chợ đêm'))[0]).toBe(rules.documentId);
    expect(await listed(second)).toEqual([rules.documentId]);

    const plan = await upload(first, 'ke-hoach-cho-dem.txt', NIGHT_MARKET);
    expect(plan.status).toBe('ingested');
    expect((await topDocuments(second, 'bãi đỗ xe nhà vệ sinh công cộng'))[0]).toBe(plan.documentId);
    expect((await listed(second)).sort()).toEqual([plan.documentId, rules.documentId].sort());
    expect((await second.request(`/api/documents/${plan.documentId}`)).status).toBe(200);
  });

  it('a document deleted through one server is gone from the other', async () => {
    const before = await topDocuments(first, 'bãi đỗ xe nhà vệ sinh công cộng');
    const res = await second.request(`/api/admin/documents/${before[0]}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(res.status).toBe(200);
    expect(await topDocuments(first, 'bãi đỗ xe nhà vệ sinh công cộng')).not.toContain(before[0]);
    expect(await listed(first)).not.toContain(before[0]);
    expect((await first.request(`/api/documents/${before[0]}`)).status).toBe(404);
  });

  it('dense search on the other server builds the vectors the ingest left out, and finds the new clauses', async () => {
    const plan = await upload(first, 'ke-hoach-cho-dem-2.txt', NIGHT_MARKET.replace('ven hồ', 'ven sông'));
    expect(plan.status).toBe('ingested');
    const res = await second.request('/api/search', {
      method: 'POST',
      body: JSON.stringify({ query: 'chợ đêm ven sông', k: 3, mode: 'dense' }),
      headers: { 'content-type': 'application/json' },
    });
    expect(res.status).toBe(200);
    const body = (await res.json()) as { mode: string; results: Array<{ documentId: string }> };
    expect(body.mode).toBe('dense');
    expect(body.results.map((r) => r.documentId)).toContain(plan.documentId);
  });
});
