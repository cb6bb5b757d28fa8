/**
 * @module answer/abstain-model
 * Answer or decline: a logistic regression over the relevance features (`abstain-features.ts`),
 * trained on dev questions only by `npm run abstain:train` (evals/abstain-train.ts) and stored in
 * `data/abstain-model.json` with how it was trained and its cross-validated figures. The operating
 * point (the probability at which it declines) is chosen on held-out folds, not on the training fit.
 * Two rules stay outside it (`declinesByRule`); they read the question alone, so they decline before any
 * draft is written (`ruledReason`); the model decides once a draft exists, for the kind that wrote it.
 */
import { resolve } from 'node:path';
import { abstainFeatures, FEATURE_NAMES, type FeatureName } from './abstain-features.ts';
import { contributions, type LinearModel, ModelFileError, readLinearModel } from './linear-model.ts';
import type { RelevanceReport } from './relevance.ts';
import type { QuestionKind } from './types.ts';

export const MODEL_FILE = resolve(import.meta.dirname, 'data', 'abstain-model.json');
const RETRAIN = 'npm run abstain:train';

/** The stored model: standardization, weights and bias, and the operating threshold on P(decline). */
export interface AbstainModel extends LinearModel {
  bias: number;
  /** Decline when the probability that the corpus does not answer is at or above this. */
  threshold: number;
}

/** Reads and checks a model file: its features must be today's, in today's order. */
export function loadAbstainModel(file = MODEL_FILE): AbstainModel {
  const model = readLinearModel<AbstainModel>(file, FEATURE_NAMES, 'the abstain model', RETRAIN);
  if (typeof model.bias !== 'number' || typeof model.threshold !== 'number')
    throw new ModelFileError(file, 'bias and threshold must be numbers', RETRAIN);
  return model;
}

let cached: AbstainModel | null = null;
const defaultModel = (): AbstainModel => {
  cached ??= loadAbstainModel();
  return cached;
};

/** The probability that the corpus does not answer, for a feature vector. */
export function declineProbability(model: AbstainModel, x: readonly number[]): number {
  const z = model.bias + contributions(model, x).reduce((a, b) => a + b, 0);
  return 1 / (1 + Math.exp(-z));
}

/**
 * The two declines that are not learned, both logic rather than a tuned level, and both too rare on dev
 * for the model to weigh (the fit gives them no weight): a document named that the store neither holds
 * nor cites cannot be quoted; and for a question answered from clauses, what was understood must carry
 * it — more of its content words not understood than understood (issue #14: `dredging`, `Agent Orange`)
 * and an answer would rest on generic words.
 */
export function declinesByRule(x: readonly number[]): FeatureName | null {
  const at = (name: FeatureName) => x[FEATURE_NAMES.indexOf(name)];
  if (at('unknownDocument') === 1) return 'unknownDocument';
  if (at('retrievalKind') === 1 && at('unreadShare') > 0.5) return 'unreadShare';
  return null;
}

/** What a decline says, by the feature that pulled hardest towards it. */
function reasonFor(feature: FeatureName, r: RelevanceReport): string {
  switch (feature) {
    case 'unknownDocument':
      if (r.unknownDocument) return `unknown document: ${r.unknownDocument}`;
      break;
    case 'foreignPlace':
      if (r.foreignPlace) return `no document about ${r.foreignPlace}`;
      break;
    case 'absentShare':
      if (r.absent.length > 0) return `not in the corpus: ${r.absent.join(', ')}`;
      break;
    case 'unreadShare':
      if (r.notUnderstood.length > 0) return `words not understood: ${r.notUnderstood.join(', ')}`;
      break;
    case 'strangePairShare':
      if (r.strangePairs.length > 0) return `phrases not in the corpus: ${r.strangePairs.join(', ')}`;
      break;
    case 'valueMissing':
      if (r.valueAsked && !r.valueShown) return 'no clause states a value of the asked type';
      break;
  }
  return `weak match (coverage ${r.coverage.toFixed(2)}, best clause shows ${r.topicMatch.toFixed(2)} of the topic)`;
}

/** A decline by rule (`declinesByRule`), read from the question and corpus alone: no draft is needed. */
export function ruledReason(r: RelevanceReport, kind: QuestionKind): string | null {
  const ruled = declinesByRule(abstainFeatures(r, kind));
  if (ruled === 'unknownDocument') return `unknown document: ${r.unknownDocument}`;
  if (ruled === 'unreadShare') return `words not understood: ${r.notUnderstood.join(', ')}`;
  return null;
}

export interface DecideOptions {
  model?: AbstainModel;
  /** The operating point, P(decline) (default: the model file's; above 1 nothing declines). */
  threshold?: number;
}

/**
 * Why the answerer should decline, or null when the corpus looks like it answers.
 * @example abstainReason(await assessRelevance(ctx), 'lead') // 'no document about Hà Nội' or null
 */
export function abstainReason(r: RelevanceReport, kind: QuestionKind, options: DecideOptions = {}): string | null {
  const { threshold } = options;
  // Above 1 nothing declines: no model is read (the training dump runs before there is one).
  if (threshold !== undefined && threshold > 1) return null;
  const ruled = ruledReason(r, kind);
  if (ruled) return ruled;
  const x = abstainFeatures(r, kind);
  const model = options.model ?? defaultModel();
  if (declineProbability(model, x) < (threshold ?? model.threshold)) return null;
  const pulls = contributions(model, x);
  const strongest = pulls.reduce((best, v, i) => (v > pulls[best] ? i : best), 0);
  return reasonFor(FEATURE_NAMES[strongest], r);
}
