/** @module evals/metrics/latency — percentiles of timing samples (nearest-rank) and a summary of one series. */

/**
 * Nearest-rank percentile: the smallest sample with at least p% of samples at or below it.
 * @example percentile([5, 1, 3, 2, 4], 50) // 3
 */
export function percentile(samples: readonly number[], p: number): number {
  if (samples.length === 0) return Number.NaN;
  if (p < 0 || p > 100) throw new RangeError(`percentile must be in 0..100, got ${p}`);
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1];
}

export interface LatencySummary {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

/** p50/p95/p99, mean and max of the samples (milliseconds), rounded to 0.01. */
export function summarizeLatency(samples: readonly number[]): LatencySummary {
  const r = (x: number) => Math.round(x * 100) / 100;
  const total = samples.reduce((a, b) => a + b, 0);
  return {
    n: samples.length,
    p50: r(percentile(samples, 50)),
    p95: r(percentile(samples, 95)),
    p99: r(percentile(samples, 99)),
    mean: r(samples.length ? total / samples.length : Number.NaN),
    max: r(samples.length ? Math.max(...samples) : Number.NaN),
  };
}
