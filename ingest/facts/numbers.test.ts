import { describe, expect, it } from 'vitest';
import { parseVietnameseNumber } from './numbers.ts';

describe('parseVietnameseNumber', () => {
  it.each<[string, number | null]>([
    ['100', 100],
    ['74,8', 74.8],
    ['0,5', 0.5],
    ['1.000', 1000],
    ['1.000.000', 1000000],
    ['2.500,75', 2500.75],
    ['2.5', 2.5],
    ['', null],
    ['1,2,3', null],
    ['abc', null],
  ])('%s → %s', (text, expected) => {
    expect(parseVietnameseNumber(text)).toBe(expected);
  });
});
