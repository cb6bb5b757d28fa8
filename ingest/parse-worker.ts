/** @module ingest/parse-worker — the body of a parse worker thread: files to decode and texts to parse in, plain data out. */
import { parentPort, workerData } from 'node:worker_threads';
import type { LexiconBuilder } from './clause-index.ts';
import type { PoolIndexing, WorkerAnswer } from './parse-pool.ts';
import { type PoolJob, runPoolJob } from './pool-job.ts';

type Message = { id: number } & PoolJob;

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

async function answer(message: Message): Promise<WorkerAnswer> {
  const result = await runPoolJob(message, indexing ? { lexicon: await lexicon } : undefined);
  return { id: message.id, ...result };
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
