/**
 * @module ingest/parse-pool.test — parsing and decoding in worker threads give what they give inline,
 * a file's load error keeps its type, a scan comes back as pages to OCR, and a pool without workers still parses.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { indexClauses } from './clause-index.ts';
import { decodeFile } from './decode-file.ts';
import { LoadError } from './load/index.ts';
import { parseDocument } from './parse-document.ts';
import { createParsePool, defaultParseWorkers, inlineParsePool, othersLoad } from './parse-pool.ts';

const CORPUS = resolve(import.meta.dirname, '..', 'corpus');
const FIXTURES = resolve(import.meta.dirname, 'load', 'fixtures');
/** Real archive files of each decoder: .doc (word-extractor), and a scanned PDF page (pdf-parse finds no text layer). */
const DECODED = [
  '2019-CV-tham-gia-y-kien-TKCS-mo-da-VLXD-SauChua.doc',
  'CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc',
];
const SCAN = join(FIXTURES, 'scan-VD-BoCT-cap-GP-p1.pdf');
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

  it.each(DECODED)('decodes and parses %s in a worker exactly as inline', async (name) => {
    const job = { file: join(FIXTURES, name), load: {}, documentId: 'doc', parse: true };
    const inWorker = await pool.decode(job);
    const inline = await decodeFile(job);
    expect('loaded' in inWorker && inWorker.parsed?.clauses.length).toBeGreaterThan(0);
    expect(inWorker).toEqual(inline);
    expect(pool.decodeMs).toBeGreaterThan(0);
  });

  it('answers a scan with its pages to OCR when OCR is deferred', async () => {
    expect(await pool.decode({ file: SCAN, load: { ocr: { defer: true } }, documentId: 's', parse: true })).toEqual({
      ocrPages: 1,
    });
  });

  it("rejects a file that fails to load with the loader's typed error, as inline", async () => {
    const job = { file: join(FIXTURES, 'no-such-file.docx'), load: {}, documentId: 'x', parse: true };
    const err = await pool.decode(job).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(LoadError);
    expect((err as LoadError).code).toBe('file_unreadable');
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

  it("does not count a busy process's own work as other processes' load", () => {
    // Five minutes at one core (a bench's earlier tiers): a load average of 1.4 is 0.4 from the others.
    expect(othersLoad(1.4, 300, 300)).toBeCloseTo(0.4, 1);
    expect(defaultParseWorkers(2, othersLoad(1.4, 300, 300))).toBe(1);
    // Just started: the load average has not seen this process yet, so it is all the others'.
    expect(othersLoad(1.4, 2, 1)).toBeGreaterThan(1.3);
    // A long-idle server: its own share is small.
    expect(othersLoad(1.4, 60, 36_000)).toBeGreaterThan(1.39);
  });

  it('parses inline when it has no workers', async () => {
    const inline = inlineParsePool();
    const parsed = await inline.parse({ rawText: 'Điều 1. Phạm vi\nNội dung.', documentId: 'x', sourceName: 'x.txt' });
    expect(parsed.id).toBe('x');
    expect(inline.size).toBe(0);
  });

  it('leaves the index to the batch when it parses inline or was not asked to index', async () => {
    const job = { rawText: 'Điều 1. Phạm vi\nNội dung.', documentId: 'x', sourceName: 'x.txt' };
    expect((await inlineParsePool().parseIndexed(job)).index).toBeUndefined();
    expect((await pool.parseIndexed(job)).index).toBeUndefined();
  });
});

describe('parse pool building clause indexes', () => {
  const lexiconModule = new URL('../search/lexical-index/segment.ts', import.meta.url).href;
  const pool = createParsePool(1, { lexiconModule });
  afterAll(() => pool.close());

  it.each(files)('builds the index of %s in a worker exactly as the main thread would', async (name) => {
    const rawText = readFileSync(join(CORPUS, name), 'utf8');
    const { parsed, index } = await pool.parseIndexed({ rawText, documentId: 'doc', sourceName: name });
    expect(parsed).toEqual(parseDocument(rawText, { documentId: 'doc', sourceName: name }));
    expect(index?.lexicon).toBeDefined();
    expect(index).toEqual(indexClauses(parsed.clauses, buildSegment));
  });

  it('decodes, parses and indexes a .doc file in one trip', async () => {
    const job = { file: join(FIXTURES, DECODED[0]), load: {}, documentId: 'doc', parse: true };
    const decoded = await pool.decode(job);
    if (!('loaded' in decoded) || !decoded.parsed) throw new Error('expected a parsed document');
    expect(decoded.index).toEqual(indexClauses(decoded.parsed.clauses, buildSegment));
    expect(decoded.index?.normTexts.size).toBe(decoded.parsed.clauses.length);
  });

  it('indexes without a segment when the named module cannot be loaded (the main thread builds it)', async () => {
    const broken = createParsePool(1, { lexiconModule: new URL('./no-such-module.ts', import.meta.url).href });
    try {
      const rawText = readFileSync(join(CORPUS, files[0]), 'utf8');
      const { parsed, index } = await broken.parseIndexed({ rawText, documentId: 'doc', sourceName: files[0] });
      expect(index).toEqual(indexClauses(parsed.clauses));
      expect(index?.lexicon).toBeUndefined();
    } finally {
      await broken.close();
    }
  });
});
