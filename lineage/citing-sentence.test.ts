/** @module lineage/citing-sentence.test — the sentence around a mention, on clause texts from the corpus and the archive. */
import { describe, expect, it } from 'vitest';
import { citingSentence, MAX_CITING_SENTENCE } from './citing-sentence.ts';

/** The span of the `n`-th occurrence of `mention` in `text`. */
function spanOf(text: string, mention: string, n = 0) {
  let at = -1;
  for (let i = 0; i <= n; i++) at = text.indexOf(mention, at + 1);
  if (at < 0) throw new Error(`"${mention}" not in the fixture`);
  return { start: at, end: at + mention.length };
}

// corpus/can-tho-cong-van-2024-ket-luan-81.txt, item 5 (two sentences).
const ITEM_5 =
  '5- Ban Tuyên giáo Thành ủy chủ trì, phối hợp chặt chẽ với các đơn vị liên quan trong hướng dẫn tuyên truyền, nhất là Kết luận số 81-KL/TW và các nội dung cụ thể được nêu trong Kế hoạch số 255-KH/TU ngày 20/12/2023 của Ban Thường vụ Thành ủy. Chủ động nắm chắc và dự báo tình hình tư tưởng, dư luận xã hội qua triển khai, thực hiện; định kỳ báo cáo Ban Thường vụ Thành ủy kết quả thực hiện.';
// An article of a decree: a heading line, then the sentence that replaces.
const ARTICLE =
  'Điều 30. Hiệu lực thi hành\n1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 12 năm 2019.\n2. Nghị định này thay thế Nghị định số 163/2013/NĐ-CP ngày 12 tháng 11 năm 2013 của Chính phủ.';
const CITY = 'Ủy ban nhân dân TP. Cần Thơ thực hiện Chương trình số 27-CTr/TU. Các sở phối hợp.';

describe('citingSentence', () => {
  it.each([
    [
      'the first of two sentences',
      ITEM_5,
      'Kết luận số 81-KL/TW',
      0,
      /^5- Ban Tuyên giáo Thành ủy chủ trì.*của Ban Thường vụ Thành ủy\.$/,
    ],
    [
      'the line of a numbered khoản',
      ARTICLE,
      'Nghị định số 163/2013/NĐ-CP',
      0,
      /^2\. Nghị định này thay thế .*của Chính phủ\.$/,
    ],
    [
      'past an abbreviation with a dot',
      CITY,
      'Chương trình số 27-CTr/TU',
      0,
      /^Ủy ban nhân dân TP\. Cần Thơ thực hiện .*27-CTr\/TU\.$/,
    ],
  ])('%s', (_name, text, mention, n, expected) => {
    const quote = citingSentence(text, spanOf(text, mention, n));
    expect(quote).toMatch(expected);
    expect(text).toContain(quote);
    expect(quote).toContain(mention);
  });

  it('does not run into the next sentence or the heading line', () => {
    const quote = citingSentence(ARTICLE, spanOf(ARTICLE, 'Nghị định số 163/2013/NĐ-CP'));
    expect(quote).not.toContain('Hiệu lực thi hành');
    expect(citingSentence(ITEM_5, spanOf(ITEM_5, 'Kế hoạch số 255-KH/TU'))).not.toContain('Chủ động nắm chắc');
  });

  it('cuts a long sentence at word boundaries around the mention, keeping the mention whole', () => {
    const long = `${'các cấp ủy đảng, chính quyền, '.repeat(20)}trọng tâm là Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị, ${'tập trung lãnh đạo, chỉ đạo, '.repeat(20)}`;
    const quote = citingSentence(long, spanOf(long, 'Kết luận số 81-KL/TW'));
    expect(quote.length).toBeLessThanOrEqual(MAX_CITING_SENTENCE);
    expect(quote.length).toBeGreaterThan(MAX_CITING_SENTENCE / 2);
    expect(quote).toContain('Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị');
    expect(long).toContain(quote);
    // Whole words at both ends.
    const at = long.indexOf(quote);
    expect(long[at - 1]).toMatch(/\s/);
    expect(long[at + quote.length] ?? ' ').toMatch(/\s|,/);
  });

  it('gives the mention itself when the span is the whole text', () => {
    expect(citingSentence('Kết luận số 81-KL/TW', { start: 0, end: 20 })).toBe('Kết luận số 81-KL/TW');
  });
});
