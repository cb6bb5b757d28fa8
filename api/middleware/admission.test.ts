/**
 * @module api/middleware/admission.test
 * Admission control, in-process: handlers held open with deferred promises, so every ordering is
 * decided by the test, not by timing. Concurrency never passes the limit, waiters run first in first
 * out, a full queue or an expired wait is a 503 `overloaded` with Retry-After, a waiter whose client
 * left never runs, an event stream holds its slot until it ends, and through `createApp` the gate sits
 * after the rate limiter and answers in the API's error format.
 */
import { Hono } from 'hono';
import { streamSSE } from 'hono/streaming';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ConfigError, loadConfig } from '../../core/config.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { createEmbedder } from '../../search/embedders/index.ts';
import { createApp } from '../app.ts';
import type { IngestionService } from '../deps.ts';
import { handleError } from '../errors.ts';
import { type AdmissionMiddleware, type AdmissionOptions, admission } from './admission.ts';

interface Deferred {
  promise: Promise<void>;
  resolve: () => void;
}

function deferred(): Deferred {
  let resolve = () => {};
  const promise = new Promise<void>((r) => {
    resolve = r;
  });
  return { promise, resolve };
}

/** Lets pending callbacks run until `condition` holds; fails (rather than hangs) if it never does. */
async function until(condition: () => boolean, what: string): Promise<void> {
  for (let i = 0; i < 2000; i++) {
    if (condition()) return;
    await new Promise((r) => setImmediate(r));
  }
  throw new Error(`never happened: ${what}`);
}

interface ErrorJson {
  error: { code: string; message: string };
}

/**
 * A gated app whose `/work/:id` handler records that it started, then waits until the test calls
 * `finish(id)`. `active` and `peak` count handlers running at once.
 */
function harness(options: AdmissionOptions) {
  const gate: AdmissionMiddleware = admission(options);
  const held = new Map<string, Deferred>();
  const started: string[] = [];
  const counts = { active: 0, peak: 0 };
  const app = new Hono();
  app.onError(handleError);
  app.use('/work/*', gate);
  app.get('/work/:id', async (c) => {
    const id = c.req.param('id');
    started.push(id);
    counts.active++;
    counts.peak = Math.max(counts.peak, counts.active);
    const d = deferred();
    held.set(id, d);
    await d.promise;
    counts.active--;
    return c.json({ id });
  });
  const send = async (id: string, init?: RequestInit): Promise<Response> => app.request(`/work/${id}`, init);
  const finish = async (id: string) => {
    await until(() => held.has(id), `handler ${id} started`);
    held.get(id)?.resolve();
  };
  return { app, gate, started, counts, send, finish };
}

describe('admission', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('never runs more handlers at once than maxConcurrent, and serves every request in the end', async () => {
    const h = harness({ maxConcurrent: 2, queueLimit: 10, maxWaitMs: 60_000 });
    const ids = ['a', 'b', 'c', 'd', 'e', 'f'];
    const responses = ids.map((id) => h.send(id));
    await until(() => h.gate.load().queued === 4, 'four requests queued');
    expect(h.gate.load()).toEqual({ running: 2, queued: 4 });
    expect(h.started).toHaveLength(2);
    for (const id of ids) {
      await h.finish(id);
      expect(h.counts.active).toBeLessThanOrEqual(2);
    }
    const statuses = await Promise.all(responses.map(async (r) => (await r).status));
    expect(statuses).toEqual(ids.map(() => 200));
    expect(h.counts.peak).toBe(2);
    expect(h.gate.load()).toEqual({ running: 0, queued: 0 });
  });

  it('admits waiters first in, first out', async () => {
    const h = harness({ maxConcurrent: 1, queueLimit: 10, maxWaitMs: 60_000 });
    const ids = ['1', '2', '3', '4', '5'];
    const responses: Promise<Response>[] = [];
    for (const [i, id] of ids.entries()) {
      responses.push(h.send(id));
      // Each request is in the gate before the next is sent, so arrival order is certain.
      await until(() => h.gate.load().running + h.gate.load().queued === i + 1, `request ${id} at the gate`);
    }
    for (const id of ids) await h.finish(id);
    await Promise.all(responses);
    expect(h.started).toEqual(ids);
  });

  it('answers 503 overloaded with Retry-After once the queue is full, without running the handler', async () => {
    const h = harness({ maxConcurrent: 1, queueLimit: 2, maxWaitMs: 5_000 });
    const accepted = ['a', 'b', 'c'].map((id) => h.send(id));
    await until(() => h.gate.load().queued === 2, 'two requests queued');

    const refused = await h.send('refused');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('5');
    const body = (await refused.json()) as ErrorJson;
    expect(body.error.code).toBe('overloaded');
    expect(body.error.message).toMatch(/busy/);
    expect(body.error.message).toMatch(/retry in 5 s/);

    for (const id of ['a', 'b', 'c']) await h.finish(id);
    expect((await Promise.all(accepted)).map((r) => r.status)).toEqual([200, 200, 200]);
    expect(h.started).toEqual(['a', 'b', 'c']);
  });

  it('refuses every request at once when all slots are busy and queueLimit is 0', async () => {
    const h = harness({ maxConcurrent: 1, queueLimit: 0, maxWaitMs: 5_000 });
    const first = h.send('first');
    await until(() => h.started.length === 1, 'first running');
    expect((await h.send('second')).status).toBe(503);
    await h.finish('first');
    expect((await first).status).toBe(200);
    expect(h.started).toEqual(['first']);
  });

  it('answers 503 to a request that waited maxWaitMs without a slot, and never runs it', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    const h = harness({ maxConcurrent: 1, queueLimit: 4, maxWaitMs: 3_000 });
    const first = h.send('first');
    const waiting = h.send('waiting');
    await until(() => h.gate.load().queued === 1, 'second request queued');

    vi.advanceTimersByTime(3_000);
    const expired = await waiting;
    expect(expired.status).toBe(503);
    expect(expired.headers.get('retry-after')).toBe('3');
    const body = (await expired.json()) as ErrorJson;
    expect(body.error.code).toBe('overloaded');
    expect(body.error.message).toMatch(/no slot freed within 3 s; retry in 3 s/);
    expect(h.gate.load()).toEqual({ running: 1, queued: 0 });

    await h.finish('first');
    expect((await first).status).toBe(200);
    expect(h.started).toEqual(['first']);
    expect(h.gate.load()).toEqual({ running: 0, queued: 0 });
  });

  it('drops a queued request whose client disconnected, without running its handler', async () => {
    const h = harness({ maxConcurrent: 1, queueLimit: 4, maxWaitMs: 60_000 });
    const client = new AbortController();
    const running = h.send('running');
    await until(() => h.gate.load().running === 1, 'first request running');
    const gone = h.send('gone', { signal: client.signal });
    await until(() => h.gate.load().queued === 1, 'second request queued');
    const next = h.send('next');
    await until(() => h.gate.load().queued === 2, 'third request queued');

    client.abort();
    await gone;
    expect(h.gate.load()).toEqual({ running: 1, queued: 1 });

    await h.finish('running');
    await h.finish('next');
    expect((await running).status).toBe(200);
    expect((await next).status).toBe(200);
    expect(h.started).toEqual(['running', 'next']);
    expect(h.gate.load()).toEqual({ running: 0, queued: 0 });
  });

  it('does not run a request whose client disconnected before it reached the gate', async () => {
    const h = harness({ maxConcurrent: 1, queueLimit: 4, maxWaitMs: 60_000 });
    const client = new AbortController();
    client.abort();
    await h.send('gone', { signal: client.signal });
    expect(h.started).toEqual([]);
    expect(h.gate.load()).toEqual({ running: 0, queued: 0 });
  });

  it('keeps the slot of an event stream until the stream ends, and frees it when the client cancels', async () => {
    const gate = admission({ maxConcurrent: 1, queueLimit: 4, maxWaitMs: 60_000 });
    const ends = [deferred(), deferred()];
    const app = new Hono();
    app.use('/stream/*', gate);
    app.get('/stream/:n', (c) =>
      streamSSE(c, async (stream) => {
        await stream.writeSSE({ event: 'token', data: c.req.param('n') });
        await ends[Number(c.req.param('n'))].promise;
        await stream.writeSSE({ event: 'done', data: 'end' });
      }),
    );

    const first = await app.request('/stream/0');
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    // The handler has returned, but the stream is still being written: the slot is still taken.
    expect(gate.load()).toEqual({ running: 1, queued: 0 });
    const second = app.request('/stream/1');
    await until(() => gate.load().queued === 1, 'second stream queued');

    ends[0].resolve();
    expect(await first.text()).toContain('event: done');
    const secondRes = await second;
    expect(gate.load()).toEqual({ running: 1, queued: 0 });

    // The client leaves mid-stream: the slot comes back without the stream ending.
    const reader = (secondRes.body as ReadableStream<Uint8Array>).getReader();
    await reader.read();
    await reader.cancel();
    expect(gate.load()).toEqual({ running: 0, queued: 0 });
    ends[1].resolve();
  });
});

describe('admission through createApp', () => {
  const db = useEngine(engines[0]);

  // No route here ingests: a stub keeps these tests apart from the ingestion pipeline.
  const noIngestion: IngestionService = {
    ingestUpload: async () => [],
    reingestCorpus: async () => [],
    progress: () => ({ running: false, done: 0, total: 0 }),
  };

  function appWith(env: Record<string, string>) {
    const config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus', ...env });
    return createApp({ db: db(), config, embedder: createEmbedder(), ingestion: noIngestion });
  }

  /** A request as if from `address`, through the node-server bindings the rate limiter reads. */
  const fromClient = (address: string) => ({
    incoming: { socket: { remoteAddress: address, remotePort: 40000, remoteFamily: 'IPv4' } },
  });

  const post = (app: ReturnType<typeof appWith>, path: string, body: unknown, client: string) =>
    app.request(
      path,
      { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) },
      fromClient(client),
    );

  it('has defaults of 4 running, 64 waiting, 10 s wait, and refuses a wait past the request timeout', () => {
    const config = loadConfig({});
    expect([config.VANKIEN_MAX_CONCURRENT, config.VANKIEN_QUEUE_LIMIT, config.VANKIEN_QUEUE_WAIT_MS]).toEqual([
      4, 64, 10_000,
    ]);
    expect(() => loadConfig({ VANKIEN_QUEUE_WAIT_MS: '60000' })).toThrow(ConfigError);
    expect(() => loadConfig({ VANKIEN_MAX_CONCURRENT: '0' })).toThrow(/VANKIEN_MAX_CONCURRENT/);
  });

  it('answers 503 overloaded JSON with Retry-After while saturated, and leaves health and rate limits alone', async () => {
    const app = appWith({ VANKIEN_MAX_CONCURRENT: '1', VANKIEN_QUEUE_LIMIT: '0', VANKIEN_QUEUE_WAIT_MS: '2000' });
    // An answer stream holds the only slot until its body is read.
    const stream = await post(app, '/api/ask/stream', { question: 'ai chủ trì?' }, '10.0.0.1');
    expect(stream.status).toBe(200);

    const refused = await post(app, '/api/search', { query: 'môi trường' }, '10.0.0.2');
    expect(refused.status).toBe(503);
    expect(refused.headers.get('retry-after')).toBe('2');
    expect(refused.headers.get('content-type')).toMatch(/^application\/json/);
    const body = (await refused.json()) as ErrorJson;
    expect(Object.keys(body)).toEqual(['error']);
    expect(Object.keys(body.error).sort()).toEqual(['code', 'message']);
    expect(body.error.code).toBe('overloaded');
    expect(body.error.message).toMatch(/server busy: .*; retry in 2 s/);
    const lineage = await app.request('/api/lineage/some-id', {}, fromClient('10.0.0.2'));
    expect(lineage.status).toBe(503);
    const briefing = await post(app, '/api/briefing', {}, '10.0.0.2');
    expect(briefing.status).toBe(503);
    expect((await app.request('/api/health', {}, fromClient('10.0.0.2'))).status).toBe(200);

    await stream.text();
    expect((await post(app, '/api/search', { query: 'môi trường' }, '10.0.0.2')).status).not.toBe(503);
  });

  it('rate-limits before admission, so a limited client is answered 429, not queued', async () => {
    const app = appWith({ VANKIEN_RATE_LIMIT: '1', VANKIEN_MAX_CONCURRENT: '1', VANKIEN_QUEUE_LIMIT: '0' });
    const stream = await post(app, '/api/ask/stream', { question: 'ai chủ trì?' }, '10.0.0.3');
    expect(stream.status).toBe(200);
    expect((await post(app, '/api/search', { query: 'môi trường' }, '10.0.0.3')).status).toBe(429);
    expect((await post(app, '/api/search', { query: 'môi trường' }, '10.0.0.4')).status).toBe(503);
    await stream.text();
  });
});
