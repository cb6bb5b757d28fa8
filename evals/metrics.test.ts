import { describe, expect, it } from 'vitest';
import {
  firstHitRank,
  judgeShortAnswer,
  mean,
  percentile,
  rankingScores,
  recallAt,
  reciprocalRankAt,
  scoresByGroup,
  setAgreement,
  statesValue,
} from './metrics/index.ts';
import { definedAbbreviations } from './text-forms.ts';

describe('firstHitRank', () => {
  const quote = 'khai thác cát trên sông Hậu';
  it.each([
    [['a', 'b', `x ${quote} y`], 3],
    [[`${quote}`, 'b'], 1],
    [['a', 'b'], null],
    [[], null],
  ] as Array<[string[], number | null]>)('%j → %s', (texts, rank) => {
    expect(firstHitRank(texts, [quote])).toBe(rank);
  });

  it('compares in NFC: a decomposed clause text still contains the composed quote', () => {
    expect(firstHitRank(['no', `… ${quote.normalize('NFD')} …`], [quote])).toBe(2);
  });

  it('takes the first passage that contains any of the quotes', () => {
    expect(firstHitRank(['x', 'second quote', 'first quote'], ['first quote', 'second quote'])).toBe(2);
  });
});

describe('recall@k and MRR@k', () => {
  it.each([
    [1, 1, 1, 1],
    [3, 1, 0, 0],
    [3, 5, 1, 1 / 3],
    [11, 10, 0, 0],
    [null, 10, 0, 0],
  ] as Array<[number | null, number, number, number]>)('rank %s at k=%s', (rank, k, recall, rr) => {
    expect(recallAt(rank, k)).toBe(recall);
    expect(reciprocalRankAt(rank, k)).toBeCloseTo(rr, 12);
  });

  it('scores a hand-made set of rankings', () => {
    // ranks 1, 2, 6, 11, none
    const s = rankingScores([1, 2, 6, 11, null]);
    expect(s.n).toBe(5);
    expect(s.recall1).toBeCloseTo(1 / 5);
    expect(s.recall5).toBeCloseTo(2 / 5);
    expect(s.recall10).toBeCloseTo(3 / 5);
    expect(s.mrr10).toBeCloseTo((1 + 1 / 2 + 1 / 6) / 5);
  });

  it('is NaN, not 0, on no questions', () => {
    expect(Number.isNaN(rankingScores([]).recall5)).toBe(true);
    expect(Number.isNaN(mean([]))).toBe(true);
  });

  it('groups by language and kind, with an overall group', () => {
    const items = [
      { lang: 'vi', rank: 1 },
      { lang: 'en', rank: null },
      { lang: 'en', rank: 4 },
    ];
    const s = scoresByGroup(
      items,
      (i) => i.rank,
      (i) => [i.lang],
    );
    expect(s.all.recall5).toBeCloseTo(2 / 3);
    expect(s.vi.recall1).toBe(1);
    expect(s.en.n).toBe(2);
    expect(s.en.mrr10).toBeCloseTo(0.125);
  });
});

describe('percentile', () => {
  it('uses the nearest rank', () => {
    const samples = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(samples, 50)).toBe(50);
    expect(percentile(samples, 95)).toBe(95);
    expect(percentile(samples, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
  });
});

describe('judgeShortAnswer', () => {
  it('finds a body in the answer own words, folded and with abbreviations expanded', () => {
    const gold = { kind: 'lead', answer: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', answerAliases: [] };
    expect(judgeShortAnswer('Ban cán sự đảng UBND tỉnh chủ trì [1].', gold)).toEqual({ strict: true, lenient: true });
    expect(judgeShortAnswer('Ban Can su dang Uy ban nhan dan tinh leads.', gold).strict).toBe(true);
  });

  it('does not credit a name that only stands inside a quote (strict)', () => {
    const gold = { kind: 'lead', answer: 'Ban Tuyên giáo Tỉnh ủy' };
    const answer = 'Theo (12-NQ/TU, mục IV.3): “Ban Tuyên giáo Tỉnh uỷ chủ trì” [1]';
    expect(judgeShortAnswer(answer, gold)).toEqual({ strict: false, lenient: true });
  });

  it('does not credit a longer name that only contains part of the gold', () => {
    expect(judgeShortAnswer('Ban Tuyên giáo chủ trì.', { kind: 'lead', answer: 'Ban Tuyên giáo Tỉnh ủy' }).strict).toBe(
      false,
    );
  });

  it('credits a listed answer when every item is stated', () => {
    const gold = { kind: 'coordinate', answer: 'Viện kiểm sát nhân dân, Tòa án nhân dân, Công an thành phố' };
    const full = 'Phối hợp: Viện kiểm sát nhân dân thành phố, Tòa án nhân dân thành phố và Công an thành phố.';
    expect(judgeShortAnswer(full, gold).strict).toBe(true);
    expect(judgeShortAnswer('Phối hợp: Viện kiểm sát nhân dân thành phố và Công an thành phố.', gold).strict).toBe(
      false,
    );
  });

  it('reads `Ban X Thành ủy` as `Ban X của Thành ủy`', () => {
    const gold = { kind: 'coordinate', answer: 'các ban xây dựng Đảng của Thành ủy' };
    expect(judgeShortAnswer('Working with: Các ban xây dựng Đảng Thành ủy.', gold).strict).toBe(true);
  });

  it('reads an ISO gold date in the forms answers write it', () => {
    const gold = { kind: 'metadata', answer: '2016-06-13', answerAliases: ['13/6/2016'] };
    expect(judgeShortAnswer('Date of issue: 13 June 2016.', gold).strict).toBe(true);
    expect(judgeShortAnswer('Ngày ban hành: ngày 13 tháng 6 năm 2016.', gold).strict).toBe(true);
    expect(judgeShortAnswer('Date of issue: 13 July 2016.', gold).strict).toBe(false);
  });

  it('takes the quote as the answer for content questions', () => {
    const gold = { kind: 'content', answer: 'Xyanua' };
    expect(judgeShortAnswer('Theo Chỉ thị, mục 2: “độc hại (nhất là Xyanua)” [1]', gold)).toEqual({
      strict: true,
      lenient: true,
    });
  });

  it('matches target values with a decimal comma or point', () => {
    const gold = { kind: 'target', answer: '74,8%', answerAliases: ['74.8%'] };
    expect(judgeShortAnswer('Tỷ lệ che phủ: 74.8 % (đến năm 2020)', gold).strict).toBe(true);
    expect(judgeShortAnswer('Tỷ lệ che phủ: 74,8%', gold).strict).toBe(true);
    expect(judgeShortAnswer('Tỷ lệ che phủ: 174,8%', gold).strict).toBe(false);
    expect(statesValue('đạt 100%', 100, '%')).toBe(true);
    expect(statesValue('đạt 100 ha', 100, '%')).toBe(false);
  });

  it('reads an abbreviation the cited document defines for itself written out', () => {
    // Real excerpts of a provincial planning report: the table heading defines the abbreviation, the body uses it.
    const document =
      'Stt | Tên cụm công nghiệp (CCN) | Địa điểm (xã/phường) | Diện tích (ha) | Tỷ lệ lấp đầy (%)\n' +
      '+ Điều chỉnh tăng diện tích 12 CCN: (i) 05 cụm công nghiệp đã thành lập, tổng diện tích tăng từ 162,22 ha lên 277,17 ha';
    const defined = definedAbbreviations(document);
    expect(defined.get('CCN')).toBe('cụm công nghiệp');
    const gold = { kind: 'content', answer: '12 cụm công nghiệp' };
    expect(judgeShortAnswer('Điều chỉnh tăng diện tích 12 CCN [1].', gold, defined).strict).toBe(true);
    expect(judgeShortAnswer('Điều chỉnh tăng diện tích 12 CCN [1].', gold).strict).toBe(false);
    expect(judgeShortAnswer('Điều chỉnh tăng diện tích 12 KCN [1].', gold, defined).strict).toBe(false);
  });

  it('states a target counted in words (no unit to compare) by its words, abbreviation written out', () => {
    // A provincial plan (archive): `Hình thành mới 15 Cụm công nghiệp, nâng tổng số lên 37 CCN`.
    const defined = new Map([['CCN', 'cụm công nghiệp']]);
    const gold = { kind: 'target', answer: '37 cụm công nghiệp', answerAliases: ['37 cụm'] };
    expect(judgeShortAnswer('Con số: 37 CCN.', gold, defined).strict).toBe(true);
    expect(judgeShortAnswer('Con số: 15 CCN.', gold, defined).strict).toBe(false);
    expect(judgeShortAnswer('Con số: 37 CCN.', gold).strict).toBe(false);
  });

  it('takes only brackets whose letters are the initials of the words before them', () => {
    const defined = definedAbbreviations(
      'Ủy ban nhân dân (UBND) tỉnh; cụm công nghiệp (sau đây gọi tắt là CCN); Tờ trình số 12 (TTr) ngày; Bộ Công Thương (BCT)',
    );
    expect([...defined]).toEqual([
      ['UBND', 'Ủy ban nhân dân'],
      ['BCT', 'Bộ Công Thương'],
      ['CCN', 'cụm công nghiệp'],
    ]);
  });

  it('never credits an answer when there is no gold answer', () => {
    expect(judgeShortAnswer('anything', { kind: 'out-of-corpus', answer: null })).toEqual({
      strict: false,
      lenient: false,
    });
  });
});

describe('setAgreement', () => {
  it('counts missing and extra entries', () => {
    const s = setAgreement(
      new Set(['section:I', 'item:I/1', 'item:I/2']),
      new Set(['section:I', 'item:I/1', 'item:root/3']),
    );
    expect(s.recall).toBeCloseTo(2 / 3);
    expect(s.precision).toBeCloseTo(2 / 3);
    expect(s.missing).toEqual(['item:I/2']);
    expect(s.extra).toEqual(['item:root/3']);
  });
});
