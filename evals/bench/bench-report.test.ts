/** The bench's report: the peak-RSS target reads vankien's phases, not the LangChain baseline's. */
import { describe, expect, it } from 'vitest';
import { benchFigures, benchTables, benchTargets, type KeptTier, vankienPeakRssMb } from './bench-report.ts';
import type { PhaseMemory } from './measure.ts';

const latency = { n: 1, p50: 10, p95: 20, p99: 20, mean: 10, max: 20 };
const phase = (name: string, peakRssMb: number): PhaseMemory => ({
  phase: name,
  peakRssMb,
  rssMb: peakRssMb,
  heapTotalMb: 1,
  heapUsedMb: 1,
  externalMb: 1,
  arrayBuffersMb: 1,
  otherMb: 1,
});
const tier = (over: {
  peakRssMb: number;
  memory: PhaseMemory[];
  baseline?: { peakRssMb: number; memory: PhaseMemory[] };
}): KeptTier => ({
  targetClauses: 100_000,
  clauses: 100_000,
  documents: 1,
  failedDocuments: 0,
  ingest: { totalMs: 90_000, storeMs: 1, embedMs: 1, clausesPerS: 1_100 },
  indexBuildMs: 1,
  search: latency,
  ask: latency,
  peakRssMb: over.peakRssMb,
  memory: over.memory,
  storeMb: 1,
  langchain: {
    chunks: 1,
    ingest: { totalMs: 1, chunksPerS: 1, clausesEquivalentPerS: 1, indexMs: 1 },
    search: latency,
    storeMb: 1,
    ...over.baseline,
  },
  vectors: {
    queries: 1,
    exact: latency,
    hnsw: latency,
    hnswRecallAt10: 1,
    hnswRecallAt10Ef100: 1,
  },
  measuredAt: '2026-12-07T10:15:00.000Z',
});
const rssTarget = (t: KeptTier) => benchTargets([t]).find((x) => x.name.startsWith('peak RSS'));

describe('peak RSS at 100k', () => {
  it("reads the tier's own process when the baseline ran in another one", () => {
    const own = tier({
      peakRssMb: 1_300,
      memory: [phase('ingest', 900), phase('ask', 1_300)],
      baseline: { peakRssMb: 1_700, memory: [phase('baseline', 1_700)] },
    });
    expect(rssTarget(own)).toMatchObject({ value: 1_300, pass: true });
    expect(benchFigures([own])).toMatchObject({ 't100k.peakRssMb': 1_300, 't100k.langchain.peakRssMb': 1_700 });
    const table = benchTables([own]);
    expect(table).toMatch(/peak RSS, vankien's phases \(MB\)\s+1300/);
    expect(table).toMatch(/peak RSS, baseline \(MB; own process\)\s+1700/);
  });

  it("leaves out the shared process's baselines phase in older results", () => {
    const old = tier({
      peakRssMb: 1_637,
      memory: [phase('ingest', 900), phase('ask', 1_306), phase('baselines', 1_637)],
    });
    expect(vankienPeakRssMb(old)).toBe(1_306);
    expect(rssTarget(old)).toMatchObject({ value: 1_306, pass: true });
    expect(benchTables([old])).toMatch(/baselines\s+1637/);
  });

  it('misses when vankien itself goes over 1.5 GB', () => {
    const heavy = tier({
      peakRssMb: 1_600,
      memory: [phase('ask', 1_600)],
      baseline: { peakRssMb: 700, memory: [phase('baseline', 700)] },
    });
    expect(rssTarget(heavy)).toMatchObject({ value: 1_600, pass: false });
  });
});
