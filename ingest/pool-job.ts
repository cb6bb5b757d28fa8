/**
 * @module ingest/pool-job
 * One job of the parse pool — a text to parse, or a file to decode (and parse) — run the same way in a
 * worker thread and on the main thread when it takes a queued job instead of waiting (`ParsePool.helpUntil`),
 * so where a job ran never changes its result.
 */
import type { ParsedDocument } from '../core/types.ts';
import { type ClauseIndex, indexClauses, type LexiconBuilder } from './clause-index.ts';
import { type DecodeJob, type Decoded, decodeFile, parseLoaded } from './decode-file.ts';
import { parseDocument, type Sidecar } from './parse-document.ts';

/** One document to parse: what `parseDocument` takes. */
export interface ParseJob {
  rawText: string;
  documentId: string;
  sourceName: string;
  sidecar?: Sidecar;
}

export type PoolJob = { kind: 'parse'; job: ParseJob } | { kind: 'decode'; job: DecodeJob };

/** A job's result with the milliseconds spent parsing (`ms`) and decoding (`decodeMs`). */
export interface JobResult {
  parsed?: ParsedDocument;
  index?: ClauseIndex;
  decoded?: Decoded;
  ms: number;
  decodeMs?: number;
}

/**
 * Runs a job; with `indexing`, each parse comes back with its clause index (its lexical segment when `lexicon`
 * is given). Throws what the loader or parser throws.
 */
export async function runPoolJob(
  { kind, job }: PoolJob,
  indexing: { lexicon?: LexiconBuilder } | undefined,
): Promise<JobResult> {
  const started = performance.now();
  const indexOf = (parsed: ParsedDocument): { index?: ClauseIndex } =>
    indexing ? { index: indexClauses(parsed.clauses, indexing.lexicon) } : {};
  if (kind === 'parse') {
    const parsed = parseDocument(job.rawText, {
      documentId: job.documentId,
      sourceName: job.sourceName,
      sidecar: job.sidecar,
    });
    return { parsed, ...indexOf(parsed), ms: performance.now() - started };
  }
  // Decoding and parsing in one trip; the parse time is what is left after the decode.
  const decoded = await decodeFile({ ...job, parse: false });
  const decodeMs = performance.now() - started;
  if (!('loaded' in decoded) || !job.parse) return { decoded, ms: 0, decodeMs };
  const parsed = parseLoaded(decoded.loaded, job.documentId);
  return {
    decoded: { ...decoded, parsed, ...indexOf(parsed) },
    ms: performance.now() - started - decodeMs,
    decodeMs,
  };
}
