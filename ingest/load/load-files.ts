/** @module ingest/load/load-files — loads many files, one result per file; never throws for one bad file. */
import { loadFile } from './load-file.ts';
import { LoadError, loadError, reasonOf } from './load-error.ts';
import type { LoadedText, LoadOptions } from './loaded-text.ts';

export type LoadResult =
  | { file: string; status: 'loaded'; loaded: LoadedText }
  | { file: string; status: 'failed'; error: LoadError };

/**
 * Loads each file in turn (PDF parsing is memory-hungry, so not in parallel). A failure is recorded
 * in that file's result and the batch goes on.
 * @example const failed = (await loadFiles(paths)).filter((r) => r.status === 'failed')
 */
export async function loadFiles(files: readonly string[], options: LoadOptions = {}): Promise<LoadResult[]> {
  const results: LoadResult[] = [];
  for (const file of files) {
    try {
      results.push({ file, status: 'loaded', loaded: await loadFile(file, options) });
    } catch (err) {
      const error =
        err instanceof LoadError
          ? err
          : loadError('file_unreadable', file, { reason: `unexpected: ${reasonOf(err)}` }, err);
      results.push({ file, status: 'failed', error });
    }
  }
  return results;
}
