/**
 * @module evals/stress/multi-process.test
 * Several processes over one store: two real API servers (`app/serve.ts`) and the ingestion CLI reach
 * one PGlite served over the wire (`@electric-sql/pglite-socket`, standing in for one PostgreSQL) through
 * DATABASE_URL. Each server keeps its own in-memory index and catalog; after a write by any process the
 * others answer from the new store revision: an upload through one server and a CLI ingest are found
 * through the other, a delete through one is gone from the other.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgliteExtensions } from '../../core/store/index.ts';
import { ROOT, type RunningServer, spawnTs, startServer } from './spawn-server.ts';

const TOKEN = 'stress-token-multi-process';
const NIGHT_MARKET = [
  'KẾ HOẠCH',
  'phát triển chợ đêm du lịch ven hồ',
  '1. Sở Công Thương chủ trì khảo sát địa điểm chợ đêm ven hồ và lập phương án bố trí gian hàng.',
  '2. UBND phường Bắc Cường bố trí bãi đỗ xe, nhà vệ sinh công cộng cho chợ đêm.',
].join('\n');
const FERRY = [
  'CÔNG VĂN',
  'về bảo đảm an toàn bến khách ngang sông',
  '1. Sở Giao thông vận tải kiểm tra phao cứu sinh tại các bến khách ngang sông.',
  '2. UBND các xã ven sông không cấp phép bến khách ngang sông tự phát.',
].join('\n');

async function topDocuments(server: RunningServer, query: string): Promise<string[]> {
  const res = await fetch(`${server.url}/api/search`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ query, k: 5 }),
  });
  expect(res.status).toBe(200);
  return ((await res.json()) as { results: Array<{ documentId: string }> }).results.map((r) => r.documentId);
}

describe('two API servers and the ingestion CLI over one store', () => {
  let engine: PGlite;
  let socket: PGLiteSocketServer;
  let url: string;
  let work: string;
  const servers: RunningServer[] = [];

  beforeAll(async () => {
    engine = await PGlite.create({ extensions: pgliteExtensions });
    // Each process opens a pool; the socket server queues statements and keeps a transaction on its connection.
    socket = new PGLiteSocketServer({ db: engine, port: 0, host: '127.0.0.1', maxConnections: 40 });
    await socket.start();
    url = `postgres://postgres@${socket.getServerConn()}/postgres`;
    work = mkdtempSync(join(tmpdir(), 'vankien-multi-process-'));
    const emptyCorpus = join(work, 'no-corpus');
    mkdirSync(emptyCorpus);
    for (const name of ['first', 'second']) {
      servers.push(
        await startServer({
          data: join(work, name),
          corpus: emptyCorpus,
          env: { DATABASE_URL: url, VANKIEN_API_TOKEN: TOKEN },
        }),
      );
    }
  });
  afterAll(async () => {
    for (const s of servers) await s.stop();
    await socket?.stop();
    await engine?.close();
    rmSync(work, { recursive: true, force: true });
  });

  it('an upload through one server is found through the other, and a delete through that one is seen by the first', async () => {
    const [first, second] = servers;
    expect(await topDocuments(second, 'chợ đêm ven hồ')).toEqual([]); // builds its caches before the write
    const form = new FormData();
    form.append('files', new File([NIGHT_MARKET], 'ke-hoach-cho-dem.txt', { type: 'text/plain' }));
    const upload = await fetch(`${first.url}/api/admin/documents`, {
      method: 'POST',
      body: form,
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(upload.status).toBe(200);
    const [result] = ((await upload.json()) as { results: Array<{ status: string; documentId: string }> }).results;
    expect(result.status).toBe('ingested');
    expect((await topDocuments(second, 'chợ đêm ven hồ'))[0]).toBe(result.documentId);

    const removed = await fetch(`${second.url}/api/admin/documents/${result.documentId}`, {
      method: 'DELETE',
      headers: { Authorization: `Bearer ${TOKEN}` },
    });
    expect(removed.status).toBe(200);
    expect(await topDocuments(first, 'chợ đêm ven hồ')).not.toContain(result.documentId);
  });

  it('a document ingested by the CLI is found through both servers', async () => {
    const dir = join(work, 'cli');
    mkdirSync(dir);
    const file = join(dir, 'cong-van-ben-khach.txt');
    writeFileSync(file, FERRY);
    const cli = spawnTs('app/ingest-cli.ts', [file], { DATABASE_URL: url, VANKIEN_DATA: join(work, 'cli-data') });
    let output = '';
    cli.stdout?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    cli.stderr?.on('data', (d: Buffer) => {
      output += d.toString();
    });
    const code = await new Promise<number | null>((resolve) => cli.once('exit', resolve));
    expect(code, `${ROOT}: ${output.slice(-2000)}`).toBe(0);
    for (const server of servers) {
      expect((await topDocuments(server, 'phao cứu sinh bến khách ngang sông'))[0]).toBe('cong-van-ben-khach');
    }
  });
});
