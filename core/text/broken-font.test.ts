/**
 * @module core/text/broken-font.test
 * `pdftotext -layout` of dev-split archive PDFs whose fonts map glyphs to wrong code points, read back
 * through the substitution learned from each text: KH-1105-DKT-ke-hoach-kiem-tra.pdf (excerpt, in
 * `ingest/load/fixtures/`) and 466.-Phieu-chuyen-SCT-…-Ngoi-Nhu-1A.pdf (whole). The learning sees only the
 * text; nothing here names a file, a font or a code point.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBrokenFont } from './broken-font.ts';
import { looksGarbled } from './text-quality.ts';

const read = (path: string) => readFileSync(path, 'utf8');
const PLAN = read('ingest/load/fixtures/pdftotext-broken-font-excerpt.txt');
const TRANSFER_SLIP = read('core/text/fixtures/pdftotext-broken-font-phieu-chuyen.txt');
const OCR_WITHOUT_VIETNAMESE = read('core/text/fixtures/pdftotext-ocr-without-vietnamese.txt');
const CLEAN = read('corpus/can-tho-cong-van-2024-ket-luan-81.txt');

describe('decodeBrokenFont', () => {
  it.each([
    [
      'a plan (ASCII shifted, Vietnamese letters in another block)',
      PLAN,
      [
        'KẾ HOẠCH',
        'Kiểm tra việc chấp hành Quy định pháp luật',
        'Thực hiện Quyết định số 1050/QĐ-SCT ngày 06/3/2026 của Giám đốc Sở',
        'Công Thương tỉnh Lào Cai về việc kiểm tra',
      ],
    ],
    [
      'a transfer slip: its header reads again',
      TRANSFER_SLIP,
      [
        'UBND TỈNH LÀO CAI',
        'VĂN PHÒNG',
        'Số: 466 /PC-VPUBND',
        'Lào Cai, ngày 12 tháng 5 năm 2026',
        'PHIẾU CHUYỂN',
        'Kính gửi: Sở Công Thương',
        'KT. CHÁNH VĂN PHÒNG',
      ],
    ],
  ])('%s', (_, text, phrases) => {
    expect(looksGarbled(text)).toBe(true);
    const decoded = decodeBrokenFont(text);
    expect(decoded?.shift).toBe(29);
    expect(looksGarbled(decoded?.text ?? '')).toBe(false);
    for (const phrase of phrases) expect(decoded?.text).toContain(phrase);
  });

  it('leaves clean text as it is', () => {
    expect(decodeBrokenFont(CLEAN)?.text ?? CLEAN).toBe(CLEAN.normalize('NFC'));
  });

  it('cannot read an OCR made without Vietnamese: it stays garbled', () => {
    const decoded = decodeBrokenFont(OCR_WITHOUT_VIETNAMESE);
    expect(looksGarbled(decoded?.text ?? OCR_WITHOUT_VIETNAMESE)).toBe(true);
  });
});
