/**
 * @module evals/half-training
 * What the learned models' training scripts (`rank:train`, `chooser:train`) share: reading the jsonl dump of dev
 * examples, writing the model file, and (the chooser's) settings chosen by two-fold cross-validation over the dev
 * halves (`devHalf` of each question's source document) with the kept weights fitted on both (`trainCrossValidated`).
 * The ranker measures by quarter folds instead (`rank-ablate.ts`): it has one setting, so nothing to choose.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { devHalf } from './split.ts';

/** One example per non-empty line of a dump (`rank:dump`, `chooser:dump`). */
export function readJsonLines<T>(file: string): T[] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as T);
}

/** Prints what a training script learned; writes the model file unless `--check` asks only for the figures. */
export function printAndWrite(file: string, model: object, shown: object): void {
  process.stdout.write(`${JSON.stringify(shown, null, 1)}\n`);
  if (!process.argv.includes('--check')) writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
}

/**
 * Two-fold cross-validation by document half: each setting is fitted on one half and measured on the other, both
 * ways; the setting with the best held-out `score` summed over the two folds (the earlier on a tie) is refitted on
 * both halves, which is the model kept — more documents transfer better to unseen ones. The figures recorded are
 * the held-out folds'.
 */
export function trainCrossValidated<E extends { unit: string }, M extends object, F, S extends object>(
  examples: readonly E[],
  settings: readonly S[],
  fitOn: (examples: readonly E[], setting: S) => M,
  figures: (model: M, examples: readonly E[]) => F,
  score: (figures: F) => number,
  record: { how: string },
): M & { training: Record<string, unknown> } {
  const half = (h: 0 | 1) => examples.filter((e) => devHalf(e.unit) === h);
  const folds = settings.map((setting) => ({
    setting,
    heldOutHalf1: figures(fitOn(half(0), setting), half(1)),
    heldOutHalf0: figures(fitOn(half(1), setting), half(0)),
  }));
  const total = (f: (typeof folds)[number]) => score(f.heldOutHalf1) + score(f.heldOutHalf0);
  const chosen = folds.reduce((a, b) => (total(b) > total(a) ? b : a));
  const model = fitOn(examples, chosen.setting);
  return {
    ...model,
    training: {
      ...record,
      fit: chosen.setting,
      examples: { half0: half(0).length, half1: half(1).length },
      heldOutHalf1: chosen.heldOutHalf1,
      heldOutHalf0: chosen.heldOutHalf0,
      // Each setting's held-out score per fold (the chooser: questions picked right).
      settingsTried: folds.map((f) => ({
        ...f.setting,
        heldOutHalf1: score(f.heldOutHalf1),
        heldOutHalf0: score(f.heldOutHalf0),
      })),
      trainingBothHalves: figures(model, examples),
    },
  };
}
