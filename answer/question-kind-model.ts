/**
 * @module answer/question-kind-model
 * A multinomial naive Bayes model of question kinds, trained when first used from the labelled
 * questions in `data/question-kinds.tsv` (written for it, in Vietnamese, Vietnamese without
 * diacritics and English). Features: folded word unigrams and bigrams, plus whatever cue features
 * the caller adds (`cue:lead`, `unit:money`) so the hand cues weigh in with the words instead of
 * deciding by first match. Deterministic: same file, same model.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { foldAccents } from '../core/text/vietnamese.ts';

/** A label of the training file: a question kind, or a metadata field standing for `metadata`. */
export type KindLabel =
  | 'lead'
  | 'coordinate'
  | 'report'
  | 'target'
  | 'amount'
  | 'deadline'
  | 'lineage'
  | 'signer'
  | 'date'
  | 'symbol'
  | 'place'
  | 'issuer'
  | 'content';

export const KIND_LABELS: readonly KindLabel[] = [
  'lead',
  'coordinate',
  'report',
  'target',
  'amount',
  'deadline',
  'lineage',
  'signer',
  'date',
  'symbol',
  'place',
  'issuer',
  'content',
];

/** Laplace smoothing of word counts. */
const ALPHA = 0.5;

export const TRAINING_FILE = resolve(import.meta.dirname, 'data', 'question-kinds.tsv');

/** Folded words of a question: lowercase, no diacritics, `đ` → `d`, punctuation dropped. */
export function questionWords(text: string): string[] {
  return foldAccents(text.normalize('NFC'))
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
}

/** Word unigrams and bigrams (`w:ai`, `b:ai_ky`), with sentence edges (`b:^_ai`) so openings count. */
export function wordFeatures(text: string): string[] {
  const ws = ['^', ...questionWords(text), '$'];
  const out: string[] = [];
  for (let i = 1; i < ws.length - 1; i++) out.push(`w:${ws[i]}`);
  for (let i = 0; i + 1 < ws.length; i++) out.push(`b:${ws[i]}_${ws[i + 1]}`);
  return out;
}

export interface LabelledQuestion {
  label: KindLabel;
  text: string;
}

/** Reads `kind<TAB>question` lines; `#` comments and blank lines skipped; a bad label names its line. */
export function readTrainingFile(path = TRAINING_FILE): LabelledQuestion[] {
  const out: LabelledQuestion[] = [];
  readFileSync(path, 'utf8')
    .split(/\r?\n/)
    .forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      const [label, text] = line.split('\t');
      if (!KIND_LABELS.includes(label as KindLabel) || !text) {
        throw new Error(`${path}:${i + 1}: expected "kind<TAB>question" with a kind of ${KIND_LABELS.join(', ')}`);
      }
      out.push({ label: label as KindLabel, text: text.trim() });
    });
  return out;
}

export interface KindModel {
  /** Log posterior (unnormalized) of each label for the features, best first. */
  scores(features: readonly string[]): Array<{ label: KindLabel; score: number }>;
}

/** Trains the model; `featuresOf` turns a question into its features (words plus the caller's cues). */
export function trainKindModel(
  examples: readonly LabelledQuestion[],
  featuresOf: (text: string) => string[],
): KindModel {
  const counts = new Map<KindLabel, Map<string, number>>();
  const totals = new Map<KindLabel, number>();
  const docs = new Map<KindLabel, number>();
  const vocabulary = new Set<string>();
  for (const e of examples) {
    const c = counts.get(e.label) ?? new Map<string, number>();
    counts.set(e.label, c);
    docs.set(e.label, (docs.get(e.label) ?? 0) + 1);
    for (const f of featuresOf(e.text)) {
      c.set(f, (c.get(f) ?? 0) + 1);
      totals.set(e.label, (totals.get(e.label) ?? 0) + 1);
      vocabulary.add(f);
    }
  }
  const labels = KIND_LABELS.filter((l) => docs.has(l));
  const v = vocabulary.size;
  const n = examples.length;
  return {
    scores(features) {
      const known = features.filter((f) => vocabulary.has(f));
      return labels
        .map((label) => {
          const c = counts.get(label)!;
          const denom = Math.log((totals.get(label) ?? 0) + ALPHA * v);
          let score = Math.log(docs.get(label)! / n);
          for (const f of known) score += Math.log((c.get(f) ?? 0) + ALPHA) - denom;
          return { label, score };
        })
        .sort((a, b) => b.score - a.score || labels.indexOf(a.label) - labels.indexOf(b.label));
    },
  };
}
