/** Near-duplicate detection on real text: one decree typed twice is the same document; different decrees, or a printed symbol that differs, are not. */
import { describe, expect, it } from 'vitest';
import { isSameDocument, mostSimilar, similarity, symbolKey, textFingerprint } from './index.ts';

describe('textFingerprint and similarity', () => {
  const base =
    'Điều 1. Phạm vi điều chỉnh. Nghị định này quy định về hành vi vi phạm hành chính, hình thức xử phạt, mức xử phạt, ' +
    'biện pháp khắc phục hậu quả đối với hành vi vi phạm hành chính trong hoạt động hóa chất, vật liệu nổ công nghiệp ' +
    'và tiền chất thuốc nổ; thẩm quyền lập biên bản, thẩm quyền xử phạt vi phạm hành chính. ';
  const text =
    base.repeat(3) + 'Điều 2. Đối tượng áp dụng. Cá nhân, tổ chức trong nước và nước ngoài có hành vi vi phạm.';
  it.each([
    ['the same text', 1, text],
    ['other line breaks, tabs and case', 1, text.replace(/\. /g, '.\n\t').toUpperCase()],
    ['without diacritics', 1, text.normalize('NFD').replace(/\p{M}/gu, '')],
  ])('%s → similarity %s', (_, expected, other) => {
    expect(similarity(textFingerprint(text) as string, textFingerprint(other) as string)).toBe(expected);
  });

  it('a different text is far below the bar', () => {
    const other =
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền tập trung thực hiện tốt các nhiệm vụ sau đây: ' +
      'đẩy mạnh tuyên truyền về bảo vệ môi trường, kiểm tra việc chấp hành quy định về khai thác khoáng sản, ' +
      'báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2024 về Văn phòng Tỉnh ủy để tổng hợp.';
    expect(similarity(textFingerprint(text) as string, textFingerprint(other) as string)).toBeLessThan(0.2);
  });

  it('a text too short to compare has no fingerprint', () => {
    expect(textFingerprint('Kính gửi: Sở Công Thương')).toBeNull();
  });
});

describe('isSameDocument', () => {
  it.each([
    [0.98, '71/2019/NĐ-CP', null, true],
    [0.98, '71/2019/NĐ-CP', '71/2019/ND-CP', true],
    [0.98, '71/2019/NĐ-CP', '17/2022/NĐ-CP', false], // the amending decree quotes most of what it amends
    [0.6, '23/2024/TT-BCT', '23/2024/TT-BCT', true], // an OCR'd scan beside its DOCX
    [0.6, '23/2024/TT-BCT', null, false],
    [0.85, null, null, false],
  ])('similarity %s, symbols %s / %s → %s', (sim, a, b, expected) => {
    expect(isSameDocument(sim, a, b)).toBe(expected);
  });

  it('symbolKey ignores spaces, case and the Đ', () => {
    expect(symbolKey(' 71 / 2019 / nđ-cp')).toBe(symbolKey('71/2019/NĐ-CP'));
  });

  it('mostSimilar picks the closest source above the floor', () => {
    const a = textFingerprint(Array.from({ length: 60 }, (_, i) => `khoản ${i + 1}`).join(' ')) as string;
    const b = textFingerprint(
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền tập trung thực hiện tốt các nhiệm vụ sau đây: ' +
        'đẩy mạnh tuyên truyền về bảo vệ môi trường, kiểm tra việc chấp hành quy định về khai thác khoáng sản.',
    ) as string;
    expect(
      mostSimilar(a, [
        { documentId: 'x', path: '/x', fingerprint: b },
        { documentId: 'y', path: '/y', fingerprint: a },
      ]),
    ).toEqual({
      documentId: 'y',
      path: '/y',
      similarity: 1,
    });
  });
});
