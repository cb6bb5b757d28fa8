/**
 * @module evals/rank-ablate
 * `npm run rank:ablate`: what each feature of the learned ranking pays, from the stored dev examples
 * (evals/rank/dev-examples.jsonl, `npm run rank:dump`), with two-fold cross-validation over the dev halves: the
 * model is fitted on one half and measured on the other, both ways, with all features and with each feature
 * switched off (its column zeroed before the fit, so the fit cannot lean on it). A feature whose removal costs the
 * half it was not fitted on nothing pays for nothing there. Figures are over candidates (the head the ordering
 * reads), before near-duplicates collapse — as `rank:train` reports them.
 *
 *   npm run rank:ablate                      # every feature, one at a time
 *   npm run rank:ablate -- --off a,b         # only these (comma-separated; `a+b` switches several off at once)
 *   npm run rank:ablate -- --folds           # a fit on one half against a fit on both halves' documents
 *
 * `--folds` splits each half's documents in two by another hash (four quarters) and measures each quarter twice:
 * fitted on the other half only (the protocol `rank:train` used to store), and on the other three quarters (both
 * halves' documents, the quarter itself never seen).
 */
import { createHash } from 'node:crypto';
import { RANK_FEATURES } from '../search/rank-features.ts';
import { option } from './dev-options.ts';
import { readRankExamples } from './rank-train.ts';
import { fitRanking, firstHolding, RANK_FIT, type RankExample } from './rank-fit.ts';
import { devHalf } from './split.ts';

export interface FoldFigures {
  r1: number;
  r5: number;
  mrr: number;
}

/** R@1, R@5 and MRR@10 of a model's order over examples. */
function figuresOf(model: ReturnType<typeof fitRanking> | undefined, examples: readonly RankExample[]): FoldFigures {
  const ranks = examples.map((e) => firstHolding(e, model));
  const n = Math.max(1, examples.length);
  const within = (k: number) => (100 * ranks.filter((r) => r !== null && r <= k).length) / n;
  const mrr = ranks.reduce((s: number, r) => s + (r !== null && r <= 10 ? 1 / r : 0), 0) / n;
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return { r1: round(within(1), 1), r5: round(within(5), 1), mrr: round(mrr, 3) };
}

/** The examples with the named features' columns zeroed. */
export function withoutFeatures(examples: readonly RankExample[], off: ReadonlySet<number>): RankExample[] {
  if (off.size === 0) return [...examples];
  return examples.map((e) => ({
    ...e,
    candidates: e.candidates.map((c) => ({ ...c, features: c.features.map((v, j) => (off.has(j) ? 0 : v)) })),
  }));
}

/** Each half measured by the model fitted on the other half. */
export function crossValidated(examples: readonly RankExample[]): { half0: FoldFigures; half1: FoldFigures } {
  const half = (h: 0 | 1) => examples.filter((e) => devHalf(e.unit) === h);
  return {
    half0: figuresOf(fitRanking(half(1)), half(0)),
    half1: figuresOf(fitRanking(half(0)), half(1)),
  };
}

/** Quarter 0–3 of the dev documents: the half, and a second hash within it. */
export function quarterOf(unit: string): number {
  const head = createHash('sha1').update(`quarter:${unit}`, 'utf8').digest('hex').slice(0, 8);
  return 2 * devHalf(unit) + (Number.parseInt(head, 16) % 2);
}

/** Per half, the pooled figures of its two quarters: fitted on the other half, and on the other three quarters. */
export function foldFigures(
  examples: readonly RankExample[],
  otherHalfToo = true,
): Array<{ half: 0 | 1; handSet: FoldFigures; otherHalf?: FoldFigures; rest: FoldFigures }> {
  return ([0, 1] as const).map((h) => {
    const pooled = (fitFor: (q: number) => RankExample[]) => {
      const parts = [2 * h, 2 * h + 1].map((q) => {
        const test = examples.filter((e) => quarterOf(e.unit) === q);
        return { n: test.length, f: figuresOf(fitRanking(fitFor(q)), test) };
      });
      const n = parts.reduce((s, p) => s + p.n, 0) || 1;
      const mean = (key: keyof FoldFigures, digits: number) =>
        Math.round((10 ** digits * parts.reduce((s, p) => s + p.f[key] * p.n, 0)) / n) / 10 ** digits;
      return { r1: mean('r1', 1), r5: mean('r5', 1), mrr: mean('mrr', 3) };
    };
    return {
      half: h,
      handSet: figuresOf(
        undefined,
        examples.filter((e) => devHalf(e.unit) === h),
      ),
      otherHalf: otherHalfToo ? pooled(() => examples.filter((e) => devHalf(e.unit) !== h)) : undefined,
      rest: pooled((q) => examples.filter((e) => quarterOf(e.unit) !== q)),
    };
  });
}

function main(): void {
  const examples = readRankExamples();
  if (process.argv.includes('--folds')) {
    const fmt = (x: FoldFigures) => `R@1 ${x.r1.toFixed(1)} R@5 ${x.r5.toFixed(1)} MRR ${x.mrr.toFixed(3)}`;
    for (const f of foldFigures(examples))
      process.stdout.write(
        `half ${f.half}: fitted on the other half ${f.otherHalf ? fmt(f.otherHalf) : '-'} | on the other three quarters ${fmt(f.rest)}\n`,
      );
    return;
  }
  const asked = option('off');
  const groups = asked ? asked.split(',').map((g) => g.split('+')) : RANK_FEATURES.map((f) => [f]);
  const fmt = (x: FoldFigures) => `R@1 ${x.r1.toFixed(1)} R@5 ${x.r5.toFixed(1)} MRR ${x.mrr.toFixed(3)}`;
  const base = crossValidated(examples);
  process.stdout.write(
    `fit ${JSON.stringify(RANK_FIT)}; each half measured by the fit on the other\nall features: half 0 ${fmt(base.half0)} | half 1 ${fmt(base.half1)}\n\n` +
      `| off | ΔR@5 half 0 | ΔMRR half 0 | ΔR@5 half 1 | ΔMRR half 1 |\n|---|---|---|---|---|\n`,
  );
  for (const group of groups) {
    const off = new Set(
      group.map((name) => {
        const j = (RANK_FEATURES as readonly string[]).indexOf(name);
        if (j < 0) throw new Error(`no feature ${name}; features: ${RANK_FEATURES.join(', ')}`);
        return j;
      }),
    );
    const x = crossValidated(withoutFeatures(examples, off));
    const d = (a: number, b: number, digits: number) => `${a - b >= 0 ? '+' : ''}${(a - b).toFixed(digits)}`;
    process.stdout.write(
      `| ${group.join('+')} | ${d(x.half0.r5, base.half0.r5, 1)} | ${d(x.half0.mrr, base.half0.mrr, 3)} | ${d(x.half1.r5, base.half1.r5, 1)} | ${d(x.half1.mrr, base.half1.mrr, 3)} |\n`,
    );
  }
}

if (process.argv[1]?.endsWith('rank-ablate.ts')) main();
