/**
 * @module evals/abstain-train
 * `npm run abstain:train`: learns the abstain model (answer/data/abstain-model.json) from dev questions.
 *
 *   npm run abstain:dev -- --answerers-only --out evals/out/abstain-dump.jsonl   # features, from the dev store
 *   npm run abstain:train -- --from evals/out/abstain-dump.jsonl               # → evals/abstain/dev-examples.jsonl
 *   npm run abstain:train                                                      # refit from the stored examples
 *
 * Examples are dev questions only (seeds, seed paraphrases, dev questions of both archive sets). Figures printed
 * and stored are held-out ones: two-fold cross-validation by document half (sha1('half:' + document)),
 * each half predicted by the model trained on the other; the operating point is the threshold of least held-out
 * cost, a wrong decline costing as much as an unanswerable question answered (`COSTS`) — not a decline rate
 * reached on dev, which unseen documents (whose features read lower) do not keep. The final weights are fitted on all examples
 * the kind answerers do not decline by themselves (`decidesOn`).
 * The same examples always give the same file (the test checks it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { abstainFeatures } from '../answer/abstain-features.ts';
import { type AbstainModel, MODEL_FILE } from '../answer/abstain-model.ts';
import type { DraftReport } from '../answer/draft-report.ts';
import type { RelevanceReport } from '../answer/relevance.ts';
import type { QuestionKind } from '../answer/types.ts';
import {
  type AbstainExample,
  chooseThresholdByCost,
  costOf,
  crossValidate,
  decidesOn,
  FIT,
  fitModel,
  halfOf,
  handRuleDeclines,
  type OperatingPoint,
  operatingPoint,
} from './abstain-fit.ts';
import { option, ROOT } from './dev-options.ts';

export const EXAMPLES_FILE = resolve(ROOT, 'evals', 'abstain', 'dev-examples.jsonl');

/** Declines-when-it-should `abstain:compare` also reports a candidate at (issue #14's first target). */
export const TARGET = 0.9;

/** What training reads of a line of `abstain-dev.ts`'s dump. */
export interface DumpLine {
  id: string;
  set: string;
  unit: string;
  gold: string;
  lang: string;
  kind: QuestionKind;
  relevance: RelevanceReport;
  draft: DraftReport | null;
  abstained: boolean;
  evidenceRetrieved: boolean;
}

/** The lines of a dump of `npm run abstain:dev -- --answerers-only`, each checked for its relevance report. */
export function dumpLines(file: string): DumpLine[] {
  const lines: DumpLine[] = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line));
  for (const d of lines)
    if (!d.relevance || !d.kind) throw new Error(`${file}: ${d.id} has no relevance report; rerun npm run abstain:dev`);
  return lines;
}

/** A dump line as an example; features are recomputed from the stored report: a change to them needs no new dump. */
export const exampleOf = (d: DumpLine): AbstainExample => ({
  id: d.id,
  set: d.set,
  unit: d.unit,
  should: d.gold === 'out-of-corpus' ? 1 : 0,
  features: abstainFeatures(d.relevance, d.draft?.kind ?? d.kind),
  answerersDecline: d.abstained,
  evidenceRetrieved: d.evidenceRetrieved,
});

/** Reads a dump of `npm run abstain:dev -- --answerers-only` into examples (every dev set: more documents, more phrasings). */
export function examplesFromDump(file: string): AbstainExample[] {
  return dumpLines(file).map(exampleOf);
}

export function readExamples(file = EXAMPLES_FILE): AbstainExample[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as AbstainExample);
}

const pct = (x: number) => Math.round(1000 * x) / 10;
const figures = (p: OperatingPoint) => ({
  threshold: p.threshold,
  declinesWhenItShould: pct(p.declinesWhenItShould),
  wrongDeclines: pct(p.wrongDeclines),
  cost: Math.round(costOf(p) * 10) / 10,
});

/** The model file for `examples`: weights on all of them, threshold and figures from held-out halves. */
export function train(examples: readonly AbstainExample[]): AbstainModel {
  const held = crossValidate(examples);
  const chosen = chooseThresholdByCost(held);
  const byHalf = [0, 1].map((h) => ({
    half: h,
    questions: held.filter((x) => x.half === h).length,
    ...figures(
      operatingPoint(
        held.filter((x) => x.half === h),
        chosen.threshold,
      ),
    ),
  }));
  const handRule = [0, 1].map((h) => {
    const part = held
      .filter((x) => x.half === h)
      .map((x) => ({ ...x, p: handRuleDeclines(x.example.features) ? 1 : 0 }));
    return { half: h, ...figures(operatingPoint(part, 0.5)) };
  });
  const curve = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, chosen.threshold]
    .sort((a, b) => a - b)
    .filter((t, i, all) => all.indexOf(t) === i)
    .map((t) => figures(operatingPoint(held, t)));
  const sets = [...new Set(examples.map((e) => e.set))].map((set) => ({
    set,
    questions: examples.filter((e) => e.set === set).length,
    unanswerable: examples.filter((e) => e.set === set && e.should === 1).length,
  }));
  return {
    ...fitModel(examples.filter(decidesOn)),
    threshold: chosen.threshold,
    training: {
      how:
        'logistic regression, features standardized, L2, classes weighted alike, batch gradient descent from zero ' +
        '(evals/abstain-fit.ts); examples: dev questions only (evals/abstain/dev-examples.jsonl, from npm run abstain:dev ' +
        '-- --answerers-only; seeds, paraphrases, archive and fresh dev), fitted on those the kind answerers do not decline on ' +
        'their own; threshold: least held-out cost, a wrong decline costing as much as an unanswerable question answered ' +
        "(highest on ties), end to end with the kind answerers' own declines; cost: wrong replies of both kinds, in questions; " +
        "figures: two-fold cross-validation by document half (sha1('half:' + document) mod 2)",
      fit: FIT,
      sets,
      heldOut: { ...figures(chosen), byHalf },
      handRuleHeldOut: handRule,
      curve,
    },
  };
}

function main(): void {
  const from = option('from');
  if (from) {
    const examples = examplesFromDump(from);
    writeFileSync(EXAMPLES_FILE, `${examples.map((e) => JSON.stringify(e)).join('\n')}\n`);
    process.stdout.write(`${examples.length} examples → ${EXAMPLES_FILE}\n`);
  }
  const examples = readExamples();
  const model = train(examples);
  writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 2)}\n`);
  const t = model.training as ReturnType<typeof train>['training'] & Record<string, unknown>;
  process.stdout.write(`${JSON.stringify(t, null, 1)}\nmodel → ${MODEL_FILE}\n`);
  process.stdout.write(
    `halves: ${[0, 1].map((h) => examples.filter((e) => halfOf(e.unit) === h).length).join(' / ')}\n`,
  );
}

if (process.argv[1] && resolve(process.argv[1]) === resolve(import.meta.filename)) main();
