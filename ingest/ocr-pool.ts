/**
 * @module ingest/ocr-pool
 * The batch's OCR pool: scans are read a bounded number at a time, first queued first read, while
 * the text queue goes on. Tesseract and pdftoppm are child processes, so the bound is on processes
 * (files at once × `OcrOptions.workers` pages each), not on threads of this process.
 */
import { availableParallelism } from 'node:os';

export interface OcrPool {
  /** Runs `task` when a place is free, in the order tasks were queued. */
  run<T>(task: () => Promise<T>): Promise<T>;
}

/** Files OCR'd at once by default: one per two cores (tesseract is CPU-bound and the main thread stores), at least one. */
export function defaultOcrFiles(cores = availableParallelism()): number {
  return Math.max(1, Math.floor(cores / 2));
}

/** @example const pool = createOcrPool(1); const loaded = await pool.run(() => loadFile(scan, { ocr })); */
export function createOcrPool(size = defaultOcrFiles()): OcrPool {
  const waiting: Array<() => void> = [];
  let running = 0;
  const next = () => {
    if (running >= Math.max(1, size)) return;
    const start = waiting.shift();
    if (start) {
      running++;
      start();
    }
  };
  return {
    run<T>(task: () => Promise<T>): Promise<T> {
      return new Promise<T>((resolve, reject) => {
        waiting.push(() => {
          task()
            .then(resolve, reject)
            .finally(() => {
              running--;
              next();
            });
        });
        next();
      });
    },
  };
}
