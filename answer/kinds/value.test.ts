/** Which value of a sentence answers: the one nearest the question's words, not the first (#14, right fact). */
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { valuesIn } from '../answer-type.ts';
import { bestValue, namedNumbers, recounts } from './value.ts';

describe('bestValue', () => {
  // A Lào Cai plan (archive): two sums in one sentence, each beside its own topic.
  const text =
    'GRDP bình quân đầu người năm 2025 của Lào Cai thấp hơn trung bình vùng Trung du và Miền núi phía Bắc (105,47 triệu đồng năm 2025) và mức bình quân cả nước (125,57 triệu đồng năm 2025).';
  const folded = foldKeepingOffsets(text);
  const sentence = { start: 0, end: text.length };

  it.each([
    ['GRDP bình quân đầu người cả nước năm 2025 là bao nhiêu', ['grdp', 'binh', 'quan', 'ca', 'nuoc'], '125,57'],
    ['GRDP bình quân vùng Trung du và Miền núi phía Bắc', ['grdp', 'binh', 'quan', 'vung', 'trung', 'du'], '105,47'],
  ])('%s → %s', (question, words, expected) => {
    const values = valuesIn(text, 'money', null);
    expect(values.length).toBeGreaterThan(1);
    const { value } = bestValue({ folded, sentence, values }, 'money', foldKeepingOffsets(question), words);
    expect(text.slice(value.start, value.end)).toContain(expected);
  });
});

describe('bestValue: `bao lâu` asks a period, not the date beside it', () => {
  // A chemicals sanctions decree (archive): a yearly report date and the period it runs for, in one sentence.
  const text =
    '1. Phạt tiền từ 25.000.000 đồng đến 30.000.000 đồng đối với hành vi không báo cáo cơ quan nhà nước có thẩm quyền về quá trình hoạt động với hóa chất mới trước ngày 15 tháng 02 hằng năm trong thời hạn 05 năm kể từ ngày hóa chất mới được đăng ký.';
  const folded = foldKeepingOffsets(text);
  const sentence = { start: 0, end: text.length };
  const values = valuesIn(text, 'date');

  it.each([
    'Doanh nghiệp phải báo cáo quá trình hoạt động với hóa chất mới bao lâu sau khi đăng ký?',
    'For how long after registration must a firm report on its work with a new chemical?',
  ])('%s → the period', (question) => {
    const words = ['bao', 'cao', 'hoa', 'chat', 'moi', 'dang', 'ky'];
    const { value } = bestValue({ folded, sentence, values }, 'date', foldKeepingOffsets(question), words);
    expect(text.slice(value.start, value.end)).toContain('05 năm');
  });
});

describe('recounts: an earlier letter recounted, unless the question names its number', () => {
  // The background sentence of a Sở Công Thương letter (archive): its limit is the earlier letter's.
  const sentence = foldKeepingOffsets(
    'Ngày 19 tháng 12 năm 2025, Sở Công Thương có Văn bản số 3169/SCT-CN về việc báo cáo với thời hạn trước ngày 05 tháng 02 năm 2026.',
  );

  it.each<[string[], boolean]>([
    [[], true],
    [['3169'], false],
    [['4120', '3169'], false],
    // A number inside a longer one is not the letter's.
    [['316'], true],
    [['31690'], true],
  ])('question names %j → recounted %s', (numbers, recounted) => {
    expect(recounts(sentence, namedNumbers(numbers))).toBe(recounted);
  });
});
