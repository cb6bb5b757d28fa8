import { describe, expect, it } from 'vitest';
import { repairText } from './clean.ts';

// Excerpts of the archive's scans as tesseract (vie) read them (evals/ocr-cache).
describe('repairText: OCR look-alikes inside document signs', () => {
  it.each([
    [
      'eth Ð for Đ',
      'Căn cứ Quyết định số 464/QÐ-BCT ngày 16 tháng 3 năm 2026 của Bộ',
      'Căn cứ Quyết định số 464/QĐ-BCT ngày 16 tháng 3 năm 2026 của Bộ',
    ],
    ['Đ doubled', 'theo Quyết định số 128/QĐÐ-HC ngày 17', 'theo Quyết định số 128/QĐ-HC ngày 17'],
    [
      'Đ doubled, spaces around the dash',
      'đinh số 512/QĐÐ - UBND của UBND xã Yên Thành',
      'đinh số 512/QĐ-UBND của UBND xã Yên Thành',
    ],
    [
      'a dash read as dots',
      'Nghị định số 105/2025/NĐ.. CP ngày 15 tháng 5 năm 2025',
      'Nghị định số 105/2025/NĐ-CP ngày 15 tháng 5 năm 2025',
    ],
    ['a digit read as a letter', 'Nghị định số l05/2025/NĐ-CP', 'Nghị định số 105/2025/NĐ-CP'],
  ])('%s', (_name, input, expected) => {
    expect(repairText(input).text).toBe(expected);
  });

  it('keeps offsets into the original after a repaired sign', () => {
    const raw = 'số 512/QĐÐ - UBND của UBND xã';
    const mapped = repairText(raw);
    expect(mapped.text).toBe('số 512/QĐ-UBND của UBND xã');
    const at = mapped.text.indexOf('của');
    expect(raw.slice(mapped.toOriginal(at)).startsWith('của')).toBe(true);
  });

  it('joins a series number only when the text also prints the series glued', () => {
    const glued = 'mục 2 Phụ lục I.2 Nghị quyết 66.16/2026/NQ-CP.';
    expect(repairText(`lục I.2 Nghị quyết 66. 16/2026/NQ-CP.\n${glued}\n3. 105/2025/NĐ-CP`).text).toBe(
      // A list item before a sign stays one.
      `lục I.2 Nghị quyết 66.16/2026/NQ-CP.\n${glued}\n3. 105/2025/NĐ-CP`,
    );
  });

  it.each([
    ['a sign that parses', 'Nghị định số 26/2026/NĐ- CP'],
    ['letters outside a sign', 'Điều l. Phạm vi điều chỉnh, mục I.B'],
    ['an amount', '2.438/2.906 thôn'],
    ['a dot before no type code', 'xem 12/abc.def'],
  ])('repairs a sign beside %s, which stays as printed', (_name, kept) => {
    expect(repairText(`${kept}; số 464/QÐ-BCT`).text).toBe(`${kept}; số 464/QĐ-BCT`);
  });
});

describe('repairText: a point marker OCR read as a look-alike', () => {
  it('reads `©)` at a line start as `c)`, and a © elsewhere stays', () => {
    const raw = '©) Khoản 1 Điều 4, Điều 10, Điều 11, Phụ lục II ban hành kèm theo Nghị\nBản quyền © 2026';
    expect(repairText(raw).text).toBe(
      'c) Khoản 1 Điều 4, Điều 10, Điều 11, Phụ lục II ban hành kèm theo Nghị\nBản quyền © 2026',
    );
  });
});
