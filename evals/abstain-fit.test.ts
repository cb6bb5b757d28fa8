/**
 * @module evals/abstain-fit.test
 * A trial of other features (`abstain:compare`) fits on appended columns with their own directions, on the
 * same folds as the stored model: a column may pull only the way its sign says.
 */
import { describe, expect, it } from 'vitest';
import { type AbstainExample, COLUMNS, crossValidate, fitModel, logisticLearner } from './abstain-fit.ts';

/** Answerable questions match well; unanswerable ones do not, and carry an extra flag set the other way round. */
const examples: AbstainExample[] = Array.from({ length: 40 }, (_, i) => {
  const should = i % 4 === 0 ? 1 : 0;
  const base = COLUMNS.map((c) => (c.name === 'coverage' || c.name === 'topicMatch' ? (should ? 0.3 : 0.9) : 0));
  return {
    id: `q${i}`,
    set: 'archive',
    unit: `doc-${i % 10}`,
    should,
    features: [...base, should ? 0 : 1],
    answerersDecline: false,
    evidenceRetrieved: true,
  };
});

describe('fitting on appended columns', () => {
  it('names the columns and holds a column to its direction', () => {
    const model = fitModel(examples, undefined, [...COLUMNS, { name: 'flag', sign: 1 }]);
    expect(model.features.at(-1)).toBe('flag');
    // The flag is set on answerable questions only: it would pull towards answering, which its sign forbids.
    expect(model.weights.at(-1)).toBe(0);
    expect(fitModel(examples, undefined, [...COLUMNS, { name: 'flag', sign: -1 }]).weights.at(-1)).toBeLessThan(0);
  });

  it('predicts each document half with a learner that did not see it', () => {
    const seen: number[] = [];
    const held = crossValidate(
      examples,
      () => true,
      (train) => {
        seen.push(train.length);
        return logisticLearner(undefined, [...COLUMNS, { name: 'flag', sign: 0 }])(train);
      },
    );
    expect(held).toHaveLength(examples.length);
    expect(seen.reduce((a, b) => a + b, 0)).toBe(examples.length);
  });
});
