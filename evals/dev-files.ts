/**
 * @module evals/dev-files
 * What the folder scans (`metadata-scan`, `infer-scan`) share: their `--name value` options and the dev-split
 * files under a folder, parsed without a store. Held-back files are skipped by path (see `split.ts`), never
 * loaded; scans over `--max-ocr-pages` uncached pages are reported as not loaded rather than OCR'd for minutes.
 */
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { ParsedDocument } from '../core/types.ts';
import { loadFile } from '../ingest/load/index.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { OCR_CACHE } from './pipeline.ts';
import { splitOf } from './split.ts';

const args = process.argv.slice(2);

/** The value after `--name` on the command line. */
export const arg = (name: string): string | undefined => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};

/** The folder given first on the command line; exits with `usage` when there is none. */
export function folderArg(usage: string): string {
  const root = args[0];
  if (!root || root.startsWith('--')) {
    console.error(`Usage: ${usage}`);
    process.exit(2);
  }
  return root;
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) return filesUnder(path);
      return /\.(?:docx?|pdf|txt)$/i.test(name) && !name.endsWith('.meta.json') ? [path] : [];
    });
}

/** Each dev-split file under `root` (path relative to it) that `keep` accepts, parsed, or the error that stopped it. */
export async function* parsedDevFiles(
  root: string,
  keep: (file: string) => boolean = () => true,
): AsyncGenerator<{ file: string; doc: ParsedDocument } | { file: string; error: string }> {
  const maxPages = Number(arg('max-ocr-pages') ?? 5);
  // New OCR goes to a cache of one's own choosing, so scanning the archive does not fill the repo's.
  const cacheDir = arg('ocr-cache') ?? OCR_CACHE;
  for (const path of filesUnder(root)) {
    const file = relative(root, path);
    if (splitOf(file) !== 'dev' || !keep(file)) continue;
    try {
      const loaded = await loadFile(path, { ocr: { cacheDir, maxPages } });
      yield { file, doc: parseDocument(loaded.text, { documentId: file, sourceName: loaded.sourceName }) };
    } catch (err) {
      yield { file, error: String(err).slice(0, 300) };
    }
  }
}
