/**
 * @module answer/clause-chooser.test
 * The stored clause chooser loads and is refused when its features are not today's; retraining on the
 * stored dev examples reproduces the file (no hand edits, no drift); on each held-out half it picks the
 * clause holding the evidence more often than the re-ranked order does; its L2 is the cross-validated best.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readChooserExamples, trainChooser } from '../evals/chooser-train.ts';
import { CHOOSER_FILE, chooserScore, loadChooserModel } from './clause-chooser.ts';
import { ModelFileError } from './linear-model.ts';
import { CHOOSER_FEATURES } from './clause-features.ts';

describe('the stored clause chooser', () => {
  const model = loadChooserModel();

  it('retraining on the stored dev examples reproduces the file', () => {
    const retrained = trainChooser(readChooserExamples());
    expect(JSON.parse(JSON.stringify(retrained))).toEqual(JSON.parse(readFileSync(CHOOSER_FILE, 'utf8')));
    // Nine fits (four L2 settings on two folds, then both halves): more than the default minute on a loaded machine.
  }, 300_000);

  it('picks the clause holding the evidence more often than the re-ranked order on each half a fold never saw', () => {
    const { heldOutHalf1, heldOutHalf0 } = model.training as Record<string, { chooser: number; reranked: number }>;
    expect(heldOutHalf1.chooser).toBeGreaterThan(heldOutHalf1.reranked);
    expect(heldOutHalf0.chooser).toBeGreaterThan(heldOutHalf0.reranked);
  });

  it('keeps the L2 whose two folds picked the most questions right, refitted on both halves', () => {
    const { fit, settingsTried, examples, trainingBothHalves } = model.training as {
      fit: { l2: number };
      settingsTried: Array<{ l2: number; heldOutHalf1: number; heldOutHalf0: number }>;
      examples: { half0: number; half1: number };
      trainingBothHalves: { questions: number };
    };
    const total = (s: { heldOutHalf1: number; heldOutHalf0: number }) => s.heldOutHalf1 + s.heldOutHalf0;
    const best = Math.max(...settingsTried.map(total));
    expect(settingsTried.find((s) => s.l2 === fit.l2)).toSatisfy(
      (s: (typeof settingsTried)[number]) => total(s) === best,
    );
    expect(examples.half0).toBeGreaterThan(0);
    expect(examples.half1).toBeGreaterThan(0);
    expect(trainingBothHalves.questions).toBeGreaterThan(0);
  });

  it('trusts, all else equal, a clause that states a value of the asked type near the question words', () => {
    const base = CHOOSER_FEATURES.map((f) => model.mean[CHOOSER_FEATURES.indexOf(f)]);
    const at = (f: (typeof CHOOSER_FEATURES)[number]) => CHOOSER_FEATURES.indexOf(f);
    const stating = [...base];
    stating[at('valueHeld')] = 1;
    stating[at('valueNear')] = 0.8;
    const silent = [...base];
    silent[at('valueHeld')] = 0;
    silent[at('valueNear')] = 0;
    expect(chooserScore(model, stating)).toBeGreaterThan(chooserScore(model, silent));
  });

  it('refuses a model file of other features, naming the file and the command that fixes it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'chooser-'));
    const file = join(dir, 'model.json');
    writeFileSync(file, JSON.stringify({ ...model, features: ['rank'] }));
    expect(() => loadChooserModel(file)).toThrow(ModelFileError);
    expect(() => loadChooserModel(file)).toThrow(/model\.json: features rank differ .* npm run chooser:train/);
  });
});
