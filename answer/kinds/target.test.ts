/** @module answer/kinds/target.test — a stored target answers only with a value of the type asked. */

import { describe, expect, it } from 'vitest';
import type { ValueType } from '../answer-type.ts';
import { targetOfType } from './target.ts';

describe('targetOfType', () => {
  // Values as the targets table stores them from real clauses (seeds and archive).
  it.each<[string, string | null, ValueType, boolean]>([
    // `bao nhiêu phần trăm` is not answered by a reserve in tonnes or a capacity in tonnes a year.
    ['40.000', 'tấn', 'percentage', false],
    ['770.000', 'tấn', 'percentage', false],
    ['74,8', '%', 'percentage', true],
    ['100', '%', 'percentage', true],
    // A bare `bao nhiêu` takes any figure.
    ['40.000', 'tấn', 'number', true],
    ['70', '%', 'number', true],
    ['101', 'tấn', 'mass', true],
  ])('%s%s asked as %s → %s', (valueText, unit, want, fits) => {
    expect(targetOfType({ valueText, unit }, want)).toBe(fits);
  });

  // `trong bao nhiêu ngày` counts days: a stored capacity target is no answer (fresh dev f196).
  it.each<[string, string | null, boolean]>([
    ['10,8', 'MW', false],
    ['15', 'ngày', true],
  ])('%s %s for a count of days → %s', (valueText, unit, fits) => {
    expect(targetOfType({ valueText, unit }, 'number', ['ngay'])).toBe(fits);
  });
});
