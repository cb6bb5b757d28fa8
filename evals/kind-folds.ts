/**
 * @module evals/kind-folds
 * Cross-validation over the question-kind training file, folds grouped by question: a question's accented and
 * unaccented forms fold to the same words and always share a fold, so a fold never scores a form of a question whose
 * other form it trained on (folds by line position did, and read ~1 point high). `kind:dev` and `kind:compare` share it.
 */
import { decideLabel, kindFeatures } from '../answer/classify.ts';
import { type KindLabel, type LabelledQuestion, questionWords, trainKindModel } from '../answer/question-kind-model.ts';

/** Labels for the `test` examples from a model fitted on the `train` ones (indexes into the examples). */
export type FoldPredictor = (train: number[], test: number[]) => KindLabel[];

/**
 * The fold of each example, by its folded words.
 * @example foldOf([{ text: 'Ai chủ trì?', label: 'lead' }, { text: 'Ai chu tri?', label: 'lead' }], 10) // [f, f]
 */
export function foldOf(examples: readonly LabelledQuestion[], folds: number): number[] {
  const groups = [...new Set(examples.map((e) => questionWords(e.text).join(' ')))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % folds]));
  return examples.map((e) => fold.get(questionWords(e.text).join(' ')) ?? 0);
}

/** Each example's label as predicted by a model fitted on the other folds. */
export function crossValidatedLabels(
  examples: readonly LabelledQuestion[],
  folds: number,
  predict: FoldPredictor,
): KindLabel[] {
  const fold = foldOf(examples, folds);
  const out: KindLabel[] = new Array(examples.length);
  for (let f = 0; f < folds; f++) {
    const train = examples.flatMap((_, i) => (fold[i] === f ? [] : [i]));
    const test = examples.flatMap((_, i) => (fold[i] === f ? [i] : []));
    predict(train, test).forEach((label, j) => {
      out[test[j]] = label;
    });
  }
  return out;
}

/** The product's naive Bayes kind model as a fold predictor. */
export function naiveBayesPredictor(examples: readonly LabelledQuestion[]): FoldPredictor {
  const features = examples.map((e) => kindFeatures(e.text));
  return (train, test) => {
    const byText = new Map(train.map((i) => [examples[i].text, features[i]]));
    const model = trainKindModel(
      train.map((i) => examples[i]),
      (text) => byText.get(text) ?? kindFeatures(text),
    );
    return test.map((i) => decideLabel(model, features[i]));
  };
}
