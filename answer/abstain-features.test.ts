/**
 * @module answer/abstain-features.test
 * The abstain model's features: from a relevance report (table), and from real seed questions on the
 * real seed corpus — a place no document is about, a fine the documents never state, a share they do.
 */
import { describe, expect, it } from 'vitest';
import { abstainFeatures, FEATURE_NAMES, type FeatureName } from './abstain-features.ts';
import { buildContext } from './compose-context.ts';
import { classifyInContext } from './follow-up.ts';
import { assessRelevance, type RelevanceReport } from './relevance.ts';
import { useCorpusStore } from './test-corpus.ts';
import type { QuestionKind } from './types.ts';

const answered: RelevanceReport = {
  coverage: 0.8,
  absent: [],
  absentShare: 0,
  strangePairs: [],
  strangePairShare: 0.1,
  foreignPlace: null,
  unknownDocument: null,
  notUnderstood: [],
  understood: 3,
  valueAsked: false,
  valueShown: true,
  topicMatch: 0.8,
  scoreGap: 0.2,
  documentNamed: false,
};

const feature = (x: readonly number[], name: FeatureName) => x[FEATURE_NAMES.indexOf(name)];

describe('abstainFeatures', () => {
  it('gives one number per named feature', () => {
    expect(abstainFeatures(answered, 'lead')).toHaveLength(FEATURE_NAMES.length);
  });

  it.each<[string, Partial<RelevanceReport>, QuestionKind, FeatureName, number]>([
    ['a foreign place', { foreignPlace: 'Hà Nội' }, 'target', 'foreignPlace', 1],
    ['an unknown document', { unknownDocument: '100/2019/NĐ-CP' }, 'lineage', 'unknownDocument', 1],
    [
      'two of three words not understood',
      { notUnderstood: ['dredging', 'sites'], understood: 1 },
      'lead',
      'unreadShare',
      2 / 3,
    ],
    ['nothing understood at all', { notUnderstood: [], understood: 0 }, 'lead', 'unreadShare', 0],
    ['a value asked and not shown', { valueAsked: true, valueShown: false }, 'amount', 'valueMissing', 1],
    ['a value asked and shown', { valueAsked: true, valueShown: true }, 'amount', 'valueMissing', 0],
    ['coverage for a clause kind', { coverage: 0.4 }, 'content', 'retrievalCoverage', 0.4],
    ['no coverage term for a header kind', { coverage: 0.4 }, 'metadata', 'retrievalCoverage', 0],
    ['a graph kind', {}, 'lineage', 'retrievalKind', 0],
  ])('%s', (_, change, kind, name, value) => {
    expect(feature(abstainFeatures({ ...answered, ...change }, kind), name)).toBeCloseTo(value, 6);
  });
});

describe('features of real questions on the seed corpus', () => {
  const store = useCorpusStore();
  const featuresOf = async (question: string) => {
    const { db, embedder } = store();
    const q = classifyInContext(question);
    return abstainFeatures(await assessRelevance(await buildContext(db, q, { embedder })), q.kind);
  };

  it('a province no seed document is about', async () => {
    const x = await featuresOf('Hà Nội đặt mục tiêu giảm phát thải khí nhà kính bao nhiêu phần trăm đến năm 2030?');
    expect(feature(x, 'foreignPlace')).toBe(1);
  });

  it('a fine the seed documents never state', async () => {
    const x = await featuresOf('Mức phạt đối với xe máy vượt đèn đỏ hiện nay là bao nhiêu?');
    expect(feature(x, 'valueMissing')).toBe(1);
    expect(feature(x, 'absentShare') + feature(x, 'strangePairShare')).toBeGreaterThan(0);
  });

  it('a share the resolution states, in the document it names', async () => {
    const x = await featuresOf(
      'Theo Nghị quyết 12-NQ/TU của Tỉnh ủy Sóc Trăng, đến năm 2020 bao nhiêu phần trăm dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh?',
    );
    expect(feature(x, 'valueMissing')).toBe(0);
    expect(feature(x, 'foreignPlace')).toBe(0);
    expect(feature(x, 'documentNamed')).toBe(1);
    expect(feature(x, 'coverage')).toBeGreaterThan(0.5);
  });
});
