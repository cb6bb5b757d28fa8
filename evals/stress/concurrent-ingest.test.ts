/**
 * @module evals/stress/concurrent-ingest.test
 * Queries while ingesting: the real server with a token; a batch of synthetic documents is uploaded
 * through `POST /api/admin/documents` while search and ask keep being asked on loopback. Questions are
 * asked one at a time round-robin; every query answers 200, and for each the top result during the ingest comes from the same document
 * as before and the clause that ranked first before is still in the top 5 (the new documents are about other
 * subjects; they shift IDF, which may swap two near-tied clauses of one document), and ask answers as before.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, type RunningServer, startServer } from './spawn-server.ts';
import { writeSyntheticCorpus } from './synthetic-corpus.ts';

const TOKEN = 'stress-token-concurrent-ingest';
/** Seed questions whose answers are in the corpus (Vietnamese, without diacritics). */
const QUESTIONS = [
  'Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?',
  'co quan nao chu tri kiem soat khai thac cat tren song Hau?',
  'Chương trình xanh và sạch của Cần Thơ có mục tiêu gì?',
  'Kết luận 81 về chủ động ứng phó với biến đổi khí hậu',
];

interface Snapshot {
  /** Per question, the clause ids of the top 5, best first. */
  top: string[][];
  answered: boolean[];
}

const documentOf = (clauseId: string | undefined) => clauseId?.split('~')[0] ?? '(none)';

async function post(server: RunningServer, path: string, body: unknown): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${server.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** One question: the top 5 clause ids of search, and whether ask answered. */
async function ask(
  server: RunningServer,
  q: string,
  failures: string[],
): Promise<{ top: string[]; answered: boolean }> {
  const s = await post(server, '/api/search', { query: q, k: 5 });
  if (s.status !== 200) failures.push(`search "${q}" → ${s.status} ${JSON.stringify(s.json).slice(0, 200)}`);
  const a = await post(server, '/api/ask', { question: q });
  if (a.status !== 200) failures.push(`ask "${q}" → ${a.status} ${JSON.stringify(a.json).slice(0, 200)}`);
  return {
    top: ((s.json as { results?: Array<{ clauseId: string }> }).results ?? []).map((r) => r.clauseId),
    answered: (a.json as { abstained?: boolean }).abstained === false,
  };
}

async function snapshot(server: RunningServer, failures: string[]): Promise<Snapshot> {
  const top: string[][] = [];
  const answered: boolean[] = [];
  for (const q of QUESTIONS) {
    const r = await ask(server, q, failures);
    top.push(r.top);
    answered.push(r.answered);
  }
  return { top, answered };
}

describe('queries during an upload batch', () => {
  let work: string;
  let server: RunningServer;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'vankien-concurrent-'));
    server = await startServer({
      data: join(work, 'data'),
      corpus: join(ROOT, 'corpus'),
      env: { VANKIEN_API_TOKEN: TOKEN, VANKIEN_RATE_LIMIT: '100000000' },
    });
  }, 6 * 60_000);

  afterAll(async () => {
    await server?.stop();
    if (work) rmSync(work, { recursive: true, force: true });
  });

  it(
    'keeps answering with the same top results while a batch is ingested through the admin route',
    async () => {
      const failures: string[] = [];
      const before = await snapshot(server, failures);
      expect(failures).toEqual([]);
      expect(before.top.every((t) => t.length > 0)).toBe(true);

      // 12 synthetic documents (~3,600 clauses) on health and education, far from the seed questions:
      // long enough to overlap several queries even when ingestion is fast.
      const files = writeSyntheticCorpus(join(work, 'upload'), {
        documents: 12,
        clausesPerDocument: 300,
        firstIndex: 500,
        theme: 'social',
      });
      const form = new FormData();
      for (const f of files) form.append('files', new Blob([readFileSync(f)], { type: 'text/plain' }), basename(f));
      const upload = fetch(`${server.url}/api/admin/documents`, {
        method: 'POST',
        headers: { Authorization: `Bearer ${TOKEN}` },
        body: form,
        signal: AbortSignal.timeout(15 * 60_000),
      }).then(async (res) => ({
        status: res.status,
        body: (await res.json()) as { results?: Array<{ status: string }> },
      }));

      let uploading = true;
      void upload.finally(() => {
        uploading = false;
      });
      // One question at a time (search, then ask), round-robin, so that even a fast batch overlaps several queries.
      const during: Array<{ question: number; top: string[]; answered: boolean }> = [];
      let progressSeen = false;
      const until = Date.now() + 10 * 60_000;
      for (let question = 0; uploading && Date.now() < until; question = (question + 1) % QUESTIONS.length) {
        const p = await fetch(`${server.url}/api/admin/progress`, { headers: { Authorization: `Bearer ${TOKEN}` } });
        const progress = (await p.json()) as { running: boolean; done: number; total: number };
        if (progress.running) progressSeen = true;
        during.push({ question, ...(await ask(server, QUESTIONS[question], failures)) });
      }
      const done = await upload;
      console.log(`[concurrent] ${during.length} questions answered while ${files.length} documents were ingested`);
      expect(done.status, JSON.stringify(done.body).slice(0, 500)).toBe(200);
      expect(done.body.results?.map((r) => r.status)).toEqual(files.map(() => 'ingested'));
      expect(progressSeen).toBe(true);
      expect(during.length, 'questions answered while the batch ran').toBeGreaterThanOrEqual(2);
      expect(failures).toEqual([]);
      for (const [i, d] of during.entries()) {
        const label = `query ${i + 1} during the ingest, "${QUESTIONS[d.question]}"`;
        expect(documentOf(d.top[0]), `${label}: top document`).toBe(documentOf(before.top[d.question][0]));
        expect(d.top, `${label}: the clause first before is still in the top 5`).toContain(before.top[d.question][0]);
        expect(d.answered, `${label}: ask answered as before`).toBe(before.answered[d.question]);
      }
      // And after: the new documents are there, the old answers still the same.
      const health = (await (await fetch(`${server.url}/api/health`)).json()) as { documents: number };
      expect(health.documents).toBeGreaterThanOrEqual(5 + files.length);
      // After the batch the embedder is refitted on the larger corpus: answers must come, ranks may move.
      await snapshot(server, failures);
      expect(failures).toEqual([]);
    },
    15 * 60_000,
  );
});
