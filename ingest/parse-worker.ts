/** @module ingest/parse-worker — the body of a parse worker thread: files to decode and texts to parse in, plain data out. */
import { parentPort, workerData } from 'node:worker_threads';
import type { ParsedDocument } from '../core/types.ts';
import { type ClauseIndex, indexClauses, type LexiconBuilder } from './clause-index.ts';
import { type DecodeJob, decodeFile, parseLoaded } from './decode-file.ts';
import { parseDocument } from './parse-document.ts';
import type { ParseJob, PoolIndexing, WorkerAnswer } from './parse-pool.ts';

type Message = { id: number; kind: 'parse'; job: ParseJob } | { id: number; kind: 'decode'; job: DecodeJob };

// With `indexing`, each parse comes back with its clause index; the lexicon builder is loaded from the module the
// indexer names (ingest may not import search, so the module arrives as a URL). Without one (or when it fails to
// load) the index has no segment and the main thread builds it, as without workers.
const indexing = (workerData as { indexing?: PoolIndexing } | undefined)?.indexing;
const lexicon: Promise<LexiconBuilder | undefined> = indexing?.lexiconModule
  ? import(indexing.lexiconModule).then(
      (m: { lexicon?: LexiconBuilder }) => (typeof m.lexicon === 'function' ? m.lexicon : undefined),
      () => undefined,
    )
  : Promise.resolve(undefined);

async function indexOf(parsed: ParsedDocument): Promise<{ index?: ClauseIndex }> {
  return indexing ? { index: indexClauses(parsed.clauses, await lexicon) } : {};
}

async function answer(message: Message): Promise<WorkerAnswer> {
  const started = performance.now();
  if (message.kind === 'parse') {
    const { job } = message;
    const parsed = parseDocument(job.rawText, {
      documentId: job.documentId,
      sourceName: job.sourceName,
      sidecar: job.sidecar,
    });
    return { id: message.id, parsed, ...(await indexOf(parsed)), ms: performance.now() - started };
  }
  // Decoding and parsing in one trip; the parse time is what is left after the decode.
  const decoded = await decodeFile({ ...message.job, parse: false });
  const decodeMs = performance.now() - started;
  if (!('loaded' in decoded) || !message.job.parse) return { id: message.id, decoded, ms: 0, decodeMs };
  const parsed = parseLoaded(decoded.loaded, message.job.documentId);
  return {
    id: message.id,
    decoded: { ...decoded, parsed, ...(await indexOf(parsed)) },
    ms: performance.now() - started - decodeMs,
    decodeMs,
  };
}

// One job at a time: decoding awaits files and child processes, and jobs run side by side would
// overlap their times (the figures the bench reads) and hold more files in memory at once.
let queue: Promise<unknown> = Promise.resolve();

parentPort?.on('message', (message: Message) => {
  queue = queue
    .then(() => answer(message))
    .then(
      (a) => parentPort?.postMessage(a),
      // The main thread runs the job again inline, so the error surfaces with its usual type and message.
      (err: unknown) =>
        parentPort?.postMessage({ id: message.id, error: err instanceof Error ? err.message : String(err), ms: 0 }),
    );
});

// Booted (tsx has loaded the parser and loader, and the lexicon builder when one is named): the main thread
// starts relying on this worker.
lexicon.then(() => parentPort?.postMessage({ ready: true }));
