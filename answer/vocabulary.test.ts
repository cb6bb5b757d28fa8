/** @module answer/vocabulary.test — the concepts of a question, as the abstention and the answerers weigh them. */

import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './classify.ts';
import { questionConcepts } from './vocabulary.ts';

const labels = (question: string) => questionConcepts(classifyQuestion(question)).map((c) => c.label);

describe('questionConcepts (English)', () => {
  it.each([
    // Neighbouring names are one rare phrase, not two syllables (`thai` is also `thải`).
    ["On which routes may Thái Thịnh's fuel tankers travel?", ['thai thinh']],
    ['Which body leads the sand-mining oversight?', ['sand mining', 'oversight']],
    // A word met in another form than the glossary's is still a concept.
    ['Who signs the explosives certificates?', ['explosives', 'certificates']],
  ])('%s', (question, expected) => {
    expect(labels(question)).toEqual(expect.arrayContaining(expected));
  });

  it('does not join a name with a number', () => {
    expect(labels('What did Cần Thơ plan for 2025?')).not.toContain('can tho 2025');
  });
});
