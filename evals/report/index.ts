/** @module evals/report — console tables and the comparison of a run's figures with the previous run's. */

export * from './compare-runs.ts';
export * from './format-table.ts';
