/** @module evals/load-gold.test — the archive questions and seed paraphrases parse and hang together. */
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  ARCHIVE_DIR,
  type GoldQuestion,
  LANGS,
  loadArchiveQuestions,
  loadQuestions,
  loadSeedParaphrases,
} from './load-gold.ts';

/** Groups whose three questions do not cover vi, vi-nodiac and en exactly once each. */
function incompleteGroups(questions: GoldQuestion[]): string[] {
  const langs = new Map<string, string[]>();
  for (const q of questions) langs.set(q.group, [...(langs.get(q.group) ?? []), q.lang]);
  return [...langs].filter(([, ls]) => [...ls].sort().join() !== [...LANGS].sort().join()).map(([g]) => g);
}

describe('archive questions', () => {
  const questions = loadArchiveQuestions();

  it('has every question in three languages', () => {
    expect(incompleteGroups(questions)).toEqual([]);
  });

  it('names a source document that is copied under evals/archive/', () => {
    const missing = [...new Set(questions.map((q) => q.source ?? ''))].filter((s) => !existsSync(`${ARCHIVE_DIR}${s}`));
    expect(missing).toEqual([]);
  });

  it('gives answerable questions an answer and unanswerable ones neither answer nor evidence', () => {
    const bad = questions.filter((q) =>
      q.kind === 'out-of-corpus' ? q.answer !== null || q.evidence.length > 0 : !q.answer,
    );
    expect(bad.map((q) => q.id)).toEqual([]);
  });

  it('keeps evidence quotes short, single-line and whitespace-collapsed', () => {
    const bad = questions.flatMap((q) =>
      q.evidence.filter((e) => e.length < 25 || e.length > 120 || /\s{2}|\n/.test(e)).map((e) => `${q.id}: ${e}`),
    );
    expect(bad).toEqual([]);
  });

  it('draws on held-back documents as well as dev ones', () => {
    const splits = new Set(questions.map((q) => q.split));
    expect(splits).toEqual(new Set(['dev', 'heldback']));
  });
});

describe('seed paraphrases', () => {
  const seeds = new Map(loadQuestions().map((q) => [q.id, q]));
  const paraphrases = loadSeedParaphrases();

  it('has every paraphrase group in three languages', () => {
    expect(incompleteGroups(paraphrases)).toEqual([]);
  });

  it('rewords an existing seed question, keeping its language, kind and answer but not its words', () => {
    const bad = paraphrases.filter((p) => {
      const seed = seeds.get(p.paraphraseOf ?? '');
      return (
        !seed ||
        seed.lang !== p.lang ||
        seed.kind !== p.kind ||
        seed.answer !== p.answer ||
        seed.question === p.question
      );
    });
    expect(bad.map((p) => p.id)).toEqual([]);
  });

  it('rewords every seed question twice', () => {
    const counts = new Map<string, number>();
    for (const p of paraphrases) counts.set(p.paraphraseOf ?? '', (counts.get(p.paraphraseOf ?? '') ?? 0) + 1);
    expect([...seeds.keys()].filter((id) => counts.get(id) !== 2)).toEqual([]);
  });
});
