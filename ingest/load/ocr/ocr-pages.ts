/** @module ingest/load/ocr/ocr-pages — OCRs scanned PDF pages (pdftoppm → tesseract) and images, a bounded pool at a time, cached by file hash. */
import { createHash } from 'node:crypto';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadError, reasonOf } from '../load-error.ts';
import { missingOcrTools } from './check-tools.ts';
import { OcrCache } from './ocr-cache.ts';
import { OcrNeeded } from './ocr-needed.ts';
import { DEFAULT_OCR_DPI, DEFAULT_OCR_LANG, type OcrOptions } from './ocr-options.ts';
import { defaultRunner } from './run-command.ts';

/** The OCR text of the pages asked for, and how many came from the cache. */
export interface OcrResult {
  pages: Map<number, string>;
  cached: number;
}

/** Tesseract ends each page with a form feed and pads lines; the clean stage wants plain lines. */
const tidy = (text: string): string =>
  text
    .replace(/\f/g, '\n')
    .split('\n')
    .map((l) => l.trimEnd())
    .join('\n')
    .trim();

/**
 * OCRs `pages` (1-based) of a PDF, or the single "page" 1 of an image, with at most
 * `options.workers` pages at once. Fails with `ocr_unavailable` (naming the Debian packages) when
 * tesseract, its language data or pdftoppm is missing, and with `ocr_failed` when a page cannot be read.
 * @example const { pages } = await ocrPages('scan.pdf', bytes, 'pdf', [1, 2], { cacheDir: 'data/ocr-cache' })
 */
export async function ocrPages(
  file: string,
  bytes: Uint8Array,
  kind: 'pdf' | 'image',
  pages: readonly number[],
  options: OcrOptions,
): Promise<OcrResult> {
  // Deferred: the cache is not consulted either, so whether a scan waits does not depend on the cache.
  if (options.defer) throw new OcrNeeded(file, pages.length);
  const run = options.run ?? defaultRunner;
  const lang = options.lang ?? DEFAULT_OCR_LANG;
  const dpi = options.dpi ?? DEFAULT_OCR_DPI;
  const hash = createHash('sha256').update(bytes).digest('hex');
  const cache = await new OcrCache(options.cacheDir, `${hash}-${lang}-${kind === 'pdf' ? dpi : 'image'}`).open();

  const result = new Map<number, string>();
  const todo: number[] = [];
  for (const page of pages) {
    const text = cache.get(page);
    if (text === undefined) todo.push(page);
    else result.set(page, text);
  }
  if (options.maxPages !== undefined && options.maxPages > 0 && todo.length > options.maxPages) {
    throw loadError('ocr_too_long', file, { pages: todo.length, maxPages: options.maxPages });
  }
  const cached = result.size;
  let done = 0;
  for (const page of pages.filter((p) => result.has(p))) {
    options.onPage?.({ file, page, done: ++done, total: pages.length, cached: true, ms: 0 });
  }
  if (todo.length === 0) return { pages: result, cached };

  const missing = await missingOcrTools(run, lang, kind === 'pdf');
  if (missing !== null) throw loadError('ocr_unavailable', file, { pages: todo.length, missing });

  const work = await mkdtemp(join(tmpdir(), 'vankien-ocr-'));
  try {
    const input = join(work, kind === 'pdf' ? 'input.pdf' : 'input.img');
    await writeFile(input, bytes);
    const ocrOne = async (page: number): Promise<void> => {
      const started = Date.now();
      let text: string;
      try {
        let image = input;
        if (kind === 'pdf') {
          const prefix = join(work, `page-${page}`);
          const p = String(page);
          await run('pdftoppm', ['-r', String(dpi), '-gray', '-png', '-singlefile', '-f', p, '-l', p, input, prefix]);
          image = `${prefix}.png`;
        }
        text = tidy(await run('tesseract', [image, 'stdout', '-l', lang]));
        if (image !== input) await rm(image, { force: true });
      } catch (err) {
        throw loadError('ocr_failed', file, { page, reason: reasonOf(err) }, err);
      }
      result.set(page, text);
      await cache.set(page, text);
      options.onPage?.({ file, page, done: ++done, total: pages.length, cached: false, ms: Date.now() - started });
    };
    const queue = [...todo];
    const workers = Math.max(1, Math.min(options.workers ?? 1, queue.length));
    // allSettled: the temp folder goes only when no worker still uses it; a failure empties the queue.
    const settled = await Promise.allSettled(
      Array.from({ length: workers }, async () => {
        for (let page = queue.shift(); page !== undefined; page = queue.shift()) {
          await ocrOne(page).catch((err: unknown) => {
            queue.length = 0;
            throw err;
          });
        }
      }),
    );
    const failure = settled.find((s) => s.status === 'rejected');
    if (failure) throw failure.reason;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
  return { pages: result, cached };
}
