/** @module search/english-names.test — Vietnamese names typed without diacritics in English questions, found by the store. */

import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS } from './bm25.ts';
import { writtenIn } from './corpus-senses.ts';
import { heldNames } from './english-names.ts';
import { InvertedIndex } from './lexical-index/inverted-index.ts';
import { buildSegment, decodeSegment } from './lexical-index/segment.ts';
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

  it('searches the name as one folded phrase at the name weight at least', () => {
    const q = analyzeQuery('How many kilos of explosives is Tien Dat allowed to use?', { names });
    const name = q.terms.find((t) => t.field === 'folded' && t.term === 'tien dat');
    expect(name?.weight).toBeGreaterThanOrEqual(TERM_WEIGHTS.name);
  });

  it('does not translate a syllable of the name as an English word', () => {
    const question = 'Why was the Dong Khe quarry permit delayed?';
    expect(analyzeQuery(question).expansions.map((e) => e.phrase)).toContain('đồng');
    const q = analyzeQuery(question, { names });
    expect(q.expansions.map((e) => e.phrase)).not.toContain('đồng');
    expect(q.terms.find((t) => t.field === 'folded' && t.term === 'dong khe')?.weight).toBeGreaterThanOrEqual(
      TERM_WEIGHTS.name,
    );
  });
});

describe('a name typed without diacritics in an English question', () => {
  // Two dangerous-goods records of one genre (Lào Cai, 2026: a Thái Thịnh appraisal line, a Sơn Phương Nam permit)
  // and the circular clause naming the classes: the genre words are everywhere, the company picks the record.
  const index = new InvertedIndex();
  const add = (doc: string, texts: string[]) =>
    index.addDocument(
      doc,
      1,
      decodeSegment(buildSegment(texts.map((text, i) => ({ id: `${doc}~${i}`, parentId: null, text })))),
    );
  add('bien-ban-thai-thinh', [
    'Đối tượng và loại hàng (loại 3 - xăng, dầu diesel) thuộc thẩm quyền cấp Giấy phép của Ủy ban nhân dân tỉnh; Công ty TNHH Thái Thịnh.',
  ]);
  add('gp-phuong-nam', [
    'Theo đề nghị của Công ty cổ phần Sơn Phương Nam, cho phép vận chuyển hàng hóa nguy hiểm loại 2 (khí NH3) bằng phương tiện được phép, xuyên biên giới.',
    'Công ty cổ phần Sơn Phương Nam phải duy trì các điều kiện an toàn khi vận chuyển hàng hóa nguy hiểm.',
  ]);
  add('tt-38', [
    '2. Cục Kỹ thuật an toàn và Môi trường công nghiệp có trách nhiệm tiếp nhận hồ sơ, thẩm định, cấp, cấp lại, thu hồi giấy phép vận chuyển hàng hóa nguy hiểm đối với loại 1 (trừ vật liệu nổ công nghiệp), loại 2, loại 3, loại 4, loại 9.',
  ]);
  const written = writtenIn(index);

  it('outweighs the genre words the other records share, as it would typed without diacritics in Vietnamese', () => {
    const terms = analyzeQuery('Which class of dangerous goods is Thai Thinh allowed to transport?', {
      names: (text) => heldNames(text, written),
    }).terms;
    const scores = index.scoreTerms(terms, BM25_DEFAULTS);
    const best = [...scores.keys()].sort((a, b) => scores[b] - scores[a])[0];
    expect(index.clauseId(best)).toBe('bien-ban-thai-thinh~0');
  });
});
