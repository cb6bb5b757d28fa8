import { describe, expect, it } from 'vitest';
import { corpusSenses, phraseTerms, SENSE_FLOOR, senseKey } from './corpus-senses.ts';
import { translateEnglish } from './glossary.ts';
import { fieldTerms } from './tokenize.ts';

/** Clauses of a small store: real excerpts of the Lào Cai provincial plan report (evals/archive, dev split). */
const CLAUSES = [
  'có giải pháp để duy trì lực lượng lao động, bảo đảm sức khỏe, an toàn và đời sống cho người lao động, nhất là trong các khu công nghiệp tập trung',
  'Tỷ lệ lao động qua đào tạo tăng từ 65,3% năm 2021 lên 70% năm 2025.',
  'Đất xây dựng cơ sở y tế',
  'b) Lĩnh vực y tế dự phòng',
  'g) Một số yếu tố đặc thù tác động tới ngành y tế tỉnh Lào Cai',
  'Xây dựng chính sách để tăng cường khả năng tiếp cận dịch vụ bảo hiểm xã hội, bảo hiểm y tế, bảo hiểm thất nghiệp,…cho người lao động.',
];

/** The clause ordinals holding every term of a phrase, as the lexical index answers it. */
const where = (phrase: string): Int32Array => {
  const terms = phraseTerms(phrase);
  const held = CLAUSES.map((c) => new Set(fieldTerms(c).folded.keys()));
  return Int32Array.from(held.flatMap((h, i) => (terms.every((t) => h.has(t)) ? [i] : [])));
};

const factor = (senses: Map<string, number>, trigger: string, phrase: string) =>
  senses.get(senseKey({ trigger, phrase })) ?? 1;

describe('corpusSenses', () => {
  it('weighs the rendering the store writes beside the other words of the question fully, the others less', () => {
    const { expansions } = translateEnglish('What must be done for the health of workers?');
    expect(expansions.filter((e) => e.trigger === 'health').map((e) => e.phrase)).toEqual(
      expect.arrayContaining(['y tế', 'sức khỏe']),
    );
    const senses = corpusSenses(expansions, where, CLAUSES.length);
    expect(factor(senses, 'health', 'sức khỏe')).toBe(1);
    expect(factor(senses, 'health', 'y tế')).toBeLessThan(1);
    expect(factor(senses, 'health', 'y tế')).toBeGreaterThanOrEqual(SENSE_FLOOR);
  });

  it('turns the other way when the context does: health facilities are cơ sở y tế', () => {
    const senses = corpusSenses(
      translateEnglish('Which health facilities are planned?').expansions,
      where,
      CLAUSES.length,
    );
    expect(factor(senses, 'health', 'sức khỏe')).toBeLessThan(factor(senses, 'health', 'y tế'));
  });

  it('leaves a word alone when nothing else in the question meets its renderings', () => {
    const senses = corpusSenses(translateEnglish('What about health and tourism?').expansions, where, CLAUSES.length);
    expect(factor(senses, 'health', 'y tế')).toBe(1);
    expect(factor(senses, 'health', 'sức khỏe')).toBe(1);
  });

  it('finds a phrase through OCR-damaged tone marks: terms are folded', () => {
    expect(phraseTerms('quy hoạch chi tiết')).toEqual(phraseTerms('quy hoạch chỉ tiết'));
  });
});
