/**
 * @module api/deps
 * What the routes need, built once at start and passed to `createApp`: the store, the
 * configuration, and the services over them. Tests build the same object over an in-memory store.
 */
import type { Answer, HistoryTurn } from '../answer/types.ts';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/store/index.ts';
import type { IngestOutcome } from '../ingest/ingest-files.ts';
import type { VankienEmbeddings } from '../search/index.ts';

export interface AppDeps {
  db: Db;
  config: Config;
  embedder: VankienEmbeddings;
  /** Ingestion of uploaded files, so the admin route shares the CLI's pipeline. */
  ingestion: IngestionService;
  /** Agent mode (`VANKIEN_CHAT_MODE=agent`): answers `POST /api/ask` instead of the answerer. */
  agent?: (input: { question: string; history?: HistoryTurn[] }) => Promise<Answer>;
}

export interface IngestionService {
  ingestUpload(files: Array<{ name: string; bytes: Uint8Array }>): Promise<IngestOutcome[]>;
  /** Ingest the configured corpus folder again (changed files are replaced, unchanged ones skipped). */
  reingestCorpus(): Promise<IngestOutcome[]>;
  /** Progress of the running or last upload batch. */
  progress(): { running: boolean; done: number; total: number };
}
