/** Parts and dates as the archive's closing articles write them (excerpts of real sentences). */
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../../../core/text/vietnamese.ts';
import { completePart, partsIn } from './parts.ts';
import { addDays, dateAt, isIsoDate } from './vn-date.ts';

describe('partsIn', () => {
  it.each<[string, string[]]>([
    ['Bãi bỏ điểm d khoản 2 Điều 38.', ['điểm d khoản 2 Điều 38']],
    [
      'khoản 1, khoản 2, khoản 3 Điều 8, khoản 5 Điều 16 của',
      ['khoản 1 Điều 8', 'khoản 2 Điều 8', 'khoản 3 Điều 8', 'khoản 5 Điều 16'],
    ],
    ['Bãi bỏ Điều 8, 9 của Nghị định số', ['Điều 8', 'Điều 9']],
    ['Quy định tại Điều 17, Điều 32 và khoản 1 Điều 49 của Luật này', ['Điều 17', 'Điều 32', 'khoản 1 Điều 49']],
    [
      'Khoản 2, khoản 3 Điều 43, Điều 71 và các khoản 3, 4, 5 Điều 95',
      ['khoản 2 Điều 43', 'khoản 3 Điều 43', 'Điều 71', 'khoản 3 Điều 95', 'khoản 4 Điều 95', 'khoản 5 Điều 95'],
    ],
    ['Chương III Nghị định số 77/2016/NĐ-CP', ['Chương III']],
    ['Bãi bỏ Phụ lục I, Phụ lục II ban hành kèm theo', ['Phụ lục I', 'Phụ lục II']],
    ['điểm a khoản 14 Điều 4 và các Điều 10, 11', ['điểm a khoản 14 Điều 4', 'Điều 10', 'Điều 11']],
    ['Sửa đổi, bổ sung, bãi bỏ một số điều, khoản của', []],
    // A scan's `1` read as `I`: khoản and Điều are numbered in figures only.
    ['Bãi bỏ Khoản I Điều 28 của Thông tư số', ['khoản 1 Điều 28']],
    // `ở` folds to `o`: prose after the unit's word, not a letter id.
    ['Bổ sung mẫu biểu tại Phụ lục ở cuối Thông tư này', []],
    // `vào` is no `và`; the new part sits in its anchor's article.
    ['Bổ sung điểm o vào sau điểm n khoản 1 Điều 5', ['điểm o khoản 1 Điều 5']],
    ['Bổ sung khoản 5 vào sau khoản 4 Điều 7', ['khoản 5 Điều 7']],
    ['Bổ sung Phụ lục IV vào sau Phụ lục III', ['Phụ lục IV']],
  ])('%s', (text, parts) => {
    expect(partsIn(text, foldKeepingOffsets(text))).toEqual(parts);
  });

  it.each<[string, string | null, string]>([
    ['điểm b', 'khoản 1 Điều 17', 'điểm b khoản 1 Điều 17'],
    ['khoản 4', 'Điều 7', 'khoản 4 Điều 7'],
    ['khoản 3 Điều 43', 'Điều 7', 'khoản 3 Điều 43'],
    ['Điều 2', null, 'Điều 2'],
  ])('completes %s under %s', (part, context, whole) => {
    expect(completePart(part, context)).toBe(whole);
  });
});

describe('dates', () => {
  it.each<[string, string | null]>([
    ['ngay 01 thang 01 nam 2026.', '2026-01-01'],
    ['ngay 15 thang 10 nam 2019', '2019-10-15'],
    ['ngay 1/7/2025', '2025-07-01'],
    ['ngay 30 thang 02 nam 2025', null],
    ['ngay ... thang ... nam 2024', null],
  ])('%s', (folded, iso) => {
    expect(dateAt(folded)?.iso ?? null).toBe(iso);
  });

  it('counts days across months and years', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
    expect(addDays('2024-12-31', 45)).toBe('2025-02-14');
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2028-02-29')).toBe(true);
  });
});
