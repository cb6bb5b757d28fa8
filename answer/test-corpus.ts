/**
 * @module answer/test-corpus
 * The real corpus ingested into an in-memory PGlite store through the production pipeline
 * (lexical terms, default embedder vectors, lineage resolution), once per test file.
 */
import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import { clauseIndexer } from '../app/services.ts';
import { type Db, migrateToLatest, openPglite } from '../core/store/index.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { createEmbedder } from '../search/embedders/index.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';

export const CORPUS_DIR = resolve(import.meta.dirname, '..', 'corpus');

export interface CorpusStore {
  db: Db;
  embedder: VankienEmbeddings;
}

/** Ingests every file of `dir` (default `corpus/`) before the enclosing block's tests; closes the store after. */
export function useCorpusStore(dir = CORPUS_DIR): () => CorpusStore {
  let store: CorpusStore | undefined;
  beforeAll(async () => {
    const db = await openPglite(undefined);
    await migrateToLatest(db);
    const embedder = createEmbedder();
    const files = readdirSync(dir)
      .filter((f) => !f.startsWith('.') && !f.endsWith('.meta.json'))
      .map((f) => join(dir, f));
    const outcomes = await ingestFiles(files, { db, indexer: clauseIndexer(embedder) });
    const failed = outcomes.filter((o) => o.status === 'failed');
    if (failed.length > 0)
      throw new Error(`corpus ingestion failed: ${failed.map((f) => f.error?.message).join('; ')}`);
    store = { db, embedder };
  }, 300_000);
  afterAll(async () => {
    await store?.db.close();
  });
  return () => {
    if (!store) throw new Error('corpus store is not open');
    return store;
  };
}
