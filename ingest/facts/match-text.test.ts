/**
 * The match form of a clause and its map back to the source: abbreviations expanded, words folded (a word in
 * decomposed Unicode folds shorter), dashes read as hyphens, every offset of the match text mapped to the source.
 */
import { describe, expect, it } from 'vitest';
import { contentStart, matchText, sourceSlice } from './match-text.ts';

// From an archive plan's task list (Kế hoạch … UBND tỉnh), with an en dash as the documents type it.
const CLAUSE = '2. UBND tỉnh Lào Cai – Sở Công Thương chủ trì, phối hợp với các sở, ngành.';

describe('matchText', () => {
  it('expands, folds and maps every offset back to the source', () => {
    const mt = matchText(CLAUSE);
    expect(mt.text).toBe('2. uy ban nhan dan tinh lao cai - so cong thuong chu tri, phoi hop voi cac so, nganh.');
    const so = mt.text.indexOf('so cong thuong');
    expect(sourceSlice(mt, so, so + 'so cong thuong'.length)).toBe('Sở Công Thương');
    // The expansion maps to the abbreviation it came from.
    expect(sourceSlice(mt, mt.text.indexOf('uy ban'), mt.text.indexOf(' tinh'))).toBe('UBND');
    expect(mt.toSource(mt.text.length)).toBe(CLAUSE.length);
    expect(mt.fromSource(CLAUSE.indexOf('Sở'))).toBe(so);
    expect(contentStart(mt)).toBe(3);
  });

  it('maps a word typed in decomposed Unicode, which folds shorter, to the whole word', () => {
    const source = 'Giao Ủy ban nhân dân huyện'.normalize('NFD');
    const mt = matchText(source);
    expect(mt.text).toBe('giao uy ban nhan dan huyen');
    const huyen = mt.text.indexOf('huyen');
    expect(sourceSlice(mt, huyen, mt.text.length)).toBe('huyện'.normalize('NFD'));
    expect(mt.fromSource(source.indexOf('b'))).toBe(mt.text.indexOf('ban'));
  });
});
