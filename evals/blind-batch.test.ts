/** @module evals/blind-batch.test — which batch `english:blind` scores, the batch schema, and its figures by language. */
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { batchPath, figuresByLang, loadBatch, parseBatch } from './blind-batch.ts';
import { ROOT } from './dev-options.ts';
import type { GoldQuestion } from './load-gold.ts';
import type { AnswerRecord } from './suites/answer-suite.ts';

const COVERAGE = `${ROOT}evals/coverage`;

describe('batchPath', () => {
  const only =
    (...names: string[]) =>
    (path: string) =>
      names.some((n) => path === join('/c', n));

  it('finds batch 5 under its all-language name and batches 3 and 4 under their English name', () => {
    const exists = only('blind-batch-5.json', 'blind-english-batch-3.json', 'blind-english-batch-4.json');
    expect(batchPath('/c', { batch: '5' }, exists)).toBe('/c/blind-batch-5.json');
    expect(batchPath('/c', { batch: '4' }, exists)).toBe('/c/blind-english-batch-4.json');
    expect(batchPath('/c', {}, exists)).toBe('/c/blind-english-batch-3.json');
  });

  it('takes --file as given, and refuses a missing batch or both options at once', () => {
    expect(batchPath('/c', { file: 'x/b.json' }, () => false)).toBe(resolve('x/b.json'));
    expect(() => batchPath('/c', { batch: '9' }, () => false)).toThrow(/--batch 9/);
    expect(() => batchPath('/c', { batch: '5', file: 'b.json' }, () => true)).toThrow(/twice/);
  });
});

describe('the stored batches', () => {
  it('parse with the gold question schema, each question citing one of its batch documents', () => {
    for (const n of ['3', '4', '5']) {
      const batch = loadBatch(batchPath(COVERAGE, { batch: n }));
      expect(batch.questions.length).toBeGreaterThan(0);
      expect(batch.questions.filter((q) => q.source && !batch.documents.includes(q.source))).toEqual([]);
    }
  });
});

const question = (id: string, lang: GoldQuestion['lang'], kind: GoldQuestion['kind'], evidence: string[]) => ({
  id,
  group: id,
  lang,
  kind,
  question: `${id}?`,
  evidence,
  answer: kind === 'out-of-corpus' ? null : 'x',
  source: 'a.docx',
  split: 'dev' as const,
});

describe('parseBatch', () => {
  const batch = (questions: unknown[]) => ({ about: 'a', documents: ['a.docx'], questions });

  it('refuses a repeated id, an unknown language and a source the batch does not ingest', () => {
    const q = question('q1', 'vi', 'lead', ['Phòng Quản lý công nghiệp chủ trì']);
    expect(() => parseBatch(batch([q, q]), 'b.json')).toThrow(/duplicate question id q1/);
    expect(() => parseBatch(batch([{ ...q, lang: 'fr' }]), 'b.json')).toThrow(/lang/);
    expect(() => parseBatch(batch([{ ...q, source: 'b.pdf' }]), 'b.json')).toThrow(/b\.pdf/);
  });
});

describe('figuresByLang', () => {
  const record = (id: string, lang: string, kind: string, right: boolean, abstained = false): AnswerRecord => ({
    id,
    lang,
    kind,
    question: id,
    answer: '',
    abstained,
    tookMs: 1,
    citations: [],
    citationHit: null,
    shortAnswer: kind === 'out-of-corpus' ? null : { strict: right, lenient: right },
  });

  it('scores each language on its own questions and all of them together', () => {
    const questions = [
      question('v1', 'vi', 'lead', ['Phòng Quản lý công nghiệp chủ trì']),
      question('n1', 'vi-nodiac', 'deadline', ['trong thời hạn 10 ngày kể từ ngày']),
      question('e1', 'en', 'signer', []),
      question('e2', 'en', 'out-of-corpus', []),
    ];
    const outcomes = new Map([
      ['v1', { clauseRank: 2, docRank: 1 }],
      ['n1', { clauseRank: 7, docRank: 3 }],
      ['e1', { clauseRank: null, docRank: 1 }],
    ]);
    const records = [
      record('v1', 'vi', 'lead', true),
      record('n1', 'vi-nodiac', 'deadline', false, true),
      record('e1', 'en', 'signer', true),
      record('e2', 'en', 'out-of-corpus', false, true),
    ];
    const [all, vi, nodiac, en] = figuresByLang(questions, outcomes, records);
    expect(all).toMatchObject({ lang: 'all', answerable: 3, withEvidence: 2, unanswerable: 1, leadN: 1 });
    expect(all.clauseRecall5).toBe(0.5);
    expect(all.docRecall5).toBe(1);
    expect(all.rightFact).toBeCloseTo(2 / 3);
    expect(all.abstainsWhenShouldNot).toBeCloseTo(1 / 3);
    expect(vi).toMatchObject({ lang: 'vi', clauseRecall5: 1, rightFact: 1, leadBody: 1 });
    expect(nodiac).toMatchObject({ lang: 'vi-nodiac', clauseRecall5: 0, rightFact: 0, abstainsWhenShouldNot: 1 });
    // The signer question has no clause to find: English clause R@5 has nothing to be over.
    expect(en).toMatchObject({ lang: 'en', withEvidence: 0, docRecall5: 1, abstainsWhenShould: 1 });
    expect(en.clauseRecall5).toBeNaN();
  });
});
