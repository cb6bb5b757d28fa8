/**
 * @module evals/chooser-fit
 * Fitting the clause chooser: a conditional logit (the clauses one question re-reads compete in a softmax;
 * the likelihood is the chance given to the clauses holding its gold evidence) over standardized features,
 * L2, plain batch gradient descent from zero — no randomness, so the same examples give the same weights.
 * Pure functions; `chooser-train.ts` reads and writes files.
 */
import { CHOOSER_FEATURES } from '../answer/clause-features.ts';
import { type ChooserModel, chooserScore } from '../answer/clause-chooser.ts';

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

export interface ChooserFitOptions {
  l2: number;
  iterations: number;
  rate: number;
}

export const CHOOSER_FIT: ChooserFitOptions = { l2: 0.01, iterations: 2000, rate: 0.5 };

/** A question teaches the choice only when some clauses hold its evidence and some do not. */
export const teaches = (e: ChooserExample): boolean =>
  e.clauses.some((c) => c.holds) && e.clauses.some((c) => !c.holds);

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Standardization, and weights fitted on the examples that teach. */
export function fitChooser(
  examples: readonly ChooserExample[],
  options: ChooserFitOptions = CHOOSER_FIT,
): Omit<ChooserModel, 'training'> {
  const used = examples.filter(teaches);
  const n = CHOOSER_FEATURES.length;
  const rows = used.flatMap((e) => e.clauses.map((c) => c.features));
  const mean = Array.from({ length: n }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / Math.max(1, rows.length));
  const scale = mean.map((m, j) => {
    const v = rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / Math.max(1, rows.length);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const xs = used.map((e) => e.clauses.map((c) => c.features.map((v, j) => (v - mean[j]) / scale[j])));
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    const g = new Array<number>(n).fill(0);
    for (const [q, e] of used.entries()) {
      const z = xs[q].map((x) => x.reduce((s, v, j) => s + v * w[j], 0));
      const top = Math.max(...z);
      const p = z.map((s) => Math.exp(s - top));
      const total = p.reduce((a, b) => a + b, 0);
      const held = e.clauses.reduce((s, c, i) => s + (c.holds ? p[i] : 0), 0);
      // d(−log Σ_holds p_i)/dw = E_all[x] − E_holds[x]
      for (const [i, x] of xs[q].entries()) {
        const coef = p[i] / total - (e.clauses[i].holds ? p[i] / held : 0);
        for (let j = 0; j < n; j++) g[j] += coef * x[j];
      }
    }
    for (let j = 0; j < n; j++) w[j] -= options.rate * (g[j] / Math.max(1, used.length) + options.l2 * w[j]);
  }
  return { features: [...CHOOSER_FEATURES], mean: mean.map(round), scale: scale.map(round), weights: w.map(round) };
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
