/**
 * @module search/learned-ranking
 * The last ordering of the first-stage candidates: a conditional logit over their generic features
 * (`rank-features.ts`) — the candidates of one question compete, the clause holding the answer should win —
 * trained on both dev halves by `npm run rank:train` (evals/rank-train.ts) and stored in
 * `search/data/rank-model.json` with how it was trained and what held-out quarter folds measured. It re-orders the
 * top `depth` candidates of the hand-set stages; those below keep their order.
 */
import { resolve } from 'node:path';
import { contributions, type LinearModel, readLinearModel } from '../core/linear-model.ts';
import { type Candidate, RANK_FEATURES, type RankContext, rankFeatures } from './rank-features.ts';

export const RANK_MODEL_FILE = resolve(import.meta.dirname, 'data', 'rank-model.json');

export interface RankModel extends LinearModel {
  /** Candidates re-ordered (the head of the hand-set order). */
  depth: number;
}

/** Reads and checks the model file: its features must be today's, in today's order. */
export function loadRankModel(file = RANK_MODEL_FILE): RankModel {
  const model = readLinearModel<RankModel>(file, RANK_FEATURES, 'the learned ranking', 'npm run rank:train');
  if (!Number.isInteger(model.depth) || model.depth < 1) throw new Error(`${file}: depth must be a positive integer`);
  return model;
}

let cached: RankModel | null = null;
/** The stored model, read once per process. */
export const defaultRankModel = (): RankModel => {
  cached ??= loadRankModel();
  return cached;
};

/** The linear score of one feature row (higher: likelier to hold the answer). */
export function rankScore(model: LinearModel, row: readonly number[]): number {
  return contributions(model, row).reduce((a, b) => a + b, 0);
}

/**
 * `ordered` with its first `model.depth` candidates re-ordered by the model (ties keep their order), the rest after.
 * @example learnedOrder(model, ctx, fusedAndBoosted)[0].clauseId
 */
export function learnedOrder<T extends Candidate>(model: RankModel, ctx: RankContext, ordered: readonly T[]): T[] {
  const head = ordered.slice(0, model.depth);
  const rows = rankFeatures(ctx, head);
  const scored = head.map((item, i) => ({ item, i, s: rankScore(model, rows[i]) }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return [...scored.map((x) => x.item), ...ordered.slice(model.depth)];
}
