/**
 * OCR of scans: a real scanned page of the archive through tesseract (vie) and pdftoppm, the cache
 * that makes a second load run no tesseract at all, mixed PDFs decided page by page, and the typed
 * error naming the Debian packages when the tools are missing.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makePdf, makeScanLikePdf } from '../fixtures/make-documents.ts';
import { LoadError, loadFile } from '../index.ts';
import { type CommandRunner, commandRunner, defaultRunner } from './index.ts';

const SCAN = join(import.meta.dirname, '..', 'fixtures', 'scan-VD-BoCT-cap-GP-p1.pdf');

/** A runner that counts the pages tesseract reads (not its `--list-langs` probe), passing every call on to `inner`. */
function counting(inner: CommandRunner) {
  let pages = 0;
  const run: CommandRunner = (command, args) => {
    if (command === 'tesseract' && args[0] !== '--list-langs') pages++;
    return inner(command, args);
  };
  return { run, tesseract: () => pages };
}

/** Stands in for the tools: tesseract "reads" a fixed line, pdftoppm draws nothing. */
const fakeTools: CommandRunner = async (command, args) => {
  if (command === 'tesseract' && args[0] === '--list-langs') return 'List of available languages (2):\neng\nvie\n';
  if (command === 'tesseract') return `CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTrang đọc bằng OCR \f`;
  return '';
};

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-ocr-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a real scanned page', () => {
  it("is OCR'd with tesseract (vie) page by page, and a second load reads the cache without tesseract", async () => {
    const cacheDir = join(dir, 'cache');
    const first = counting(defaultRunner);
    const pages: number[] = [];
    const loaded = await loadFile(SCAN, { ocr: { cacheDir, run: first.run, onPage: (p) => pages.push(p.page) } });
    expect(loaded.format).toBe('pdf');
    expect(loaded.ocr).toEqual({ pages: 1, cached: 0 });
    expect(pages).toEqual([1]);
    expect(first.tesseract()).toBe(1);
    // Header words of the licence, as printed: the issuer, the national motto, the grant.
    expect(loaded.text).toContain('BỘ CÔNG THƯƠNG');
    expect(loaded.text).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(loaded.text).toContain('Bộ Công Thương cho phép');

    const second = counting(defaultRunner);
    const again = await loadFile(SCAN, { ocr: { cacheDir, run: second.run } });
    expect(again.text).toBe(loaded.text);
    expect(again.ocr).toEqual({ pages: 1, cached: 1 });
    expect(second.tesseract()).toBe(0);
  }, 180_000);
});

describe('missing tools', () => {
  it.each([
    ['a PATH without tesseract', commandRunner({ env: { PATH: join(dir ?? '/nonexistent', 'empty-bin') } })],
    [
      'tesseract without Vietnamese',
      (async (command: string) =>
        command === 'tesseract' ? 'List of available languages (1):\neng\n' : '') as CommandRunner,
    ],
  ])('%s: the file fails with ocr_unavailable naming the Debian packages', async (_, run) => {
    const error = await loadFile(SCAN, { ocr: { run } }).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).code).toBe('ocr_unavailable');
    expect((error as LoadError).message).toContain('apt-get install tesseract-ocr-vie poppler-utils');
    expect((error as LoadError).message).toContain(SCAN);
  });

  it('a text PDF with one blank page still loads, with a warning, when OCR cannot run', async () => {
    const path = join(dir, 'mostly-text.pdf');
    await writeFile(path, await makePdf([['Page one has plenty of text on it.'], [], ['Page three too, with text.']]));
    const loaded = await loadFile(path, { ocr: { run: commandRunner({ env: { PATH: '/nonexistent' } }) } });
    expect(loaded.text).toContain('Page three too');
    expect(loaded.warnings.join(' ')).toMatch(/tesseract is not installed.*apt-get install tesseract-ocr-vie/);
  });
});

describe('deciding page by page', () => {
  it('OCRs only the pages without a text layer and keeps the text of the others, in page order', async () => {
    const path = join(dir, 'mixed.pdf');
    await writeFile(path, await makePdf([['The first page has a text layer.'], [], ['So does the third page.']]));
    const { run, tesseract } = counting(fakeTools);
    const seen: string[] = [];
    const loaded = await loadFile(path, { ocr: { run, onPage: (p) => seen.push(`${p.page}:${p.done}/${p.total}`) } });
    expect(tesseract()).toBe(1);
    expect(seen).toEqual(['2:1/1']);
    expect(loaded.text.split('\f')).toEqual([
      'The first page has a text layer.',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTrang đọc bằng OCR',
      'So does the third page.',
    ]);
    expect(loaded.ocr).toEqual({ pages: 1, cached: 0 });
  });

  it.each([
    ['scan.png', Buffer.concat([Buffer.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), Buffer.alloc(64)])],
    ['scan.tif', Buffer.concat([Buffer.from('II*\x00', 'latin1'), Buffer.alloc(64)])],
  ])("an image (%s) is OCR'd as one page", async (name, bytes) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const loaded = await loadFile(path, { ocr: { run: fakeTools } });
    expect(loaded.format).toBe('image');
    expect(loaded.text).toBe('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nTrang đọc bằng OCR');
  });

  it('without OCR options a scan still fails with needs_ocr, as before', async () => {
    const path = join(dir, 'scan-off.pdf');
    await writeFile(path, await makeScanLikePdf());
    const error = await loadFile(path).catch((err: unknown) => err);
    expect((error as LoadError).code).toBe('needs_ocr');
  });

  it('a scan with more pages than maxPages fails with ocr_too_long before any OCR', async () => {
    const path = join(dir, 'long-scan.pdf');
    await writeFile(path, await makePdf([[], [], []]));
    const { run, tesseract } = counting(fakeTools);
    const error = await loadFile(path, { ocr: { run, maxPages: 2 } }).catch((err: unknown) => err);
    expect((error as LoadError).code).toBe('ocr_too_long');
    expect((error as LoadError).message).toMatch(/3 scanned pages to OCR, over the limit of 2/);
    expect(tesseract()).toBe(0);
  });

  it('the fixture is a real scan: its PDF has no text layer', async () => {
    const bytes = await readFile(SCAN);
    const error = await loadFile(SCAN).catch((err: unknown) => err);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect((error as LoadError).code).toBe('needs_ocr');
  });
});
