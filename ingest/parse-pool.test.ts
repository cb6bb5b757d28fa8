/** @module ingest/parse-pool.test — parsing in worker threads gives what parsing inline gives, and a pool without workers still parses. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDocument } from './parse-document.ts';
import { createParsePool, defaultParseWorkers, inlineParsePool } from './parse-pool.ts';

const CORPUS = resolve(import.meta.dirname, '..', 'corpus');
const files = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort()
  .slice(0, 3);

describe('parse pool', () => {
  const pool = createParsePool(2);
  afterAll(() => pool.close());

  it.each(files)('parses %s in a worker exactly as inline', async (name) => {
    const rawText = readFileSync(join(CORPUS, name), 'utf8');
    const job = { rawText, documentId: 'doc', sourceName: name };
    const parsed = await pool.parse(job);
    expect(parsed.clauses.length).toBeGreaterThan(0);
    expect(parsed).toEqual(parseDocument(rawText, { documentId: 'doc', sourceName: name }));
  });

  it('spreads jobs over its workers and reports their time', async () => {
    const texts = files.map((f) => readFileSync(join(CORPUS, f), 'utf8'));
    const all = await Promise.all(
      texts.map((rawText, i) => pool.parse({ rawText, documentId: `d${i}`, sourceName: files[i] })),
    );
    expect(all.map((p) => p.id)).toEqual(texts.map((_, i) => `d${i}`));
    expect(pool.busyMs).toBeGreaterThan(0);
    expect(pool.ready).toBe(true);
  });

  it.each([
    [2, 0.1, 1],
    [2, 1.5, 0],
    [8, 2.2, 5],
    [8, 0, 7],
    [1, 0, 0],
  ])('on %i cores at load %d uses %i parse workers', (cores, load, expected) => {
    expect(defaultParseWorkers(cores, load)).toBe(expected);
  });

  it('parses inline when it has no workers', async () => {
    const inline = inlineParsePool();
    const parsed = await inline.parse({ rawText: 'Điều 1. Phạm vi\nNội dung.', documentId: 'x', sourceName: 'x.txt' });
    expect(parsed.id).toBe('x');
    expect(inline.size).toBe(0);
  });
});
