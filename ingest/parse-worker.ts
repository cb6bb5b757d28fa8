/** @module ingest/parse-worker — the body of a parse worker thread: files to decode and texts to parse in, plain data out. */
import { parentPort } from 'node:worker_threads';
import { type DecodeJob, decodeFile, parseLoaded } from './decode-file.ts';
import { parseDocument } from './parse-document.ts';
import type { ParseJob, WorkerAnswer } from './parse-pool.ts';

type Message = { id: number; kind: 'parse'; job: ParseJob } | { id: number; kind: 'decode'; job: DecodeJob };

async function answer(message: Message): Promise<WorkerAnswer> {
  const started = performance.now();
  if (message.kind === 'parse') {
    const { job } = message;
    const parsed = parseDocument(job.rawText, {
      documentId: job.documentId,
      sourceName: job.sourceName,
      sidecar: job.sidecar,
    });
    return { id: message.id, parsed, ms: performance.now() - started };
  }
  // Decoding and parsing in one trip; the parse time is what is left after the decode.
  const decoded = await decodeFile({ ...message.job, parse: false });
  const decodeMs = performance.now() - started;
  if (!('loaded' in decoded) || !message.job.parse) return { id: message.id, decoded, ms: 0, decodeMs };
  const parsed = parseLoaded(decoded.loaded, message.job.documentId);
  return { id: message.id, decoded: { ...decoded, parsed }, ms: performance.now() - started - decodeMs, decodeMs };
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

// Booted (tsx has loaded the parser and loader): the main thread starts relying on this worker.
parentPort?.postMessage({ ready: true });
