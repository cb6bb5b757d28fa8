/**
 * @module evals/chooser-fit
 * Fitting the clause chooser: a conditional logit (the clauses one question re-reads compete in a softmax;
 * the likelihood is the chance given to the clauses holding its gold evidence) over standardized features,
 * L2, plain batch gradient descent from zero — no randomness, so the same examples give the same weights.
 * Pure functions; `chooser-train.ts` reads and writes files.
 */
import { CHOOSER_FEATURES } from '../answer/clause-features.ts';
import { type ChooserModel, chooserScore } from '../answer/clause-chooser.ts';
import { fitConditionalLogit, type LogitFitOptions } from './conditional-logit.ts';

/** One dev question as training reads it: the re-read clauses in re-ranked order. */
export interface ChooserExample {
  id: string;
  set: string;
  /** The question's source document: what a half keeps whole. */
  unit: string;
  kind: string;
  read: string;
  clauses: Array<{ features: number[]; holds: boolean }>;
}

export type ChooserFitOptions = LogitFitOptions;

export const CHOOSER_FIT: ChooserFitOptions = { l2: 0.01, iterations: 2000, rate: 0.5 };

/** A question teaches the choice only when some clauses hold its evidence and some do not. */
export const teaches = (e: ChooserExample): boolean =>
  e.clauses.some((c) => c.holds) && e.clauses.some((c) => !c.holds);

/** Standardization, and weights fitted on the examples that teach. */
export function fitChooser(
  examples: readonly ChooserExample[],
  options: ChooserFitOptions = CHOOSER_FIT,
): Omit<ChooserModel, 'training'> {
  const used = examples.filter(teaches);
  return {
    features: [...CHOOSER_FEATURES],
    ...fitConditionalLogit(
      used.map((e) => e.clauses),
      CHOOSER_FEATURES.length,
      options,
    ),
  };
}

/** Index of the clause a model picks (ties: the earlier, as the answerers do). */
export function pick(model: Omit<ChooserModel, 'training'>, e: ChooserExample): number {
  let best = 0;
  let bestScore = Number.NEGATIVE_INFINITY;
  for (const [i, c] of e.clauses.entries()) {
    const s = chooserScore(model, c.features);
    if (s > bestScore) {
      best = i;
      bestScore = s;
    }
  }
  return best;
}

export interface ChoiceFigures {
  /** Questions whose re-read clauses hold the evidence at all. */
  questions: number;
  /** Share of them whose chosen clause holds it: the chooser, and the re-ranked order's first clause. */
  chooser: number;
  reranked: number;
}

const pct = (x: number, n: number) => (n === 0 ? 0 : Math.round((1000 * x) / n) / 10);

/** How often the chooser and the re-ranked order pick a clause holding the evidence. */
export function choiceFigures(
  model: Omit<ChooserModel, 'training'>,
  examples: readonly ChooserExample[],
): ChoiceFigures {
  const found = examples.filter((e) => e.clauses.some((c) => c.holds));
  const chooser = found.filter((e) => e.clauses[pick(model, e)].holds).length;
  const reranked = found.filter((e) => e.clauses[0].holds).length;
  return { questions: found.length, chooser: pct(chooser, found.length), reranked: pct(reranked, found.length) };
}
