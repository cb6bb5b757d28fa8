/** @module search/tokenize.test — golden tables: syllables, bigrams, symbols kept whole, folded field, đ → d. */

import { describe, expect, it } from 'vitest';
import { fieldTerms, foldedTokens, normalizeSymbol, tokenize } from './tokenize.ts';

const exacts = (text: string) => tokenize(text).map((t) => t.exact);
const keys = (m: Map<string, number>) => [...m.keys()];

describe('tokenize', () => {
  it.each([
    ['Khai thác cát', ['khai', 'thác', 'cát']],
    ['Tỉnh uỷ Sóc Trăng', ['tỉnh', 'ủy', 'sóc', 'trăng']],
    ['THÀNH ỦY CẦN THƠ', ['thành', 'ủy', 'cần', 'thơ']],
    ['tỷ lệ đạt 74,8%', ['tỷ', 'lệ', 'đạt', '74,8']],
    ['giai đoạn 2022 - 2025', ['giai', 'đoạn', '2022', '2025']],
    ['Sở TN&MT', ['sở', 'tn&mt']],
    ['ng\u01b0\u1eddi d\u00e2n', ['người', 'dân']],
    ['ng\u01a3\u1eddi', ['người']], // PDF glyph ƣ repaired
  ])('%s → %j', (text, expected) => {
    expect(exacts(text)).toEqual(expected);
  });

  it.each([
    ['Kết luận số 81-KL/TW', '81-kl/tw', '81-kl/tw'],
    ['Số 2449 -CV/ĐU', '2449-cv/đu', '2449-cv/du'],
    ['Số: 9387 /UBND-KT', '9387/ubnd-kt', '9387/ubnd-kt'],
    ['Chương trình số 31-\nCTr/TW', '31-ctr/tw', '31-ctr/tw'],
    ['theo 104-CTr/Tu', '104-ctr/tu', '104-ctr/tu'],
    ['Quyết định 524/QĐ-TTg', '524/qđ-ttg', '524/qd-ttg'],
    ['Nghị định 30/2020/NĐ-CP', '30/2020/nđ-cp', '30/2020/nd-cp'],
    ['Kết luận 81–KL/TW', '81-kl/tw', '81-kl/tw'],
  ])('keeps the symbol in %j as one token', (text, exact, folded) => {
    const symbols = tokenize(text).filter((t) => t.kind === 'symbol');
    expect(symbols.map((t) => [t.exact, t.folded])).toEqual([[exact, folded]]);
    expect(text.slice(symbols[0].start, symbols[0].end).replace(/\s/g, '')).toMatch(/^\d/);
  });

  it('gives spans into the original text', () => {
    const text = 'Ban Tuyên giáo Thành ủy chủ trì';
    for (const t of tokenize(text)) expect(text.slice(t.start, t.end)).toBe(t.surface);
  });

  it('marks function syllables as stopwords', () => {
    expect(tokenize('các cơ quan của thành phố').map((t) => [t.exact, t.stop])).toEqual([
      ['các', true],
      ['cơ', false],
      ['quan', false],
      ['của', true],
      ['thành', false],
      ['phố', false],
    ]);
  });

  it('normalizes printed symbols', () => {
    expect(normalizeSymbol('2449 -CV/ĐU')).toBe('2449-cv/đu');
    expect(normalizeSymbol('31-\nCTr/TW')).toBe('31-ctr/tw');
  });
});

describe('foldedTokens', () => {
  it.each([
    'Theo Kết luận số 81–KL/TW và Nghị định 30/2020/NĐ-CP, Tỉnh uỷ Sóc Trăng chỉ đạo:',
    'tỷ lệ đạt 74,8%; giai đoạn 2022 - 2025 (R&D)',
    'ĐIỀU 5. Trách nhiệm của Sở Tài nguyên và Môi trường',
    'Số 2449 -CV/ĐU ngày 31/12/2024',
  ])('reads %j as the folded forms of its tokens', (text) => {
    expect(foldedTokens(text)).toEqual(tokenize(text).map((t) => t.folded));
  });
});

describe('fieldTerms', () => {
  it('indexes syllables and adjacent-syllable bigrams', () => {
    expect(keys(fieldTerms('khai thác khoáng sản').exact)).toEqual([
      'khai',
      'thác',
      'khoáng',
      'sản',
      'khai thác',
      'thác khoáng',
      'khoáng sản',
    ]);
  });

  it('folds the second field, đ → d', () => {
    expect(keys(fieldTerms('Đảng ủy đề xuất').folded)).toEqual([
      'dang',
      'uy',
      'de',
      'xuat',
      'dang uy',
      'uy de',
      'de xuat',
    ]);
  });

  it('does not bridge stopwords or punctuation with bigrams', () => {
    const exact = keys(fieldTerms('thu gom và xử lý, cải tạo').exact);
    expect(exact).toContain('thu gom');
    expect(exact).toContain('xử lý');
    expect(exact).toContain('cải tạo');
    expect(exact).not.toContain('gom xử');
    expect(exact).not.toContain('lý cải');
    expect(exact).not.toContain('và');
  });

  it('indexes a symbol whole and its number, without bigrams around it', () => {
    const exact = keys(fieldTerms('Kết luận số 81-KL/TW').exact);
    expect(exact).toEqual(['kết', 'luận', 'số', '81-kl/tw', '81', 'kết luận', 'luận số']);
  });

  it('merges different accents into one folded term and counts both', () => {
    const ft = fieldTerms('cát và cắt');
    expect(ft.exact.get('cát')).toBe(1);
    expect(ft.exact.get('cắt')).toBe(1);
    expect(ft.folded.get('cat')).toBe(2);
    expect(ft.exactLen).toBe(2);
    expect(ft.foldedLen).toBe(2);
  });

  it('reads old and new tone placement alike', () => {
    expect(keys(fieldTerms('Tỉnh uỷ').exact)).toEqual(keys(fieldTerms('Tỉnh ủy').exact));
  });
});
