/**
 * @module evals/abstain-fit
 * Fitting the abstain model: a logistic regression (standardized features, L2, classes weighted
 * to count alike) by plain batch gradient descent from zero — no randomness, so the same examples
 * give the same weights — with cross-validation by document and the curve an operating point is
 * chosen from. Pure functions over `AbstainExample`s; `abstain-train.ts` reads and writes files.
 */
import { createHash } from 'node:crypto';
import { FEATURE_NAMES, type FeatureName } from '../answer/abstain-features.ts';
import { type AbstainModel, declineProbability, declinesByRule } from '../answer/abstain-model.ts';

/** One dev question as training reads it. */
export interface AbstainExample {
  id: string;
  set: string;
  /** What a fold keeps whole: the question's document (a seed question's group). */
  unit: string;
  /** 1 when the corpus does not answer (gold `out-of-corpus`). */
  should: 0 | 1;
  features: number[];
  /** The kind answerers declined on their own (no value of the asked type…), whatever the model says. */
  answerersDecline: boolean;
  /** A gold evidence quote stands in a retrieved clause. */
  evidenceRetrieved: boolean;
}

export interface FitOptions {
  /** L2 weight on the (standardized) weights. */
  l2: number;
  iterations: number;
  rate: number;
}

// L2 1 over 0.3 and 0.1 (signs held): on held-out halves, declining 90.2% of unanswerable questions costs 6.4% wrong declines against 7.8 and 6.7.
export const FIT: FitOptions = { l2: 1, iterations: 3000, rate: 0.5 };

/**
 * The examples the model learns from: those the kind answerers would answer and no rule declines. Where
 * they decline (no value of the asked type…) the model's decision changes nothing; it learns where it decides.
 */
export const decidesOn = (e: AbstainExample): boolean => !e.answerersDecline && declinesByRule(e.features) === null;

/** The dev half of a unit (common.md: a second hash, apart from the dev/held-back split's). */
export const halfOf = (unit: string): 0 | 1 =>
  (Number.parseInt(createHash('sha1').update(`half:${unit}`, 'utf8').digest('hex').slice(0, 8), 16) % 2) as 0 | 1;

/**
 * Which way each feature may pull (+1 towards declining, −1 towards answering, 0 either): the direction
 * is known before any data — a concept the corpus never mentions cannot make an answer likelier — only
 * the size is learned. Without it, features that rarely fire on dev take whichever sign noise gives.
 */
export const SIGNS: Readonly<Record<FeatureName, -1 | 0 | 1>> = {
  coverage: -1,
  absentShare: 1,
  strangePairShare: 1,
  unreadShare: 1,
  foreignPlace: 1,
  unknownDocument: 1,
  documentNamed: -1,
  valueMissing: 1,
  topicMatch: -1,
  scoreGap: 0,
  retrievalKind: 0,
  retrievalCoverage: -1,
};

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A column of the feature vector: its name and the direction it may pull (`SIGNS`). */
export interface Column {
  name: string;
  sign: -1 | 0 | 1;
}

/** Today's features, in the model file's order. */
export const COLUMNS: readonly Column[] = FEATURE_NAMES.map((name) => ({ name, sign: SIGNS[name] }));

/**
 * Weights, bias and standardization fitted on `examples`; the threshold is left for the caller. A trial of
 * other features (`abstain:compare`) passes its own `columns`, today's first.
 */
export function fitModel(
  examples: readonly AbstainExample[],
  options: FitOptions = FIT,
  columns: readonly Column[] = COLUMNS,
): Omit<AbstainModel, 'threshold'> {
  const n = columns.length;
  const mean = Array.from({ length: n }, (_, j) => examples.reduce((s, e) => s + e.features[j], 0) / examples.length);
  const scale = mean.map((m, j) => {
    const v = examples.reduce((s, e) => s + (e.features[j] - m) ** 2, 0) / examples.length;
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const xs = examples.map((e) => e.features.map((v, j) => (v - mean[j]) / scale[j]));
  // Each class weighs as much as the other: unanswerable questions are one in eight.
  const positives = examples.filter((e) => e.should === 1).length;
  const weightOf = (e: AbstainExample) =>
    e.should === 1 ? examples.length / (2 * positives) : examples.length / (2 * (examples.length - positives));
  const sampleWeights = examples.map(weightOf);
  const w = new Array<number>(n).fill(0);
  let b = 0;
  for (let it = 0; it < options.iterations; it++) {
    const gw = new Array<number>(n).fill(0);
    let gb = 0;
    for (let i = 0; i < xs.length; i++) {
      const z = b + xs[i].reduce((s, v, j) => s + v * w[j], 0);
      const err = (1 / (1 + Math.exp(-z)) - examples[i].should) * sampleWeights[i];
      for (let j = 0; j < n; j++) gw[j] += err * xs[i][j];
      gb += err;
    }
    for (let j = 0; j < n; j++) {
      w[j] -= options.rate * (gw[j] / xs.length + options.l2 * w[j]);
      const sign = columns[j].sign;
      if (sign !== 0 && w[j] * sign < 0) w[j] = 0;
    }
    b -= options.rate * (gb / xs.length);
  }
  return {
    features: columns.map((c) => c.name),
    mean: mean.map(round),
    scale: scale.map(round),
    weights: w.map(round),
    bias: round(b),
  };
}

/** An example with its probability from a model that did not see its half. */
export interface HeldOut {
  example: AbstainExample;
  p: number;
  half: 0 | 1;
}

/** What a fold trains: from examples, the probability of declining a feature vector. */
export type Learner = (train: readonly AbstainExample[]) => (x: readonly number[]) => number;

/** The stored model's learner: the logistic regression above. */
export const logisticLearner =
  (options: FitOptions = FIT, columns: readonly Column[] = COLUMNS): Learner =>
  (train) => {
    const model = { ...fitModel(train, options, columns), threshold: 0.5 };
    return (x) => declineProbability(model, x);
  };

/**
 * Two-fold cross-validation by document half: each half is predicted by the model trained on the other.
 * `keep` picks the training examples (e.g. answerable ones only when their evidence was retrieved).
 */
export function crossValidate(
  examples: readonly AbstainExample[],
  keep: (e: AbstainExample) => boolean = decidesOn,
  learn: Learner = logisticLearner(),
): HeldOut[] {
  const out: HeldOut[] = [];
  for (const half of [0, 1] as const) {
    const predict = learn(examples.filter((e) => halfOf(e.unit) !== half && keep(e)));
    for (const e of examples) if (halfOf(e.unit) === half) out.push({ example: e, p: predict(e.features), half });
  }
  return out;
}

export interface OperatingPoint {
  threshold: number;
  /** Share of unanswerable questions declined (end to end: the model or the answerers). */
  declinesWhenItShould: number;
  /** Share of answerable questions declined. */
  wrongDeclines: number;
  unanswerable: number;
  answerable: number;
}

/** The figures at `threshold` over held-out predictions, the answerers' own declines included. */
export function operatingPoint(
  held: readonly { example: AbstainExample; p: number }[],
  threshold: number,
): OperatingPoint {
  let right = 0;
  let wrong = 0;
  let unanswerable = 0;
  for (const { example: e, p } of held) {
    const declines = p >= threshold || e.answerersDecline || declinesByRule(e.features) !== null;
    if (e.should === 1) {
      unanswerable++;
      if (declines) right++;
    } else if (declines) wrong++;
  }
  const answerable = held.length - unanswerable;
  return {
    threshold,
    declinesWhenItShould: unanswerable ? right / unanswerable : 0,
    wrongDeclines: answerable ? wrong / answerable : 0,
    unanswerable,
    answerable,
  };
}

/** The highest threshold (fewest wrong declines) at which held-out declines-when-it-should reaches `target`. */
export function chooseThreshold(held: readonly HeldOut[], target = 0.9): OperatingPoint {
  const grid = Array.from({ length: 99 }, (_, i) => round((99 - i) / 100));
  for (const t of grid) {
    const point = operatingPoint(held, t);
    if (point.declinesWhenItShould >= target) return point;
  }
  return operatingPoint(held, 0.01);
}

/**
 * What each wrong reply costs the user, per question: declining an answerable question (the right-fact figure
 * counts it a miss) against answering an unanswerable one. Both are a wrong reply, so they cost alike.
 */
export const COSTS = { wrongDecline: 1, unanswerableAnswered: 1 } as const;

/** The cost of the held-out replies at an operating point: wrong declines plus unanswerable questions answered. */
export const costOf = (p: OperatingPoint, costs = COSTS): number =>
  costs.wrongDecline * p.wrongDeclines * p.answerable +
  costs.unanswerableAnswered * (1 - p.declinesWhenItShould) * p.unanswerable;

/**
 * The threshold of least held-out cost (`COSTS`) on a fixed grid; among equal costs the highest (fewest declines).
 * The grid and the tie rule are fixed, so the same predictions always give the same threshold.
 */
export function chooseThresholdByCost(held: readonly HeldOut[], costs = COSTS): OperatingPoint {
  let best = operatingPoint(held, 0.99);
  for (let i = 98; i >= 1; i--) {
    const point = operatingPoint(held, round(i / 100));
    if (costOf(point, costs) < costOf(best, costs) - 1e-9) best = point;
  }
  return best;
}

/**
 * The rule the model replaced, read from the same features, for comparison: decline on an unknown
 * document or foreign place, absent concepts ≥ 0.3, more words not understood than understood (clause
 * kinds), strange pairs ≥ 0.5, or coverage < 0.3 (clause kinds) — thresholds set by hand on the gold.
 */
export function handRuleDeclines(x: readonly number[]): boolean {
  const f = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, x[i]])) as Record<string, number>;
  return (
    f.unknownDocument === 1 ||
    f.foreignPlace === 1 ||
    f.absentShare >= 0.3 ||
    (f.retrievalKind === 1 && f.unreadShare > 0.5) ||
    f.strangePairShare >= 0.5 ||
    (f.retrievalKind === 1 && f.coverage < 0.3)
  );
}
