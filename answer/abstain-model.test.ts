/**
 * @module answer/abstain-model.test
 * The stored abstain model loads, decides and explains; a model file of other features is refused;
 * retraining on the stored dev examples reproduces the file (no hand edits, no drift).
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readExamples, train } from '../evals/abstain-train.ts';
import { abstainReason, loadAbstainModel, MODEL_FILE } from './abstain-model.ts';
import { ModelFileError } from './linear-model.ts';
import type { RelevanceReport } from './relevance.ts';

/** A question the corpus plainly answers: its concepts shown, its words read, nothing foreign. */
const answered: RelevanceReport = {
  coverage: 0.9,
  absent: [],
  absentShare: 0,
  strangePairs: [],
  strangePairShare: 0,
  foreignPlace: null,
  unknownDocument: null,
  notUnderstood: [],
  understood: 5,
  valueAsked: false,
  valueShown: true,
  topicMatch: 0.8,
  scoreGap: 0.2,
  documentNamed: true,
};

describe('the stored abstain model', () => {
  const model = loadAbstainModel();

  it('has an operating point between 0 and 1', () => {
    expect(model.threshold).toBeGreaterThan(0);
    expect(model.threshold).toBeLessThan(1);
  });

  it('answers a question the corpus plainly answers', () => {
    expect(abstainReason(answered, 'lead', { model })).toBeNull();
  });

  it.each<[string, Partial<RelevanceReport>, RegExp]>([
    [
      'concepts the corpus never mentions and a weak match',
      { coverage: 0.1, topicMatch: 0.1, absent: ['bảo hiểm y tế'], absentShare: 0.7, documentNamed: false },
      /not in the corpus: bảo hiểm y tế|weak match/,
    ],
    [
      'words not understood, phrases strange, a weak match',
      {
        coverage: 0.15,
        topicMatch: 0.2,
        notUnderstood: ['dredging', 'oversight'],
        understood: 1,
        strangePairs: ['xe may'],
        strangePairShare: 0.8,
        documentNamed: false,
      },
      /words not understood|phrases not in the corpus|weak match/,
    ],
  ])('declines on %s, saying why', (_, change, reason) => {
    expect(abstainReason({ ...answered, ...change }, 'content', { model })).toMatch(reason);
  });

  it('never declines above a threshold of 1 (the training dump reads the answerers alone)', () => {
    expect(abstainReason({ ...answered, coverage: 0, absentShare: 1 }, 'content', { model, threshold: 2 })).toBeNull();
  });

  it('refuses a model file of other features, naming the file', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'abstain-')), 'model.json');
    writeFileSync(file, JSON.stringify({ ...model, features: ['coverage'] }));
    expect(() => loadAbstainModel(file)).toThrow(ModelFileError);
    expect(() => loadAbstainModel(file)).toThrow(file);
  });

  it('is what retraining on the stored dev examples gives', () => {
    const stored = JSON.parse(readFileSync(MODEL_FILE, 'utf8'));
    expect(JSON.parse(JSON.stringify(train(readExamples())))).toEqual(stored);
  });
});
