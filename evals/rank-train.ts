/**
 * @module evals/rank-train
 * `npm run rank:train`: learns the first-stage ranking (search/data/rank-model.json) from the stored dev
 * examples (evals/rank/dev-examples.jsonl, written by `npm run rank:dump`). Weights are fitted on dev half 0's
 * questions only; the figures stored are half 1's, which the fit never saw (and, for the record, the reverse
 * fit's on half 0). The same examples always give the same file.
 *
 *   npm run rank:train            # refit from the stored examples
 *   npm run rank:train -- --check # print the figures, write nothing
 */
import { RANK_MODEL_FILE, type RankModel } from '../search/learned-ranking.ts';
import { printAndWrite, readJsonLines, trainOnHalves } from './half-training.ts';
import { RANK_EXAMPLES } from './rank-dump.ts';
import { fitRanking, RANK_FIT, type RankExample, rankFigures } from './rank-fit.ts';

export const readRankExamples = (file = RANK_EXAMPLES): RankExample[] => readJsonLines<RankExample>(file);

/** The model file for `examples`: fitted on half 0, measured on half 1. */
export function trainRanking(examples: readonly RankExample[]): RankModel {
  return trainOnHalves(examples, (e) => fitRanking(e), rankFigures, {
    how:
      'conditional logit (softmax over the first candidates of one question in the hand-set order; likelihood: the ' +
      'chance of the candidates holding its gold evidence), features standardized, L2, batch gradient descent from ' +
      'zero (evals/rank-fit.ts); examples: retrieval questions of the dev archive sets, first and fresh, every ' +
      'language (evals/rank/dev-examples.jsonl, from npm run rank:dump); fitted on dev half 0 (devHalf of the ' +
      'source document), measured on half 1; figures are over candidates, before near-duplicates collapse',
    fit: RANK_FIT,
  });
}

function main(): void {
  const model = trainRanking(readRankExamples());
  printAndWrite(RANK_MODEL_FILE, model, { features: model.features, weights: model.weights, training: model.training });
}

if (process.argv[1]?.endsWith('rank-train.ts')) main();
