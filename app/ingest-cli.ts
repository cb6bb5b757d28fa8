/**
 * @module app/ingest-cli
 * `npm run ingest -- <files or folders...>`: ingests documents into the configured store with a
 * progress bar (and page-by-page OCR progress), prints a summary that accounts for every file seen,
 * and exits non-zero when any file failed.
 */
import cliProgress from 'cli-progress';
import { loadConfig } from '../core/config.ts';
import { openServices } from './services.ts';
import { surveyFiles } from '../ingest/collect-files.ts';
import { formatQueues } from '../ingest/batch-progress.ts';
import { ingestFiles, skippedOutcomes } from '../ingest/ingest-files.ts';
import { summarizeOutcomes } from '../ingest/ingest-summary.ts';
import type { OcrProgress } from '../ingest/load/index.ts';
import { ocrOptionsFrom } from '../ingest/ocr-settings.ts';

async function main(): Promise<number> {
  const args = process.argv.slice(2);
  if (args.length === 0 || args.includes('--help')) {
    console.log(
      'usage: npm run ingest -- <file or folder> [...]\n' +
        '  VANKIEN_DATA selects the store folder; DATABASE_URL a PostgreSQL server.\n' +
        "  Scans are OCR'd with tesseract (vie) and pdftoppm when installed (VANKIEN_OCR=off to skip; VANKIEN_OCR_FILES scans and\n" +
        '  VANKIEN_OCR_WORKERS pages of each at once; text files go on being stored meanwhile).',
    );
    return args.length === 0 ? 2 : 0;
  }
  const started = Date.now();
  const config = loadConfig();
  const { documents: files, skipped } = surveyFiles(args);
  if (files.length === 0) {
    console.error(
      `no document files (.txt .pdf .docx .doc, scanned images) under ${args.join(', ')}: nothing to ingest`,
    );
    for (const line of summarizeOutcomes(skippedOutcomes(skipped))) console.error(line);
    return 2;
  }
  const services = await openServices(config);
  const bar = process.stderr.isTTY
    ? new cliProgress.SingleBar(
        { format: 'ingesting [{bar}] {queues} {file}', hideCursor: true },
        cliProgress.Presets.shades_classic,
      )
    : null;
  bar?.start(files.length, 0, {
    file: '',
    queues: formatQueues({ text: { done: 0, total: files.length }, ocr: { done: 0, total: 0 } }),
  });
  const onPage = (p: OcrProgress) => {
    const note = `OCR page ${p.page} (${p.done}/${p.total}${p.cached ? ', cached' : `, ${(p.ms / 1000).toFixed(1)} s`})`;
    if (bar) bar.update({ file: `${p.file} ${note}` });
    else console.error(`  ${p.file}: ${note}`);
  };
  try {
    const outcomes = await ingestFiles(files, {
      db: services.db,
      indexer: services.indexer,
      load: { maxBytes: config.VANKIEN_MAX_FILE_MB * 1024 * 1024, ocr: ocrOptionsFrom(config, onPage) },
      // Both queues: `text 40/231 · OCR 3/12, page 5/9` (scans wait in the OCR pool while text files are stored).
      onQueues: (q) => bar?.update({ queues: formatQueues(q) }),
      onProgress: (done, total, file) => {
        if (bar) bar.update(done, { file });
        else console.error(`[${done}/${total}] ${file}`);
      },
    });
    bar?.stop();
    const all = [...outcomes, ...skippedOutcomes(skipped)];
    for (const line of summarizeOutcomes(all)) console.log(line);
    console.log(`time: ${((Date.now() - started) / 1000).toFixed(0)} s`);
    return outcomes.some((o) => o.status === 'failed') ? 1 : 0;
  } finally {
    await services.close();
  }
}

main().then(
  (code) => process.exit(code),
  (err) => {
    console.error(`ingest failed: ${err instanceof Error ? err.message : String(err)}`);
    process.exit(1);
  },
);
