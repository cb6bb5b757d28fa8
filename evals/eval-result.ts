/** @module evals/eval-result — the full result of one `npm run eval` run, as written to `evals/out/eval.json`. */

import type { AnswerRecord, AnswerScores, BaselineAnswerScores } from './suites/answer-suite.ts';
import type { Causes } from './suites/diagnose.ts';
import type { ArchiveMetadataReport } from './suites/archive-metadata-suite.ts';
import type { ChannelFigures, SetFigures } from './suites/generalization-suite.ts';
import type { IngestionReport } from './suites/ingestion-suite.ts';
import type { RelationKindsReport } from './suites/relation-kinds-suite.ts';
import type { ValidityReport } from './suites/validity-suite.ts';
import type { RetrievalReport } from './suites/retrieval-suite.ts';

/** Retrieval systems, in table order: vankien's fused list and each channel alone, then the baselines. */
export const SYSTEMS = ['fused', 'lexical', 'dense', 'langchain', 'bm25'] as const;
export type SystemName = (typeof SYSTEMS)[number];

export const SYSTEM_LABELS: Record<SystemName, string> = {
  fused: 'vankien fused',
  lexical: 'vankien lexical',
  dense: 'vankien dense',
  langchain: 'LangChain chunks',
  bm25: 'BM25 paragraphs',
};

export interface EvalResult {
  startedAt: string;
  finishedAt: string;
  durationMs: number;
  environment: { node: string; embedder: string; loadAverage: number[]; cpus: number };
  corpus: {
    documents: number;
    clauses: number;
    failed: Array<{ file: string; error: string }>;
    ingestMs: number;
    embedMs: number;
  };
  baselines: { langchainChunks: number; langchainBuildMs: number; bm25Paragraphs: number };
  retrieval: RetrievalReport;
  answers: {
    available: boolean;
    /** Why the answer suite did not run, when it did not. */
    skipped?: string;
    scores: AnswerScores | null;
    records: AnswerRecord[];
    latencyMs: { p50: number; p95: number } | null;
    baselines: { langchain: BaselineAnswerScores; bm25: BaselineAnswerScores };
  };
  ingestion: IngestionReport;
  /** Headline figures per question set and store (seeds alone; seeds + archive), split by document. */
  generalization: SetFigures[];
  /** The seeds + archive store, when an archive folder was given (or the gold's copies exist). */
  archiveStore: ArchiveStoreResult | null;
  failures: { retrieval: Causes; answers: Causes };
}

export interface ArchiveStoreResult {
  dir: string;
  files: number;
  clauses: number;
  ingestMs: number;
  /** Ingest outcomes by status (ingested, unchanged, duplicate, failed …). */
  outcomes: Record<string, number>;
  failed: Array<{ file: string; error: string }>;
  metadata: ArchiveMetadataReport;
  /** The same fields against the fresh blind metadata gold (absent in runs before it existed). */
  freshMetadata?: ArchiveMetadataReport;
  /** The same fields against the third blind metadata gold (absent in runs before it existed). */
  thirdMetadata?: ArchiveMetadataReport;
  /** Each retrieval channel alone and fused, default embedder and the corpus-trained LSA one. */
  channels: { figures: ChannelFigures[]; lsaBuildMs: number };
  validity: ValidityReport;
  /** Per relation and split against the complete fresh validity gold (absent in runs before it existed). */
  freshValidity?: {
    relations: RelationKindsReport['bySplit'];
    dates: ValidityReport['dates'];
    statuses?: ValidityReport['statuses'];
    statusMissClasses?: ValidityReport['statusMissClasses'];
  };
}
