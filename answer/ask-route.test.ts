/**
 * @module answer/ask-route.test
 * `POST /api/ask` and `POST /api/ask/stream` in-process with `app.request()` over the real corpus:
 * the response contract, each error status, the server-sent event format, and the OpenAPI document.
 */
import { describe, expect, it } from 'vitest';
import { createApp } from '../api/app.ts';
import { createIngestionService } from '../api/ingestion-service.ts';
import { answerTokens } from '../api/routes/ask.ts';
import { loadConfig } from '../core/config.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { useCorpusStore } from './test-corpus.ts';
import { verifyCitations } from './verify-citations.ts';

interface AskJson {
  answer: string;
  abstained: boolean;
  kind: string;
  citations: Array<{ clauseId: string; documentId: string; label: string; quote: string }>;
  tookMs: number;
  meta: { mode: string; lang: string; removed: number; reason?: string };
}

/** Parses a server-sent event stream into `{ event, data }` records. */
function parseEvents(text: string): Array<{ event: string; data: string }> {
  return text
    .split('\n\n')
    .filter((block) => block.trim() !== '')
    .map((block) => {
      let event = 'message';
      const data: string[] = [];
      for (const line of block.split('\n')) {
        if (line.startsWith('event:')) event = line.slice(6).trim();
        else if (line.startsWith('data:')) data.push(line.slice(5).replace(/^ /, ''));
      }
      return { event, data: data.join('\n') };
    });
}

describe('/api/ask', () => {
  const store = useCorpusStore();
  const appWith = (env: Record<string, string> = {}) => {
    const { db, embedder } = store();
    const config = loadConfig({ VANKIEN_CORPUS: '/nonexistent-vankien-corpus', VANKIEN_RATE_LIMIT: '10000', ...env });
    const ingestion = createIngestionService(db, { lexicon: buildSegment }, config);
    return createApp({ db, config, embedder, ingestion });
  };
  const app = () => appWith();
  const post = (path: string, body: unknown, raw = false) =>
    app().request(path, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: raw ? (body as string) : JSON.stringify(body),
    });

  it('answers with verified citations and the contract fields', async () => {
    const res = await post('/api/ask', { question: 'Ai chủ trì kiểm soát khai thác cát trên sông Hậu?' });
    expect(res.status).toBe(200);
    const body = (await res.json()) as AskJson;
    expect(body).toMatchObject({ abstained: false, kind: 'lead', meta: { mode: 'compose', lang: 'vi', removed: 0 } });
    expect(body.answer).toMatch(/^Ban cán sự đảng Ủy ban nhân dân thành phố/);
    expect(body.tookMs).toBeGreaterThanOrEqual(0);
    expect(body.citations.length).toBeGreaterThan(0);
    expect((await verifyCitations(store().db, body.citations)).rejected).toEqual([]);
  });

  it('uses the history for a follow-up', async () => {
    const res = await post('/api/ask', {
      question: 'còn ai phối hợp?',
      history: [
        {
          role: 'user',
          content: 'Ai chủ trì theo dõi việc thực hiện Chỉ thị về bảo vệ môi trường của Thành ủy Cần Thơ?',
        },
        { role: 'assistant', content: 'Đảng ủy Công an thành phố chủ trì.' },
      ],
    });
    const body = (await res.json()) as AskJson;
    expect(body.kind).toBe('coordinate');
    expect(body.answer).toContain('Đảng ủy Ủy ban nhân dân thành phố');
  });

  it('returns an abstention as a 200 with no citations', async () => {
    const body = (await (
      await post('/api/ask', { question: 'Mức phạt xe máy vượt đèn đỏ là bao nhiêu?' })
    ).json()) as AskJson;
    expect(body).toMatchObject({ abstained: true, citations: [] });
    expect(body.meta.reason).toBeTruthy();
  });

  describe.each(['/api/ask', '/api/ask/stream'])('400 on %s', (path) => {
    it.each<[string, unknown, boolean?]>([
      ['malformed JSON', '{"question": "ai chủ trì', true],
      ['a body that is not an object', '"ai chủ trì?"', true],
      ['no question', { history: [] }],
      ['an empty question', { question: '   ' }],
      ['a question over 2000 characters', { question: 'a'.repeat(2001) }],
      ['a question that is not a string', { question: 42 }],
      [
        'more than 20 history turns',
        { question: 'ai ký?', history: Array.from({ length: 21 }, () => ({ role: 'user', content: 'x' })) },
      ],
      [
        'a history role other than user or assistant',
        { question: 'ai ký?', history: [{ role: 'system', content: 'x' }] },
      ],
      ['an unknown field', { question: 'ai ký?', temperature: 2 }],
    ])('%s', async (_, body, raw) => {
      const res = await post(path, body, raw);
      expect(res.status).toBe(400);
      const json = (await res.json()) as { error: { code: string; message: string } };
      expect(json.error.code).toBe('bad_request');
      expect(json.error.message).not.toMatch(/at .*\.ts/);
    });
  });

  it.each(['/api/ask', '/api/ask/stream'])('413 on %s when the body is over the JSON limit', async (path) => {
    const res = await post(path, { question: 'ai ký?', history: [{ role: 'user', content: 'x'.repeat(300 * 1024) }] });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('payload_too_large');
  });

  it.each(['/api/ask', '/api/ask/stream'])('429 on %s past the rate limit', async (path) => {
    const limited = appWith({ VANKIEN_RATE_LIMIT: '1' });
    const call = () =>
      limited.request(path, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: 'Ai ký Công văn 1032-CV/TU?' }),
      });
    expect((await call()).status).toBe(200);
    const res = await call();
    expect(res.status).toBe(429);
    expect(res.headers.get('retry-after')).toBeTruthy();
  });

  it('streams token events that add up to the answer, then done with the full JSON', async () => {
    const res = await post('/api/ask/stream', {
      question:
        'Which body leads the communication on environmental protection and food safety under the Cần Thơ directive?',
    });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const events = parseEvents(await res.text());
    const tokens = events.filter((e) => e.event === 'token');
    const done = events.filter((e) => e.event === 'done');
    expect(tokens.length).toBeGreaterThan(3);
    expect(done).toHaveLength(1);
    expect(events[events.length - 1].event).toBe('done');
    const body = JSON.parse(done[0].data) as AskJson;
    expect(tokens.map((t) => t.data).join('')).toBe(body.answer);
    expect(body).toMatchObject({ kind: 'lead', meta: { lang: 'en' } });
    expect((await verifyCitations(store().db, body.citations)).rejected).toEqual([]);
  });

  it('splits the answer into words with their spaces', () => {
    expect(answerTokens('Ban Tuyên giáo chủ trì. [1]')).toEqual(['Ban ', 'Tuyên ', 'giáo ', 'chủ ', 'trì. ', '[1]']);
    expect(answerTokens('')).toEqual([]);
  });

  it('documents both routes and their schemas in /api/openapi.json', async () => {
    const spec = (await (await app().request('/api/openapi.json')).json()) as {
      paths: Record<string, Record<string, { responses: Record<string, { content: Record<string, unknown> }> }>>;
      components: { schemas: Record<string, unknown> };
    };
    expect(Object.keys(spec.paths['/api/ask'])).toEqual(['post']);
    expect(Object.keys(spec.paths['/api/ask/stream'].post.responses['200'].content)).toEqual(['text/event-stream']);
    for (const name of ['AskRequest', 'AskResponse', 'AskHistoryTurn', 'Citation'])
      expect(spec.components.schemas).toHaveProperty(name);
  });
});
