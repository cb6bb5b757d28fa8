/**
 * @module evals/bench/bench-options
 * The bench's options, parsed once at start from its arguments and environment:
 * `npm run bench -- --full` (or `BENCH_FULL=1`) adds the 100k tier and the 100k exact-vs-HNSW vector
 * measurement; `--tiers=1000,5000` picks sizes (`--tiers=none` runs none); `--vectors=100000` runs the
 * vector measurement alone at that size, once per embedder of `--vector-embedders=hashed-ngram,lsa` (default
 * both: #17 asks for the trained embedder's HNSW recall beside the hashed one's); `--no-archive` skips the archive tier.
 */
import { z } from 'zod';

export const DEFAULT_TIERS = [1_000, 10_000];
export const FULL_TIER = 100_000;

const Schema = z.object({
  full: z.boolean(),
  tiers: z.array(z.number().int().min(100).max(1_000_000)),
  seed: z.number().int(),
  /** Query rounds timed after one warm-up pass. */
  rounds: z.number().int().min(1).max(10),
  /** Keep the temp stores (for inspection) instead of deleting them. */
  keep: z.boolean(),
  /** Size of the standalone exact-vs-HNSW vector measurement (0 = skip); `--full` sets 100k. */
  vectors: z.number().int().min(0).max(1_000_000),
  /** Embedders measured there: only those that need no model files or server. */
  vectorEmbedders: z.array(z.enum(['hashed-ngram', 'lsa'])).min(1),
  /** The real-data tier over `evals/archive/` (with and without scans); `--no-archive` skips it. */
  archive: z.boolean(),
});
export type BenchOptions = z.infer<typeof Schema>;

/** Parses `--full`, `--tiers=a,b`, `--seed=n`, `--rounds=n`, `--keep` and `BENCH_FULL`. Throws on a bad value. */
export function parseBenchOptions(argv: readonly string[], env: Record<string, string | undefined>): BenchOptions {
  const flag = (name: string) => argv.includes(`--${name}`);
  const value = (name: string) => argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
  const full = flag('full') || /^(1|true|yes)$/i.test(env.BENCH_FULL ?? '');
  const tiersArg = value('tiers');
  const tiers = tiersArg
    ? tiersArg === 'none'
      ? []
      : tiersArg.split(',').map((t) => Number(t.trim().replace(/k$/i, '000')))
    : full
      ? [...DEFAULT_TIERS, FULL_TIER]
      : DEFAULT_TIERS;
  const parsed = Schema.safeParse({
    full,
    tiers,
    seed: Number(value('seed') ?? 20240709),
    rounds: Number(value('rounds') ?? 1),
    keep: flag('keep'),
    vectors: Number(value('vectors') ?? (full ? FULL_TIER : 0)),
    vectorEmbedders: (value('vector-embedders') ?? 'hashed-ngram,lsa').split(',').map((e) => e.trim()),
    archive: !flag('no-archive'),
  });
  if (!parsed.success) {
    throw new Error(`bench options: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  return parsed.data;
}
