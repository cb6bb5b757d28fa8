/**
 * @module evals/metadata-scan
 * Header metadata of every dev-split file under a folder, gold or not, one JSON line per file, to read
 * against the documents' own headers (the gold covers a third of the archive). Held-back files are
 * skipped by path (see `split.ts`), never loaded. Scans over `--max-ocr-pages` uncached pages are
 * reported as not loaded rather than OCR'd for minutes.
 * Usage: `npx tsx evals/metadata-scan.ts <folder> [--half 0|1] [--only substring] [--max-ocr-pages 5] [--ocr-cache dir]`
 */
import { arg, folderArg, parsedDevFiles } from './dev-files.ts';
import { devHalf } from './split.ts';

const root = folderArg('npx tsx evals/metadata-scan.ts <folder> [--half 0|1] [--only substring] [--max-ocr-pages 5]');
const half = arg('half');
const only = arg('only');
const keep = (file: string) =>
  (half === undefined || String(devHalf(file)) === half) && (only === undefined || file.includes(only));

for await (const scanned of parsedDevFiles(root, keep)) {
  if ('error' in scanned) {
    console.log(JSON.stringify(scanned));
    continue;
  }
  const { type, symbol, draft, issuer, parentIssuer, place, date, partialDate, title, signer } = scanned.doc.metadata;
  console.log(
    JSON.stringify({
      file: scanned.file,
      type,
      symbol,
      draft,
      issuer,
      parentIssuer,
      place,
      date,
      partialDate,
      title,
      signer,
    }),
  );
}
