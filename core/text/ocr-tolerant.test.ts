import { describe, expect, it } from 'vitest';
import confusions from '../lexicon/ocr-confusions.json' with { type: 'json' };
import { ocrDistance, ocrEquals, ocrForm, ocrStartsWith } from './ocr-tolerant.ts';

describe('ocrEquals', () => {
  it.each([
    ['KÉT LUẬN', 'Kết luận', true],
    ['BẠN CHẤP HÀNH', 'Ban Chấp hành', true],
    ['CỘNG HÕA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
    ['ceNG noa xA Her cHU Ncuia vrET NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', true],
    ['QUYÉT ĐỊNH', 'Quyết định', true],
    // Different words that fold alike or nearly: never equal.
    ['QUY ĐỊNH', 'Quyết định', false],
    ['THÔNG TƯ', 'Thông báo', false],
    ['QUY CHẾ', 'Quy định', false],
  ])('%s ≈ %s → %s', (text, phrase, equal) => {
    expect(ocrEquals(text, phrase)).toBe(equal);
  });

  it('costs a look-alike glyph less than a plain edit', () => {
    expect(ocrDistance('nghi', 'ngh1')).toBeLessThan(1);
    expect(ocrDistance('nghi', 'nghx')).toBe(1);
  });

  it.each([
    ['cong hoa xa hoi chu nghia viet nam', 'cong hoa xa hoi chu nghia viet nam', 5],
    ['ceng noa xa her chu ncuia vret nam', 'cong hoa xa hoi chu nghia viet nam', 5],
    ['ubnd tinh lao cai cong hoa xa hoi c', 'cong hoa xa hoi chu nghia viet nam', 5],
    ['s0 12 qd ubnd', 'so 12 qd ubnd', 0],
    ['doc lap tu do hanh phuc', 'dang cong san viet nam', 1],
  ])('with a bound, %s ~ %s agrees with the full distance up to %s', (a, b, max) => {
    const full = ocrDistance(a, b);
    const bounded = ocrDistance(a, b, max);
    if (full <= max) expect(bounded).toBe(full);
    else expect(bounded).toBeGreaterThan(max);
  });

  it('finds a phrase at the start of a longer line', () => {
    expect(ocrStartsWith('BIÊN BẢN THẨM ĐỊNH HỒ SƠ', 'Biên bản')).toBe(2);
    expect(ocrStartsWith('Độc lập - Tự do - Hạnh phúc', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM')).toBe(0);
  });
});

describe('every confusion of the table comes from somewhere and is absorbed', () => {
  it.each(confusions.entries.map((e) => [`${e.from} → ${e.to}`, e] as const))('%s', (_, entry) => {
    expect(entry.source.length).toBeGreaterThan(5);
    if (entry.kind === 'folded') {
      // Accent folding alone makes the slip and the intended word one form.
      expect(ocrForm(entry.from)).toBe(ocrForm(entry.to));
    } else {
      // A look-alike substitution costs less than a plain edit.
      expect(ocrDistance(ocrForm(entry.from), ocrForm(entry.to))).toBeLessThan(1);
    }
  });
});
