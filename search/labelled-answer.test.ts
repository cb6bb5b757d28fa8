/**
 * @module search/labelled-answer.test — asked labels from a question's asking words, a clause's label or
 * opening, and labelled answers ranked beside their document's best clause (real wording of Lào Cai
 * Sở Công Thương notices and plans, and NĐ 139/2025's procedure steps).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import type { ClauseKind } from '../core/types.ts';
import { search } from './hybrid-search.ts';
import notice from './fixtures/appraisal-notice.json' with { type: 'json' };
import {
  askedLabels,
  chooseLabelled,
  clauseHead,
  itemsForBare,
  labelNamer,
  laterLabels,
  promoteLabelled,
} from './labelled-answer.ts';
import { RANK_FEATURES } from './rank-features.ts';
import { makeDoc, saveSearchDocs } from './test-fixtures.ts';

describe('askedLabels', () => {
  it.each([
    ['Lớp huấn luyện người quản lý vật liệu nổ tổ chức ở đâu?', ['dia diem', 'dia chi', 'noi to chuc']],
    ['lop huan luyen to chuc o dau', ['dia diem', 'dia chi', 'noi to chuc']],
    ['Where is the training course held?', ['dia diem', 'dia chi', 'noi to chuc']],
    ['Kỳ kiểm tra cho 19 đơn vị diễn ra lúc nào?', ['thoi gian', 'thoi diem']],
    ['When is the safety test for the 19 companies?', ['thoi gian', 'thoi diem']],
    ['Giấy phép vận chuyển hàng nguy hiểm có thời hạn bao lâu?', ['thoi han']],
    ['How many working days does the commune have to issue the licence?', ['thoi han']],
    ['Những ai là đối tượng dự kiểm tra?', ['doi tuong', 'thanh phan']],
    // A department's plan assigns the work to one of its offices: "Giao phòng Quản lý Công nghiệp triển khai, …".
    ['Phòng nào của Sở Công Thương phụ trách kỳ huấn luyện người quản lý vật liệu nổ?', ['giao phong']],
    ['Which office of the Department runs the training course?', ['giao phong']],
    // A trainee's record in a decision recognising test results states "Điểm thi: 8 điểm; đạt kết quả loại: Khá".
    ['Ông Đặng Văn Thức được bao nhiêu điểm trong kỳ kiểm tra?', ['diem thi', 'xep loai']],
    ['What grade did the blaster from the cement company get in the safety test?', ['diem thi', 'xep loai']],
    // A document's effect date stands in its formula clause, not under a "Thời gian:" label.
    ['Nghị định 146/2025 có hiệu lực từ ngày nào?', []],
    ['When did the decree take effect?', []],
    ['Cơ quan nào chủ trì kiểm soát khai thác cát?', []],
    // `when` before an -ing word or a clause is a conjunction, not a when-question.
    ['When drafting the merger scheme, which ministry does the Ministry of Home Affairs work with?', []],
    ['What is the fine when a magazine keeps no log of people entering?', []],
    ['By when must the department send its report to the provincial office?', ['thoi gian', 'thoi diem']],
    // A label word naming the subject ("Thời gian lập quy hoạch") while another field's asking word asks.
    ['Thời gian lập quy hoạch chi tiết tối đa là bao lâu?', ['thoi han']],
    // A body's mailing address is asked by its own word, not only as a where's later label.
    ['Địa chỉ liên lạc của Công ty TNHH Anh Nhẫn Lào Cai là gì?', ['dia chi']],
    ['What is the address of the Lào Cai Department of Industry and Trade?', ['dia chi']],
  ])('%s → %j', (question, labels) => {
    expect(askedLabels(question)).toEqual(labels);
  });
});

describe('askedLabels without a field (evaluation: SearchOptions.ablate)', () => {
  const where = 'Lớp huấn luyện người quản lý vật liệu nổ tổ chức ở đâu?';
  it('asks nothing of a field switched off, and keeps the fields not named', () => {
    expect(askedLabels(where, ['place'])).toEqual([]);
    expect(laterLabels(where, ['place'])).toEqual([]);
    expect(askedLabels(where, ['time'])).toEqual(['dia diem', 'dia chi', 'noi to chuc']);
    expect(askedLabels('Địa chỉ liên lạc của Công ty TNHH Anh Nhẫn Lào Cai là gì?', ['place'])).toEqual(['dia chi']);
  });
});

describe('laterLabels', () => {
  it.each([
    // Where a project is built is its "Địa điểm xây dựng:" line, not its investor's "Địa chỉ liên lạc:".
    ['Nhà máy tuyển quặng apatit nghèo của Công ty Anh Nhẫn được xây ở đâu?', ['dia chi']],
    ['Where is the July 2026 training course for explosives managers held?', ['dia chi']],
    // Asking the address, the address line is no later than the venue.
    ['Trụ sở Sở Công Thương có địa chỉ ở đâu?', []],
    ['Kỳ kiểm tra cho 19 đơn vị diễn ra lúc nào?', []],
  ])('%s → %j', (question, labels) => {
    expect(laterLabels(question)).toEqual(labels);
  });
});

describe('clauseHead and labelNamer', () => {
  it.each([
    [
      '2. Địa điểm: Sở Công Thương tỉnh Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt, phường Yên Bái.',
      'dia diem',
      ['dia diem'],
      true,
    ],
    ['1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ Ba).', 'thoi gian kiem tra', ['thoi gian'], true],
    ['Thời hạn của giấy phép: 24 tháng kể từ ngày ký./.', 'thoi han cua giay phep', ['thoi han'], true],
    [
      '4. Trong thời hạn 20 ngày làm việc, kể từ ngày nhận đầy đủ hồ sơ hợp lệ, Ủy ban nhân dân cấp xã có trách nhiệm thẩm định.',
      'trong thoi han 20',
      ['thoi han'],
      true,
    ],
    ['b) Đối tượng: Theo danh sách đơn vị đăng ký (100 người), cụ thể:', 'doi tuong', ['doi tuong'], true],
    // The subject of a notice, not its venue, though the question's words stand in it.
    [
      'Thực hiện Kế hoạch số 3024/KH-SCT ngày 27/5/2026 của Sở Công Thương Lào Cai về việc kiểm tra, cấp Giấy chứng nhận huấn luyện.',
      'thuc hien ke hoach',
      ['dia diem'],
      false,
    ],
    // A colon far into a sentence ends the sentence, not a label.
    [
      'Sở Công Thương Lào Cai thông báo thời gian, nội dung kiểm tra như sau:',
      'so cong thuong lao',
      ['thoi gian'],
      false,
    ],
  ])('%s', (text, opening, labels, answers) => {
    expect(clauseHead(text).opening).toBe(opening);
    expect(labelNamer(labels)(clauseHead(text).opening)).toBe(answers);
  });
});

describe('promoteLabelled', () => {
  const documentOf = (id: string) => id.split('~')[0];
  it('scores a labelled answer just below its document’s best other clause, and leaves other documents alone', () => {
    const items = [
      { clauseId: 'tb~p1', final: 0.024 },
      { clauseId: 'kh~p1', final: 0.023 },
      { clauseId: 'tb~2', final: 0.008 },
    ];
    const out = promoteLabelled(items, new Map([['tb', ['tb~2']]]), documentOf);
    const byId = Object.fromEntries(out.map((o) => [o.clauseId, o.final]));
    expect(byId['tb~2']).toBeLessThan(0.024);
    expect(byId['tb~2']).toBeGreaterThan(0.023);
    expect(byId['kh~p1']).toBe(0.023);
    expect(items[2].final).toBe(0.008); // the input is not changed
  });

  it('never lowers a clause already above, and promotes at most two per document', () => {
    const items = [
      { clauseId: 'nd~1', final: 0.02 },
      { clauseId: 'nd~2', final: 0.03 },
      { clauseId: 'nd~3', final: 0.001 },
      { clauseId: 'nd~4', final: 0.001 },
    ];
    const out = promoteLabelled(items, new Map([['nd', ['nd~2', 'nd~3', 'nd~4']]]), documentOf);
    expect(out.map((o) => o.final)).toEqual([0.02, 0.03, 0.02 * (1 - 2e-6), 0.001]);
  });
});

// Real wording: a Lào Cai Sở Công Thương notice of a test for one mine, and the plan it carries out.
const NOTICE = makeDoc(
  'tb-3059',
  {
    type: 'TB',
    issuer: 'Sở Công Thương',
    place: 'Lào Cai',
    title:
      'kiểm tra cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp cho Chi nhánh Mỏ tuyển đồng Sin Quyền',
  },
  [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: 'Thực hiện Kế hoạch số 3024/KH-SCT ngày 27/5/2026 của Sở Công Thương Lào Cai về việc kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai.',
    },
    {
      anchor: 'p2',
      kind: 'paragraph',
      text: 'Sở Công Thương Lào Cai thông báo thời gian, nội dung kiểm tra như sau:',
    },
    { anchor: '1', text: '1. Thời gian, đối tượng kiểm tra:' },
    { anchor: '1.1', parent: '1', text: '1.1. Đợt 1: Từ 13h30’ ngày 02/6/2026 (Thứ Ba).' },
    { anchor: '1.2', parent: '1', text: '1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026 (Thứ Tư).' },
    {
      anchor: '2',
      text: '2. Địa điểm: Sở Công Thương tỉnh Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt, phường Yên Bái, tỉnh Lào Cai.',
    },
    {
      anchor: '3',
      text: '3. Nội dung kiểm tra: Quy định tại Điều 9 Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ và các quy định của pháp luật có liên quan.',
    },
    {
      anchor: '3-p1',
      parent: '3',
      kind: 'paragraph',
      text: 'Sở Công Thương Lào Cai thông báo cho Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO được biết và triển khai thực hiện./.',
    },
  ],
);
const PLAN = makeDoc(
  'kh-3024',
  {
    type: 'KH',
    issuer: 'Sở Công Thương',
    place: 'Lào Cai',
    title: 'kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp',
  },
  [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: 'Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai',
    },
    {
      anchor: 'I-1-p1',
      kind: 'paragraph',
      text: 'Kiểm tra kỹ thuật an toàn cho các đối tượng liên quan tới hoạt động vật liệu nổ để đảm bảo kỹ thuật an toàn trong công tác quản lý kho VLNCN và sử dụng VLNCN thi công khai thác mỏ.',
    },
    {
      anchor: 'III-p1',
      kind: 'paragraph',
      text: 'Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc:',
    },
  ],
);

// Real wording: a design-appraisal notice whose appendix rows (Phụ lục 02, 03) repeat the project's ore and works
// far more often than its record lines state them once (`fixtures/appraisal-notice.json`).
const APPRAISAL = makeDoc(
  'tb-tham-dinh-apatit',
  {
    type: 'CV',
    issuer: 'Sở Công Thương',
    place: 'Lào Cai',
    title:
      'V/v thông báo kết quả thẩm định thiết kế xây dựng triển khai sau thiết kế cơ sở đối với các công trình, hạng mục công trình thuộc dự án "Nhà máy tuyển quặng apatit nghèo tại tỉnh Lào Cai".',
  },
  notice.clauses.map((c) => ({ anchor: c.anchor, text: c.text, kind: c.kind as ClauseKind })),
);

const db = useEngine(engines[0]);

beforeAll(async () => {
  await saveSearchDocs(db(), [NOTICE, PLAN, APPRAISAL]);
}, 60_000);

describe('a labelled answer in the document the question names', () => {
  const question = 'Kiểm tra cấp giấy chứng nhận an toàn vật liệu nổ cho Mỏ tuyển đồng Sin Quyền tổ chức ở đâu?';
  // The hand-set stage is read alone (`learnedRanking: false`): the learned ordering after it re-orders the head.
  const rankOf = async (labelledAnswers: boolean, learnedRanking = false) =>
    (await search(db(), question, { k: 10, channels: 'lexical', labelledAnswers, learnedRanking })).results.findIndex(
      (r) => r.clauseId === 'tb-3059~2',
    ) + 1;

  it('ranks the venue line just below the notice’s best clause, where the subject words alone bury it', async () => {
    expect(await rankOf(true)).toBe(2);
    expect(await rankOf(false)).toBeGreaterThan(2);
  });

  it('keeps the venue line at the head after the learned ordering', async () => {
    expect(await rankOf(true, true)).toBeLessThanOrEqual(2);
  });
});

describe('a bare label whose items state the value', () => {
  const question = 'Đợt 2 kiểm tra an toàn vật liệu nổ ở Mỏ tuyển đồng Sin Quyền diễn ra khi nào?';
  // The clauses search read as labelled answers (the learned ranking's `labelled` feature).
  const labelled = async () => {
    const at = RANK_FEATURES.indexOf('labelled');
    const rows: Array<{ clauseId: string; features: number[] }> = [];
    await search(db(), question, {
      k: 10,
      channels: 'lexical',
      candidateFeatures: { depth: 30, take: (r) => rows.push(...r) },
    });
    return rows.filter((r) => r.features[at] === 1).map((r) => r.clauseId);
  };

  it('reads the item the question’s other words pick as the answer, not the label before it', async () => {
    const ids = await labelled();
    expect(ids).toContain('tb-3059~1.2');
    expect(ids).not.toContain('tb-3059~1');
    expect(ids).not.toContain('tb-3059~1.1');
  });
});

describe('itemsForBare', () => {
  const bare = (id: string) => clauseHead(TEXTS[id]).bare;
  const TEXTS: Record<string, string> = {
    'kh~1': '1. Thời gian, đối tượng kiểm tra:',
    'kh~1.1': '1.1. Đợt 1: Từ 08h00’ ngày 02/6/2026 (Thứ Ba).',
    'kh~1.2': '1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026 (Thứ Tư).',
    'kh~2': '2. Địa điểm: Sở Công Thương tỉnh Lào Cai.',
  };
  const items = (id: string) => (id === 'kh~1' ? ['kh~1.1', 'kh~1.2'] : []);

  it('puts the best-ranked item in a bare label’s place; a label stating its value stays', () => {
    expect(itemsForBare(['kh~1', 'kh~2'], bare, items, ['kh~p1', 'kh~1.2', 'kh~1', 'kh~1.1', 'kh~2'])).toEqual([
      'kh~1.2',
      'kh~2',
    ]);
  });

  it('keeps a bare label none of whose items is ranked', () => {
    expect(itemsForBare(['kh~1'], bare, items, ['kh~p1', 'kh~1'])).toEqual(['kh~1']);
  });
});

describe('a record field among many appendix rows', () => {
  const question = 'Nhà máy tuyển quặng apatit nghèo của Công ty TNHH Anh Nhẫn được xây dựng ở đâu?';
  const rankOf = async (labelledAnswers: boolean) =>
    (
      await search(db(), question, { k: 10, channels: 'lexical', labelledAnswers, learnedRanking: false })
    ).results.findIndex((r) => r.clauseId === 'tb-tham-dinh-apatit~I-5') + 1;

  it('ranks the project’s one "Địa điểm xây dựng:" line beside the notice’s best clause', async () => {
    expect(await rankOf(true)).toBe(2);
    expect(await rankOf(false)).toBeGreaterThan(2);
  });
});

describe('chooseLabelled', () => {
  const ranking = (n: number, prefix = 'nd') => Array.from({ length: n }, (_, i) => `${prefix}~${i}`);

  it('keeps a field the document states once, however deep the subject words rank it', () => {
    expect(chooseLabelled(ranking(300), new Map([['nd~250', true]]))).toEqual(['nd~250']);
  });

  // The shape of a decree whose appendix procedures open twelve steps "Trong thời hạn …" (158 clauses ranked).
  it('takes a line of a phrase the document repeats only within the head share due to one of them', () => {
    const naming = new Map(
      [7, 8, 14, 15, 16, 20, 23, 30, 60, 90, 120, 150].map((p) => [`nd~${p}`, false] as [string, boolean]),
    );
    expect(chooseLabelled(ranking(158), naming)).toEqual(['nd~7', 'nd~8']);
    // Ranked lower, none is chosen: the subject words did not pick one of them.
    const deep = new Map([...naming].map(([id]) => [`nd~${Number(id.slice(3)) + 20}`, false] as [string, boolean]));
    expect(chooseLabelled(ranking(180), deep)).toEqual([]);
  });

  it('counts a record’s label apart from sentences opening on the same words, and puts it first', () => {
    // "II.3. Đối tượng:" beside "Đối tượng tham gia …" sentences: the label is still the record's one field.
    const naming = new Map([
      ['kh~16', true],
      ['kh~3', false],
      ['kh~21', false],
    ]);
    expect(chooseLabelled(ranking(30, 'kh'), naming)).toEqual(['kh~16', 'kh~3']);
  });
});
