/**
 * @module search/document-ranking.test — ranking over several documents that say similar things: the
 * document a question names wins, formula learned from the corpus sinks, copies of one document take
 * one slot, and English words nobody can read are reported.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { foldedOnlyParams, search } from './hybrid-search.ts';
import { ShingleTable } from './lexical-index/boilerplate.ts';
import { collapseNearDuplicates, jaccard, shingleSets } from './near-duplicates.ts';
import { makeDoc, saveSearchDocs } from './test-fixtures.ts';

// Real wording: the Cần Thơ directive on environmental protection (seed) and Lào Cai Party and State letters of the archive's kind.
const PROPAGANDA_CT =
  'Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các cơ quan liên quan tuyên truyền, phổ biến Chỉ thị này.';
const PROPAGANDA_LC =
  'Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Tài nguyên và Môi trường hướng dẫn tuyên truyền, phổ biến Chỉ thị đến cán bộ, đảng viên.';
const FORMULA =
  'Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc các sở, ban, ngành, Chủ tịch Ủy ban nhân dân các huyện, thành phố chịu trách nhiệm thi hành Quyết định này.';
const VENUE = '2. Địa điểm: Sở Công Thương Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt, phường Yên Bái, tỉnh Lào Cai.';
const DECREE =
  'Tổ chức, cá nhân kinh doanh hóa chất phải xây dựng kế hoạch phòng ngừa, ứng phó sự cố hóa chất và trình cơ quan có thẩm quyền phê duyệt.';

const DOCS = [
  makeDoc(
    'ct-can-tho',
    {
      type: 'CT',
      symbol: '13-CT/TU',
      number: '13',
      issuer: 'Thành ủy Cần Thơ',
      place: 'Cần Thơ',
      date: '2019-05-10',
      title: 'về tăng cường sự lãnh đạo của Đảng đối với công tác bảo vệ môi trường',
    },
    [
      { anchor: '1', text: 'Nâng cao nhận thức về bảo vệ môi trường trong cán bộ, đảng viên và nhân dân.' },
      { anchor: '5', text: PROPAGANDA_CT },
    ],
  ),
  makeDoc(
    'ct-lao-cai',
    {
      type: 'CT',
      symbol: '15-CT/TU',
      number: '15',
      issuer: 'Tỉnh ủy Lào Cai',
      place: 'Lào Cai',
      date: '2021-03-02',
      title: 'về công tác bảo vệ môi trường trong khai thác khoáng sản',
    },
    [
      { anchor: '1', text: 'Kiểm soát chặt chẽ hoạt động khai thác khoáng sản, bảo vệ môi trường.' },
      { anchor: '4', text: PROPAGANDA_LC },
    ],
  ),
  // Decisions that close with the same executing clause; one also assigns a real task to the same bodies.
  ...['qd-1', 'qd-2', 'qd-3', 'qd-4', 'qd-5', 'qd-6', 'qd-7', 'qd-8'].map((id, i) =>
    makeDoc(
      id,
      {
        type: 'QD',
        number: `${i + 1}`,
        symbol: `${i + 1}/2025/QĐ-UBND`,
        issuer: 'Ủy ban nhân dân tỉnh Lào Cai',
        place: 'Lào Cai',
        title: `về việc ban hành quy chế số ${i + 1}`,
      },
      [
        { anchor: '1', text: `Ban hành kèm theo Quyết định này Quy chế phối hợp số ${i + 1} trong quản lý nhà nước.` },
        { anchor: '3', text: FORMULA },
      ],
    ),
  ),
  makeDoc(
    'kh-hoa-chat',
    { type: 'KH', issuer: 'Ủy ban nhân dân tỉnh Lào Cai', place: 'Lào Cai', title: 'phòng ngừa sự cố hóa chất' },
    [
      {
        anchor: '2',
        text: 'Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm kiểm tra việc phòng ngừa sự cố hóa chất trên địa bàn.',
      },
    ],
  ),
  // A decree whose title words fill its own clauses (ND 32/2024/NĐ-CP on industrial clusters, real wording).
  makeDoc(
    'nd-cum-cong-nghiep',
    {
      type: 'ND',
      number: '32',
      symbol: '32/2024/NĐ-CP',
      date: '2024-03-15',
      title: 'về quản lý, phát triển cụm công nghiệp',
    },
    [
      { anchor: '4', text: 'Điều 4. Phương án phát triển cụm công nghiệp' },
      { anchor: '12g', text: 'g) Thời điểm có hiệu lực của Quyết định thành lập, mở rộng cụm công nghiệp;' },
      {
        anchor: '35',
        text: '1. Cụm công nghiệp có diện tích dưới 10 ha hoặc cụm công nghiệp ở các huyện miền núi, cụm công nghiệp làng nghề được thành lập khi có đủ điều kiện.',
      },
      { anchor: '37', text: '1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 5 năm 2024.' },
    ],
  ),
  // Two unnumbered drafts of the Lào Cai Sở Công Thương (`Số: /KH-SCT`, `ngày … tháng 4 năm 2026`), real
  // wording: the same venue clause in both; only the file name holds the number, only the header the month.
  ...(
    [
      ['kh-2242', 'KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx', '2026-04', 'Kiểm tra, cấp Giấy chứng nhận'],
      [
        'kh-3898',
        'KH-3898_30.6.2026_Huan-luyen-nguoi-quan-ly.docx',
        '2026-06',
        'Huấn luyện, kiểm tra, cấp Giấy chứng nhận',
      ],
    ] as const
  ).map(([id, sourceName, partialDate, opening]) => ({
    ...makeDoc(
      id,
      {
        type: 'KH',
        issuer: 'Sở Công Thương',
        parentIssuer: 'Ủy ban nhân dân tỉnh Lào Cai',
        place: 'Lào Cai',
        draft: true,
        partialDate,
        title: `${opening} huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai`,
      },
      [{ anchor: 'II-2', text: VENUE }],
    ),
    sourceName,
  })),
  // One decree, stored twice (as .docx and as .doc in another folder).
  makeDoc('nd-docx', { type: 'ND', title: 'quy định chi tiết Luật Hóa chất' }, [{ anchor: '5', text: DECREE }]),
  makeDoc('nd-doc', { type: 'ND', title: 'quy định chi tiết Luật Hóa chất' }, [{ anchor: '5', text: `${DECREE} ` }]),
];

const db = useEngine(engines[0]);

beforeAll(async () => {
  await saveSearchDocs(db(), DOCS);
}, 60_000);

const topDocument = async (query: string) =>
  (await search(db(), query, { k: 5, channels: 'lexical' })).results[0]?.documentId;

describe('the document a question names', () => {
  it.each([
    ['Theo Chỉ thị 13 của Thành ủy Cần Thơ, ai chủ trì tuyên truyền, phổ biến chỉ thị?', 'ct-can-tho'],
    ['Chỉ thị 15 giao ai chủ trì tuyên truyền, phổ biến chỉ thị?', 'ct-lao-cai'],
    ['ai chu tri tuyen truyen pho bien chi thi cua tinh uy lao cai', 'ct-lao-cai'],
    ['Which body leads the dissemination of the Cần Thơ directive?', 'ct-can-tho'],
    // A draft's number stands only in its file name, its month only in its header.
    ['Kế hoạch 3898 của Sở Công Thương tổ chức ở đâu?', 'kh-3898'],
    ['ke hoach 2242 to chuc o dia diem nao', 'kh-2242'],
    ['Kế hoạch kiểm tra tháng 4/2026 của Sở Công Thương tổ chức ở đâu?', 'kh-2242'],
    ['Kế hoạch tháng 6/2026 của Sở Công Thương tổ chức ở đâu?', 'kh-3898'],
  ])('%s → %s first', async (question, documentId) => {
    expect(await topDocument(question)).toBe(documentId);
  });
});

describe('the clause within the named document', () => {
  it.each([
    ['Nghị định 32/2024 về cụm công nghiệp có hiệu lực từ ngày nào?', 'nd-cum-cong-nghiep~37'],
    ['Nghị định về quản lý, phát triển cụm công nghiệp có hiệu lực thi hành khi nào?', 'nd-cum-cong-nghiep~37'],
  ])('title words pick the document, the rest picks the clause: %s', async (question, clauseId) => {
    const { results } = await search(db(), question, { k: 5, channels: 'lexical' });
    expect(results[0]?.clauseId).toBe(clauseId);
  });

  it('counts title words at full weight when asked to (explainedWeight 1), so the title-heavy clause wins', async () => {
    const { results } = await search(
      db(),
      'Nghị định về quản lý, phát triển cụm công nghiệp có hiệu lực thi hành khi nào?',
      {
        k: 5,
        channels: 'lexical',
        bm25: { explainedWeight: 1 },
        // Ranked within the document (IDF over its clauses), the title words weigh little even at full weight.
        documentFirst: { within: false },
        // The hand-set stages alone: the learned ordering finds the effect clause even with the title words counted.
        learnedRanking: false,
      },
    );
    expect(results[0]?.clauseId).not.toBe('nd-cum-cong-nghiep~37');
  });

  it('does not sink the formula clause of a document named loosely, by its title', async () => {
    const question = 'Nghị định về quản lý, phát triển cụm công nghiệp có hiệu lực thi hành khi nào?';
    const { results } = await search(db(), question, { k: 5, channels: 'lexical' });
    // The effect clause is formula shared with other decrees, yet the decree the title names answers with it.
    expect(results[0]?.clauseId).toBe('nd-cum-cong-nghiep~37');
    expect(results[0]?.signals.boost).toBeGreaterThanOrEqual(1);
  });

  it("does not sink a formula clause of the document the question names: it is that document's own answer", async () => {
    const { results } = await search(db(), 'Quyết định 3/2025/QĐ-UBND giao ai chịu trách nhiệm thi hành?', {
      k: 5,
      channels: 'lexical',
    });
    expect(results[0]?.clauseId).toBe('qd-3~3');
  });
});

describe('boilerplate learned from the corpus', () => {
  it('counts a clause as formula when its shingles recur in many documents', () => {
    const table = new ShingleTable();
    const shingles = (text: string) => [...new Set(text.split(' '))].map((_, i) => i); // stand-in hashes
    for (let d = 0; d < 6; d++) table.addDocument(`d${d}`, [[`d${d}~1`, shingles(FORMULA)]]);
    table.addDocument('own', [['own~1', [1000, 1001, 1002]]]);
    expect(table.share('d0~1', 5)).toBe(1);
    expect(table.share('own~1', 5)).toBe(0);
    table.removeDocument('d5');
    expect(table.share('d0~1', 6)).toBe(0);
  });

  it('ranks a clause that assigns a task above the executing formula of eight decisions', async () => {
    const { results } = await search(db(), 'Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện chịu trách nhiệm gì?', {
      k: 5,
      channels: 'lexical',
    });
    expect(results[0]?.documentId).toBe('kh-hoa-chat');
  });
});

describe('near-duplicate documents', () => {
  it('take one slot, the other copy listed with it', async () => {
    const { results } = await search(db(), 'kế hoạch phòng ngừa, ứng phó sự cố hóa chất phải trình ai phê duyệt', {
      k: 5,
      channels: 'lexical',
    });
    const copies = results.filter((r) => r.documentId.startsWith('nd-'));
    expect(copies).toHaveLength(1);
    expect(copies[0].duplicates).toHaveLength(1);
  });

  it('keep different texts apart', () => {
    const kept = collapseNearDuplicates(
      [
        { id: 'a', text: PROPAGANDA_CT },
        { id: 'b', text: PROPAGANDA_LC },
        { id: 'c', text: `${PROPAGANDA_CT}` },
      ],
      5,
    );
    expect(kept.map((k) => [k.item.id, k.duplicates])).toEqual([
      ['a', ['c']],
      ['b', []],
    ]);
  });

  it('compare words with accents and tone placement folded, punctuation ignored', () => {
    const [a, b] = shingleSets(['Tỉnh uỷ Sóc Trăng chỉ đạo, kiểm tra', 'TINH UY SOC TRANG chi dao kiem tra']);
    expect(jaccard(a, b)).toBe(1);
  });

  it('overlap by the share of three-word runs the texts have in common', () => {
    const [a, b, short] = shingleSets(['một hai ba bốn năm', 'một hai ba bốn sáu', 'một hai']);
    expect(jaccard(a, b)).toBe(2 / 4); // {một hai ba, hai ba bốn} of {…, ba bốn năm, ba bốn sáu}
    expect(jaccard(a, short)).toBe(0); // a text too short for a run is one shingle, never a run's
  });

  it('overlap alike when the words are too many to number compactly', () => {
    // Three word numbers past the largest exact double are spelled out instead: the same overlaps.
    const texts = ['một hai ba bốn năm', 'một hai ba bốn sáu', 'một hai'];
    const numbered = shingleSets(texts);
    const spelled = shingleSets(texts, 10);
    expect(spelled[0].has('1 2 3')).toBe(true);
    for (const [i, j] of [
      [0, 1],
      [0, 2],
      [1, 2],
      [0, 0],
    ])
      expect(jaccard(spelled[i], spelled[j])).toBe(jaccard(numbered[i], numbered[j]));
  });
});

describe('words the search could not use', () => {
  it.each([
    ['Which body oversees desalination in Lào Cai?', ['desalination'], ['oversees', 'Lào', 'Cai']],
    ['Who handles Agent Orange clean-up?', ['Agent', 'Orange'], []],
    ['Which body leads sand-mining control?', [], ['leads', 'sand', 'mining', 'control']],
    ['Ai chủ trì nạo vét luồng lạch?', ['nạo', 'vét', 'luồng', 'lạch'], ['chủ', 'trì']],
  ])('%s', async (question, notUnderstood, understood) => {
    const res = await search(db(), question, { k: 3, channels: 'lexical' });
    expect(res.notUnderstood).toEqual(expect.arrayContaining(notUnderstood));
    expect(res.understood).toEqual(expect.arrayContaining(understood));
    for (const w of understood) expect(res.notUnderstood).not.toContain(w);
  });
});

describe('a question typed without diacritics', () => {
  it.each([
    ['vi-nodiac', { foldedWeight: 1 }],
    ['vi', undefined],
    ['en', undefined],
  ] as const)('%s: folded terms weigh %j', (language, expected) => {
    expect(foldedOnlyParams(language, undefined)).toEqual(expected);
  });

  it.each([
    ['Nghị định về quản lý, phát triển cụm công nghiệp có hiệu lực thi hành khi nào?'],
    ['nghi dinh ve quan ly phat trien cum cong nghiep co hieu luc thi hanh khi nao'],
  ])('ranks the clause the accented question ranks first: %s', async (question) => {
    const { results } = await search(db(), question, { k: 5, channels: 'lexical', documentFirst: { within: false } });
    expect(results[0]?.clauseId).toBe('nd-cum-cong-nghiep~37');
  });
});
