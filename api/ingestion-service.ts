/**
 * @module api/ingestion-service
 * Uploads go through the same pipeline as the CLI: files are written to a private temporary folder
 * under their (sanitized) names, ingested one by one, and the folder is removed. One batch at a time,
 * so progress is meaningful and the store is not written by two batches at once.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import type { Config } from '../core/config.ts';
import type { Db } from '../core/store/index.ts';
import { collectFiles } from '../ingest/collect-files.ts';
import { type ClauseIndexer, type IngestOutcome, ingestFiles } from '../ingest/ingest-files.ts';
import { ocrOptionsFrom } from '../ingest/ocr-settings.ts';
import type { IngestionService } from './deps.ts';
import { apiError } from './errors.ts';

export function createIngestionService(db: Db, indexer: ClauseIndexer, config: Config): IngestionService {
  const state = { running: false, done: 0, total: 0 };
  const options = () => ({
    db,
    indexer,
    load: { maxBytes: config.VANKIEN_MAX_FILE_MB * 1024 * 1024, ocr: ocrOptionsFrom(config) },
    onProgress: (done: number) => {
      state.done = done;
    },
  });
  const exclusive = async (total: number, run: () => Promise<IngestOutcome[]>) => {
    if (state.running)
      throw apiError(
        'unavailable',
        'an ingestion batch is already running: retry when GET /api/admin/progress shows it done',
      );
    Object.assign(state, { running: true, done: 0, total });
    try {
      return await run();
    } finally {
      state.running = false;
    }
  };
  return {
    progress: () => ({ ...state }),
    ingestUpload: (files) =>
      exclusive(files.length, async () => {
        const dir = await mkdtemp(join(tmpdir(), 'vankien-upload-'));
        try {
          const paths: string[] = [];
          for (const [i, f] of files.entries()) {
            // Only the base name, and nothing that could climb out of the folder.
            const safe =
              basename(f.name)
                .replace(/[^\p{L}\p{N}._ -]/gu, '_')
                .replace(/^\.+/, '') || `upload-${i}`;
            const p = join(dir, safe);
            await writeFile(p, f.bytes);
            paths.push(p);
          }
          const outcomes = await ingestFiles(paths, options());
          // The temporary folder is the server's business: messages name the uploaded file only.
          const hide = (text: string) => text.split(`${dir}/`).join('');
          return outcomes.map((o) => ({
            ...o,
            file: basename(o.file),
            error: o.error && { ...o.error, message: hide(o.error.message) },
            warnings: o.warnings?.map(hide),
          }));
        } finally {
          await rm(dir, { recursive: true, force: true });
        }
      }),
    reingestCorpus: () => {
      const files = collectFiles([config.VANKIEN_CORPUS]);
      return exclusive(files.length, () => ingestFiles(files, options()));
    },
  };
}
