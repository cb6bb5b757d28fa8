/**
 * @module evals/kind-compare
 * `npm run kind:compare`: the naive Bayes kind model (the product's, `answer/question-kind-model.ts`) against a
 * softmax (multinomial logistic) model over the same features, or those plus character trigrams of folded words and
 * the asked head noun, by cross-validation on the hand-written training file grouped by question: a question's
 * accented and unaccented forms fold to one text and fall in one fold, so no fold scores a form of a question it
 * trained on. L2 strength and the cue-rule overrule margin by that cross-validation. Session 19: the softmax did not
 * beat naive Bayes (grouped CV 88.9 vs 87.5% but kind:dev half 1 fresh fell), so the product keeps naive Bayes.
 * Usage: `npm run kind:compare -- [--folds 10] [--features kind|transfer] [--l2 0.001,0.003] [--margins 0,3] [--misses]`
 */
import { decideLabel, kindFeatures } from '../answer/classify.ts';
import {
  KIND_LABELS,
  type KindLabel,
  type KindModel,
  type LabelledQuestion,
  questionWords,
  readTrainingFile,
} from '../answer/question-kind-model.ts';
import { askedNouns } from '../search/asking-words.ts';
import { option } from './dev-options.ts';
import { crossValidatedLabels, type FoldPredictor, naiveBayesPredictor } from './kind-folds.ts';

interface SoftmaxWeights {
  labels: KindLabel[];
  bias: number[];
  weights: Map<string, number[]>;
}

/** Scores are logits: differences between labels are log odds, as the naive Bayes model's are. */
function softmaxModel(file: SoftmaxWeights): KindModel {
  return {
    scores(features) {
      const z = [...file.bias];
      for (const f of new Set(features)) {
        const w = file.weights.get(f);
        if (w) for (let c = 0; c < z.length; c++) z[c] += w[c];
      }
      return file.labels
        .map((label, c) => ({ label, score: z[c] }))
        .sort((a, b) => b.score - a.score || KIND_LABELS.indexOf(a.label) - KIND_LABELS.indexOf(b.label));
    },
  };
}

/** The kind features plus character trigrams of each folded word and the asked head noun itself. */
function transferFeatures(text: string): string[] {
  const out = kindFeatures(text);
  for (const w of questionWords(text)) {
    const padded = `<${w}>`;
    for (let i = 0; i + 3 <= padded.length; i++) out.push(`c:${padded.slice(i, i + 3)}`);
  }
  for (const a of askedNouns(text)) out.push(`head:${a.noun}`);
  return out;
}

const L2_GRID = (option('l2') ?? '0.001,0.003,0.01').split(',').map(Number);
const MARGINS = (option('margins') ?? '0').split(',').map(Number);
const ITERATIONS = 400;

/** Softmax regression over binary features, L2 on weights (not biases), batch gradient descent with AdaGrad steps. */
function fitSoftmax(
  examples: ReadonlyArray<{ label: KindLabel; features: readonly string[] }>,
  l2: number,
): SoftmaxWeights {
  const labels = KIND_LABELS.filter((l) => examples.some((e) => e.label === l));
  const vocab = [...new Set(examples.flatMap((e) => e.features))].sort();
  const index = new Map(vocab.map((f, i) => [f, i]));
  const k = labels.length;
  const rows = examples.map((e) => [...new Set(e.features)].map((f) => index.get(f)!));
  const ys = examples.map((e) => labels.indexOf(e.label));
  const w = new Float64Array(vocab.length * k);
  const b = new Float64Array(k);
  const gw = new Float64Array(vocab.length * k);
  const gb = new Float64Array(k);
  const hw = new Float64Array(vocab.length * k).fill(1e-8);
  const hb = new Float64Array(k).fill(1e-8);
  const n = examples.length;
  const rate = 0.5;
  for (let it = 0; it < ITERATIONS; it++) {
    gw.fill(0);
    gb.fill(0);
    for (let i = 0; i < n; i++) {
      const z = Array.from(b);
      for (const f of rows[i]) for (let c = 0; c < k; c++) z[c] += w[f * k + c];
      const top = Math.max(...z);
      const p = z.map((s) => Math.exp(s - top));
      const total = p.reduce((a, x) => a + x, 0);
      for (let c = 0; c < k; c++) {
        const d = (p[c] / total - (ys[i] === c ? 1 : 0)) / n;
        gb[c] += d;
        for (const f of rows[i]) gw[f * k + c] += d;
      }
    }
    for (let j = 0; j < w.length; j++) {
      const g = gw[j] + l2 * w[j];
      hw[j] += g * g;
      w[j] -= (rate * g) / Math.sqrt(hw[j]);
    }
    for (let c = 0; c < k; c++) {
      hb[c] += gb[c] * gb[c];
      b[c] -= (rate * gb[c]) / Math.sqrt(hb[c]);
    }
  }
  const weights = new Map(vocab.map((f, i) => [f, labels.map((_, c) => w[i * k + c])]));
  return { labels, bias: Array.from(b), weights };
}

interface Result {
  right: number;
  n: number;
  misses: string[];
}

function crossValidate(examples: readonly LabelledQuestion[], folds: number, predict: FoldPredictor): Result {
  const labels = crossValidatedLabels(examples, folds, predict);
  const misses = examples.flatMap((e, i) => (labels[i] === e.label ? [] : [`${e.label} → ${labels[i]}: ${e.text}`]));
  return { right: examples.length - misses.length, n: examples.length, misses };
}

const pct = (r: Result) => `${((100 * r.right) / r.n).toFixed(1)}% (${r.right}/${r.n})`;

const folds = Number(option('folds') ?? 10);
const examples = readTrainingFile();
const nb = crossValidate(examples, folds, naiveBayesPredictor(examples));
console.log(`naive Bayes (product), grouped ${folds}-fold: ${pct(nb)}`);

const featuresOf = option('features') === 'kind' ? kindFeatures : transferFeatures;
const tf = examples.map((e) => featuresOf(e.text));
let best: { l2: number; r: Result; margin: number } | null = null;
for (const l2 of L2_GRID) {
  for (const margin of MARGINS) {
    const r = crossValidate(examples, folds, (train, test) => {
      const m = softmaxModel(
        fitSoftmax(
          train.map((i) => ({ label: examples[i].label, features: tf[i] })),
          l2,
        ),
      );
      return test.map((i) => decideLabel(m, tf[i], margin));
    });
    console.log(`softmax l2=${l2} overrule margin ${margin}: ${pct(r)}`);
    if (!best || r.right > best.r.right) best = { l2, r, margin };
  }
}
console.log(`best: l2=${best!.l2} margin ${best!.margin} ${pct(best!.r)}`);
if (process.argv.includes('--misses')) for (const m of best!.r.misses) console.log(`  ${m}`);
