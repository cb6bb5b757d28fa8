import { describe, expect, it } from 'vitest';
import { memoize } from './memo.ts';

describe('memoize', () => {
  it('builds a key once while it is kept, and again after the store filled up and was emptied', () => {
    const built: string[] = [];
    const upper = memoize((key: string) => {
      built.push(key);
      return key.toUpperCase();
    }, 2);
    expect([upper('sở'), upper('sở'), upper('bộ')]).toEqual(['SỞ', 'SỞ', 'BỘ']);
    expect(built).toEqual(['sở', 'bộ']);
    upper('ban'); // the third key empties the two kept
    upper('sở');
    expect(built).toEqual(['sở', 'bộ', 'ban', 'sở']);
  });
});
