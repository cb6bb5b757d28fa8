/**
 * @module search/learned-ranking
 * The last ordering of the first-stage candidates: a conditional logit over their generic features
 * (`rank-features.ts`) — the candidates of one question compete, the clause holding the answer should win —
 * trained on one dev half by `npm run rank:train` (evals/rank-train.ts) and stored in
 * `search/data/rank-model.json` with how it was trained and what the other half measured. It re-orders the
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

/** The fusion list of the clauses the ordering must read whatever their hand-set rank (`DEEP_LIST`). */
export const DEEP_LIST = 'deep';

/**
 * The candidates the ordering reads: the first `depth` of the hand-set order, then those ranked below it that the
 * `deep` fusion list holds (each first-stage document's best clauses by its own ranking, a few per document) —
 * evidence in the right document that the flat ranking placed below the head still reaches the model. Returns
 * the order with those moved up behind the head, and how many candidates the head now has.
 * @example candidateHead(handSet, 30).head // 30 + the deep clauses ranked below 30
 */
export function candidateHead<T extends Candidate>(
  ordered: readonly T[],
  depth: number,
): { ordered: T[]; head: number } {
  const below = ordered.slice(depth);
  const deep = below.filter((c) => c.ranks?.[DEEP_LIST] !== undefined);
  if (deep.length === 0) return { ordered: [...ordered], head: Math.min(depth, ordered.length) };
  const moved = new Set(deep);
  return {
    ordered: [...ordered.slice(0, depth), ...deep, ...below.filter((c) => !moved.has(c))],
    head: Math.min(depth, ordered.length) + deep.length,
  };
}

/**
 * `ordered` with its candidate head (`candidateHead` of `model.depth`) re-ordered by the model (ties keep their
 * order), the rest after.
 * @example learnedOrder(model, ctx, fusedAndBoosted)[0].clauseId
 */
export function learnedOrder<T extends Candidate>(model: RankModel, ctx: RankContext, ordered: readonly T[]): T[] {
  const pool = candidateHead(ordered, model.depth);
  const head = pool.ordered.slice(0, pool.head);
  const rows = rankFeatures(ctx, head);
  const scored = head.map((item, i) => ({ item, i, s: rankScore(model, rows[i]) }));
  scored.sort((a, b) => b.s - a.s || a.i - b.i);
  return [...scored.map((x) => x.item), ...pool.ordered.slice(pool.head)];
}
