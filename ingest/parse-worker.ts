/** @module ingest/parse-worker — the body of a parse worker thread: parse jobs in, parsed documents (plain data) out. */
import { parentPort } from 'node:worker_threads';
import { parseDocument } from './parse-document.ts';
import type { ParseJob } from './parse-pool.ts';

parentPort?.on('message', (message: { id: number; job: ParseJob }) => {
  const { id, job } = message;
  const started = performance.now();
  try {
    const parsed = parseDocument(job.rawText, {
      documentId: job.documentId,
      sourceName: job.sourceName,
      sidecar: job.sidecar,
    });
    parentPort?.postMessage({ id, parsed, ms: performance.now() - started });
  } catch (err) {
    // The main thread parses it again inline, so the error surfaces with its usual type and message.
    parentPort?.postMessage({
      id,
      error: err instanceof Error ? err.message : String(err),
      ms: performance.now() - started,
    });
  }
});

// Booted (tsx has loaded the parser): the main thread starts relying on this worker.
parentPort?.postMessage({ ready: true });
