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

describe('ocrForm folds word by word as the whole text would', () => {
  it.each([
    ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'cong hoa xa hoi chu nghia viet nam'],
    ['Độc lập - Tự do - Hạnh phúc', 'doc lap tu do hanh phuc'],
    ['TỈNH UỶ  LÀO CAI\n*', 'tinh uy lao cai'],
    ['Số: 1032-CV/TU', 'so 1032 cv tu'],
    ['  ', ''],
  ])('%j → %j', (text, form) => {
    expect(ocrForm(text)).toBe(form);
  });
});

describe('ocrDistance reuses its matrix without carrying values between calls', () => {
  it('gives the same distances in any order, long pairs first or last', () => {
    const pairs: Array<[string, string]> = [
      ['cong hoa xa hoi chu nghia viet nam', 'cong hoa xa hoi chu nghia viet narn'],
      ['ket luan', 'ket luan'],
      ['doc lap tu do hanh phuc', 'doc iap tu do hanh phuc'],
      ['quyet dinh', 'quy dinh'],
    ];
    const forward = pairs.map(([a, b]) => ocrDistance(a, b));
    const backward = [...pairs].reverse().map(([a, b]) => ocrDistance(a, b));
    expect(backward.reverse()).toEqual(forward);
    expect(forward[1]).toBe(0);
    expect(forward[0]).toBeLessThan(1);
  });
});
