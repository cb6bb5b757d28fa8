/**
 * @module evals/stress/run-load
 * One bounded autocannon run against a loopback server with a mix of search, ask and lineage
 * requests, summarized as the figures the stress suite records (requests, errors, non-2xx, latency
 * percentiles, throughput).
 */
import autocannon from 'autocannon';

/** One request of the mix, as autocannon takes it. */
export interface MixRequest {
  method: 'GET' | 'POST';
  path: string;
  headers?: Record<string, string>;
  body?: string;
}

export interface LoadSummary {
  seconds: number;
  connections: number;
  requests: number;
  rps: number;
  errors: number;
  timeouts: number;
  non2xx: number;
  statusCodes: Record<string, number>;
  latencyMs: { p50: number; p90: number; p99: number; max: number; mean: number };
}

/** Builds a search / ask / lineage mix: `parts` says how many of each per cycle. */
export function requestMix(options: {
  questions: readonly string[];
  lineageStarts: readonly string[];
  parts?: { search: number; ask: number; lineage: number };
}): MixRequest[] {
  const parts = options.parts ?? { search: 5, ask: 3, lineage: 2 };
  const json = { 'content-type': 'application/json' };
  const mix: MixRequest[] = [];
  let q = 0;
  let l = 0;
  const cycles = Math.max(options.questions.length, 1);
  for (let c = 0; c < cycles; c++) {
    for (let i = 0; i < parts.search; i++) {
      mix.push({
        method: 'POST',
        path: '/api/search',
        headers: json,
        body: JSON.stringify({ query: options.questions[q++ % options.questions.length], k: 10 }),
      });
    }
    for (let i = 0; i < parts.ask; i++) {
      mix.push({
        method: 'POST',
        path: '/api/ask',
        headers: json,
        body: JSON.stringify({ question: options.questions[q++ % options.questions.length] }),
      });
    }
    for (let i = 0; i < parts.lineage; i++) {
      const start = options.lineageStarts[l++ % options.lineageStarts.length];
      mix.push({ method: 'GET', path: `/api/lineage/${encodeURIComponent(start)}?depth=2` });
    }
  }
  return mix;
}

/** Runs the mix for `seconds` with `connections` connections; the url must be on loopback. */
export async function runLoad(
  url: string,
  mix: readonly MixRequest[],
  options: { seconds: number; connections: number; timeoutS?: number },
): Promise<LoadSummary> {
  const host = new URL(url).hostname;
  if (!/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])$/.test(host))
    throw new Error(`load tests target loopback only, not ${host}`);
  const result = await autocannon({
    url,
    connections: options.connections,
    duration: options.seconds,
    // Well past the server's own 30 s request timeout (which starts only once the busy event loop reads
    // the request), so a slow request shows as the server's 503, not as a client timeout.
    timeout: options.timeoutS ?? 60,
    requests: mix.map((r) => ({ ...r })),
  });
  const codes: Record<string, number> = {};
  for (const [code, s] of Object.entries(result.statusCodeStats ?? {})) codes[code] = s.count;
  const lat = result.latency;
  return {
    seconds: options.seconds,
    connections: options.connections,
    requests: result.requests.total,
    rps: Math.round(result.requests.average * 10) / 10,
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    statusCodes: codes,
    latencyMs: { p50: lat.p50, p90: lat.p90, p99: lat.p99, max: lat.max, mean: Math.round(lat.mean) },
  };
}
