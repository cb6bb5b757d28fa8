/** @module evals/load-gold.test — the archive questions (first and fresh sets) and seed paraphrases parse and hang together. */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldPassages, hasPdftotext } from './gold-source-text.ts';
import {
  loadArchiveMetadataGold,
  loadFreshArchiveMetadataGold,
  loadThirdArchiveMetadataGold,
} from './load-archive-gold.ts';
import {
  ARCHIVE_DIR,
  type GoldQuestion,
  LANGS,
  loadArchiveQuestions,
  loadFreshArchiveQuestions,
  loadQuestions,
  loadSeedParaphrases,
} from './load-gold.ts';
import { splitOf } from './split.ts';

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

describe('fresh archive questions', () => {
  const fresh = loadFreshArchiveQuestions();
  const sources = [...new Set(fresh.map((q) => q.source ?? ''))];

  it('has every question in three languages, ids f… in groups fg…', () => {
    expect(incompleteGroups(fresh)).toEqual([]);
    expect(fresh.filter((q) => !/^f\d{3}$/.test(q.id) || !/^fg\d{3}$/.test(q.group)).map((q) => q.id)).toEqual([]);
  });

  it("copies every source under evals/archive/ and gives each question its document's split", () => {
    expect(sources.filter((s) => !existsSync(`${ARCHIVE_DIR}${s}`))).toEqual([]);
    expect(fresh.filter((q) => q.split !== splitOf(q.source ?? '')).map((q) => q.id)).toEqual([]);
  });

  it('uses only documents the first archive set never graded', () => {
    const used = new Set([...loadArchiveQuestions().map((q) => q.source), ...loadArchiveMetadataGold().keys()]);
    expect(sources.filter((s) => used.has(s))).toEqual([]);
  });

  it('gives answerable questions an answer and unanswerable ones neither answer nor evidence', () => {
    const bad = fresh.filter((q) =>
      q.kind === 'out-of-corpus' ? q.answer !== null || q.evidence.length > 0 : !q.answer,
    );
    expect(bad.map((q) => q.id)).toEqual([]);
  });

  it('keeps evidence quotes 25–120 characters, NFC and whitespace-collapsed', () => {
    const bad = fresh.flatMap((q) =>
      q.evidence
        .filter((e) => e.length < 25 || e.length > 120 || /\s{2}|\n/.test(e) || e !== e.normalize('NFC'))
        .map((e) => `${q.id}: ${e}`),
    );
    expect(bad).toEqual([]);
  });

  // PDF quotes are checked against pdftotext; a machine without poppler cannot read them the gold's way.
  it.skipIf(!hasPdftotext())(
    'finds every evidence quote inside one passage of its document, read with independent tools',
    async () => {
      const missing: string[] = [];
      for (const source of sources) {
        const quotes = new Set(fresh.filter((q) => q.source === source).flatMap((q) => q.evidence));
        if (quotes.size === 0) continue;
        const passages = await goldPassages(`${ARCHIVE_DIR}${source}`);
        for (const quote of quotes) if (!passages.some((p) => p.includes(quote))) missing.push(`${source}: ${quote}`);
      }
      expect(missing).toEqual([]);
    },
    120_000,
  );

  it('draws on held-back documents as well as dev ones, and holds unanswerable questions', () => {
    expect(new Set(fresh.map((q) => q.split))).toEqual(new Set(['dev', 'heldback']));
    expect(fresh.some((q) => q.kind === 'out-of-corpus')).toBe(true);
  });
});

describe('fresh archive metadata', () => {
  const fresh = loadFreshArchiveMetadataGold();

  it('copies every document byte for byte, with its split, and none the first metadata set has', () => {
    const first = loadArchiveMetadataGold();
    const bad = [...fresh].filter(
      ([file, g]) =>
        !existsSync(`${ARCHIVE_DIR}${file}`) ||
        g.split !== splitOf(file) ||
        first.has(file) ||
        readFileSync(`${ARCHIVE_DIR}${file}`).length === 0,
    );
    expect(bad.map(([file]) => file)).toEqual([]);
  });

  it('grades every document the fresh questions are written over', () => {
    const sources = new Set(loadFreshArchiveQuestions().map((q) => q.source ?? ''));
    expect([...sources].filter((s) => !fresh.has(s))).toEqual([]);
  });

  it('writes dates as ISO days and symbols without spaces', () => {
    const bad = [...fresh].filter(
      ([, g]) => (g.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(g.date)) || (g.symbol !== null && /\s/.test(g.symbol)),
    );
    expect(bad.map(([file]) => file)).toEqual([]);
  });
});

describe('third archive metadata', () => {
  const third = loadThirdArchiveMetadataGold();

  it('copies every document byte for byte, with its split, and none an earlier metadata set has', () => {
    const earlier = new Set([...loadArchiveMetadataGold().keys(), ...loadFreshArchiveMetadataGold().keys()]);
    const bad = [...third].filter(
      ([file, g]) =>
        !existsSync(`${ARCHIVE_DIR}${file}`) ||
        g.split !== splitOf(file) ||
        earlier.has(file) ||
        readFileSync(`${ARCHIVE_DIR}${file}`).length === 0,
    );
    expect(third.size).toBe(24);
    expect(bad.map(([file]) => file)).toEqual([]);
  });

  it('writes dates as ISO days, symbols without spaces, and no number for a draft', () => {
    const bad = [...third].filter(
      ([, g]) =>
        (g.date !== null && !/^\d{4}-\d{2}-\d{2}$/.test(g.date)) ||
        (g.symbol !== null && /\s/.test(g.symbol)) ||
        (g.draft === true && g.symbol !== null),
    );
    expect(bad.map(([file]) => file)).toEqual([]);
  });
});
