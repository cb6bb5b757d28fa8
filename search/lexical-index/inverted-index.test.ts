/** @module search/lexical-index/inverted-index.test — segments in, BM25 scores and document frequencies out, through removal and compaction. */

import { describe, expect, it } from 'vitest';
import { BM25_DEFAULTS, bm25Idf, bm25TermScore } from '../bm25.ts';
import { InvertedIndex } from './inverted-index.ts';
import { PackError } from './pack.ts';
import { buildSegment, decodeSegment, SEGMENT_VERSION } from './segment.ts';

const decoded = (clauses: Array<{ id: string; parentId?: string; text: string }>) =>
  decodeSegment(buildSegment(clauses.map((c) => ({ id: c.id, parentId: c.parentId ?? null, text: c.text }))));

const SAND = decoded([
  { id: 'sand~3', text: '3. Ủy ban nhân dân thành phố chủ trì:' },
  { id: 'sand~3.1', parentId: 'sand~3', text: 'Kiểm soát chặt chẽ hoạt động khai thác cát trên sông Hậu.' },
]);
const FOREST = decoded([{ id: 'forest~1', text: 'Bảo vệ và phát triển rừng, không khai thác rừng tự nhiên.' }]);

function scoresById(index: InvertedIndex, scores: Float64Array): Record<string, number> {
  const out: Record<string, number> = {};
  scores.forEach((s, ord) => {
    if (s > 0) out[index.clauseId(ord)] = s;
  });
  return out;
}

describe('lexical segments', () => {
  it('encode each clause with its terms per field, its parent and its length', () => {
    const segment = buildSegment([{ id: 'd~1', parentId: null, text: 'Khai thác cát, khai thác sỏi' }]);
    expect(segment.version).toBe(SEGMENT_VERSION);
    const { exact, folded, clauses } = decodeSegment(segment);
    const [[id, parent, length, exactPairs, foldedPairs]] = clauses;
    // 6 syllables + 4 bigrams (the comma breaks `cát khai`).
    expect([id, parent, length]).toEqual(['d~1', -1, 10]);
    const tf = (vocab: string[], pairs: number[], term: string) => pairs[pairs.indexOf(vocab.indexOf(term)) + 1];
    expect(tf(exact, exactPairs, 'khai thác')).toBe(2);
    expect(tf(exact, exactPairs, 'thác cát')).toBe(1);
    expect(tf(folded, foldedPairs, 'khai thac')).toBe(2);
    expect(folded).not.toContain('khai thác');
  });

  it('refuse another version and a damaged payload with a message saying to rebuild', () => {
    expect(() => decodeSegment({ version: 'vankien-lex-v1', payload: '{}' })).toThrow(/rebuild it from the clauses/);
    expect(() => decodeSegment({ version: SEGMENT_VERSION, payload: '{"exact":[]}' })).toThrow(/damaged/);
  });
});

describe('InvertedIndex', () => {
  it('scores BM25 per field exactly as the formula, folded terms discounted', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    expect(index.size).toBe(3);
    expect(index.df('exact', 'khai thác')).toBe(2);
    expect(index.df('folded', 'cat')).toBe(1);
    const scores = scoresById(index, index.scoreTerms([{ field: 'exact', term: 'cát', weight: 1 }], BM25_DEFAULTS));
    const avg = index.averageLength;
    const expected = bm25TermScore(bm25Idf(3, 1), 1, index.clauseLength('sand~3.1') ?? 0, avg);
    expect(Object.keys(scores)).toEqual(['sand~3.1']);
    expect(scores['sand~3.1']).toBeCloseTo(expected, 12);
    const folded = scoresById(index, index.scoreTerms([{ field: 'folded', term: 'cat', weight: 1 }], BM25_DEFAULTS));
    expect(folded['sand~3.1']).toBeCloseTo(expected * BM25_DEFAULTS.foldedWeight, 12);
  });

  it('weighs a term down in the documents it explains, asked again and after a document is added', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const terms = [{ field: 'exact' as const, term: 'khai thác', weight: 1 }];
    const params = { ...BM25_DEFAULTS, explainedWeight: 0.25 };
    const explainers = new Set(['sand']);
    const plain = scoresById(index, index.scoreTerms(terms, params));
    const explained = () =>
      scoresById(
        index,
        index.scoreTerms(terms, params, undefined, () => explainers),
      );
    expect(explained()['sand~3.1']).toBeCloseTo(plain['sand~3.1'] * 0.25, 12);
    expect(explained()).toEqual(explained());
    // A new document changes IDF and the ordinals; the explained document is still the only one weighed down.
    index.addDocument('river', 1, decoded([{ id: 'river~1', text: 'Khai thác cát trái phép trên sông.' }]));
    const plainAfter = scoresById(index, index.scoreTerms(terms, params));
    const after = explained();
    expect(after['sand~3.1']).toBeCloseTo(plainAfter['sand~3.1'] * 0.25, 12);
    expect(after['river~1']).toBeCloseTo(plainAfter['river~1'], 12);
  });

  it('lays per-document values out by clause ordinal, 0 for documents without one', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const of = index.perDocument(new Map([['forest', 2.5]]));
    const byClause = Object.fromEntries([0, 1, 2].map((ord) => [index.clauseId(ord), of(ord)]));
    expect(byClause).toEqual({ 'sand~3': 0, 'sand~3.1': 0, 'forest~1': 2.5 });
  });

  it('scores a document read as one text, though no single clause holds every word of the question', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    // `chủ trì` stands only in the lead-in, `khai thác cát` only in the sub-item: only the document holds both.
    const terms = ['chủ trì', 'khai thác', 'cát'].map((term) => ({ field: 'exact' as const, term, weight: 1 }));
    const docs = index.scoreDocuments(terms, BM25_DEFAULTS);
    const clauses = scoresById(index, index.scoreTerms(terms, BM25_DEFAULTS));
    expect(docs.get('sand')).toBeGreaterThan(docs.get('forest') ?? 0);
    expect(docs.get('sand')).toBeGreaterThan(Math.max(clauses['sand~3'], clauses['sand~3.1']) * 0.5);
    expect([...index.scoreDocuments(terms, BM25_DEFAULTS, (id) => id === 'forest').keys()]).toEqual(['forest']);
    index.removeDocument('sand');
    expect([...index.scoreDocuments(terms, BM25_DEFAULTS).keys()]).toEqual(['forest']);
  });

  it.each([
    ['every document', undefined],
    ['one document', (id: string) => id === 'forest'],
  ])('scores documents in the clause walk exactly as scoreDocuments, clause scores unchanged (%s)', (_, accept) => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const terms = [
      ...['chủ trì', 'khai thác', 'cát'].map((term) => ({ field: 'exact' as const, term, weight: 1 })),
      { field: 'folded' as const, term: 'khai thac', weight: 0.5 },
      { field: 'exact' as const, term: 'không có', weight: 1 },
    ];
    const documents = new Map<string, number>();
    const clauses = index.scoreTerms(terms, BM25_DEFAULTS, accept, undefined, documents);
    expect(documents.size).toBeGreaterThan(0);
    expect(documents).toEqual(index.scoreDocuments(terms, BM25_DEFAULTS, accept));
    expect(clauses).toEqual(index.scoreTerms(terms, BM25_DEFAULTS, accept));
  });

  it('keeps parents within a document and filters by document', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const terms = [{ field: 'folded' as const, term: 'khai thac', weight: 1 }];
    const all = index.scoreTerms(terms, BM25_DEFAULTS);
    const child = [...all.keys()].find((ord) => index.clauseId(ord) === 'sand~3.1') ?? -1;
    expect(index.clauseId(index.parentOf(child))).toBe('sand~3');
    const onlyForest = scoresById(
      index,
      index.scoreTerms(terms, BM25_DEFAULTS, (id) => id === 'forest'),
    );
    expect(Object.keys(onlyForest)).toEqual(['forest~1']);
  });

  it('forgets a removed document: its clauses, frequencies and length', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    index.removeDocument('sand');
    expect(index.size).toBe(1);
    expect(index.df('exact', 'khai thác')).toBe(1);
    expect(index.df('exact', 'cát')).toBe(0);
    expect(index.clauseLength('sand~3.1')).toBeUndefined();
    expect(index.revisions()).toEqual(new Map([['forest', 1]]));
    const scores = scoresById(
      index,
      index.scoreTerms([{ field: 'exact', term: 'khai thác', weight: 1 }], BM25_DEFAULTS),
    );
    expect(Object.keys(scores)).toEqual(['forest~1']);
  });

  it('gives the same scores after many replacements force compaction', () => {
    const fresh = new InvertedIndex();
    fresh.addDocument('sand', 9, SAND);
    fresh.addDocument('forest', 1, FOREST);
    const churned = new InvertedIndex();
    churned.addDocument('forest', 1, FOREST);
    const many = decoded(
      Array.from({ length: 1500 }, (_, i) => ({ id: `bulk~${i}`, text: `Điều ${i}: khai thác khoáng sản số ${i}` })),
    );
    churned.addDocument('bulk', 1, many);
    for (let revision = 1; revision <= 9; revision++) churned.addDocument('sand', revision, SAND);
    churned.removeDocument('bulk'); // 1,500 dead clauses: over the compaction threshold
    const terms = [
      { field: 'exact' as const, term: 'khai thác', weight: 1 },
      { field: 'folded' as const, term: 'song hau', weight: 0.5 },
    ];
    expect(scoresById(churned, churned.scoreTerms(terms, BM25_DEFAULTS))).toEqual(
      scoresById(fresh, fresh.scoreTerms(terms, BM25_DEFAULTS)),
    );
    expect(churned.df('exact', 'khai thác')).toBe(2);
    expect(churned.revisions()).toEqual(
      new Map([
        ['forest', 1],
        ['sand', 9],
      ]),
    );
    const child = [...churned.scoreTerms(terms, BM25_DEFAULTS).keys()].find(
      (ord) => churned.clauseId(ord) === 'sand~3.1',
    );
    expect(churned.clauseId(churned.parentOf(child ?? -1))).toBe('sand~3');
  });
});

describe('clausesWithAll', () => {
  it('gives the live clauses holding every term of a phrase, in ordinal order, and forgets removed documents', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const ids = (terms: string[]) => [...index.clausesWithAll('folded', terms)].map((ord) => index.clauseId(ord));
    expect(ids(['khai', 'thac', 'khai thac'])).toEqual(['sand~3.1', 'forest~1']);
    expect(ids(['khai thac', 'cat'])).toEqual(['sand~3.1']);
    expect(ids(['khai thac', 'than'])).toEqual([]);
    index.removeDocument('sand');
    expect(ids(['khai thac'])).toEqual(['forest~1']);
  });

  it('within one document gives only its clauses, and none for a document not indexed', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const ids = (documentId: string) =>
      [...index.clausesWithAllIn('folded', ['khai thac'], documentId)].map((ord) => index.clauseId(ord));
    expect(ids('forest')).toEqual(['forest~1']);
    expect(ids('sand')).toEqual(['sand~3.1']);
    expect(ids('elsewhere')).toEqual([]);
  });
});

// Real wording of a Sở Công Thương Lào Cai plan (KH-3957, July 2026): the plan's subject stands in most clauses;
// the asked point ("theo đề nghị của bao nhiêu đơn vị") in one long clause listing the units.
const PLAN = decoded([
  {
    id: 'kh~1',
    text: '1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan đến hoạt động vật liệu nổ công nghiệp.',
  },
  {
    id: 'kh~2',
    text: 'Trên đây là Kế hoạch kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp tháng 7/2026.',
  },
  { id: 'kh~3', text: '2. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra kỹ thuật an toàn vật liệu nổ.' },
  {
    id: 'kh~4',
    text: 'Xét đề nghị của 19 đơn vị gồm: Công ty Công nghiệp Hóa chất mỏ Tây Bắc tại Văn bản số 2416/TB-KD ngày 10/6/2026; Công ty cổ phần Khoáng sản 3 tại Văn bản số 112/KS3 ngày 12/6/2026; Công ty TNHH Lương Việt tại Văn bản số 21/LV ngày 15/6/2026.',
  },
]);
// Other documents that make `đề nghị` and `đơn vị` common in the store, and `vật liệu nổ` rare.
const LETTERS = decoded(
  Array.from({ length: 30 }, (_, i) => ({
    id: `cv${i}~1`,
    text: `Đề nghị các đơn vị báo cáo kết quả thực hiện nhiệm vụ số ${i} trước ngày 15 hằng tháng.`,
  })),
);

describe('scoreWithinDocument', () => {
  const index = new InvertedIndex();
  index.addDocument('kh', 1, PLAN);
  index.addDocument('letters', 1, LETTERS);
  const params = { ...BM25_DEFAULTS, contextWeight: 0.3 };
  const terms = ['kiểm tra', 'kỹ thuật', 'an toàn', 'vật liệu', 'đề nghị', 'đơn vị'].map((term) => ({
    field: 'exact' as const,
    term,
    weight: 1,
  }));

  it('ranks the clause holding the asked point first, where store-wide IDF ranks the clauses repeating the subject first', () => {
    const within = index.scoreWithinDocument('kh', terms, params);
    expect(within[0].clauseId).toBe('kh~4');
    // Store-wide BM25 of the same terms puts a subject-repeating clause above it.
    const flat = scoresById(index, index.scoreTerms(terms, params));
    expect(flat['kh~4']).toBeLessThan(Math.max(flat['kh~1'], flat['kh~2'], flat['kh~3']));
  });

  it('gives nothing for a document not indexed', () => {
    expect(index.scoreWithinDocument('absent', terms, params)).toEqual([]);
  });
});

describe('InvertedIndex snapshot', () => {
  const RIVER = decoded([{ id: 'river~1', text: 'Cấm khai thác cát trên sông vào ban đêm.' }]);
  const query = [
    { field: 'exact' as const, term: 'khai thác', weight: 1 },
    { field: 'folded' as const, term: 'cat', weight: 1 },
    { field: 'exact' as const, term: 'rừng', weight: 1 },
  ];
  const stamp = { tokenizer: SEGMENT_VERSION, revision: 7 };

  it('reads back the index it was written from: scores, frequencies, documents, boilerplate', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 2, FOREST);
    const { index: read, revision } = InvertedIndex.fromSnapshot(Buffer.concat(index.snapshot(stamp)), SEGMENT_VERSION);
    expect(revision).toBe(7);
    expect(read.revisions()).toEqual(index.revisions());
    expect(read.size).toBe(index.size);
    expect(read.df('folded', 'cat')).toBe(1);
    expect(scoresById(read, read.scoreTerms(query, BM25_DEFAULTS))).toEqual(
      scoresById(index, index.scoreTerms(query, BM25_DEFAULTS)),
    );
    expect(read.parentOf(read.ordinalOf('sand~3.1') ?? -1)).toBe(read.ordinalOf('sand~3'));
    expect(read.scoreWithinDocument('sand', query, { ...BM25_DEFAULTS, contextWeight: 0.3 })).toEqual(
      index.scoreWithinDocument('sand', query, { ...BM25_DEFAULTS, contextWeight: 0.3 }),
    );
    expect(read.shingles.documents).toBe(2);
  });

  it('keeps working as documents are added and removed after it is read', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    index.addDocument('forest', 1, FOREST);
    const { index: read } = InvertedIndex.fromSnapshot(Buffer.concat(index.snapshot(stamp)), SEGMENT_VERSION);
    for (const each of [index, read]) {
      each.removeDocument('sand');
      each.addDocument('river', 3, RIVER);
      each.addDocument('sand', 4, SAND);
    }
    expect(read.revisions()).toEqual(index.revisions());
    expect(read.df('exact', 'khai thác')).toBe(3);
    expect(scoresById(read, read.scoreTerms(query, BM25_DEFAULTS))).toEqual(
      scoresById(index, index.scoreTerms(query, BM25_DEFAULTS)),
    );
  });

  it('refuses a snapshot of another tokenizer or a damaged one', () => {
    const index = new InvertedIndex();
    index.addDocument('sand', 1, SAND);
    const bytes = Buffer.concat(index.snapshot(stamp));
    expect(() => InvertedIndex.fromSnapshot(bytes, 'vankien-lex-v0')).toThrow(PackError);
    expect(() => InvertedIndex.fromSnapshot(bytes.subarray(0, bytes.length - 64), SEGMENT_VERSION)).toThrow(PackError);
    expect(() => InvertedIndex.fromSnapshot(new Uint8Array(16), SEGMENT_VERSION)).toThrow(PackError);
  });
});
