/**
 * @module evals/conditional-logit
 * The fit the learned rankers share (the clause chooser, the learned ranking): a conditional logit — the
 * candidates of one question compete in a softmax, and the likelihood is the chance given to those holding its
 * gold evidence — over standardized features, L2, plain batch gradient descent from zero. No randomness: the
 * same examples give the same weights, so retraining reproduces a model file.
 */

/** One candidate of a question: its feature row, and whether it holds the question's gold evidence. */
export interface Candidate {
  features: readonly number[];
  holds: boolean;
}

export interface LogitFitOptions {
  l2: number;
  iterations: number;
  rate: number;
}

export interface FittedLogit {
  mean: number[];
  scale: number[];
  weights: number[];
}

const round = (x: number) => Math.round(x * 1e6) / 1e6;

/** Standardization and weights over `n` features, fitted on `questions` (each a list of competing candidates). */
export function fitConditionalLogit(
  questions: ReadonlyArray<readonly Candidate[]>,
  n: number,
  options: LogitFitOptions,
): FittedLogit {
  const rows = questions.flatMap((q) => q.map((c) => c.features));
  const mean = Array.from({ length: n }, (_, j) => rows.reduce((s, r) => s + r[j], 0) / Math.max(1, rows.length));
  const scale = mean.map((m, j) => {
    const v = rows.reduce((s, r) => s + (r[j] - m) ** 2, 0) / Math.max(1, rows.length);
    return v > 1e-12 ? Math.sqrt(v) : 1;
  });
  const xs = questions.map((q) => q.map((c) => c.features.map((v, j) => (v - mean[j]) / scale[j])));
  const w = new Array<number>(n).fill(0);
  for (let it = 0; it < options.iterations; it++) {
    const g = new Array<number>(n).fill(0);
    for (const [q, candidates] of questions.entries()) {
      const z = xs[q].map((x) => x.reduce((s, v, j) => s + v * w[j], 0));
      const top = Math.max(...z);
      const p = z.map((s) => Math.exp(s - top));
      const total = p.reduce((a, b) => a + b, 0);
      const held = candidates.reduce((s, c, i) => s + (c.holds ? p[i] : 0), 0);
      // d(−log Σ_holds p_i)/dw = E_all[x] − E_holds[x]
      for (const [i, x] of xs[q].entries()) {
        const coef = p[i] / total - (candidates[i].holds ? p[i] / held : 0);
        for (let j = 0; j < n; j++) g[j] += coef * x[j];
      }
    }
    for (let j = 0; j < n; j++) w[j] -= options.rate * (g[j] / Math.max(1, questions.length) + options.l2 * w[j]);
  }
  return { mean: mean.map(round), scale: scale.map(round), weights: w.map(round) };
}
