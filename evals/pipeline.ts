/**
 * @module evals/pipeline
 * The system under test, wired as the app wires it (`app/services.ts`): the store migrated to the
 * latest schema, the configured embedder (here always the default configuration, whatever the
 * shell's environment says), the clause indexer, the real ingestion batch, and the answerer behind
 * `POST /api/ask` (`answer/ask.ts`, with the chat model the configuration gives: none by default).
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ask } from '../answer/ask.ts';
import { createChatModel } from '../answer/chat-model.ts';
import { loadConfig } from '../core/config.ts';
import { clauseIndexer, configuredEmbedder, openServices, type Services } from '../app/services.ts';
import { type Db, migrateToLatest, openPglite } from '../core/store/index.ts';
import type { LoadOptions } from '../ingest/load/index.ts';
import { emptyTimings, type IngestOutcome, type IngestTimings, ingestFiles } from '../ingest/ingest-files.ts';
import type { VankienEmbeddings } from '../search/embedders/types.ts';
import type { Ask } from './suites/answer-suite.ts';

/**
 * OCR text of the eval's scanned gold documents, committed so the eval reads the same text on every
 * machine without running tesseract (a new scan is OCR'd once and lands here).
 */
export const OCR_CACHE = fileURLToPath(new URL('./ocr-cache/', import.meta.url));

export interface Pipeline {
  db: Db;
  embedder: VankienEmbeddings;
  /** Ingests files end to end: load → parse → terms → store → resolve citations → vectors. */
  ingest(
    files: readonly string[],
    load?: LoadOptions,
    parseWorkers?: number,
  ): Promise<{ outcomes: IngestOutcome[]; timings: { storeMs: number; embedMs: number; stages: IngestTimings } }>;
  /** The answerer behind `POST /api/ask`, or why it cannot run. */
  answerer(): Promise<{ ask: Ask | null; reason?: string }>;
  close(): Promise<void>;
}

/**
 * Opens the pipeline on a fresh store: in memory when `dir` is undefined (the eval), else PGlite
 * under `dir` through `openServices` (the bench, which measures the store on disk).
 */
export async function openPipeline(dir?: string): Promise<Pipeline> {
  // The default configuration, not the shell's: an eval must not depend on who runs it.
  const config = loadConfig(dir === undefined ? {} : { VANKIEN_DATA: dir });
  const services: Services = dir === undefined ? await inMemoryServices(config) : await openServices(config);
  const { db, embedder, indexer } = services;
  const chat = createChatModel(config);
  let embedMs = 0;
  const timedIndexer = {
    ...indexer,
    refreshVectors: async (target: Db) => {
      const started = performance.now();
      await indexer.refreshVectors?.(target);
      embedMs += performance.now() - started;
    },
  };
  return {
    db,
    embedder,
    // `load` defaults to OCR through the committed cache; the bench passes `{}` to leave scans out.
    ingest: async (files, load = { ocr: { cacheDir: OCR_CACHE } }, parseWorkers) => {
      embedMs = 0;
      const stages = emptyTimings();
      const started = performance.now();
      const outcomes = await ingestFiles(files, { db, indexer: timedIndexer, load, timings: stages, parseWorkers });
      const totalMs = performance.now() - started;
      return { outcomes, timings: { storeMs: totalMs - embedMs, embedMs, stages } };
    },
    answerer: async () => ({ ask: (question) => ask(db, { question }, { embedder, chat }) }),
    close: () => services.close(),
  };
}

/** What `openServices` opens, with the store in memory. */
async function inMemoryServices(config: ReturnType<typeof loadConfig>): Promise<Services> {
  const db = await openPglite(undefined);
  await migrateToLatest(db);
  const embedder = configuredEmbedder(config);
  return { db, embedder, indexer: clauseIndexer(embedder), close: () => db.close() };
}

/** The `.txt`, `.docx` and `.pdf` files of a folder, sorted. */
export function corpusFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.(txt|docx|pdf)$/i.test(f))
    .sort()
    .map((f) => join(dir, f));
}
