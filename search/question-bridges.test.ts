/** @module search/question-bridges.test — asking words → heading words, on questions of the archive's kind, with and without diacritics. */

import { describe, expect, it } from 'vitest';
import { analyzeQuery, TERM_WEIGHTS } from './query.ts';
import { questionBridges } from './question-bridges.ts';

describe('questionBridges', () => {
  it.each([
    ['Kế hoạch kiểm tra của Sở Công Thương tổ chức ở đâu?', ['địa điểm']],
    ['Ke hoach kiem tra cua So Cong Thuong to chuc o dau', ['địa điểm']],
    // "Khi nào" is asked of events and of a document's effect alike: no heading of its own.
    ['Lớp huấn luyện an toàn vật liệu nổ diễn ra khi nào?', []],
    ['Giấy phép khai thác khoáng sản có thời hạn bao lâu?', ['thời hạn']],
    ['Hội nghị sơ kết gồm những ai tham dự?', ['thành phần']],
    ['Nghị định áp dụng đối với đối tượng nào?', ['đối tượng']],
    // English deadlines asked with a phrase the glossary cannot render word by word.
    ['By when must the Construction Department send its comments?', ['thời hạn']],
    ['Until when is the permit valid?', ['thời hạn']],
    // No asking word of the list: nothing added.
    ['Cơ quan nào chủ trì kiểm soát khai thác cát?', []],
    // Asking syllables scattered in other words ("bảo đảm … lâu dài") are no asking word.
    ['Bảo đảm an toàn lâu dài cho người lao động', []],
  ])('%s → %j', (question, phrases) => {
    expect(questionBridges(question).map((b) => b.phrase)).toEqual(phrases);
  });
});

describe('questionBridges without a bridge (evaluation: SearchOptions.ablate)', () => {
  it('drops the bridge named by a heading phrase of it and keeps the others', () => {
    expect(questionBridges('Kế hoạch kiểm tra của Sở Công Thương tổ chức ở đâu?', ['địa điểm'])).toEqual([]);
    expect(
      questionBridges('Giấy phép khai thác khoáng sản có thời hạn bao lâu?', ['địa điểm']).map((b) => b.phrase),
    ).toEqual(['thời hạn']);
  });

  it('adds no bridge term to the query it drops', () => {
    const q = analyzeQuery('Kế hoạch 3898 của Sở Công Thương tổ chức ở đâu?', { withoutBridges: ['địa điểm'] });
    expect(q.terms.filter((t) => t.weight === TERM_WEIGHTS.bridge)).toEqual([]);
  });
});

describe('analyzeQuery with bridges', () => {
  it('adds the heading words at the bridge weight, below the question’s own words', () => {
    const q = analyzeQuery('Kế hoạch 3898 của Sở Công Thương tổ chức ở đâu?');
    expect(q.bridges).toEqual([{ phrase: 'địa điểm', trigger: 'o dau' }]);
    expect(q.terms).toContainEqual({ field: 'exact', term: 'địa điểm', weight: TERM_WEIGHTS.bridge });
    expect(q.terms.find((t) => t.term === 'tổ chức')?.weight).toBe(TERM_WEIGHTS.query);
  });

  it('bridges the English where, a function word the glossary never renders', () => {
    // Real dev question (archive set): the answer stands under "Địa điểm xây dựng:" of the appraisal notice.
    const q = analyzeQuery("Where is Anh Nhẫn's low-grade apatite concentrator being built?");
    expect(q.language).toBe('en');
    expect(q.bridges).toEqual([{ phrase: 'địa điểm', trigger: 'where' }]);
    expect(q.terms).toContainEqual({ field: 'exact', term: 'địa điểm', weight: TERM_WEIGHTS.bridge });
  });

  it('leaves the English asking words the glossary renders to the glossary', () => {
    expect(analyzeQuery('How long is the licence valid?').bridges).toEqual([]);
  });
});
