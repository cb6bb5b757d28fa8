/**
 * @module answer/stated-value.test
 * The value an answer states from its quote (#14: the answer holds the fact, not only a passage with it):
 * of the values of the asked type in a real clause, the one in the sentence showing the question's words,
 * nearest them.
 */
import { describe, expect, it } from 'vitest';
import { valuesIn, type ValueType } from './answer-type.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { nearestValue } from './stated-value.ts';
import { statedSpan } from './kinds/value.ts';

const one = () => 1;

describe('nearestValue: the value of the asked type nearest the question’s words', () => {
  it.each<[string, string, ValueType, string[], string | null]>([
    [
      'two dates in one sentence: the one next to the reporting words (CV 3169/SCT-CN)',
      'Ngày 19/12/2025, Sở Công Thương có văn bản gửi các đơn vị; đề nghị các đơn vị báo cáo kết quả thực hiện trước ngày 05 tháng 02 năm 2026.',
      'date',
      ['bao', 'cao', 'ket', 'qua'],
      'trước ngày 05 tháng 02 năm 2026',
    ],
    [
      'two sentences with dates: the one showing the question’s words (NĐ 139/2025 Điều 20)',
      'Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp tỉnh trước ngày 30 tháng 11 hằng năm.\nỦy ban nhân dân cấp tỉnh tổng hợp, gửi Bộ Công Thương trước ngày 10 tháng 12 hằng năm.',
      'date',
      ['gui', 'bo', 'cong', 'thuong'],
      'trước ngày 10 tháng 12 hằng năm',
    ],
    [
      'a fine’s range in its lead-in (NĐ 71/2019 Điều 53)',
      '1. Phạt tiền từ 500.000 đồng đến 2.000.000 đồng đối với một trong các hành vi vi phạm sau:',
      'money',
      ['phat', 'hanh', 'vi'],
      'từ 500.000 đồng đến 2.000.000 đồng',
    ],
    [
      'a value in a sentence that shows none of the question’s words is no answer',
      'Kế hoạch này thực hiện từ ngày 01/01/2026. Các sở, ngành phối hợp triển khai.',
      'date',
      ['kiem', 'tra', 'kho'],
      null,
    ],
  ])('%s', (_, text, type, words, expected) => {
    const value = nearestValue(text, valuesIn(text, type), words, one);
    if (expected === null) {
      expect(value).toBeNull();
      return;
    }
    expect(value).not.toBeNull();
    const whole = statedSpan(foldKeepingOffsets(text), value!);
    expect(text.slice(whole.start, whole.end)).toBe(expected);
  });
});
