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
import { isWordPerLine } from './load-pdf.ts';

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

describe('a PDF whose text layer was laid down word by word (a scanner’s OCR layer)', () => {
  // Page 1 of a joint guidance (Hướng dẫn liên ngành 24/HDLN, 2026): pdf.js ends each word with a line break.
  const WORD_PER_ITEM = join(import.meta.dirname, 'fixtures', 'joint-guidance-word-per-item-p1.pdf');

  it('reads the page as lines, so the header holds its number and date', async () => {
    const { text } = await loadFile(WORD_PER_ITEM);
    expect(text).toMatch(/Số:\s*24\s*\/HDLN-BCA-BQP-BYT-/u);
    expect(text).toMatch(/Hà Nội, ngày 25 tháng 6 năm 2026/u);
    expect(text).toMatch(/Về việc xử lý đối với hành vi vi phạm liên quan đến/u);
  });

  it('tells such a page from prose and from short pages', () => {
    expect(isWordPerLine(Array.from({ length: 30 }, (_, i) => (i % 5 === 0 ? 'Bộ Công an' : 'từ')).join('\n'))).toBe(
      true,
    );
    expect(isWordPerLine(Array.from({ length: 30 }, () => 'Căn cứ Luật Tổ chức Chính phủ').join('\n'))).toBe(false);
    expect(isWordPerLine('BỘ\nCÔNG\nAN')).toBe(false);
  });
});
