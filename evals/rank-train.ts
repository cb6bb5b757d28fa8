/**
 * @module evals/rank-train
 * `npm run rank:train`: learns the first-stage ranking (search/data/rank-model.json) from the stored dev
 * examples (evals/rank/dev-examples.jsonl, written by `npm run rank:dump`). Weights are fitted on both dev
 * halves' questions: measured by quarters (`rank:ablate --folds`, each quarter scored by a fit that never saw it),
 * a fit on three quarters beat a fit on the other half alone in R@5 on both halves (dump of 2026-12-07: half 0
 * 91.3 → 92.3, half 1 85.1 → 85.9; MRR 0.740 → 0.742, 0.739 → 0.736; R@1 −0.5, −0.4) — more documents, not more
 * rules. The figures stored are those quarter folds'. The same examples always give the same file.
 *
 *   npm run rank:train            # refit from the stored examples
 *   npm run rank:train -- --check # print the figures, write nothing
 */
import { RANK_MODEL_FILE, type RankModel } from '../search/learned-ranking.ts';
import { printAndWrite, readJsonLines } from './half-training.ts';
import { foldFigures } from './rank-ablate.ts';
import { RANK_EXAMPLES } from './rank-dump.ts';
import { fitRanking, RANK_FIT, type RankExample } from './rank-fit.ts';

export const readRankExamples = (file = RANK_EXAMPLES): RankExample[] => readJsonLines<RankExample>(file);

/** The model file for `examples`: fitted on both halves, measured by quarter folds. */
export function trainRanking(examples: readonly RankExample[]): RankModel {
  return {
    ...fitRanking(examples),
    training: {
      how:
        'conditional logit (softmax over the first candidates of one question in the hand-set order; likelihood: the ' +
        'chance of the candidates holding its gold evidence), features standardized, L2, batch gradient descent from ' +
        'zero (evals/rank-fit.ts); examples: retrieval questions of the dev archive sets, first and fresh, every ' +
        'language (evals/rank/dev-examples.jsonl, from npm run rank:dump); fitted on both dev halves; figures: each ' +
        "half's two quarters (devHalf, then a second hash of the source document) scored " +
        'by a fit on the other three quarters (rest), pooled, beside the hand-set order (handSet); over candidates, before near-duplicates ' +
        'collapse',
      fit: RANK_FIT,
      examples: examples.length,
      folds: foldFigures(examples, false),
    },
  };
}

function main(): void {
  const model = trainRanking(readRankExamples());
  printAndWrite(RANK_MODEL_FILE, model, { features: model.features, weights: model.weights, training: model.training });
}

if (process.argv[1]?.endsWith('rank-train.ts')) main();
