/** One test per entry of body-lexicon.json: where it comes from, and that text naming it is read as a body. */
import { describe, expect, it } from 'vitest';
import lexicon from './body-lexicon.json' with { type: 'json' };
import { findBodyMentions } from './body-mentions.ts';
import { matchText } from './match-text.ts';

const FIELD_EXAMPLE = 'Hóa chất';

describe('heads', () => {
  it.each(lexicon.heads.map((h) => [h.name, h] as const))('%s', (name, head) => {
    expect(head.source.length).toBeGreaterThan(5);
    expect(head.forms.length).toBeGreaterThan(0);
    if (head.field && head.kind === 'organ' && !('unit' in head)) {
      // Open class: the head and any capitalized name after it (`Cục Hóa chất`, `Công ty Tân An`).
      const text = `Giao ${name} ${FIELD_EXAMPLE} chủ trì thực hiện.`;
      const mentions = findBodyMentions(matchText(text));
      expect(mentions.some((m) => m.head.name === name && m.field !== null)).toBe(true);
    }
  });
});

describe('fields and units', () => {
  it.each(lexicon.fields.map((f) => [f.name, f] as const))('field %s', (_, field) => {
    expect(field.source.length).toBeGreaterThan(5);
  });
  it.each(lexicon.units.map((u) => [u.unit, u] as const))('unit %s', (_, unit) => {
    expect(unit.source.length).toBeGreaterThan(5);
  });
});

describe('names written in mixed case (NĐ 30/2020: only the first syllable of each part is capitalized)', () => {
  const named = (text: string) => {
    const mt = matchText(text);
    return findBodyMentions(mt).map((m) => mt.source.slice(mt.toSource(m.start), mt.toSource(m.end)));
  };
  // Real lines from archive plans and notices (Kế hoạch thực hiện Đề án 08, Thông báo kết luận of a UBND).
  it.each([
    [
      'Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.',
      ['Phòng Quản lý Công nghiệp', 'Phòng Quản lý Năng lượng'],
    ],
    ['6. Công ty Điện lực Lào Cai', ['Công ty Điện lực Lào Cai']],
    [
      'Chủ trì, phối hợp với Ban Quản lý Khu kinh tế tỉnh và các đơn vị liên quan rà soát',
      ['Ban Quản lý Khu kinh tế tỉnh', 'các đơn vị liên quan'],
    ],
    ['Phòng Kế hoạch - Tổng hợp làm đầu mối tổng hợp', ['Phòng Kế hoạch - Tổng hợp']],
    ['Cục Hóa chất hướng dẫn các doanh nghiệp', ['Cục Hóa chất']],
    ['Phòng, chống tham nhũng, lãng phí', []],
    ['Công ty TNHH MTV hạ tầng kỹ thuật khu công nghiệp', ['Công ty TNHH MTV']],
    ['Phòng cháy, chữa cháy và cứu nạn, cứu hộ', []],
  ])('%s', (text, expected) => {
    expect(named(text)).toEqual(expected);
  });

  it('every stop word is one lowercase syllable', () => {
    for (const w of lexicon.nameStops.words) expect(w).toMatch(/^[\p{Ll}]+$/u);
  });
});
