/**
 * @module evals/rank-compare
 * `npm run rank:compare -- --base A.json --with B.json`: per dev set and dev half, R@5 and MRR@10 of two
 * `rank:dev --ranks` files and the difference. Questions absent from B (a `--fired` run) keep A's rank.
 * Dev sets only, like `rank:dev`.
 */
import { readFileSync } from 'node:fs';
import { devSet, option } from './dev-options.ts';
import { devHalf } from './split.ts';
import { retrievalQuestions } from './suites/retrieval-suite.ts';

type Ranks = Record<string, number | null>;

const read = (file: string | undefined): Ranks => {
  if (!file) throw new Error('usage: rank:compare -- --base A.json --with B.json');
  return JSON.parse(readFileSync(file, 'utf8')) as Ranks;
};

function main(): void {
  const base = read(option('base'));
  const changed = read(option('with'));
  const sets = [...new Set(Object.keys(base).map((k) => k.slice(0, k.indexOf(':'))))];
  for (const set of sets) {
    const questions = retrievalQuestions(devSet(set));
    const groups: Array<[string, typeof questions]> = questions.some((q) => q.source)
      ? ([0, 1] as const).map((h) => [
          `half ${h}`,
          questions.filter((q) => q.source !== undefined && devHalf(q.source) === h),
        ])
      : [['all', questions]];
    const cells = groups.map(([name, qs]) => {
      const figures = (ranks: Ranks) => {
        const of = qs.map((q) => ranks[`${set}:${q.id}`] ?? null);
        const n = Math.max(1, of.length);
        return {
          r5: (100 * of.filter((r) => r !== null && r <= 5).length) / n,
          mrr: of.reduce((s: number, r) => s + (r !== null && r <= 10 ? 1 / r : 0), 0) / n,
        };
      };
      const a = figures(base);
      const b = figures({ ...base, ...changed });
      const d = (x: number, digits: number) => `${x >= 0 ? '+' : ''}${x.toFixed(digits)}`;
      return `${name} (${qs.length}) R@5 ${a.r5.toFixed(1)} → ${b.r5.toFixed(1)} (${d(b.r5 - a.r5, 1)}) MRR ${a.mrr.toFixed(3)} → ${b.mrr.toFixed(3)} (${d(b.mrr - a.mrr, 3)})`;
    });
    process.stdout.write(`${set}: ${cells.join(' | ')}\n`);
  }
}

main();
