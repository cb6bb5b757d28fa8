/** Which value of a sentence answers: the one nearest the question's words, not the first (#14, right fact). */
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';
import { valuesIn } from '../answer-type.ts';
import { bestValue } from './value.ts';

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
