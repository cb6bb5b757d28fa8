/**
 * @module answer/clause-chooser
 * Which of the re-ranked clauses an answer cites: a conditional logit over the clause features
 * (`clause-features.ts`) — the clauses of one question compete, the one holding the fact should win —
 * trained on both dev halves' questions by `npm run chooser:train` (evals/chooser-train.ts; its L2 chosen by two-fold
 * cross-validation over the halves) and stored in `data/clause-chooser-model.json` with how it was trained and what
 * each held-out half measured.
 */
import { resolve } from 'node:path';
import { CHOOSER_FEATURES, clauseFeatures } from './clause-features.ts';
import type { ComposeContext } from './compose-context.ts';
import { contributions, type LinearModel, readLinearModel } from './linear-model.ts';
import type { Reranked } from './rerank.ts';

export const CHOOSER_FILE = resolve(import.meta.dirname, 'data', 'clause-chooser-model.json');

/** The stored model: the softmax over a question's clauses is implicit in the linear score. */
export type ChooserModel = LinearModel;

/** Reads and checks the model file: its features must be today's, in today's order. */
export function loadChooserModel(file = CHOOSER_FILE): ChooserModel {
  return readLinearModel(file, CHOOSER_FEATURES, 'the clause chooser', 'npm run chooser:train');
}

let cached: ChooserModel | null = null;
const defaultModel = (): ChooserModel => {
  cached ??= loadChooserModel();
  return cached;
};

/** The linear score of one feature row (higher: likelier to hold the fact). */
export function chooserScore(model: ChooserModel, row: readonly number[]): number {
  return contributions(model, row).reduce((a, b) => a + b, 0);
}

export interface Chosen extends Reranked {
  /** Probability, among the clauses read, that this one holds the fact. */
  chance: number;
}

/**
 * The clauses in the order the chooser trusts them, best first (ties keep the re-ranked order).
 * @example const [cited] = chooseClauses(ctx, await rerank(ctx))
 */
export function chooseClauses(
  ctx: ComposeContext,
  ranked: readonly Reranked[],
  model: ChooserModel = defaultModel(),
): Chosen[] {
  if (ranked.length === 0) return [];
  const scores = clauseFeatures(ctx, ranked).map((row) => chooserScore(model, row));
  const top = Math.max(...scores);
  const exp = scores.map((s) => Math.exp(s - top));
  const total = exp.reduce((a, b) => a + b, 0);
  return ranked
    .map((r, i) => ({ ...r, chance: exp[i] / total, at: i }))
    .sort((a, b) => b.chance - a.chance || a.at - b.at)
    .map(({ at: _at, ...r }) => r);
}
