/** The bench's options and how vector measurements of several embedders are kept across runs. */
import { describe, expect, it } from 'vitest';
import { parseBenchOptions } from './bench-options.ts';
import { type KeptVectorScale, keptVectorScales, sameEmbedder, vectorScaleFigures } from './bench-report.ts';

const latency = { n: 1, p50: 1, p95: 2, p99: 2, mean: 1, max: 2 };
const scale = (embedder: string, vectors = 100_000): KeptVectorScale => ({
  vectors,
  dim: 128,
  embedder,
  embedMs: 1,
  insertMs: 1,
  indexBuildMs: 1,
  queries: 1,
  exact: latency,
  hnsw: latency,
  hnswEf100: latency,
  hnswRecallAt10: 0.9,
  hnswRecallAt10Ef100: 0.95,
  hnswRecallAt10Ties: 0.9,
  hnswRecallAt10TiesEf100: 0.95,
  measuredAt: '2026-12-06T02:00:00.000Z',
});

describe('parseBenchOptions: vector embedders', () => {
  it.each([
    [[], ['hashed-ngram', 'lsa']],
    [['--vector-embedders=lsa'], ['lsa']],
    [['--vector-embedders=hashed-ngram, lsa'], ['hashed-ngram', 'lsa']],
  ])('%j → %j', (argv, expected) => {
    expect(parseBenchOptions(argv, {}).vectorEmbedders).toEqual(expected);
  });

  it('refuses an embedder that needs model files or a server', () => {
    expect(() => parseBenchOptions(['--vector-embedders=openai'], {})).toThrow(/vectorEmbedders/);
  });
});

describe('kept vector measurements', () => {
  it('reads the single hashed measurement of older results files', () => {
    const old = scale('hashed-ngram-v1-384');
    expect(keptVectorScales({ kind: 'bench', finishedAt: '', figures: {}, targets: [], vectorScale: old })).toEqual([
      old,
    ]);
    expect(keptVectorScales(null)).toEqual([]);
  });

  it('treats another width or version of an embedder as the same one, so a re-run replaces it', () => {
    expect(sameEmbedder({ embedder: 'lsa-v1-128' }, { embedder: 'lsa-v2-256' })).toBe(true);
    expect(sameEmbedder({ embedder: 'lsa-v1-128' }, { embedder: 'hashed-ngram-v1-384' })).toBe(false);
  });

  it('keeps the hashed figures under their old names and puts the others under their own', () => {
    expect(Object.keys(vectorScaleFigures(scale('hashed-ngram-v1-384')))).toContain('vectors100k.hnswRecall10');
    expect(Object.keys(vectorScaleFigures(scale('lsa-v1-128')))).toContain('vectors100k.lsa.hnswRecall10');
  });
});
