/** @module search/asking-words.test — what the asking word asks about, in Vietnamese with and without diacritics and English. */

import { describe, expect, it } from 'vitest';
import { analyzeQuery } from './query.ts';
import { type AskedClass, askedNouns, measureSpans } from './asking-words.ts';

describe('askedNouns: the noun before `nào` / after `which` says what is asked', () => {
  it.each<[string, AskedClass[]]>([
    ['Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?', ['body']],
    ['don vi nao chiu trach nhiem thu gom rac thai', ['body']],
    ['Which ministry does the decree task with licensing port operators?', ['body']],
    ['Công văn 1032-CV/TU được ký bởi ai?', ['person']],
    ['Hạn chót gửi báo cáo sơ kết là ngày nào?', ['time']],
    ['Kiểm tra cấp giấy chứng nhận tổ chức ở đâu?', ['place']],
    ['Không có sổ theo dõi người ra vào kho vật liệu nổ bị phạt mức nào?', ['measure']],
    ['Ban Thường vụ Thành ủy quán triệt phương châm nào về phòng chống tham nhũng?', ['thing']],
    // `phấn đấu nào` folds to `dau nao`: `đâu` there is no place.
    ['Đảng ủy khối đề ra chỉ tiêu phấn đấu nào về kết nạp đảng viên?', ['thing']],
    ['What does the directive require of sand yards?', []],
  ])('%s → %j', (question, classes) => {
    expect(askedNouns(question).map((a) => a.class)).toEqual(classes);
  });
});

describe('measure nouns belong to the question word, for the search and the answerer alike', () => {
  it.each<[string, string[]]>([
    ['Vận chuyển vật liệu nổ không có giấy phép bị phạt mức nào?', ['mức']],
    ['Mức hỗ trợ di dời cho mỗi hộ là mức bao nhiêu?', ['mức']],
    ['muc ho tro moi ho la muc bao nhieu', ['muc']],
  ])('%s', (question, spans) => {
    expect(measureSpans(question).map((s) => question.slice(s.start, s.end).toLowerCase())).toEqual(spans);
  });

  it('keeps the topic`s own `mức` (mức phạt) as a search term and drops the asking one', () => {
    const terms = analyzeQuery('Mức hỗ trợ di dời cho mỗi hộ là mức bao nhiêu?').terms.filter(
      (t) => t.field === 'exact',
    );
    expect(terms.some((t) => t.term === 'mức')).toBe(true);
    expect(analyzeQuery('bị phạt mức nào').terms.some((t) => t.term === 'mức' || t.term === 'muc')).toBe(false);
  });
});
