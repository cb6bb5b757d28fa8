/** @module ingest/load/ocr/ocr-cache — OCR text kept per file hash and engine settings, page by page, so no page is OCR'd twice. */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** Page number (1-based) → OCR text. */
export type CachedPages = Record<string, string>;

/** One file's cache entry: written after every page, so an interrupted 80-page scan resumes where it stopped. */
export class OcrCache {
  private pages: CachedPages = {};
  private writing: Promise<void> = Promise.resolve();
  private readonly path: string | null;

  /** `key` names the file's bytes and the settings (hash, language, dpi); without a folder nothing is kept. */
  constructor(dir: string | undefined, key: string) {
    this.path = dir === undefined ? null : join(dir, `${key}.json`);
  }

  async open(): Promise<this> {
    if (this.path === null) return this;
    try {
      const data = JSON.parse(await readFile(this.path, 'utf8')) as { pages?: CachedPages };
      if (data && typeof data.pages === 'object' && data.pages !== null) this.pages = data.pages;
    } catch {
      // No entry yet, or a damaged one: OCR again and overwrite it.
    }
    return this;
  }

  get(page: number): string | undefined {
    const text = this.pages[String(page)];
    return typeof text === 'string' ? text : undefined;
  }

  /** Records a page and writes the entry (atomically: temp file + rename), one write at a time. */
  set(page: number, text: string): Promise<void> {
    this.pages[String(page)] = text;
    const path = this.path;
    if (path === null) return Promise.resolve();
    const snapshot = JSON.stringify({ version: 1, pages: this.pages });
    this.writing = this.writing.then(async () => {
      await mkdir(join(path, '..'), { recursive: true });
      const temp = `${path}.${process.pid}.tmp`;
      await writeFile(temp, snapshot);
      await rename(temp, path);
    });
    return this.writing;
  }
}
