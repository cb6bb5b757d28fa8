/**
 * @module evals/chooser-train
 * `npm run chooser:train`: learns the clause chooser (answer/data/clause-chooser-model.json) from the
 * stored dev examples (evals/chooser/dev-examples.jsonl, written by `npm run chooser:dump`). Weights are
 * fitted on dev half 0's questions only; the figures stored are half 1's, which the fit never saw (and,
 * for the record, the reverse fit's on half 0). The same examples always give the same file.
 *
 *   npm run chooser:train            # refit from the stored examples
 *   npm run chooser:train -- --check # print the figures, write nothing
 */
import { CHOOSER_FILE, type ChooserModel } from '../answer/clause-chooser.ts';
import { CHOOSER_FIT, type ChooserExample, choiceFigures, fitChooser } from './chooser-fit.ts';
import { CHOOSER_EXAMPLES } from './chooser-paths.ts';
import { printAndWrite, readJsonLines, trainOnHalves } from './half-training.ts';

export const readChooserExamples = (file = CHOOSER_EXAMPLES): ChooserExample[] => readJsonLines<ChooserExample>(file);

/** The model file for `examples`: fitted on half 0, measured on half 1. */
export function trainChooser(examples: readonly ChooserExample[]): ChooserModel {
  return trainOnHalves(examples, (e) => fitChooser(e), choiceFigures, {
    how:
      'conditional logit (softmax over the clauses one question re-reads; likelihood: the chance of the clauses ' +
      'holding its gold evidence), features standardized, L2, batch gradient descent from zero (evals/chooser-fit.ts); ' +
      'examples: answerable dev archive questions, first and fresh sets (evals/chooser/dev-examples.jsonl, from npm run ' +
      'chooser:dump); fitted on dev half 0 (devHalf of the source document), measured on half 1',
    fit: CHOOSER_FIT,
  });
}

function main(): void {
  const model = trainChooser(readChooserExamples());
  printAndWrite(CHOOSER_FILE, model, { weights: model.weights, training: model.training });
}

if (process.argv[1]?.endsWith('chooser-train.ts')) main();
