/**
 * @module evals/abstain-compare
 * `npm run abstain:compare`: decisions other than the stored one, tried on the same dev dump and the same
 * folds as `abstain:train` (two halves by document), so a candidate is kept only on held-out figures. Each
 * candidate appends columns to today's features — read from the draft report (`draft-report.ts`: anchors,
 * stated value, quote coverage, chooser trust) or split by question kind — or swaps the learner for a few
 * boosted stumps. Printed per candidate at three operating points chosen on the held-out predictions (least
 * cost as `abstain:train` chooses; declines ≥ 90% of unanswerable questions; wrong declines ≤ 5%): the cost of
 * each half (wrong replies, `COSTS`), then each set's halves.
 *
 *   npm run abstain:dev -- --answerers-only --out evals/out/abstain-dump.jsonl
 *   npm run abstain:compare -- --from evals/out/abstain-dump.jsonl
 *   npm run abstain:compare -- --from evals/out/abstain-dump.jsonl --shift   # each feature's means per half and class
 */
import { FEATURE_NAMES, type FeatureName } from '../answer/abstain-features.ts';
import type { QuestionKind } from '../answer/types.ts';
import {
  type AbstainExample,
  COLUMNS,
  type Column,
  chooseThreshold,
  chooseThresholdByCost,
  costOf,
  crossValidate,
  decidesOn,
  FIT,
  type HeldOut,
  halfOf,
  type Learner,
  logisticLearner,
  operatingPoint,
} from './abstain-fit.ts';
import { type DumpLine, dumpLines, exampleOf, TARGET } from './abstain-train.ts';
import { option, ROOT } from './dev-options.ts';

const VALUE_KINDS: ReadonlySet<QuestionKind> = new Set(['amount', 'target', 'deadline']);
const BODY_KINDS: ReadonlySet<QuestionKind> = new Set(['lead', 'coordinate', 'report']);
const writer = (d: DumpLine): QuestionKind => d.draft?.kind ?? d.kind;
const base = (d: DumpLine, name: FeatureName) => exampleOf(d).features[FEATURE_NAMES.indexOf(name)];

/** A column read from a dump line, with the direction it may pull. */
interface Extra extends Column {
  read: (d: DumpLine) => number;
}

/** The question's anchors are all missing from every document the draft cites (`anchors.ts`). */
const anchorsOffDocument: Extra = {
  name: 'anchorsOffDocument',
  sign: 1,
  read: (d) => (d.draft && d.draft.anchors > 0 && d.draft.anchorsOffDocument === 1 ? 1 : 0),
};
/** A value kind whose anchors no cited clause shows, or whose quotes state no value of the asked type. */
const valueUnanchored: Extra = {
  name: 'valueUnanchored',
  sign: 1,
  read: (d) =>
    d.draft && VALUE_KINDS.has(d.draft.kind) && d.relevance.valueAsked
      ? d.draft.statesValue !== true || (d.draft.anchors > 0 && d.draft.anchorsOffClause === 1)
        ? 1
        : 0
      : 0,
};
const draftStatesNoValue: Extra = {
  name: 'draftStatesNoValue',
  sign: 1,
  read: (d) => (d.draft?.statesValue === false ? 1 : 0),
};
const quoteCoverage: Extra = { name: 'quoteCoverage', sign: -1, read: (d) => d.draft?.coverage ?? 1 };
const trust: Extra = { name: 'trust', sign: -1, read: (d) => d.draft?.trust ?? 1 };
/** Coverage weighed per kind group: a value, a body or an open answer may need more or less of the topic. */
const coverageBy = (name: string, kinds: (k: QuestionKind) => boolean): Extra => ({
  name,
  sign: -1,
  read: (d) => (kinds(writer(d)) ? base(d, 'coverage') : 0),
});
/** A value missing from the best clauses, for the open answerer apart from the value kinds. */
const valueMissingOpen: Extra = {
  name: 'valueMissingOpen',
  sign: 1,
  read: (d) => (writer(d) === 'content' ? base(d, 'valueMissing') : 0),
};

/** Gradient-boosted stumps (logistic loss, classes weighted alike): a decision that is not one line. */
function stumpLearner(rounds: number, shrink = 0.5, ridge = 5): Learner {
  return (train) => {
    const n = train[0].features.length;
    const positives = train.filter((e) => e.should === 1).length;
    const w = train.map((e) => train.length / (2 * (e.should === 1 ? positives : train.length - positives)));
    const cuts = Array.from({ length: n }, (_, j) => {
      const values = [...new Set(train.map((e) => e.features[j]))].sort((a, b) => a - b);
      const step = Math.max(1, Math.floor(values.length / 20));
      const out: number[] = [];
      for (let i = step; i < values.length; i += step) out.push((values[i - 1] + values[i]) / 2);
      return out;
    });
    const score = train.map(() => 0);
    const stumps: { j: number; cut: number; low: number; high: number }[] = [];
    for (let r = 0; r < rounds; r++) {
      const p = score.map((s) => 1 / (1 + Math.exp(-s)));
      const g = train.map((e, i) => (e.should - p[i]) * w[i]);
      const h = p.map((pi, i) => Math.max(pi * (1 - pi), 1e-6) * w[i]);
      let best = { gain: -1, j: 0, cut: 0, low: 0, high: 0 };
      for (let j = 0; j < n; j++)
        for (const cut of cuts[j]) {
          let gl = 0;
          let hl = 0;
          let gr = 0;
          let hr = 0;
          train.forEach((e, i) => {
            if (e.features[j] <= cut) [gl, hl] = [gl + g[i], hl + h[i]];
            else [gr, hr] = [gr + g[i], hr + h[i]];
          });
          const gain = (gl * gl) / (hl + ridge) + (gr * gr) / (hr + ridge);
          if (gain > best.gain) best = { gain, j, cut, low: gl / (hl + ridge), high: gr / (hr + ridge) };
        }
      const stump = { j: best.j, cut: best.cut, low: shrink * best.low, high: shrink * best.high };
      stumps.push(stump);
      train.forEach((e, i) => {
        score[i] += e.features[stump.j] <= stump.cut ? stump.low : stump.high;
      });
    }
    return (x) => 1 / (1 + Math.exp(-stumps.reduce((s, t) => s + (x[t.j] <= t.cut ? t.low : t.high), 0)));
  };
}

interface Candidate {
  name: string;
  extras: readonly Extra[];
  learner?: Learner;
  /** Stored features read as 0 (a constant the fit gives no weight): does the decision need them? */
  without?: readonly FeatureName[];
}

const CANDIDATES: readonly Candidate[] = [
  { name: 'stored features (logistic)', extras: [] },
  { name: '+ anchors off the cited documents', extras: [anchorsOffDocument] },
  { name: '+ value kind unanchored', extras: [valueUnanchored] },
  { name: '+ draft states no value', extras: [draftStatesNoValue] },
  { name: '+ quote coverage, trust', extras: [quoteCoverage, trust] },
  { name: '+ anchors, value unanchored, quotes', extras: [anchorsOffDocument, valueUnanchored, quoteCoverage, trust] },
  {
    name: '+ coverage per kind group',
    extras: [
      coverageBy('coverageValue', (k) => VALUE_KINDS.has(k)),
      coverageBy('coverageBody', (k) => BODY_KINDS.has(k)),
      coverageBy('coverageOpen', (k) => k === 'content'),
    ],
  },
  { name: '+ value missing for open answers', extras: [valueMissingOpen] },
  // Features read from hand lists (asked-value cues, place and document names, the glossary) against the store's statistics.
  { name: '− documentNamed', extras: [], without: ['documentNamed'] },
  { name: '− valueMissing', extras: [], without: ['valueMissing'] },
  { name: '− foreignPlace', extras: [], without: ['foreignPlace'] },
  {
    name: '− documentNamed, valueMissing, foreignPlace',
    extras: [],
    without: ['documentNamed', 'valueMissing', 'foreignPlace'],
  },
  { name: '− scoreGap, retrievalKind', extras: [], without: ['scoreGap', 'retrievalKind'] },
  { name: 'stumps ×6', extras: [], learner: stumpLearner(6) },
  { name: 'stumps ×12', extras: [], learner: stumpLearner(12) },
  {
    name: 'stumps ×12 + anchors, value, quotes',
    extras: [anchorsOffDocument, valueUnanchored, quoteCoverage, trust],
    learner: stumpLearner(12),
  },
];

const pct = (x: number) => (100 * x).toFixed(1);

/** Declines-when-it-should / wrong declines of a part of the held-out predictions at a threshold. */
function cell(held: readonly HeldOut[], threshold: number): string {
  const p = operatingPoint(held, threshold);
  return `${pct(p.declinesWhenItShould)}/${pct(p.wrongDeclines)}`;
}

/** The lowest threshold held above which wrong declines stay ≤ `budget` (the fewest missed declines at that cost). */
function thresholdForBudget(held: readonly HeldOut[], budget: number): number {
  let chosen = 0.99;
  for (let i = 99; i >= 1; i--) {
    if (operatingPoint(held, i / 100).wrongDeclines > budget) break;
    chosen = i / 100;
  }
  return chosen;
}

/**
 * How each feature reads on one document half against the other, for answerable and unanswerable questions the
 * model decides on (means): a feature that reads differently on the half nobody tuned a list on shifts on unseen
 * documents too (issue #14). `valueMissing` on answerable questions: 0 on half 0 and 13 of 508 on half 1 (2026-12-07).
 */
function printShift(examples: readonly AbstainExample[]): void {
  process.stdout.write(
    `\nfeature shift (means over examples the model decides on) | answerable h0 / h1 | unanswerable h0 / h1\n`,
  );
  const part = (should: 0 | 1, half: 0 | 1) =>
    examples.filter((e) => e.should === should && halfOf(e.unit) === half && decidesOn(e));
  const mean = (xs: readonly AbstainExample[], j: number) =>
    xs.length ? (xs.reduce((s, e) => s + e.features[j], 0) / xs.length).toFixed(3) : '-';
  const parts = [part(0, 0), part(0, 1), part(1, 0), part(1, 1)];
  process.stdout.write(`n | ${parts[0].length} / ${parts[1].length} | ${parts[2].length} / ${parts[3].length}\n`);
  for (const [j, name] of FEATURE_NAMES.entries())
    process.stdout.write(
      `${name} | ${mean(parts[0], j)} / ${mean(parts[1], j)} | ${mean(parts[2], j)} / ${mean(parts[3], j)}\n`,
    );
}

function main(): void {
  const lines = dumpLines(option('from') ?? `${ROOT}evals/out/abstain-dump.jsonl`);
  if (process.argv.includes('--shift')) {
    printShift(lines.map(exampleOf));
    return;
  }
  process.stdout.write(
    'candidate | threshold | all held out | cost h0 / h1 | archive h0 | archive h1 | seeds+paraphrases h0 | h1 | fresh h0 | fresh h1  (declines when it should / wrongly, %)\n',
  );
  for (const c of CANDIDATES) {
    const columns = [...COLUMNS, ...c.extras];
    const examples: AbstainExample[] = lines.map((d) => {
      const e = exampleOf(d);
      const kept = e.features.map((v, j) => (c.without?.includes(FEATURE_NAMES[j]) ? 0 : v));
      return { ...e, features: [...kept, ...c.extras.map((x) => x.read(d))] };
    });
    const held = crossValidate(examples, decidesOn, c.learner ?? logisticLearner(FIT, columns));
    const part = (sets: readonly string[], half: 0 | 1) =>
      held.filter((x) => sets.includes(x.example.set) && halfOf(x.example.unit) === half);
    for (const threshold of [
      chooseThresholdByCost(held).threshold,
      chooseThreshold(held, TARGET).threshold,
      thresholdForBudget(held, 0.05),
    ])
      process.stdout.write(
        `${c.name} | ${threshold.toFixed(2)} | ${cell(held, threshold)} | ${[0, 1]
          .map((h) =>
            costOf(
              operatingPoint(
                held.filter((x) => x.half === h),
                threshold,
              ),
            ).toFixed(1),
          )
          .join(' / ')} | ${[0, 1].map((h) => cell(part(['archive'], h as 0 | 1), threshold)).join(' | ')} | ${[0, 1]
          .map((h) => cell(part(['seed', 'paraphrases'], h as 0 | 1), threshold))
          .join(' | ')} | ${[0, 1].map((h) => cell(part(['fresh'], h as 0 | 1), threshold)).join(' | ')}\n`,
      );
  }
}

main();
