/**
 * Text layers that lie: numbers and dates stamped into signature fields at signing (left out by
 * pdf.js, drawn by poppler), and fonts mapping glyphs to the wrong code points (read again by OCR).
 * Real archive PDFs, from the eval's copies.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksGarbled } from '../../core/text/text-quality.ts';
import { loadFile } from './index.ts';

const ARCHIVE = join(import.meta.dirname, '..', '..', 'evals', 'archive');
const SIGNED = join(ARCHIVE, 'khu-cum-cong-nghiep/van-ban-goc/1178-DCK-CTT-huong-dan-CCN-dia-gioi-moi.pdf');
const WRONG_GLYPHS = join(
  ARCHIVE,
  'vat-lieu-no/kho/vi-du-thuc-te/466.-Phieu-chuyen-SCT-tham-dinh-phuong-an-no-min-thuy-dien-Ngoi-Nhu-1A.pdf',
);

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-pdf-layer-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a PDF numbered and dated in its signature fields', () => {
  it('keeps the stamped number and day of the header', async () => {
    const { text } = await loadFile(SIGNED);
    expect(text).toMatch(/Số:\s*1178\s*\/ĐCK-CTT/u);
    expect(text).toMatch(/ngày\s*09\s*tháng 7 năm 2025/u);
  });
});

describe('a PDF whose fonts map glyphs to the wrong code points', () => {
  it('warns without OCR, and reads the page by OCR when it is on', async () => {
    const plain = await loadFile(WRONG_GLYPHS);
    expect(plain.warnings.join(' ')).toMatch(/garbled text layer/);
    expect(looksGarbled(plain.text)).toBe(true);

    const read = await loadFile(WRONG_GLYPHS, { ocr: { cacheDir: join(dir, 'cache') } });
    expect(read.ocr).toEqual({ pages: 1, cached: 0 });
    expect(looksGarbled(read.text)).toBe(false);
    expect(read.text).toMatch(/Số:\s*466\s*\/PC-VPUBND/u);
  }, 120_000);
});
