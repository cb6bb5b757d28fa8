/**
 * @module evals/kind-folds
 * Cross-validation folds over the question-kind training file, grouped by question: a question's accented and
 * unaccented forms fold to the same words and always share a fold, so a fold never scores a form of a question whose
 * other form it trained on (folds by line position did, and read ~1 point high).
 */
import { type LabelledQuestion, questionWords } from '../answer/question-kind-model.ts';

/**
 * The fold of each example, by its folded words.
 * @example foldOf([{ text: 'Ai chủ trì?', label: 'lead' }, { text: 'Ai chu tri?', label: 'lead' }], 10) // [f, f]
 */
export function foldOf(examples: readonly LabelledQuestion[], folds: number): number[] {
  const groups = [...new Set(examples.map((e) => questionWords(e.text).join(' ')))].sort();
  const fold = new Map(groups.map((g, i) => [g, i % folds]));
  return examples.map((e) => fold.get(questionWords(e.text).join(' ')) ?? 0);
}
