/**
 * @module search/learned-ranking.test — the stored model loads, is what retraining gives, refuses a file of other features, and re-orders
 * the head of the hand-set order: a short plan whose clause holds the question beats a long licence's clause
 * that the hand-set stages placed first because it repeats the subject words.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ModelFileError } from '../core/linear-model.ts';
import { readRankExamples, trainRanking } from '../evals/rank-train.ts';
import { learnedOrder, loadRankModel, RANK_MODEL_FILE } from './learned-ranking.ts';
import { InvertedIndex } from './lexical-index/inverted-index.ts';
import { buildSegment, decodeSegment } from './lexical-index/segment.ts';
import { analyzeQuery } from './query.ts';
import { RANK_FEATURES, type RankContext } from './rank-features.ts';

const segment = (clauses: Array<{ id: string; parentId?: string; text: string }>) =>
  decodeSegment(buildSegment(clauses.map((c) => ({ id: c.id, parentId: c.parentId ?? null, text: c.text }))));

/** Kế hoạch kiểm tra 1105/KH-ĐKT (Lào Cai, 2026), its section 3; Giấy phép 2507's basis lines, clause after clause. */
const PLAN = [
  { id: 'kh~3', text: '3. Nội dung, thời gian, địa điểm kiểm tra' },
  {
    id: 'kh~3.4',
    parentId: 'kh~3',
    text: '3.4. Địa điểm kiểm tra: Tại trụ sở làm việc và hiện trường khu vực sử dụng, kho bảo quản vật liệu nổ công nghiệp.',
  },
];
const LICENCE_LINES = [
  'Căn cứ Thông tư số 23/2024/TT-BCT của Bộ trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp (VLNCN), tiền chất thuốc nổ;',
  'Cấp phép sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương; kiểm tra việc bảo quản.',
];
const LICENCE = Array.from({ length: 80 }, (_, i) => ({ id: `gp~${i + 1}`, text: LICENCE_LINES[i % 2] }));

describe('the learned ranking', () => {
  it('loads the stored model with today’s features', () => {
    const model = loadRankModel();
    expect(model.features).toEqual([...RANK_FEATURES]);
    expect(model.depth).toBeGreaterThan(0);
  });

  it('is what retraining on the stored dev examples gives (no hand edits, no drift)', () => {
    const retrained = trainRanking(readRankExamples());
    expect(JSON.parse(JSON.stringify(retrained))).toEqual(JSON.parse(readFileSync(RANK_MODEL_FILE, 'utf8')));
    // Five fits (all, and four quarter folds) of 1500 full passes over ~460 questions: ~35 s idle, up to ~2 min on the shared 2 cores.
  }, 300_000);

  it('puts the evidence in the top 5 more often than the hand-set order on the dev folds it never saw, both halves', () => {
    const { folds } = loadRankModel().training as { folds: Array<{ handSet: { r5: number }; rest: { r5: number } }> };
    expect(folds).toHaveLength(2);
    for (const f of folds) expect(f.rest.r5).toBeGreaterThan(f.handSet.r5);
  });

  it('refuses a model file of other features, naming the retraining command', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'rank-model-')), 'model.json');
    writeFileSync(file, JSON.stringify({ features: ['old'], mean: [0], scale: [1], weights: [1], depth: 5 }));
    expect(() => loadRankModel(file)).toThrow(ModelFileError);
    expect(() => loadRankModel(file)).toThrow(/npm run rank:train/);
  });

  it('ranks the short plan’s clause holding the question above the long licence’s, placed first by the hand-set order', () => {
    expect(learnedOrder(loadRankModel(), planAndLicence(), HAND_SET)[0].clauseId).toBe('kh~3.4');
  });
});

const HAND_SET = [
  { clauseId: 'gp~2', boost: 1 },
  { clauseId: 'gp~4', boost: 1 },
  { clauseId: 'kh~3.4', boost: 1 },
];

function planAndLicence(): RankContext {
  const index = new InvertedIndex();
  index.addDocument('kh', 1, segment(PLAN));
  index.addDocument('gp', 1, segment(LICENCE));
  const ctx: RankContext = {
    index,
    terms: analyzeQuery('Địa điểm kiểm tra kho bảo quản vật liệu nổ công nghiệp ở đâu?').terms,
    // The flat BM25 and the document stage both read the licence first: it repeats the subject words.
    lexical: new Map([
      ['gp~2', { rank: 1, score: 9 }],
      ['gp~4', { rank: 2, score: 9 }],
      ['kh~3.4', { rank: 3, score: 8 }],
    ]),
    documentScore: new Map([
      ['gp', 12],
      ['kh', 10],
    ]),
    fit: new Map(),
    content: new Map([
      ['gp', 12],
      ['kh', 10],
    ]),
    bestDocuments: ['gp', 'kh'],
    labelled: new Set(['kh~3.4']),
    commonAt: 8,
  };
  return ctx;
}
