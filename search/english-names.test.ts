/** @module search/english-names.test — Vietnamese names typed without diacritics in English questions, found by the store. */

import { describe, expect, it } from 'vitest';
import { heldNames } from './english-names.ts';
import { analyzeQuery, TERM_WEIGHTS } from './query.ts';

// What a store holds as folded phrases: excerpts of a blasting permit and a quarry review (Lào Cai, 2026).
const CLAUSES = [
  'cho phep cong ty co phan tu van xay dung va thuong mai tien dat',
  'ra soat ho so cap giay phep su dung vlncn khai thac mo da dong khe, xa van chan',
];
const holds = (phrase: string) => CLAUSES.some((c) => c.includes(phrase));

describe('heldNames', () => {
  it('finds a name the store writes, past the capitalized word that opens the question', () => {
    expect(heldNames("Is Tien Dat's explosives permit still valid?", holds)).toEqual(['tien dat']);
  });

  it('leaves capitalized words no clause writes together', () => {
    expect(heldNames('Which Form must Bao Long file?', holds)).toEqual([]);
  });
});

describe('analyzeQuery with names', () => {
  const names = (text: string) => heldNames(text, holds);

  it('searches the name as one folded phrase at the name weight', () => {
    const q = analyzeQuery('How many kilos of explosives is Tien Dat allowed to use?', { names });
    expect(q.terms).toContainEqual({ field: 'folded', term: 'tien dat', weight: TERM_WEIGHTS.name });
  });

  it('does not translate a syllable of the name as an English word', () => {
    const question = 'Why was the Dong Khe quarry permit delayed?';
    expect(analyzeQuery(question).expansions.map((e) => e.phrase)).toContain('đồng');
    const q = analyzeQuery(question, { names });
    expect(q.expansions.map((e) => e.phrase)).not.toContain('đồng');
    expect(q.terms).toContainEqual({ field: 'folded', term: 'dong khe', weight: TERM_WEIGHTS.name });
  });
});
