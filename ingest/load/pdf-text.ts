/**
 * @module ingest/load/pdf-text
 * A PDF's text layer and signed pages, read by pdf.js in a worker thread that runs without tsx's hooks:
 * under tsx, loading pdf.js cost ~4 s of CPU in every process that read a PDF (tsx rewrites each module
 * with a dynamic import and inlines a source map for it), under plain Node ~0.5 s. pdf-parse is still
 * resolved by Node from its package's exports, as an import of it would be. One worker per thread,
 * started with the first PDF; it keeps the process alive only while a PDF is being read.
 */
import { Worker } from 'node:worker_threads';

/** What pdf.js read: each page's text (untrimmed) and the 1-based pages that carry a signature field. */
export interface PdfTextLayer {
  pages: string[];
  signed: number[];
}

/** The PDF could not be read: `encrypted` when it needs a password, otherwise corrupt or not a PDF. */
export class PdfReadError extends Error {
  constructor(
    readonly encrypted: boolean,
    message: string,
  ) {
    super(message);
    this.name = 'PdfReadError';
  }
}

interface Answer {
  id: number;
  pages?: string[];
  signed?: number[];
  error?: { encrypted: boolean; message: string };
}
interface Pending {
  resolve: (layer: PdfTextLayer) => void;
  reject: (err: Error) => void;
}

let reader: { worker: Worker; pending: Map<number, Pending> } | undefined;
let nextId = 0;

function pdfParseUrl(): string {
  try {
    return import.meta.resolve('pdf-parse');
  } catch (err) {
    throw new Error('pdf-parse is not installed: run `npm install` to read PDF files', { cause: err });
  }
}

function startReader(): { worker: Worker; pending: Map<number, Pending> } {
  // execArgv [] drops the parent's `--import tsx`: the worker is plain JavaScript.
  const worker = new Worker(new URL('./pdf-text-worker.mjs', import.meta.url), {
    execArgv: [],
    workerData: { pdfParseUrl: pdfParseUrl() },
  });
  const pending = new Map<number, Pending>();
  const self = { worker, pending };
  const fail = (err: Error) => {
    if (reader === self) reader = undefined;
    for (const p of pending.values()) p.reject(err);
    pending.clear();
  };
  worker.on('message', (m: Answer) => {
    const p = pending.get(m.id);
    if (!p) return;
    pending.delete(m.id);
    if (pending.size === 0) worker.unref();
    if (m.error) p.reject(new PdfReadError(m.error.encrypted, m.error.message));
    else p.resolve({ pages: m.pages ?? [], signed: m.signed ?? [] });
  });
  worker.on('error', (err) => fail(new Error(`the PDF reader failed: ${err.message}`, { cause: err })));
  worker.on('exit', (code) => fail(new Error(`the PDF reader stopped (exit code ${code})`)));
  worker.unref();
  return self;
}

/** Reads a PDF's text layer; rejects with `PdfReadError` for a file pdf.js cannot read. */
export async function readPdfTextLayer(bytes: Uint8Array): Promise<PdfTextLayer> {
  reader ??= startReader();
  const { worker, pending } = reader;
  const id = nextId++;
  // pdf.js takes over the buffer it is given: hand the worker a copy.
  const data = new Uint8Array(bytes);
  return new Promise<PdfTextLayer>((resolve, reject) => {
    pending.set(id, { resolve, reject });
    worker.ref();
    worker.postMessage({ id, data }, [data.buffer]);
  });
}
