/**
 * @module core/linear-model
 * A linear model stored as a data file (the abstain decision, the clause chooser, the learned first-stage ranking): per named feature a
 * standardization and a weight, trained by a script under evals/. Loading checks the file against today's
 * features, so a feature added without retraining fails loudly instead of scoring with shifted weights.
 */
import { readFileSync } from 'node:fs';

export interface LinearModel {
  features: readonly string[];
  mean: number[];
  scale: number[];
  weights: number[];
  /** How it was trained and what held-out data measured (not read by the model). */
  training?: unknown;
}

/** A model file that cannot be read or does not fit today's features; the message names the retraining command. */
export class ModelFileError extends Error {
  constructor(file: string, problem: string, retrain: string) {
    super(`${file}: ${problem} — retrain it with ${retrain}`);
    this.name = 'ModelFileError';
  }
}

/**
 * Reads a model file and checks its features are `features`, in that order, with one mean, scale and weight each.
 * @example readLinearModel<AbstainModel>(MODEL_FILE, FEATURE_NAMES, 'the abstain model', 'npm run abstain:train')
 */
export function readLinearModel<M extends LinearModel>(
  file: string,
  features: readonly string[],
  what: string,
  retrain: string,
): M {
  let model: M;
  try {
    model = JSON.parse(readFileSync(file, 'utf8')) as M;
  } catch (error) {
    throw new ModelFileError(file, `cannot read ${what} (${(error as Error).message})`, retrain);
  }
  const n = features.length;
  if (model.features?.join() !== features.join())
    throw new ModelFileError(file, `features ${model.features?.join()} differ from ${features.join()}`, retrain);
  for (const key of ['mean', 'scale', 'weights'] as const)
    if (!Array.isArray(model[key]) || model[key].length !== n)
      throw new ModelFileError(file, `${key} needs ${n}`, retrain);
  return model;
}

/** Each feature's part of the linear score (weight × standardized value). */
export function contributions(model: LinearModel, x: readonly number[]): number[] {
  return x.map((v, i) => (model.weights[i] * (v - model.mean[i])) / (model.scale[i] || 1));
}
