/**
 * @module evals/bench/run-archive-tier
 * The real-data tier: the archive copies in `evals/archive/` (docx, doc, pdf, txt) ingested end to end
 * into a fresh PGlite store, once without the scans (OCR off: they are reported as needing OCR) and
 * once with them (OCR through the eval's committed cache, so the figure is the pipeline's and not
 * tesseract's), with the time per stage and warm search latency over the query mix.
 */
import { readdirSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { search } from '../../search/hybrid-search.ts';
import { ARCHIVE_COPY_DIR } from '../load-archive-gold.ts';
import { openPipeline } from '../pipeline.ts';
import type { ArchiveTierResult } from './bench-result.ts';
import { mb, type RssSampler, timeQueries } from './measure.ts';

/** Every file under the archive copies' folder, sorted (the loader decides what each is). */
export function archiveFiles(dir = ARCHIVE_COPY_DIR): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((e) => e.isFile() && /\.(txt|docx?|pdf)$/i.test(e.name))
    .map((e) => join(e.parentPath, e.name))
    .sort();
}

export async function runArchiveTier(options: {
  withScans: boolean;
  parseWorkers?: number;
  queries: readonly string[];
  sampler: RssSampler;
  log: (message: string) => void;
}): Promise<ArchiveTierResult> {
  const { sampler, log } = options;
  const dir = join(tmpdir(), `vankien-bench-archive-${options.withScans ? 'scans' : 'text'}-${process.pid}`);
  rmSync(dir, { recursive: true, force: true });
  sampler.reset();
  const files = archiveFiles();
  const pipeline = await openPipeline(dir);
  try {
    const started = performance.now();
    const { outcomes, timings } = await pipeline.ingest(
      files,
      options.withScans ? undefined : {},
      options.parseWorkers,
    );
    const totalMs = performance.now() - started;
    const [row] = await pipeline.db.query<{ n: number }>('select count(*)::int as n from clauses');
    log(
      `${files.length} files ${options.withScans ? 'with' : 'without'} scans: ${row.n} clauses in ${(totalMs / 1000).toFixed(1)} s`,
    );
    const search_ = await timeQueries(options.queries, (q) => search(pipeline.db, q, { k: 10 }), {
      warmup: 20,
      onSample: () => sampler.sample(),
    });
    const failed = outcomes.filter((o) => o.status === 'failed');
    return {
      withScans: options.withScans,
      files: files.length,
      documents: outcomes.filter((o) => o.status === 'ingested').length,
      duplicates: outcomes.filter((o) => o.status === 'duplicate').length,
      failed: failed.length,
      needOcr: failed.filter((o) => o.error?.code === 'needs_ocr').length,
      clauses: row.n,
      ingest: { totalMs, clausesPerS: row.n / (totalMs / 1000), stages: timings.stages },
      search: search_,
      peakRssMb: mb(sampler.peak()),
      measuredAt: new Date().toISOString(),
      loadAverage: loadavg().map((x) => Math.round(x * 100) / 100),
    };
  } finally {
    await pipeline.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
