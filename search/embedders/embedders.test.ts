/** @module search/embedders/embedders.test — the hashed embedder's determinism and sanity; clear errors of the model- and server-backed ones. */

import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { SearchError } from '../errors.ts';
import { createEmbedder } from './create-embedder.ts';
import { HashedNgramEmbeddings } from './hashed-ngram.ts';
import { isFittable } from './types.ts';

const cosine = (a: number[], b: number[]) => a.reduce((s, v, i) => s + v * b[i], 0);
const norm = (a: number[]) => Math.sqrt(cosine(a, a));

const CORPUS = [
  'Tăng cường kiểm soát hoạt động khai thác khoáng sản, đặc biệt là khai thác cát trên sông Hậu.',
  'Đến năm 2020, tỷ lệ che phủ rừng và cây lâu năm đạt 74,8%.',
  'Tỷ lệ thu gom và xử lý nước thải sinh hoạt đến năm 2025 đạt 75%.',
  'Ban Tuyên giáo Thành ủy chủ trì hướng dẫn tuyên truyền, quán triệt Kết luận số 81-KL/TW.',
  'Khu vực đô thị trung tâm cơ bản không bị ngập vào mùa mưa lũ.',
];

describe('hashed-ngram embedder', () => {
  const e = new HashedNgramEmbeddings();

  it('is identified and described honestly', () => {
    expect(e.id).toBe('hashed-ngram-v1-384');
    expect(e.dimensions).toBe(384);
    expect(e.describe()).toContain('not a neural model');
    expect(createEmbedder().id).toBe('hashed-ngram-v1-384');
    expect(createEmbedder({ provider: 'hashed-ngram', dim: 128 }).id).toBe('hashed-ngram-v1-128');
  });

  it('is deterministic: same text ⇒ identical vector, across instances', async () => {
    const [a] = await e.embedDocuments([CORPUS[0]]);
    const [b] = await new HashedNgramEmbeddings().embedDocuments([CORPUS[0]]);
    expect(a).toEqual(b);
    expect(a).toHaveLength(384);
    expect(norm(a)).toBeCloseTo(1, 12);
  });

  it('ranks the related clause first (accented, unaccented and English queries)', async () => {
    const docs = await e.embedDocuments(CORPUS);
    const best = async (q: string) => {
      const v = await e.embedQuery(q);
      const sims = docs.map((d) => cosine(v, d));
      return sims.indexOf(Math.max(...sims));
    };
    expect(await best('kiểm soát khai thác cát')).toBe(0);
    expect(await best('kiem soat khai thac cat')).toBe(0);
    expect(await best('Who oversees sand mining on the river?')).toBe(0);
    expect(await best('tỷ lệ che phủ rừng')).toBe(1);
    expect(await best('nuoc thai sinh hoat')).toBe(2);
    expect(await best('flooding in the central urban area')).toBe(4);
  });

  it('embeds a query with and without diacritics close together, the accented one nearer its own spelling', async () => {
    const accented = await e.embedQuery('khai thác cát');
    const bare = await e.embedQuery('khai thac cat');
    expect(cosine(accented, bare)).toBeGreaterThan(0.8);
    const [sand, cut] = await e.embedDocuments(['khai thác cát', 'khai thác cắt']);
    expect(cosine(accented, sand)).toBeGreaterThan(cosine(accented, cut));
    expect(cosine(bare, sand)).toBeCloseTo(cosine(bare, cut), 12);
  });

  it('fits IDF on a corpus, and a restored state gives the same vectors', async () => {
    const fitted = new HashedNgramEmbeddings();
    expect(isFittable(fitted)).toBe(true);
    expect(fitted.fingerprint).toBe('unfitted');
    fitted.fit(CORPUS);
    expect(fitted.fittedOn).toBe(CORPUS.length);
    const state = fitted.exportState();
    expect(state).not.toBeNull();
    const restored = new HashedNgramEmbeddings();
    restored.importState(state ?? '');
    expect(restored.fingerprint).toBe(fitted.fingerprint);
    expect(await restored.embedQuery('khai thác cát')).toEqual(await fitted.embedQuery('khai thác cát'));
    expect(await fitted.embedQuery('khai thác cát')).not.toEqual(await e.embedQuery('khai thác cát'));
  });

  it('gives an empty text a unit vector', async () => {
    const [v] = await e.embedDocuments(['']);
    expect(norm(v)).toBe(1);
  });
});

describe('model- and server-backed embedders', () => {
  const empty = mkdtempSync(join(tmpdir(), 'vankien-models-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('transformers: a missing model folder is a model_missing error naming the path', () => {
    let error: unknown;
    try {
      createEmbedder({ provider: 'transformers', modelDir: empty });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(SearchError);
    expect((error as SearchError).code).toBe('model_missing');
    expect((error as SearchError).message).toContain(join(empty, 'Xenova/multilingual-e5-small', 'config.json'));
    expect((error as SearchError).message).toContain('git clone https://huggingface.co/Xenova/multilingual-e5-small');
  });

  /** A local port nobody listens on (fetch refuses port 9 outright as a "bad port"; this one gets ECONNREFUSED). */
  const closedPort = () =>
    new Promise<number>((resolve) => {
      const server = createServer().listen(0, '127.0.0.1', () => {
        const { port } = server.address() as { port: number };
        server.close(() => resolve(port));
      });
    });

  it.each([
    ['ollama' as const, 'port 9'],
    ['openai' as const, 'port 9'],
    ['ollama' as const, 'a closed port'],
    ['openai' as const, 'a closed port'],
  ])(
    '%s: an unreachable server (%s) is a server_unreachable error naming the URL',
    async (provider, where) => {
      const url = where === 'port 9' ? 'http://127.0.0.1:9' : `http://127.0.0.1:${await closedPort()}`;
      const e = createEmbedder({ provider, baseUrl: url, model: 'nomic-embed-text' });
      expect(e.id).toBe(`${provider}:nomic-embed-text`);
      const error = await e.embedQuery('khai thác cát').catch((err: unknown) => err);
      expect(error).toBeInstanceOf(SearchError);
      expect((error as SearchError).code).toBe('server_unreachable');
      expect((error as SearchError).message).toContain(url);
    },
    20_000,
  );

  it('rejects an unknown provider', () => {
    expect(() => createEmbedder({ provider: 'word2vec' as never })).toThrow(
      expect.objectContaining({ code: 'unknown_provider' }),
    );
  });
});
