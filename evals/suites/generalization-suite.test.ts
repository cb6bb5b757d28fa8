import { describe, expect, it } from 'vitest';
import type { AnswerRecord } from './answer-suite.ts';
import { declinesBy, missStages } from './generalization-suite.ts';
import type { QuestionRanks } from './retrieval-suite.ts';

/** An answer record as the answer suite writes it; only the fields the stage count reads matter. */
function record(id: string, over: Partial<AnswerRecord>): AnswerRecord {
  return {
    id,
    lang: 'vi',
    kind: 'content',
    question: 'Cơ quan nào chủ trì kiểm soát khai thác cát?',
    answer: 'Sở Tài nguyên và Môi trường chủ trì.',
    abstained: false,
    tookMs: 1,
    citations: [],
    citationHit: true,
    shortAnswer: { strict: false, lenient: false },
    ...over,
  };
}
const ranked = (id: string, fused: number | null): QuestionRanks => ({
  id,
  lang: 'vi',
  kind: 'content',
  ranks: { fused },
  tookMs: {},
});

describe('missStages', () => {
  it('puts each right-fact miss at the first stage that lost it, and counts unanswerable questions answered', () => {
    const records = [
      record('right', { shortAnswer: { strict: true, lenient: true } }),
      record('declined', { abstained: true, citationHit: false }),
      record('unranked', { citationHit: false }),
      record('ranked-7', { citationHit: false }),
      record('not-cited', { citationHit: false }),
      record('cited', {}),
      record('no-quote', { citationHit: null }),
      record('unanswerable-answered', { shortAnswer: null, citationHit: null }),
      record('unanswerable-declined', { shortAnswer: null, citationHit: null, abstained: true }),
    ];
    const ranks = [
      ranked('right', 1),
      ranked('declined', 2),
      ranked('unranked', null),
      ranked('ranked-7', 7),
      ranked('not-cited', 3),
      ranked('cited', 1),
    ];
    expect(missStages(records, ranks)).toEqual({
      declined: 1,
      'evidence not in top 5': 2,
      'in top 5, not cited': 1,
      'cited, fact not stated': 1,
      'fact not stated (no evidence quote)': 1,
      'unanswerable answered': 1,
    });
  });
});

describe('declinesBy', () => {
  it('counts declines by the mechanism that made them, wrong declines apart from right ones', () => {
    const records = [
      record('model-wrong', { abstained: true, declinedBy: 'model' }),
      record('answerer-wrong', { abstained: true, declinedBy: 'answerer' }),
      record('model-right', { kind: 'out-of-corpus', abstained: true, declinedBy: 'model' }),
      record('rule-right', { kind: 'out-of-corpus', abstained: true, declinedBy: 'rule' }),
      record('error', { abstained: true }),
      record('answered', { declinedBy: undefined }),
    ];
    const counts = declinesBy(records);
    expect(counts.answerable).toMatchObject({ model: 1, answerer: 1, rule: 0, other: 1 });
    expect(counts.unanswerable).toMatchObject({ model: 1, rule: 1, answerer: 0, other: 0 });
  });
});
