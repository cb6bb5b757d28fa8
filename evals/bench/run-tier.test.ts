import { describe, expect, it } from 'vitest';
import { benchPartArgs } from './run-tier.ts';

describe('benchPartArgs', () => {
  it("passes the parent's parse-worker decision to the child, so a child does not read the previous child's load as another process's", () => {
    const args = benchPartArgs('vankien', { clauses: 10_000, seed: 1, rounds: 1, workers: 1, out: '/tmp/r.json' });
    expect(args).toContain('--workers=1');
    expect(args).toContain('--part=vankien');
    expect(benchPartArgs('archive', { scans: true, workers: 0, out: '/tmp/r.json' })).toContain('--workers=0');
    expect(benchPartArgs('baseline', { out: '/tmp/r.json' }).some((a) => a.startsWith('--workers'))).toBe(false);
  });
});
