/**
 * @module evals/metadata-scan
 * Header metadata of every dev-split file under a folder, gold or not, one JSON line per file, to read
 * against the documents' own headers (the gold covers a third of the archive). Held-back files are
 * skipped by path (see `split.ts`), never loaded. Scans over `--max-ocr-pages` uncached pages are
 * reported as not loaded rather than OCR'd for minutes.
 * Usage: `npx tsx evals/metadata-scan.ts <folder> [--half 0|1] [--only substring] [--max-ocr-pages 5] [--ocr-cache dir]`
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseDocument } from '../ingest/parse-document.ts';
import { loadFile } from '../ingest/load/index.ts';
import { OCR_CACHE } from './pipeline.ts';
import { devHalf, splitOf } from './split.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const root = args[0];
if (!root || root.startsWith('--')) {
  console.error('Usage: npx tsx evals/metadata-scan.ts <folder> [--half 0|1] [--only substring] [--max-ocr-pages 5]');
  process.exit(2);
}
const half = arg('--half');
const only = arg('--only');
const maxPages = Number(arg('--max-ocr-pages') ?? 5);
// New OCR goes to a cache of one's own choosing, so scanning the archive does not fill the repo's.
const cacheDir = arg('--ocr-cache') ?? OCR_CACHE;

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return /\.(?:docx?|pdf|txt)$/i.test(name) && !name.endsWith('.meta.json') ? [path] : [];
    });
}

for (const path of filesUnder(root)) {
  const file = relative(root, path);
  if (splitOf(file) !== 'dev' || (half !== undefined && String(devHalf(file)) !== half)) continue;
  if (only && !file.includes(only)) continue;
  try {
    const loaded = await loadFile(path, { ocr: { cacheDir, maxPages } });
    const m = parseDocument(loaded.text, { documentId: 'scan', sourceName: loaded.sourceName }).metadata;
    const { type, symbol, draft, issuer, parentIssuer, place, date, partialDate, title, signer } = m;
    console.log(
      JSON.stringify({ file, type, symbol, draft, issuer, parentIssuer, place, date, partialDate, title, signer }),
    );
  } catch (err) {
    console.log(JSON.stringify({ file, error: String(err).slice(0, 300) }));
  }
}
