/**
 * @module evals/abstain-fit.test
 * A trial of other features (`abstain:compare`) fits on appended columns with their own directions, on the
 * same folds as the stored model: a column may pull only the way its sign says.
 */
import { describe, expect, it } from 'vitest';
import {
  type AbstainExample,
  COLUMNS,
  chooseThreshold,
  chooseThresholdByCost,
  costOf,
  crossValidate,
  fitModel,
  logisticLearner,
} from './abstain-fit.ts';

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

describe('choosing the operating point by cost', () => {
  /** Held-out predictions: unanswerable questions at p, answerable ones at p. */
  const held = (unanswerable: number[], answerable: number[]) =>
    [
      ...unanswerable.map((p) => ({ p, should: 1 as const })),
      ...answerable.map((p) => ({ p, should: 0 as const })),
    ].map(({ p, should }, i) => ({ example: { ...examples[0], id: `h${i}`, should }, p, half: 0 as const }));

  it('takes the threshold of fewest wrong replies, a wrong decline costing as much as an unanswerable one answered', () => {
    // Declining from 0.6 catches 3 of 4 unanswerable questions and no answerable one (cost 1); a 90% target
    // needs all 4, so goes down to 0.35 and declines 3 answerable questions (cost 3).
    const predictions = held([0.9, 0.8, 0.6, 0.35], [0.55, 0.4, 0.35, 0.32, 0.1, 0.1, 0.1, 0.1]);
    const chosen = chooseThresholdByCost(predictions);
    expect(costOf(chosen)).toBeCloseTo(1);
    expect(chosen.threshold).toBe(0.6);
    const target = chooseThreshold(predictions, 0.9);
    expect(target.threshold).toBe(0.35);
    expect(costOf(target)).toBeCloseTo(3);
  });

  it('gives the same threshold for the same predictions in any order', () => {
    const predictions = held([0.9, 0.7, 0.2], [0.6, 0.3, 0.1, 0.05]);
    expect(chooseThresholdByCost([...predictions].reverse())).toEqual(chooseThresholdByCost(predictions));
  });
});
