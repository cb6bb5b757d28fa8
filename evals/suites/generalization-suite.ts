/**
 * @module evals/suites/generalization-suite
 * One row of headline figures per question set and store — the shape of the held-out suite's
 * report: Recall@5 (and English alone), right fact, right lead body, abstentions when it should and
 * when it should not, citations failing verification, ask latency. Sets are split by document (dev /
 * held-back) so tuning shows as a gap between the two.
 */
import type { Db } from '../../core/store/index.ts';
import { DECLINE_MECHANISMS } from '../../answer/types.ts';
import type { GoldQuestion } from '../load-gold.ts';
import { summarizeLatency } from '../metrics/latency.ts';
import { type Ask, type AnswerRecord, runAnswerSuite, scoreAnswers } from './answer-suite.ts';
import { type QuestionRanks, type Retriever, runRetrievalSuite } from './retrieval-suite.ts';

/**
 * Where an answerable question's right fact was lost, by the first stage that lost it, or an unanswerable one
 * answered. Counts only: the held-back sets can say which stage to work on without showing a question.
 */
export const MISS_STAGES = [
  'declined',
  'evidence not in top 5',
  'in top 5, not cited',
  'cited, fact not stated',
  'fact not stated (no evidence quote)',
  'unanswerable answered',
] as const;
export type MissStage = (typeof MISS_STAGES)[number];

/** Counts each stage's misses over one set's answers and fused ranks (`MISS_STAGES`). */
export function missStages(
  records: readonly AnswerRecord[],
  ranks: readonly QuestionRanks[],
  k = 5,
): Record<MissStage, number> {
  const counts = Object.fromEntries(MISS_STAGES.map((s) => [s, 0])) as Record<MissStage, number>;
  const rankOf = new Map(ranks.map((r) => [r.id, r.ranks.fused]));
  for (const r of records) {
    if (r.shortAnswer === null) {
      if (!r.abstained) counts['unanswerable answered']++;
      continue;
    }
    if (r.shortAnswer.strict) continue;
    const rank = rankOf.get(r.id);
    if (r.abstained) counts.declined++;
    else if (r.citationHit === null || rank === undefined) counts['fact not stated (no evidence quote)']++;
    else if (rank === null || rank > k) counts['evidence not in top 5']++;
    else if (!r.citationHit) counts['in top 5, not cited']++;
    else counts['cited, fact not stated']++;
  }
  return counts;
}

/** A decline's mechanism as the eval counts it: the answerer's own (`DeclineMechanism`), else `other` (an error…). */
export const DECLINE_COUNTED = [...DECLINE_MECHANISMS, 'other'] as const;
export type DeclineCounted = (typeof DECLINE_COUNTED)[number];

/** Declines by the mechanism that made them, answerable questions (wrong declines) apart from unanswerable ones. */
export interface DeclinesBy {
  answerable: Record<DeclineCounted, number>;
  unanswerable: Record<DeclineCounted, number>;
}

/** Counts one set's declines by mechanism: which part declines answerable questions, which catches unanswerable ones. */
export function declinesBy(records: readonly Pick<AnswerRecord, 'kind' | 'abstained' | 'declinedBy'>[]): DeclinesBy {
  const zero = () => Object.fromEntries(DECLINE_COUNTED.map((m) => [m, 0])) as Record<DeclineCounted, number>;
  const out: DeclinesBy = { answerable: zero(), unanswerable: zero() };
  for (const r of records) {
    if (!r.abstained) continue;
    const by = (DECLINE_COUNTED as readonly string[]).includes(r.declinedBy ?? '')
      ? (r.declinedBy as DeclineCounted)
      : 'other';
    out[r.kind === 'out-of-corpus' ? 'unanswerable' : 'answerable'][by]++;
  }
  return out;
}

export interface SetFigures {
  set: string;
  store: string;
  questions: number;
  recall5: number;
  recall5En: number;
  mrr10: number;
  /** The gold answer stands in the answer's own words. */
  rightFact: number;
  /** ... or in its quotes. */
  rightFactLenient: number;
  leadBody: number;
  leadN: number;
  abstainsWhenShould: number;
  unanswerable: number;
  abstainsWhenShouldNot: number;
  failedVerifications: number;
  askP50: number;
  askP95: number;
  /** Right-fact misses by the stage that lost them (`missStages`). */
  missStages: Record<MissStage, number>;
  /** Declines by the mechanism that made them (`declinesBy`). */
  declinesBy: DeclinesBy;
  /** Questions answered wrongly or missed, for the report's failure list. */
  misses: Array<{ id: string; question: string; answer: string; abstained: boolean }>;
}

/** Runs retrieval (fused) and the answerer on one question set over one store. */
export async function runQuestionSet(
  set: string,
  store: string,
  db: Db,
  questions: readonly GoldQuestion[],
  systems: { retrieve: Retriever; ask: Ask },
): Promise<SetFigures> {
  const retrieval = await runRetrievalSuite(questions, { fused: systems.retrieve });
  const records: AnswerRecord[] = await runAnswerSuite(db, questions, systems.ask);
  const scores = scoreAnswers(records);
  const fused = retrieval.scores.fused;
  const latency = summarizeLatency(records.map((r) => r.tookMs));
  const lead = scores.shortAnswer.lead;
  return {
    set,
    store,
    questions: questions.length,
    recall5: fused.all?.recall5 ?? Number.NaN,
    recall5En: fused.en?.recall5 ?? Number.NaN,
    mrr10: fused.all?.mrr10 ?? Number.NaN,
    rightFact: scores.shortAnswer.all?.strict ?? Number.NaN,
    rightFactLenient: scores.shortAnswer.all?.lenient ?? Number.NaN,
    leadBody: lead?.lenient ?? Number.NaN,
    leadN: lead?.n ?? 0,
    abstainsWhenShould: scores.abstention.recall,
    unanswerable: scores.abstention.outOfCorpus,
    abstainsWhenShouldNot: scores.abstention.answerableAbstainRate,
    failedVerifications: scores.failedVerifications,
    askP50: latency.p50,
    askP95: latency.p95,
    missStages: missStages(records, retrieval.questions),
    declinesBy: declinesBy(records),
    misses: records
      .filter((r) => (r.kind === 'out-of-corpus' ? !r.abstained : r.abstained || !r.shortAnswer?.lenient))
      .map((r) => ({ id: r.id, question: r.question, answer: r.answer.slice(0, 200), abstained: r.abstained })),
  };
}

export interface ChannelFigures {
  system: string;
  split: string;
  n: number;
  recall5: number;
  mrr10: number;
}

/**
 * Recall@5 and MRR of named retrieval systems (lexical only, dense only, fused; one embedder or
 * another) on question sets, so the dense channel's place is measured, not assumed.
 */
export async function runChannelComparison(
  sets: Readonly<Record<string, readonly GoldQuestion[]>>,
  systems: Readonly<Record<string, Retriever>>,
): Promise<ChannelFigures[]> {
  const out: ChannelFigures[] = [];
  for (const [split, questions] of Object.entries(sets)) {
    const report = await runRetrievalSuite(questions, systems);
    for (const system of Object.keys(systems)) {
      const all = report.scores[system]?.all;
      out.push({ system, split, n: all?.n ?? 0, recall5: all?.recall5 ?? Number.NaN, mrr10: all?.mrr10 ?? Number.NaN });
    }
  }
  return out;
}
