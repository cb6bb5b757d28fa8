/**
 * @module evals/rank-fit
 * Fitting the learned ranking: a conditional logit (the candidates of one question compete in a softmax; the
 * likelihood is the chance given to the candidates holding its gold evidence) over standardized features, L2,
 * plain batch gradient descent from zero — no randomness, so the same examples give the same weights.
 * Pure functions; `rank-train.ts` reads and writes files.
 */
import { type RankModel, rankScore } from '../search/learned-ranking.ts';
import { RANK_FEATURES } from '../search/rank-features.ts';

/** One dev question as training reads it: the hand-set stages' first candidates, in their order. */
export interface RankExample {
  id: string;
  set: string;
  /** The question's source document: what a half keeps whole. */
  unit: string;
  lang: string;
  candidates: Array<{ features: number[]; holds: boolean }>;
}

export interface RankFitOptions {
  l2: number;
  iterations: number;
  rate: number;
  /** Candidates re-ordered (the head of the hand-set order). */
  depth: number;
}

export const RANK_FIT: RankFitOptions = { l2: 0.01, iterations: 1500, rate: 0.5, depth: 30 };

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** A question's candidates up to `depth`. */
const head = (e: RankExample, depth: number) => e.candidates.slice(0, depth);

/** A question teaches the ranking only when some candidates hold its evidence and some do not. */
export const teaches = (e: RankExample, depth = RANK_FIT.depth): boolean =>
  head(e, depth).some((c) => c.holds) && head(e, depth).some((c) => !c.holds);

/** Standardization, and weights fitted on the examples that teach. */
export function fitRanking(
  examples: readonly RankExample[],
  options: RankFitOptions = RANK_FIT,
): Omit<RankModel, 'training'> {
  const used = examples.filter((e) => teaches(e, options.depth));
  const n = RANK_FEATURES.length;
  const rows = used.flatMap((e) => head(e, options.depth).map((c) => c.features));
  const mean = Array.from({ length: n }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / Math.max(1, rows.length));
  const scale = mean.map((m, j) => {
    const v = rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / Math.max(1, rows.length);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const xs = used.map((e) => head(e, options.depth).map((c) => c.features.map((v, j) => (v - mean[j]) / scale[j])));
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    const g = new Array<number>(n).fill(0);
    for (const [q, e] of used.entries()) {
      const z = xs[q].map((x) => x.reduce((s, v, j) => s + v * w[j], 0));
      const top = Math.max(...z);
      const p = z.map((s) => Math.exp(s - top));
      const total = p.reduce((a, b) => a + b, 0);
      const held = e.candidates.reduce((s, c, i) => s + (i < p.length && c.holds ? p[i] : 0), 0);
      // d(−log Σ_holds p_i)/dw = E_all[x] − E_holds[x]
      for (const [i, x] of xs[q].entries()) {
        const coef = p[i] / total - (e.candidates[i].holds ? p[i] / held : 0);
        for (let j = 0; j < n; j++) g[j] += coef * x[j];
      }
    }
    for (let j = 0; j < n; j++) w[j] -= options.rate * (g[j] / Math.max(1, used.length) + options.l2 * w[j]);
  }
  return {
    features: [...RANK_FEATURES],
    mean: mean.map(round),
    scale: scale.map(round),
    weights: w.map(round),
    depth: options.depth,
  };
}

/** The 1-based rank of the first candidate holding the evidence, in the hand-set order or the model's; null: none. */
export function firstHolding(e: RankExample, model?: Omit<RankModel, 'training'>): number | null {
  const order = e.candidates.map((c, i) => ({ c, i, s: model && i < model.depth ? rankScore(model, c.features) : 0 }));
  if (model) {
    const depth = model.depth;
    const top = order.slice(0, depth).sort((a, b) => b.s - a.s || a.i - b.i);
    order.splice(0, depth, ...top);
  }
  const at = order.findIndex((x) => x.c.holds);
  return at < 0 ? null : at + 1;
}

export interface RankFigures {
  questions: number;
  /** R@1 and R@5 over the candidates (before near-duplicates collapse): hand-set order, then the model's. */
  handSet: { r1: number; r5: number };
  learned: { r1: number; r5: number };
}

const pct = (x: number, n: number) => (n === 0 ? 0 : Math.round((1000 * x) / n) / 10);

/** How often the evidence stands first and in the top 5, in the hand-set order and the model's. */
export function rankFigures(model: Omit<RankModel, 'training'>, examples: readonly RankExample[]): RankFigures {
  const at = (m?: Omit<RankModel, 'training'>) => {
    const ranks = examples.map((e) => firstHolding(e, m));
    const within = (k: number) => pct(ranks.filter((r) => r !== null && r <= k).length, examples.length);
    return { r1: within(1), r5: within(5) };
  };
  return { questions: examples.length, handSet: at(), learned: at(model) };
}
