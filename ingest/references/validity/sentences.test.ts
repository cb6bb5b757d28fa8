/** @module ingest/references/validity/sentences.test — masks blank their characters and nothing else, so offsets still hold. */
import { describe, expect, it } from 'vitest';
import { blankSpans } from './sentences.ts';

describe('blankSpans', () => {
  it('blanks overlapping, unordered and out-of-range masks and keeps the length', () => {
    const folded = 'bai bo dieu 5 quyet dinh so 12/2020/qd-ubnd';
    const masks = [
      { start: 28, end: 99 },
      { start: 7, end: 13 },
      { start: 3, end: 9 },
      { start: -4, end: 1 },
      { start: 20, end: 20 },
    ];
    const blanked = blankSpans(folded, masks);
    expect(blanked).toHaveLength(folded.length);
    expect(blanked).toBe(` ai${' '.repeat(10)} quyet dinh so ${' '.repeat(folded.length - 28)}`);
  });

  it('gives the text back when nothing is masked', () => {
    expect(blankSpans('hieu luc thi hanh', [])).toBe('hieu luc thi hanh');
  });
});
