/**
 * @module app/serve
 * `npm start`: open the store (PGlite under VANKIEN_DATA, or DATABASE_URL), bring the corpus in
 * (unchanged files are skipped, so a warm start is quick), then serve the API and the web app.
 */
import { serve } from '@hono/node-server';
import { createChatModel } from '../answer/chat-model.ts';
import { loadConfig } from '../core/config.ts';
import { openServices } from './services.ts';
import { collectFiles } from '../ingest/collect-files.ts';
import { ingestFiles } from '../ingest/ingest-files.ts';
import { ocrOptionsFrom } from '../ingest/ocr-settings.ts';
import { createApp } from '../api/app.ts';
import { createIngestionService } from '../api/ingestion-service.ts';
// Agent mode is wired here, not in api/: api/ must not import `langchain`, whose zod types hide
// @hono/zod-openapi's `.openapi()` augmentation from the route files when checked with them.
import { askWithAgent } from '../tools/agent.ts';

async function main(): Promise<void> {
  const config = loadConfig();
  const services = await openServices(config);
  const files = collectFiles([config.VANKIEN_CORPUS]);
  if (files.length > 0) {
    console.log(`vankien: checking ${files.length} corpus files in ${config.VANKIEN_CORPUS} ...`);
    const outcomes = await ingestFiles(files, {
      db: services.db,
      indexer: services.indexer,
      load: { maxBytes: config.VANKIEN_MAX_FILE_MB * 1024 * 1024, ocr: ocrOptionsFrom(config) },
      onProgress: (done, total, file) => console.log(`  [${done}/${total}] ${file}`),
    });
    for (const o of outcomes.filter((x) => x.status === 'failed'))
      console.error(`  FAILED ${o.file}: ${o.error?.message}`);
    const ingested = outcomes.filter((o) => o.status === 'ingested').length;
    console.log(`vankien: corpus ready (${ingested} ingested, ${outcomes.length - ingested} unchanged or failed)`);
  }
  const chat = createChatModel(config);
  const app = createApp({
    db: services.db,
    config,
    embedder: services.embedder,
    ingestion: createIngestionService(services.db, services.indexer, config),
    ...(chat && config.VANKIEN_CHAT_MODE === 'agent'
      ? { agent: (input) => askWithAgent({ db: services.db, embedder: services.embedder }, chat, input) }
      : {}),
  });
  const server = serve({ fetch: app.fetch, port: config.PORT, hostname: config.HOST }, (info) => {
    console.log(
      `vankien listening on http://${config.HOST}:${info.port} (store: ${services.db.kind}, embedder: ${services.embedder.id})`,
    );
  });
  server.on('error', (err: NodeJS.ErrnoException) => {
    const why =
      err.code === 'EADDRINUSE'
        ? `port ${config.PORT} on ${config.HOST} is already in use: set PORT to a free one`
        : err.message;
    console.error(`vankien cannot listen: ${why}`);
    process.exit(1);
  });
  const stop = async () => {
    server.close();
    await services.close();
    process.exit(0);
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((err) => {
  console.error(`vankien failed to start: ${err instanceof Error ? err.message : String(err)}`);
  process.exit(1);
});
