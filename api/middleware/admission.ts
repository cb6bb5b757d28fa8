/**
 * @module api/middleware/admission
 * Admission control for the expensive routes: at most `maxConcurrent` requests run at once, the rest
 * wait in a bounded first-in, first-out queue for at most `maxWaitMs`. A full queue or an expired wait
 * is answered 503 `overloaded` with Retry-After; a request whose client disconnected while it waited
 * is dropped without running. In-memory: one server process.
 */
import type { Context, MiddlewareHandler } from 'hono';
import { apiError } from '../errors.ts';

export interface AdmissionOptions {
  /** Requests that run at once; the others wait. */
  maxConcurrent: number;
  /** Requests that may wait for a slot; the next one is refused at once. 0: refuse whenever every slot is busy. */
  queueLimit: number;
  /** Longest a request waits for a slot before it is refused. */
  maxWaitMs: number;
}

/** What the gate holds at this moment. */
export interface AdmissionLoad {
  running: number;
  queued: number;
}

/** The middleware, with a view of its load (for tests and health reporting). */
export type AdmissionMiddleware = MiddlewareHandler & { load: () => AdmissionLoad };

type WaitOutcome = 'admitted' | 'expired' | 'abandoned';

/**
 * Requests past the gate hold a slot until their handler returns, or, for an event stream, until the
 * stream ends or the client cancels it. One gate shared by several routes is one pool of slots.
 *
 * @example
 * const gate = admission({ maxConcurrent: 4, queueLimit: 64, maxWaitMs: 10_000 });
 * app.use('/api/search', gate);
 * app.use('/api/lineage/*', gate);
 */
export function admission({ maxConcurrent, queueLimit, maxWaitMs }: AdmissionOptions): AdmissionMiddleware {
  let running = 0;
  // Only live waiters: one that expires or is abandoned takes itself out. Invariant: a non-empty
  // queue means every slot is busy, so a newcomer never overtakes a waiter.
  const queue: Array<() => void> = [];
  // Within `maxWaitMs` every request now waiting has either run or been refused.
  const retryAfter = String(Math.max(1, Math.ceil(maxWaitMs / 1000)));
  const busy = (what: string) =>
    apiError('overloaded', `server busy: ${what}; retry in ${retryAfter} s`, { 'Retry-After': retryAfter });

  /** Frees a slot, handing it straight to the longest waiter if there is one. */
  const release = () => {
    const next = queue.shift();
    if (next) next();
    else running--;
  };

  const wait = (signal: AbortSignal) =>
    new Promise<WaitOutcome>((resolve) => {
      const settle = (outcome: WaitOutcome) => {
        clearTimeout(timer);
        signal.removeEventListener('abort', onAbort);
        const at = queue.indexOf(admit);
        if (at >= 0) queue.splice(at, 1);
        resolve(outcome);
      };
      const admit = () => settle('admitted');
      const onAbort = () => settle('abandoned');
      const timer = setTimeout(() => settle('expired'), maxWaitMs);
      signal.addEventListener('abort', onAbort, { once: true });
      queue.push(admit);
    });

  const middleware: MiddlewareHandler = async (c, next) => {
    const signal = c.req.raw.signal;
    if (signal.aborted) return abandoned();
    if (running < maxConcurrent) {
      running++;
    } else {
      if (queue.length >= queueLimit)
        throw busy(`${running} requests running and ${queue.length} waiting, the most this server holds`);
      const outcome = await wait(signal);
      if (outcome === 'expired') throw busy(`no slot freed within ${maxWaitMs / 1000} s`);
      if (outcome === 'abandoned') return abandoned();
      // Admitted, but the client may have left between the hand-over and this line.
      if (signal.aborted) {
        release();
        return abandoned();
      }
    }
    let heldByStream = false;
    try {
      await next();
      if (isEventStream(c)) {
        c.res = holdUntilStreamEnds(c.res, release);
        heldByStream = true;
      }
    } finally {
      if (!heldByStream) release();
    }
  };
  return Object.assign(middleware, { load: () => ({ running, queued: queue.length }) });
}

/** Nobody is listening: an empty answer (nginx's 499) that the server will not manage to send. */
function abandoned(): Response {
  return new Response(null, { status: 499, statusText: 'Client Closed Request' });
}

function isEventStream(c: Context): boolean {
  return c.res.headers.get('content-type')?.startsWith('text/event-stream') === true && c.res.body !== null;
}

/**
 * The same response, whose body calls `release` once when it has been read to the end, fails, or is
 * cancelled (the client left). An event stream's handler returns at once and works while it streams.
 */
function holdUntilStreamEnds(res: Response, release: () => void): Response {
  const reader = (res.body as ReadableStream<Uint8Array>).getReader();
  let released = false;
  const done = () => {
    if (!released) {
      released = true;
      release();
    }
  };
  const body = new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const chunk = await reader.read();
        if (chunk.done) {
          done();
          controller.close();
        } else controller.enqueue(chunk.value);
      } catch (err) {
        done();
        controller.error(err);
      }
    },
    cancel(reason) {
      done();
      return reader.cancel(reason);
    },
  });
  return new Response(body, { status: res.status, statusText: res.statusText, headers: res.headers });
}
