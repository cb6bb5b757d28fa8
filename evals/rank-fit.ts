/**
 * @module evals/rank-fit
 * Fitting the learned ranking: a conditional logit (the candidates of one question compete in a softmax; the
 * likelihood is the chance given to the candidates holding its gold evidence) over standardized features, L2,
 * plain batch gradient descent from zero — no randomness, so the same examples give the same weights.
 * Pure functions; `rank-train.ts` reads and writes files.
 */
import { type RankModel, rankScore } from '../search/learned-ranking.ts';
import { RANK_FEATURES } from '../search/rank-features.ts';
import { fitConditionalLogit, type LogitFitOptions } from './conditional-logit.ts';

/** One dev question as training reads it: the candidates the ordering reads (the hand-set stages' first `depth`), in their order. */
export interface RankExample {
  id: string;
  set: string;
  /** The question's source document: what a half keeps whole. */
  unit: string;
  lang: string;
  candidates: Array<{ features: number[]; holds: boolean }>;
}

export interface RankFitOptions extends LogitFitOptions {
  /** The head of the hand-set order the ordering reads. */
  depth: number;
}

export const RANK_FIT: RankFitOptions = { l2: 0.01, iterations: 1500, rate: 0.5, depth: 30 };

/** A question teaches the ranking only when some candidates hold its evidence and some do not. */
export const teaches = (e: RankExample): boolean =>
  e.candidates.some((c) => c.holds) && e.candidates.some((c) => !c.holds);

/** Standardization, and weights fitted on the examples that teach. */
export function fitRanking(
  examples: readonly RankExample[],
  options: RankFitOptions = RANK_FIT,
): Omit<RankModel, 'training'> {
  const used = examples.filter((e) => teaches(e));
  const fitted = fitConditionalLogit(
    used.map((e) => e.candidates),
    RANK_FEATURES.length,
    options,
  );
  return { features: [...RANK_FEATURES], ...fitted, depth: options.depth };
}

/** The 1-based rank of the first candidate holding the evidence, in the hand-set order or the model's; null: none. */
export function firstHolding(e: RankExample, model?: Omit<RankModel, 'training'>): number | null {
  // Every dumped candidate is one the ordering reads (the head of the hand-set order).
  const order = e.candidates.map((c, i) => ({ c, i, s: model ? rankScore(model, c.features) : 0 }));
  if (model) order.sort((a, b) => b.s - a.s || a.i - b.i);
  const at = order.findIndex((x) => x.c.holds);
  return at < 0 ? null : at + 1;
}
