/**
 * @module app/services
 * Opens what both `npm start` and `npm run ingest` stand on: the store (PGlite under
 * VANKIEN_DATA, or PostgreSQL at DATABASE_URL), migrated to the latest schema; the configured
 * embedder; and the clause indexer that ingestion uses.
 */
import { join } from 'node:path';
import type { ClauseIndexer } from '../ingest/ingest-files.ts';
import {
  adoptEmbedder,
  buildSegment,
  createEmbedder,
  ensureEmbeddings,
  type VankienEmbeddings,
} from '../search/index.ts';
import type { Config } from '../core/config.ts';
import { type Db, migrateToLatest, openPglite, openPostgres } from '../core/store/index.ts';

export interface Services {
  db: Db;
  embedder: VankienEmbeddings;
  indexer: ClauseIndexer;
  close(): Promise<void>;
}

/** Open the store named by the configuration, without migrating it. */
export async function openStore(config: Config): Promise<Db> {
  return config.DATABASE_URL
    ? openPostgres(config.DATABASE_URL, { max: 10 })
    : openPglite(join(config.VANKIEN_DATA, 'pglite'));
}

/** The embedder the configuration chooses. */
export function configuredEmbedder(config: Config): VankienEmbeddings {
  return createEmbedder({
    provider: config.VANKIEN_EMBEDDER,
    model: config.VANKIEN_EMBED_MODEL,
    baseUrl: config.VANKIEN_EMBED_URL,
    modelDir: config.VANKIEN_MODEL_DIR,
    apiKey: config.OPENAI_API_KEY,
    fusionWeight: config.VANKIEN_DENSE_WEIGHT,
  });
}

/**
 * The lexical segment at save time. Vectors after each batch (so a corpus-fitted embedder sees the whole
 * corpus) only when the dense channel is fused in (`vectors: 'eager'`, the default when the embedder's weight
 * is above 0); at weight 0 nothing reads them unless a search asks for `mode: "dense"`, so they are built
 * then (`search/vectors-on-demand.ts`) and ingestion skips a third of its time.
 */
export function clauseIndexer(
  embedder: VankienEmbeddings,
  options: { vectors?: 'eager' | 'on-demand' } = {},
): ClauseIndexer {
  const eager = (options.vectors ?? ((embedder.fusionWeight ?? 0) > 0 ? 'eager' : 'on-demand')) === 'eager';
  return {
    lexicon: (clauses) => buildSegment(clauses),
    // The same builder, for the parse workers (they load it by URL).
    lexiconModule: new URL('../search/lexical-index/segment.ts', import.meta.url).href,
    refreshVectors: eager
      ? async (db: Db) => {
          await ensureEmbeddings(db, embedder);
        }
      : (db: Db) => adoptEmbedder(db, embedder),
  };
}

export async function openServices(config: Config): Promise<Services> {
  const db = await openStore(config);
  try {
    await migrateToLatest(db);
  } catch (err) {
    await db.close();
    throw err;
  }
  const embedder = configuredEmbedder(config);
  return { db, embedder, indexer: clauseIndexer(embedder), close: () => db.close() };
}
