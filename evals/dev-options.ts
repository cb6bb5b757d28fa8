/**
 * @module evals/dev-options
 * What the quick dev tools (`eval:dev`, `rank:dev`, `abstain:dev`) share: their `--name value` options,
 * the store on disk they reuse, and the question sets they may score — the dev split only; held-back
 * questions are scored by `npm run eval` alone.
 */
import { fileURLToPath } from 'node:url';
import {
  type GoldQuestion,
  loadArchiveQuestions,
  loadFreshArchiveQuestions,
  loadQuestions,
  loadSeedParaphrases,
} from './load-gold.ts';

export const ROOT = fileURLToPath(new URL('../', import.meta.url));

/** The value after `--name` on the command line. */
export function option(name: string): string | undefined {
  const args = process.argv.slice(2);
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
}

/** `--store DIR`, else the dev store `npm run eval:dev` builds. */
export const devStoreDir = (): string => option('store') ?? `${ROOT}evals/out/dev-store`;

export const DEV_SETS: Readonly<Record<string, () => GoldQuestion[]>> = {
  archive: () => loadArchiveQuestions().filter((q) => q.split === 'dev'),
  /** The fresh blind set's dev half; its held-back half, like the first set's, only `npm run eval` scores. */
  fresh: () => loadFreshArchiveQuestions().filter((q) => q.split === 'dev'),
  seed: () => loadQuestions(),
  paraphrases: () => loadSeedParaphrases(),
};

/** The questions of a dev set by name; an unknown name (held-back questions included) is refused. */
export function devSet(name: string): GoldQuestion[] {
  const load = DEV_SETS[name];
  if (!load)
    throw new Error(`--set ${name}: expected ${Object.keys(DEV_SETS).join(', ')} (held-back questions: npm run eval)`);
  return load();
}
