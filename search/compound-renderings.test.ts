import { describe, expect, it } from 'vitest';
import { compoundRenderings } from './compound-renderings.ts';
import { phraseTerms } from './corpus-senses.ts';
import { questionWords, translateEnglish } from './glossary.ts';
import { analyzeQuery } from './query.ts';
import { fieldTerms } from './tokenize.ts';

/** Clauses of a small store: real excerpts of the Lào Cai provincial plan report and a decree (evals/archive, dev split). */
const CLAUSES = [
  'là nguồn "vàng đen" tập trung chủ yếu tại khu vực Lào Cai (mỏ đồng Sin Quyền, mỏ sắt Quý Sa, các bãi thải mỏ Apatit).',
  'Phạt tiền từ 3.000.000 đồng đến 5.000.000 đồng đối với hành vi không có chỉ huy nổ mìn khi thực hiện nổ mìn.',
  'khoảng cách an toàn đối với người ≥ 300m, đối với công trình, thiết bị ≥ 200m',
];

/** True when one of the clauses holds every word pair of the phrase, as the lexical index answers it. */
const holdsIn =
  (clauses: readonly string[]) =>
  (phrase: string): boolean => {
    const terms = phraseTerms(phrase);
    return clauses.some((c) => {
      const held = new Set(fieldTerms(c).folded.keys());
      return terms.every((t) => held.has(t));
    });
  };
const holds = holdsIn(CLAUSES);

const composed = (question: string) =>
  compoundRenderings(translateEnglish(question).expansions, question, holds).map((e) => `${e.trigger} → ${e.phrase}`);

describe('compoundRenderings', () => {
  it.each([
    ['Where is the Sin Quyền copper mine?', 'copper mine → mỏ đồng'],
    ['What is the blasting safety distance for people at the quarry?', 'safety distance → khoảng cách an toàn'],
  ])('puts the head first, as Vietnamese does, when the store writes it so: %s', (question, expected) => {
    expect(composed(question)).toContain(expected);
  });

  it('keeps no order the store never writes: copper is not the currency đồng after a mine', () => {
    // `đồng mỏ` (modifier first, English order) is in no clause, nor `khai thác đồng`.
    expect(composed('Where is the Sin Quyền copper mine?').filter((c) => c.startsWith('copper mine'))).toEqual([
      'copper mine → mỏ đồng',
    ]);
  });

  it('composes across `of` in the same order: the distance of safety', () => {
    expect(composed('What is the distance of safety at the quarry?')).toContain(
      'distance of safety → khoảng cách an toàn',
    );
  });

  it('never composes across a comma', () => {
    expect(composed('Which safety, distance or mine rules apply?')).toEqual([]);
  });

  it('names a numbered thing as the documents do, through `số` where the store writes it so: bid package 13', () => {
    // A Lào Cai explosives use permit (archive, dev split): the works are `Gói thầu số 13`, the road `Quốc lộ 32`.
    const permit = holdsIn([
      '1. Địa điểm sử dụng VLNCN: Gói thầu số 13: Công trình nối Quốc lộ 32 với cao tốc Nội Bài - Lào Cai (IC14)',
    ]);
    const question = 'When does the explosives use permit for bid package 13 expire?';
    const numbered = compoundRenderings(translateEnglish(question).expansions, question, permit)
      .filter((e) => e.trigger === 'bid package 13')
      .map((e) => e.phrase);
    expect(numbered).toEqual(['gói thầu số 13']);
    // Another number is no name the store writes.
    const other = 'When does the explosives use permit for bid package 12 expire?';
    expect(compoundRenderings(translateEnglish(other).expansions, other, permit).map((e) => e.trigger)).not.toContain(
      'bid package 12',
    );
  });

  it('adds the composition to the query terms, its junction below a translation', () => {
    const q = analyzeQuery('Where is the Sin Quyền copper mine?', {
      compounds: (expansions, text) => compoundRenderings(expansions, text, holds),
    });
    const junction = q.terms.find((t) => t.field === 'folded' && t.term === 'mo dong');
    expect(junction?.weight).toBeGreaterThan(0);
    expect(junction?.weight).toBeLessThan(0.8);
    expect(analyzeQuery('Where is the Sin Quyền copper mine?').terms.some((t) => t.term === 'mo dong')).toBe(false);
  });
});

describe('questionWords', () => {
  it('marks punctuation before a word and treats a document symbol as a break', () => {
    expect(questionWords('safe, good-quality electricity')).toEqual({
      words: ['safe', 'good', 'quality', 'electricity'],
      breaks: [false, true, false, false],
    });
    expect(questionWords('letter 3169/SCT-CN deadline').breaks).toEqual([false, true]);
  });
});
