/**
 * @module evals/metadata-dev
 * Quick loop for header metadata: loads and parses each DEV gold archive document (no store) and
 * scores it with the archive metadata suite. Held-back documents are never loaded or printed.
 * `--fresh` / `--third` score the second / third blind metadata gold's dev documents instead of the first set's.
 * Usage: `npm run metadata:dev -- [--fresh | --third] [--misses] [--field date] [--only substring] [--half 0|1]`
 * (`--half`: one of the two halves of the dev documents, see `devHalf`, to check a change on the half it was not written on)
 */
import { join } from 'node:path';
import { parseDocument } from '../ingest/parse-document.ts';
import { loadFile } from '../ingest/load/index.ts';
import {
  ARCHIVE_COPY_DIR,
  loadArchiveMetadataGold,
  loadFreshArchiveMetadataGold,
  loadThirdArchiveMetadataGold,
} from './load-archive-gold.ts';
import { OCR_CACHE } from './pipeline.ts';
import { devHalf } from './split.ts';
import { ARCHIVE_FIELDS, runArchiveMetadataSuite } from './suites/archive-metadata-suite.ts';

const args = process.argv.slice(2);
const arg = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const only = arg('--only');
const field = arg('--field');
const half = arg('--half');
const goldSet = args.includes('--third')
  ? loadThirdArchiveMetadataGold()
  : args.includes('--fresh')
    ? loadFreshArchiveMetadataGold()
    : loadArchiveMetadataGold();
const gold = new Map(
  [...goldSet].filter(
    ([f, g]) => g.split === 'dev' && (!only || f.includes(only)) && (half === undefined || String(devHalf(f)) === half),
  ),
);
const report = await runArchiveMetadataSuite(gold, async (file) => {
  try {
    const loaded = await loadFile(join(ARCHIVE_COPY_DIR, file), { ocr: { cacheDir: OCR_CACHE } });
    const doc = parseDocument(loaded.text, { documentId: 'x', sourceName: loaded.sourceName, sidecar: loaded.sidecar });
    return { meta: doc.metadata };
  } catch (err) {
    return { meta: null, reason: String(err) };
  }
});
if (args.includes('--misses'))
  for (const m of report.misses)
    if (!field || m.field === field) console.log(`${m.field}\t${m.file}\n\tgold: ${m.expected}\n\tgot:  ${m.actual}`);
for (const m of report.missing) console.log('missing', m.file, m.reason);
console.log(`dev documents: ${report.documents.dev}`);
console.log(ARCHIVE_FIELDS.map((f) => `${f} ${(report.accuracy.dev[f] * 100).toFixed(1)}`).join('  '));
