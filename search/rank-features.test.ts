/**
 * @module search/rank-features.test — the learned ranking's features on real excerpts: the share of the question's
 * words a clause, its heading path and its document hold, and the document's size (a short plan beside a long licence).
 */
import { describe, expect, it } from 'vitest';
import { InvertedIndex } from './lexical-index/inverted-index.ts';
import { buildSegment, decodeSegment } from './lexical-index/segment.ts';
import { analyzeQuery } from './query.ts';
import { RANK_FEATURES, type RankContext, rankFeatures } from './rank-features.ts';

const segment = (clauses: Array<{ id: string; parentId?: string; text: string }>) =>
  decodeSegment(buildSegment(clauses.map((c) => ({ id: c.id, parentId: c.parentId ?? null, text: c.text }))));

/** Kế hoạch kiểm tra 1105/KH-ĐKT (Lào Cai, 2026), its section 3. */
const PLAN = [
  { id: 'kh~3', text: '3. Nội dung, thời gian, địa điểm kiểm tra' },
  {
    id: 'kh~3.3',
    parentId: 'kh~3',
    text: '3.3. Thời gian kiểm tra: Dự kiến khoảng 02 ngày làm việc/01 đơn vị, tính cả thời gian đi và về.',
  },
  {
    id: 'kh~3.4',
    parentId: 'kh~3',
    text: '3.4. Địa điểm kiểm tra: Tại trụ sở làm việc và hiện trường khu vực sử dụng, kho bảo quản vật liệu nổ công nghiệp.',
  },
];
/** Giấy phép 2507 (mỏ đá Toòng Già): its basis lines repeat the subject words, clause after clause. */
const LICENCE_LINES = [
  'Căn cứ Nghị định số 181/2024/NĐ-CP quy định chi tiết một số điều của Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ về vật liệu nổ công nghiệp và tiền chất thuốc nổ;',
  'Căn cứ Thông tư số 23/2024/TT-BCT của Bộ trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp (VLNCN), tiền chất thuốc nổ;',
  'Cấp phép sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương.',
];
const LICENCE = Array.from({ length: 60 }, (_, i) => ({ id: `gp~${i + 1}`, text: LICENCE_LINES[i % 3] }));

const index = new InvertedIndex();
index.addDocument('kh', 1, segment(PLAN));
index.addDocument('gp', 1, segment(LICENCE));

const context = (question: string): RankContext => ({
  index,
  terms: analyzeQuery(question).terms,
  lexical: new Map(),
  documentScore: new Map(),
  fit: new Map(),
  content: new Map(),
  bestDocuments: [],
  labelled: new Set(),
  commonAt: 8,
});
const feature = (row: number[], name: (typeof RANK_FEATURES)[number]) => row[RANK_FEATURES.indexOf(name)];

describe('rank features', () => {
  const question = 'Địa điểm kiểm tra kho bảo quản vật liệu nổ công nghiệp ở đâu?';
  const [venue, duration, licence] = rankFeatures(context(question), [
    { clauseId: 'kh~3.4', boost: 1 },
    { clauseId: 'kh~3.3', boost: 1 },
    { clauseId: 'gp~2', boost: 1 },
  ]);

  it('give one value per named feature', () => {
    expect(venue).toHaveLength(RANK_FEATURES.length);
  });

  it('read the share of the question words a clause and its heading path hold: the section title counts for its sub-items', () => {
    expect(feature(venue, 'path_coverage')).toBe(1);
    expect(feature(duration, 'path_coverage')).toBeGreaterThan(0);
    expect(feature(duration, 'path_coverage')).toBeLessThan(1);
  });

  it('read at document level: the short plan holds more of the question than the licence repeating the subject', () => {
    expect(feature(venue, 'document_coverage')).toBeGreaterThan(feature(licence, 'document_coverage'));
    expect(feature(venue, 'document_clauses')).toBeLessThan(feature(licence, 'document_clauses'));
  });

  it('read which of two sibling documents the question fits better, 0 without siblings', () => {
    // The plan and its sibling (the same title, another month): the question's month fits the plan's record.
    const records = new Map([
      ['kh', new Set(['ke hoach', 'kiem tra', 'lao cai', '2026', 'thang 7'])],
      ['gp', new Set(['ke hoach', 'kiem tra', 'lao cai', '2026', 'thang 4'])],
    ]);
    const fit = new Map([
      ['kh', 9],
      ['gp', 7],
    ]);
    const rows = rankFeatures({ ...context(question), records, fit }, [
      { clauseId: 'kh~3.4', boost: 1 },
      { clauseId: 'gp~2', boost: 1 },
    ]);
    expect(rows.map((r) => feature(r, 'sibling_fit'))).toEqual([1, -1]);
    expect(feature(venue, 'sibling_fit')).toBe(0);
  });

  it('place a clause in its document, 0 first, 1 last', () => {
    expect(feature(venue, 'position')).toBe(1);
  });

  it('weigh words by their rarity inside the document: the whole section repeats "kiểm tra", only the venue holds the store', () => {
    expect(feature(venue, 'within_coverage')).toBe(1);
    // Below its share over the whole store: the words it holds through its heading are the section's common ones.
    expect(feature(duration, 'within_coverage')).toBeLessThan(feature(duration, 'path_coverage'));
  });
});
