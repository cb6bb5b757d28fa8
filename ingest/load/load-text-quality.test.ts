/**
 * A `.txt` is checked for garbled text as a PDF text layer is. The fixture is an excerpt of
 * `pdftotext -layout` run on vat-lieu-no/su-dung/vi-du-thuc-te/KH-1105-DKT-ke-hoach-kiem-tra.pdf (dev
 * split), whose fonts map glyphs to wrong code points (`ÿӏQK` for `định`, `FӫD` for `của`); the other of
 * Phieu-trinh.pdf, whose text layer is an OCR made without Vietnamese.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadFile } from './index.ts';

const BROKEN_FONT = 'ingest/load/fixtures/pdftotext-broken-font-excerpt.txt';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-quality-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('text files that do not read as Vietnamese', () => {
  it('a pdftotext export with broken fonts is read back, with a warning that says so', async () => {
    const loaded = await loadFile(BROKEN_FONT);
    expect(loaded.format).toBe('txt');
    expect(loaded.warnings.join(' ')).toMatch(/wrong code points: read back/);
    expect(loaded.text).toContain('Kiểm tra việc chấp hành Quy định pháp luật');
  });

  it('an OCR made without Vietnamese cannot be read back: a warning says to ingest the PDF instead', async () => {
    const loaded = await loadFile('core/text/fixtures/pdftotext-ocr-without-vietnamese.txt');
    expect(loaded.warnings.join(' ')).toMatch(/does not read as Vietnamese.*original PDF/);
  });

  it('a clean text file carries no such warning', async () => {
    const file = join(dir, 'clean.txt');
    await writeFile(
      file,
      'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở Công Thương tỉnh Lào Cai về việc kiểm tra việc chấp hành quy định pháp luật trong sử dụng và bảo quản vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai, Trưởng đoàn kiểm tra lập kế hoạch tiến hành kiểm tra như sau.',
    );
    expect((await loadFile(file)).warnings).toEqual([]);
  });
});
