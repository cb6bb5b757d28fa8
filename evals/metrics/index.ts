/** @module evals/metrics — scoring functions: ranking over evidence, short answers, ingestion against gold, latency. */

export * from './ingestion.ts';
export * from './latency.ts';
export * from './retrieval.ts';
export * from './short-answer.ts';
