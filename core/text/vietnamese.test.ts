import { describe, expect, it } from 'vitest';
import {
  canonicalTones,
  foldAccents,
  foldedForm,
  foldKeepingOffsets,
  isMostlyUpper,
  matchForm,
  repairGlyphs,
} from './vietnamese.ts';

describe('canonicalTones: one tone placement so old and new spellings match', () => {
  it.each([
    ['Tỉnh uỷ', 'Tỉnh ủy'],
    ['hoà bình', 'hòa bình'],
    ['khoẻ mạnh', 'khỏe mạnh'],
    ['thuỷ sản', 'thủy sản'],
    ['UỶ BAN', 'ỦY BAN'],
    ['Uỷ ban', 'Ủy ban'],
    // Already canonical, closed syllables and qu- are left alone.
    ['Tỉnh ủy', 'Tỉnh ủy'],
    ['hoàn thành', 'hoàn thành'],
    ['quý', 'quý'],
    ['thuế', 'thuế'],
  ])('%s → %s', (input, expected) => {
    expect(canonicalTones(input)).toBe(expected);
  });

  it('is NFC whatever the input form', () => {
    expect(canonicalTones('Vi\u1EC7t'.normalize('NFD'))).toBe('Việt');
  });
});

describe('folding and matching forms', () => {
  it.each([
    ['Đảng ủy', 'Dang uy'],
    ['khai thác cát', 'khai thac cat'],
    ['Ủy ban nhân dân', 'Uy ban nhan dan'],
  ])('foldAccents(%s) = %s (đ→d explicitly)', (input, expected) => {
    expect(foldAccents(input)).toBe(expected);
  });

  it('repairs PDF glyph stand-ins for ư/Ư', () => {
    expect(repairGlyphs('T/M BAN THƢỜNG VỤ, Trƣơng')).toBe('T/M BAN THƯỜNG VỤ, Trương');
  });

  it('matchForm makes NFD, old-style and glyph-damaged spellings equal', () => {
    const forms = ['Tỉnh uỷ'.normalize('NFD'), 'TỈNH ỦY', 'tỉnh ủy'];
    expect(new Set(forms.map(matchForm)).size).toBe(1);
    expect(foldedForm('Trƣờng')).toBe('truong');
  });

  // foldedForm leaves out the tone placement (folding drops every mark): it must stay matchForm folded, on old-style,
  // NFD, glyph-damaged and capital spellings from archive headings alike.
  it.each([
    'QUYẾT ĐỊNH Về việc phê duyệt Phương án thoả thuận',
    'Tỉnh uỷ Nghệ An'.normalize('NFD'),
    'BAN THƢỜNG VỤ TỈNH UỶ',
    'hoà giải, khoẻ, thuỷ lợi, quý, Qùy',
    'Căn cứ Luật Hoá chất ngày 14/11/2025;',
  ])('foldedForm(%s) = foldAccents(matchForm(…))', (text) => {
    expect(foldedForm(text)).toBe(foldAccents(matchForm(text)));
  });

  it.each([
    ['THÀNH ỦY CẦN THƠ', true],
    ['T/M BAN THƯỜNG VỤ', true],
    ['Ban Thường vụ Thành ủy yêu cầu', false],
    ['*', false],
  ])('isMostlyUpper(%s) = %s', (line, expected) => {
    expect(isMostlyUpper(line)).toBe(expected);
  });
});

describe("foldKeepingOffsets: a folded copy whose offsets are the clean text's", () => {
  it.each([
    ['Đồng Nai, mức phạt 5 triệu đồng', 'dong nai, muc phat 5 trieu dong'],
    ['KẾT LUẬN số 81-KL/TW', 'ket luan so 81-kl/tw'],
    // A decomposed accent (combining mark) keeps its slot as a space, so spans still line up.
    ['Ke\u0301t', 'ke t'],
  ])('%s', (text, folded) => {
    const out = foldKeepingOffsets(text);
    expect(out).toBe(folded);
    expect(out.length).toBe(text.length);
  });
});
