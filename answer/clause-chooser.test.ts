/**
 * @module answer/clause-chooser.test
 * The stored clause chooser loads and is refused when its features are not today's; retraining on the
 * stored dev examples reproduces the file (no hand edits, no drift); on held-out half 1 it picks the
 * clause holding the evidence more often than the re-ranked order does.
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
  });

  it('picks the clause holding the evidence more often than the re-ranked order on the half it never saw', () => {
    const { heldOutHalf1 } = model.training as { heldOutHalf1: { chooser: number; reranked: number } };
    expect(heldOutHalf1.chooser).toBeGreaterThan(heldOutHalf1.reranked);
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
