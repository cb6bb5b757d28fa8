/**
 * @module evals/stress/large-documents.test
 * The two largest bad inputs of the ingestion fuzz, too slow for the fast suite: 10,000 levels of
 * nested bullets and a document of 50,000 clauses. Each is ingested whole (as many clauses stored as
 * parsing yields) or refused clearly, in bounded time, with the store consistent afterwards. The store
 * is PGlite in memory with the lexical index (vectors are covered by the kill and load tests).
 * Timings go to `results/large-latest.json`.
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, type Db, migrateToLatest, openPglite, readSegments } from '../../core/store/index.ts';
import { ingestFiles } from '../../ingest/ingest-files.ts';
import { parseDocument } from '../../ingest/parse-document.ts';
import { buildSegment, decodeSegment } from '../../search/lexical-index/segment.ts';
import { ROOT } from './spawn-server.ts';
import { deepBulletsDocument, manyClausesDocument } from './synthetic-corpus.ts';

const timings: Record<string, { chars: number; clauses: number; parseMs: number; ingestMs: number }> = {};

describe('very large documents', () => {
  let work: string;
  let db: Db;

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'vankien-large-'));
    db = await openPglite(undefined);
    await migrateToLatest(db);
  }, 5 * 60_000);

  afterAll(async () => {
    await db?.close();
    if (work) rmSync(work, { recursive: true, force: true });
    mkdirSync(join(ROOT, 'evals/stress/results'), { recursive: true });
    writeFileSync(
      join(ROOT, 'evals/stress/results/large-latest.json'),
      `${JSON.stringify({ at: new Date().toISOString(), documents: timings }, null, 2)}\n`,
    );
  });

  it.each([
    ['deep-bullets-10000.txt', () => deepBulletsDocument(10_000)],
    ['clauses-50000.txt', () => manyClausesDocument(50_000)],
  ])(
    '%s is stored whole, in bounded time, and the store stays consistent',
    async (name, make) => {
      const text = make();
      const file = join(work, name);
      writeFileSync(file, text);
      let t = performance.now();
      const parsed = parseDocument(text, { documentId: 'probe', sourceName: name });
      const parseMs = Math.round(performance.now() - t);
      t = performance.now();
      const [outcome] = await ingestFiles([file], {
        db,
        indexer: { lexicon: buildSegment },
      });
      const ingestMs = Math.round(performance.now() - t);
      timings[name] = { chars: text.length, clauses: parsed.clauses.length, parseMs, ingestMs };
      expect(outcome.status, outcome.error?.message).toBe('ingested');
      expect(outcome.clauses).toBe(parsed.clauses.length);
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from clauses where document_id = $1', [
        outcome.documentId,
      ]);
      expect(row.n).toBe(parsed.clauses.length);
      const [stored] = await readSegments(db, [outcome.documentId ?? '']);
      expect(stored.segment && decodeSegment(stored.segment).clauses.length).toBe(parsed.clauses.length);
      expect(await checkIntegrity(db)).toEqual([]);
    },
    20 * 60_000,
  );
});
