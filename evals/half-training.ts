/**
 * @module evals/half-training
 * What the learned models' training scripts (`rank:train`, `chooser:train`) share: reading the jsonl dump of dev
 * examples, and the protocol — fit on dev half 0 (`devHalf` of each question's source document), measure on half 1
 * which the fit never saw, and for the record the reverse fit measured on half 0.
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

/** A model fitted on half 0 with its `training` record: how, the fit options, and the figures on each half. */
export function trainOnHalves<E extends { unit: string }, M extends object, F>(
  examples: readonly E[],
  fitOn: (examples: readonly E[]) => M,
  figures: (model: M, examples: readonly E[]) => F,
  record: { how: string; fit: object },
): M & { training: Record<string, unknown> } {
  const half = (h: 0 | 1) => examples.filter((e) => devHalf(e.unit) === h);
  const model = fitOn(half(0));
  const reverse = fitOn(half(1));
  return {
    ...model,
    training: {
      ...record,
      examples: { half0: half(0).length, half1: half(1).length },
      heldOutHalf1: figures(model, half(1)),
      trainingHalf0: figures(model, half(0)),
      reverseFitHeldOutHalf0: figures(reverse, half(0)),
    },
  };
}

/** Prints what a training script learned; writes the model file unless `--check` asks only for the figures. */
export function printAndWrite(file: string, model: object, shown: object): void {
  process.stdout.write(`${JSON.stringify(shown, null, 1)}\n`);
  if (!process.argv.includes('--check')) writeFileSync(file, `${JSON.stringify(model, null, 2)}\n`);
}
