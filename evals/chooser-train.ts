/**
 * @module evals/chooser-train
 * `npm run chooser:train`: learns the clause chooser (answer/data/clause-chooser-model.json) from the
 * stored dev examples (evals/chooser/dev-examples.jsonl, written by `npm run chooser:dump`: both dev halves of
 * the archive's first and fresh sets). The L2 strength is chosen by two-fold cross-validation over the dev
 * document halves; the kept weights are then fitted on both halves, and the figures stored are the held-out
 * folds' (fit on half 0 measured on half 1, and the reverse). The same examples always give the same file.
 *
 *   npm run chooser:train            # refit from the stored examples
 *   npm run chooser:train -- --check # print the figures, write nothing
 */
import { CHOOSER_FILE, type ChooserModel } from '../answer/clause-chooser.ts';
import { CHOOSER_FIT, type ChooserExample, choiceFigures, fitChooser } from './chooser-fit.ts';
import { CHOOSER_EXAMPLES } from './chooser-paths.ts';
import { printAndWrite, readJsonLines, trainCrossValidated } from './half-training.ts';

export const readChooserExamples = (file = CHOOSER_EXAMPLES): ChooserExample[] => readJsonLines<ChooserExample>(file);

/** L2 strengths tried by cross-validation (the rest of `CHOOSER_FIT` fixed). */
const L2_TRIED = [0.003, 0.01, 0.03, 0.1];

/** The model file for `examples`: L2 chosen by two-fold cross-validation, weights fitted on both halves. */
export function trainChooser(examples: readonly ChooserExample[]): ChooserModel {
  return trainCrossValidated(
    examples,
    L2_TRIED.map((l2) => ({ ...CHOOSER_FIT, l2 })),
    (e, fit) => fitChooser(e, fit),
    choiceFigures,
    // Questions picked right, so the two folds weigh by their size: the pooled cross-validated accuracy.
    (f) => Math.round((f.chooser * f.questions) / 100),
    {
      how:
        'conditional logit (softmax over the clauses one question re-reads; likelihood: the chance of the clauses ' +
        'holding its gold evidence), features standardized, L2, batch gradient descent from zero (evals/chooser-fit.ts); ' +
        'examples: answerable dev archive questions, first and fresh sets, both dev halves (evals/chooser/dev-examples.jsonl, ' +
        'from npm run chooser:dump); L2 chosen by two-fold cross-validation over dev halves (devHalf of the source ' +
        'document: fit on one half, measure on the other, both ways; heldOutHalf1 and heldOutHalf0 are those folds), ' +
        'then the weights fitted on both halves',
    },
  );
}

function main(): void {
  const model = trainChooser(readChooserExamples());
  printAndWrite(CHOOSER_FILE, model, { weights: model.weights, training: model.training });
}

if (process.argv[1]?.endsWith('chooser-train.ts')) main();
