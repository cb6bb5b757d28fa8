/**
 * @module evals/kind-dev
 * Question-kind accuracy, without a store: the dev gold's questions carry their kinds (all three languages),
 * read by `classifyQuestion` and scored per dev half (by document; seeds by question group), with a table of
 * confusions; and the kind model's cross-validated accuracy on its own training file (k folds).
 * Held-back questions are never read (`DEV_SETS`).
 * Usage: `npm run kind:dev -- [--set archive|fresh|seed|paraphrases] [--half 0|1] [--folds 10] [--misses]`
 */
import { classifyQuestion } from '../answer/classify.ts';
import { readTrainingFile } from '../answer/question-kind-model.ts';
import type { QuestionKind } from '../answer/types.ts';
import { asksDocumentEffect } from '../answer/validity-question.ts';
import { foldedForm } from '../core/text/vietnamese.ts';
import { devSet, option } from './dev-options.ts';
import { crossValidatedLabels, naiveBayesPredictor } from './kind-folds.ts';
import type { GoldQuestion } from './load-gold.ts';
import { devHalf } from './split.ts';

/** The answerer's kind a gold kind stands for; null for questions whose kind the gold does not state. */
export function expectedKind(gold: GoldQuestion['kind']): QuestionKind | null {
  if (gold === 'out-of-corpus') return null;
  if (gold === 'penalty') return 'amount';
  if (gold === 'signer') return 'metadata';
  return gold;
}

/** The half a gold question falls in: its document's, or for seeds its question group's. */
export function halfOf(q: GoldQuestion): 0 | 1 {
  return devHalf(q.source ?? q.group.replace(/-p\d+$/, ''));
}

interface Tally {
  n: number;
  right: number;
  confusions: Map<string, number>;
  misses: string[];
}

const tally = (): Tally => ({ n: 0, right: 0, confusions: new Map(), misses: [] });

function add(t: Tally, expected: string, got: string, line: string): void {
  t.n++;
  if (expected === got) t.right++;
  else {
    const key = `${expected} → ${got}`;
    t.confusions.set(key, (t.confusions.get(key) ?? 0) + 1);
    t.misses.push(line);
  }
}

const pct = (t: Tally) => (t.n ? ((100 * t.right) / t.n).toFixed(1) : '—');

function print(title: string, t: Tally, misses: boolean): void {
  console.log(`${title}: ${pct(t)}% (${t.right}/${t.n})`);
  const top = [...t.confusions].sort((a, b) => b[1] - a[1]);
  if (top.length) console.log(`  confusions: ${top.map(([k, v]) => `${k} ${v}`).join(' · ')}`);
  if (misses) for (const m of t.misses) console.log(`    ${m}`);
}

function scoreGold(sets: string[], half: 0 | 1 | null, misses: boolean): void {
  const all = tally();
  for (const set of sets) {
    const byLang = new Map<string, Tally>();
    const byHalf = [tally(), tally()];
    for (const q of devSet(set)) {
      const expected = expectedKind(q.kind);
      if (!expected) continue;
      const h = halfOf(q);
      if (half !== null && h !== half) continue;
      const read = classifyQuestion(q.question).kind;
      // When a whole document takes effect is answered by the value answerer from its closing article under
      // `deadline` (answer/kinds/value.ts), as the validity answerer would: either reading is right.
      const effect = expected === 'validity' && read === 'deadline' && asksDocumentEffect(foldedForm(q.question));
      const got = effect ? 'validity' : read;
      const line = `[${q.id} ${q.lang} h${h}] ${expected} → ${got}: ${q.question}`;
      add(byHalf[h], expected, got, line);
      if (!byLang.has(q.lang)) byLang.set(q.lang, tally());
      add(byLang.get(q.lang)!, expected, got, line);
      add(all, expected, got, line);
    }
    for (const h of [0, 1] as const) if (byHalf[h].n) print(`${set} half ${h}`, byHalf[h], misses);
    console.log(`  ${set} by language: ${[...byLang].map(([l, t]) => `${l} ${pct(t)}% (${t.n})`).join(' · ')}`);
  }
  print('all dev gold', all, false);
}

/** k-fold cross-validation of the kind model on its training file, folds grouped by question (`kind-folds.ts`). */
function crossValidate(folds: number, misses: boolean): void {
  const examples = readTrainingFile();
  const labels = crossValidatedLabels(examples, folds, naiveBayesPredictor(examples));
  const t = tally();
  examples.forEach((e, i) => {
    add(t, e.label, labels[i], `${e.label} → ${labels[i]}: ${e.text}`);
  });
  print(`training file, ${folds}-fold cross-validation (model labels)`, t, misses);
}

const setArg = option('set');
const halfArg = option('half');
const misses = process.argv.includes('--misses');
scoreGold(
  setArg ? [setArg] : ['archive', 'fresh', 'seed', 'paraphrases'],
  halfArg === undefined ? null : (Number(halfArg) as 0 | 1),
  misses,
);
crossValidate(Number(option('folds') ?? 10), misses && !setArg);
