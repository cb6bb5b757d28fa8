/** @module evals/bench/bench-result — what one tier of the bench measures, and the whole run. */

import type { IngestTimings } from '../../ingest/ingest-files.ts';
import type { LatencySummary } from '../metrics/latency.ts';
import type { PhaseMemory } from './measure.ts';

/**
 * The phases of a tier whose memory is kept, in the tier's own process: `search` includes opening the lexical index
 * (the first search builds it). Results from before each tier had its own process have one more, `baselines` (the
 * exact-vs-HNSW comparison and the LangChain baseline, on top of the store PGlite still held).
 */
export const MEMORY_PHASES = [
  'generate',
  'ingest',
  'vector backfill',
  'HNSW build',
  'search',
  'ask',
  'exact vs HNSW',
] as const;
export type MemoryPhase = (typeof MEMORY_PHASES)[number];

/** The phases of the LangChain baseline, run in a process of its own on the same synthetic corpus. */
export const BASELINE_PHASES = ['generate', 'baseline'] as const;
export type BaselinePhase = (typeof BASELINE_PHASES)[number];

export interface TierResult {
  /** Clauses asked of the generator, and found in the store after ingestion. */
  targetClauses: number;
  clauses: number;
  documents: number;
  failedDocuments: number;
  /** End to end: files → stored clauses with terms, citations resolved, vectors embedded and indexed. */
  /** `stages`: time per stage (absent in results from before it was measured; see `IngestTimings`). */
  ingest: { totalMs: number; storeMs: number; embedMs: number; clausesPerS: number; stages?: IngestTimings };
  /** Rebuilding the HNSW index from scratch over the stored vectors. */
  indexBuildMs: number;
  /** Embedding the clauses after ingestion left them out (dense weight 0); absent in older results. */
  vectorBackfillMs?: number;
  search: LatencySummary;
  ask: LatencySummary | null;
  /**
   * The RSS peak of vankien's phases, in the tier's own process (older results: of the whole bench process, the
   * baseline's phase and earlier tiers included).
   */
  peakRssMb: number;
  /** Memory at the end of each phase (generate, ingest, vector backfill, HNSW build, search, ask, …); absent in older results. */
  memory?: PhaseMemory[];
  storeMb: number;
  langchain: BaselineResult & { ingest: { clausesEquivalentPerS: number } };
  /** Nearest-neighbour search over the clause vectors: exact scan against HNSW, top 10. */
  vectors: {
    queries: number;
    exact: LatencySummary;
    hnsw: LatencySummary;
    /** Mean overlap of HNSW's top 10 with the exact top 10 (pgvector default ef_search 40). */
    hnswRecallAt10: number;
    /** The same at ef_search 100. */
    hnswRecallAt10Ef100: number;
    /** At ef_search 40, counting a hit as right when it is as near as the exact 10th (absent in older results). */
    hnswRecallAt10Ties?: number;
  };
}

/**
 * The LangChain baseline on a tier's corpus, measured in its own process and store: `peakRssMb` and `memory` are its
 * own (absent in results from before it had its own process).
 */
export interface BaselineResult {
  chunks: number;
  ingest: { totalMs: number; chunksPerS: number; indexMs: number };
  search: LatencySummary;
  storeMb: number;
  peakRssMb?: number;
  memory?: PhaseMemory[];
}

export interface BenchResult {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  seed: number;
  full: boolean;
  environment: { node: string; embedder: string; cpus: number; loadAverageStart: number[]; loadAverageEnd: number[] };
  queryMix: { questions: number; languages: Record<string, number> };
  tiers: TierResult[];
}

/** The archive copies in `evals/archive/` (real docx, doc, pdf, txt) ingested into a fresh store, with or without their scans. */
export interface ArchiveTierResult {
  withScans: boolean;
  files: number;
  documents: number;
  duplicates: number;
  failed: number;
  /** Files left out because they need OCR (without scans). */
  needOcr: number;
  clauses: number;
  ingest: { totalMs: number; clausesPerS: number; stages: IngestTimings };
  search: LatencySummary;
  peakRssMb: number;
  measuredAt: string;
  loadAverage: number[];
}
