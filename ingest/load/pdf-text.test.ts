/**
 * The PDF text layer is read by pdf.js in a worker thread without tsx's hooks: the calling thread never
 * loads pdf.js, errors keep their kind, and the worker does not keep a finished process alive.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeEncryptedPdf, makePdf } from './fixtures/make-documents.ts';
import { PdfReadError, readPdfTextLayer } from './pdf-text.ts';

// From a plan of the archive's provincial committee (Kế hoạch … Tỉnh ủy), one line per page.
const PAGES = [
  'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền tập trung thực hiện',
  'Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2024.',
];

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-pdf-text-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('readPdfTextLayer', () => {
  it('reads each page in a worker: the calling thread never loads pdf.js', async () => {
    const layer = await readPdfTextLayer(
      await makePdf(
        PAGES.map((line) => [line]),
        { vietnamese: true },
      ),
    );
    expect(layer.pages.map((page) => page.trim())).toEqual(PAGES);
    expect(layer.signed).toEqual([]);
    // pdf.js's worker module, run in the reading thread under Node, publishes itself as globalThis.pdfjsWorker.
    expect((globalThis as { pdfjsWorker?: unknown }).pdfjsWorker).toBeUndefined();
  });

  it('leaves the caller its bytes (pdf.js takes over the buffer it reads)', async () => {
    const bytes = await makePdf([[PAGES[1] ?? '']], { vietnamese: true });
    const before = bytes.byteLength;
    await readPdfTextLayer(bytes);
    expect(bytes.byteLength).toBe(before);
  });

  it('tells a password-protected PDF from a corrupt one', async () => {
    const encrypted = await readPdfTextLayer(makeEncryptedPdf('Biên bản họp', 'secret')).catch((e: unknown) => e);
    expect(encrypted).toBeInstanceOf(PdfReadError);
    expect(encrypted).toMatchObject({ encrypted: true });
    const corrupt = await readPdfTextLayer(Buffer.from('%PDF-1.7\nthis is not really a PDF\n%%EOF\n')).catch(
      (e: unknown) => e,
    );
    expect(corrupt).toBeInstanceOf(PdfReadError);
    expect(corrupt).toMatchObject({ encrypted: false });
  });

  it('does not keep a process alive once its PDFs are read', async () => {
    const file = join(dir, 'plan.pdf');
    await writeFile(file, await makePdf([[PAGES[0] ?? '']], { vietnamese: true }));
    const module = new URL('./pdf-text.ts', import.meta.url).href;
    const code = `const { readPdfTextLayer } = await import(${JSON.stringify(module)});
const { readFileSync } = await import('node:fs');
const layer = await readPdfTextLayer(readFileSync(${JSON.stringify(file)}));
console.log(layer.pages.length);`;
    const { stdout } = await promisify(execFile)(
      process.execPath,
      ['--import', 'tsx', '--input-type=module', '-e', code],
      { timeout: 50_000 },
    );
    expect(stdout.trim()).toBe('1');
  });
});
