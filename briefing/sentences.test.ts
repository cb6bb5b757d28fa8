/** @module briefing/sentences.test — sentence ranges in clause text, and locating words by span or by search. */
import { describe, expect, it } from 'vitest';
import { locateInClause, sentenceAt, splitSentences } from './sentences.ts';

const pieces = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

describe('splitSentences', () => {
  it.each([
    ['1. Một câu dài. Câu thứ hai; ý thứ ba', ['Một câu dài.', 'Câu thứ hai;', 'ý thứ ba']],
    ['3.4. Xây dựng cơ sở dữ liệu. Kiểm soát khai thác cát.', ['Xây dựng cơ sở dữ liệu.', 'Kiểm soát khai thác cát.']],
    ['II- MỤC TIÊU', ['MỤC TIÊU']],
    ['a) Đạt 74,8% vào năm 2025.', ['Đạt 74,8% vào năm 2025.']],
    ['- Dòng một\n+ Dòng hai', ['Dòng một', 'Dòng hai']],
    ['Tại TP. Cần Thơ có nhiều sông.', ['Tại TP. Cần Thơ có nhiều sông.']],
    ['Năm 2025 đạt 95 phần trăm.', ['Năm 2025 đạt 95 phần trăm.']],
  ])('%j', (text, expected) => {
    expect(pieces(text)).toEqual(expected);
  });

  it('returns exact ranges of the text', () => {
    const text = '  1. Câu một.   Câu hai.  ';
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end)).toBe(text.slice(s.start, s.end).trim());
  });
});

describe('sentenceAt', () => {
  it('finds the sentence around an offset', () => {
    const text = 'Xây dựng dữ liệu. Kiểm soát khai thác cát trên sông Hậu. Chuyển đổi số.';
    const s = sentenceAt(text, text.indexOf('cát'));
    expect(s && text.slice(s.start, s.end)).toBe('Kiểm soát khai thác cát trên sông Hậu.');
  });
});

describe('locateInClause', () => {
  const text = 'Ủy ban nhân dân thành phố chủ trì thực hiện.';
  it('uses the span when it fits', () => {
    expect(locateInClause(text, 100, { start: 100, end: 125 }, 'Ủy ban nhân dân thành phố')).toEqual({
      start: 0,
      end: 25,
    });
  });
  it('falls back to the first occurrence when the span is off', () => {
    expect(locateInClause(text, 100, { start: 7, end: 20 }, 'chủ trì')).toEqual({ start: 26, end: 33 });
  });
  it('gives null when the words are not there', () => {
    expect(locateInClause(text, 0, null, 'phối hợp')).toBeNull();
  });
});
