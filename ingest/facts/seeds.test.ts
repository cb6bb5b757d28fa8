import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import type { Clause, Comparator, Responsibility, ResponsibilityRole } from '../../core/types.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractResponsibilities, extractTargets } from './index.ts';

type Seed = 'binh-phuoc' | 'chi-thi' | 'chuong-trinh' | 'cong-van-2024' | 'soc-trang';

/** The seed documents with the metadata a reader takes from their header (the chỉ thị lost its place line). */
const SEEDS: Record<Seed, { file: string; place: string; date: string | null; title: string; issuer: string | null }> =
  {
    'binh-phuoc': {
      file: 'binh-phuoc-cong-van-2016-ket-luan-02',
      place: 'Đồng Xoài',
      date: '2016-06-13',
      title: 'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư (khóa XII)',
      issuer: null,
    },
    'chi-thi': {
      file: 'can-tho-chi-thi-bao-ve-moi-truong',
      place: 'Cần Thơ',
      date: null,
      title: 'về tăng cường sự lãnh đạo của Đảng trong công tác bảo vệ môi trường trên địa bàn thành phố Cần Thơ',
      issuer: null,
    },
    'chuong-trinh': {
      file: 'can-tho-chuong-trinh-2021-xanh-va-sach',
      place: 'Cần Thơ',
      date: '2021-12-31',
      title:
        'bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường và ngập nghẹt thành phố giai đoạn 2022 - 2025',
      issuer: null,
    },
    'cong-van-2024': {
      file: 'can-tho-cong-van-2024-ket-luan-81',
      place: 'Cần Thơ',
      date: '2024-07-09',
      title: 'Quán triệt, triển khai thực hiện Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị',
      issuer: 'Thành ủy Cần Thơ',
    },
    'soc-trang': {
      file: 'soc-trang-nghi-quyet-2017-bao-ve-moi-truong',
      place: 'Sóc Trăng',
      date: '2017-03-15',
      title: 'về bảo vệ môi trường tỉnh Sóc Trăng đến năm 2020',
      issuer: 'Tỉnh ủy Sóc Trăng',
    },
  };

/** `Đồng Xoài, ngày 13 tháng 6 năm 2016` → `Đồng Xoài`. */
function placeLine(text: string): string | null {
  return /(?<![\p{L}/])(\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)*), ngày \d/u.exec(text)?.[1] ?? null;
}

const loaded = new Map<Seed, { clean: string; clauses: Clause[] }>();
function load(seed: Seed) {
  let doc = loaded.get(seed);
  if (!doc) {
    const raw = readFileSync(new URL(`../../corpus/${SEEDS[seed].file}.txt`, import.meta.url), 'utf8');
    const clean = cleanText(raw).clean.text;
    doc = { clean, clauses: buildClauseTree({ documentId: seed, cleanText: clean, documentLabel: seed }) };
    loaded.set(seed, doc);
  }
  return doc;
}

const extracted = new Map<Seed, Responsibility[]>();
function responsibilities(seed: Seed): Responsibility[] {
  const { place, issuer } = SEEDS[seed];
  if (!extracted.has(seed)) extracted.set(seed, extractResponsibilities(load(seed).clauses, { place, issuer }));
  return extracted.get(seed) ?? [];
}

const anchorOf = (id: string) => id.split('~')[1];

describe('seed metadata', () => {
  it.each<[Seed, string | null]>([
    ['binh-phuoc', 'Đồng Xoài'],
    ['chi-thi', null],
    ['chuong-trinh', 'Cần Thơ'],
    ['cong-van-2024', 'Cần Thơ'],
    ['soc-trang', 'Sóc Trăng'],
  ])('%s: place line %s', (seed, place) => {
    expect(placeLine(load(seed).clean)).toBe(place);
  });
});

describe('seed responsibilities: the lead of every numbered item', () => {
  /** `[anchor, lead bodies, clause the lead words stand in (null when stated)]`, for every item and sub-item. */
  const LEADS: Record<Seed, Array<[string, string[], string | null]>> = {
    'binh-phuoc': [
      ['1', ['Các cấp ủy đảng', 'Chính quyền các cấp'], null],
      ['2', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], null],
      ['2-2.1', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2'],
      ['2-2.2', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2'],
      ['2-2.3', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2'],
      ['2-2.4', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2'],
      ['2-2.5', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], '2'],
      ['3', ['Đảng đoàn Hội đồng nhân dân tỉnh'], null],
      ['4', ['Mặt trận Tổ quốc Việt Nam tỉnh', 'Các tổ chức chính trị - xã hội tỉnh'], null],
      ['5', ['Các cơ quan báo chí tỉnh'], null],
      ['6', ['Ban Tuyên giáo Tỉnh ủy'], null],
    ],
    'chi-thi': [
      ['1', [], null],
      ['2', ['Đảng ủy Ủy ban nhân dân thành phố'], null],
      ['3', ['Mặt trận Tổ quốc Việt Nam thành phố', 'Các tổ chức chính trị - xã hội thành phố'], null],
      ['4', ['Ban Tuyên giáo và Dân vận Thành ủy'], null],
      ['5', ['Viện kiểm sát nhân dân thành phố', 'Tòa án nhân dân thành phố', 'Công an thành phố'], null],
      ['6', ['Ủy ban Kiểm tra Thành ủy'], null],
      ['7', ['Đảng ủy Công an thành phố'], null],
    ],
    'chuong-trinh': [
      ['I-1', [], null],
      ['I-2', [], null],
      ['I-2-2.1', [], null],
      ['I-2-2.2', [], null],
      ['II-1', [], null],
      ['II-2', [], null],
      ['II-3', [], null],
      ['II-4', [], null],
      ['II-5', [], null],
      ['II-6', [], null],
      ['II-7', [], null],
      [
        'IV-1',
        [
          'Các cấp ủy đảng',
          'Các tổ chức đảng',
          'Chính quyền các cấp',
          'Mặt trận Tổ quốc Việt Nam',
          'Các tổ chức chính trị - xã hội',
        ],
        null,
      ],
      ['IV-2', ['Đảng đoàn Hội đồng nhân dân thành phố'], null],
      ['IV-3', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], null],
      ['IV-4', ['Đảng đoàn Mặt trận Tổ quốc Việt Nam thành phố', 'Các tổ chức chính trị - xã hội thành phố'], null],
      ['IV-5', ['Ban Tuyên giáo Thành ủy'], null],
    ],
    'cong-van-2024': [
      ['1', [], null],
      ['2', [], null],
      ['3', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], null],
      ['3-3.1', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['3-3.2', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['3-3.3', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['3-3.4', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['3-3.5', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['3-3.6', ['Ban cán sự đảng Ủy ban nhân dân thành phố'], '3'],
      ['4', ['Mặt trận Tổ quốc Việt Nam thành phố', 'Các tổ chức chính trị - xã hội thành phố'], null],
      ['5', ['Ban Tuyên giáo Thành ủy'], null],
    ],
    'soc-trang': [
      ['II-1', [], null],
      ['II-2', [], null],
      ['II-3', [], null],
      ['III-1', [], null],
      ['III-2', [], null],
      ['III-3', [], null],
      ['III-4', [], null],
      ['IV-1', ['Các huyện ủy', 'Các thị ủy', 'Các thành ủy', 'Các đảng ủy trực thuộc Tỉnh ủy'], null],
      ['IV-2', ['Ban cán sự đảng Ủy ban nhân dân tỉnh'], null],
      ['IV-3', ['Ban Tuyên giáo Tỉnh ủy'], null],
    ],
  };

  it.each(Object.keys(LEADS) as Seed[])('%s', (seed) => {
    const facts = responsibilities(seed);
    const numbered = load(seed).clauses.filter((c) => (c.kind === 'item' || c.kind === 'subitem') && c.marker);
    const actual = numbered.map((c) => {
      const leads = facts.filter((f) => f.clauseId === c.id && f.role === 'lead');
      const inheritedFrom = leads.find((f) => f.inherited)?.sourceClauseId ?? null;
      return [c.anchor, leads.map((f) => f.body.name), inheritedFrom && anchorOf(inheritedFrom)];
    });
    expect(actual).toEqual(LEADS[seed]);
  });
});

describe('seed responsibilities: who does what', () => {
  /** `[seed, anchor, role, body, clause the body words stand in]`: each row must be among the facts. */
  it.each<[Seed, string, ResponsibilityRole, string, string]>([
    // Who follows up each directive.
    ['binh-phuoc', '6', 'monitor', 'Ban Tuyên giáo Tỉnh ủy', '6'],
    ['binh-phuoc', '6', 'coordinate', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', '6'],
    ['binh-phuoc', '6', 'report', 'Ban Tuyên giáo Tỉnh ủy', '6'],
    ['binh-phuoc', '6', 'monitor', 'Ban Thường vụ Tỉnh ủy', '6'],
    ['binh-phuoc', '6', 'monitor', 'Trung ương', '6'],
    ['chi-thi', '7', 'monitor', 'Đảng ủy Công an thành phố', '7'],
    ['chi-thi', '7', 'coordinate', 'Đảng ủy Ủy ban nhân dân thành phố', '7'],
    ['chi-thi', '7', 'report', 'Đảng ủy Công an thành phố', '7'],
    ['chi-thi', '7', 'monitor', 'Ban Thường vụ Thành ủy', '7'],
    ['chi-thi', '6', 'monitor', 'Ủy ban Kiểm tra Thành ủy', '6'],
    ['chi-thi', '6', 'advise', 'Ủy ban Kiểm tra Thành ủy', '6'],
    ['chuong-trinh', 'IV-5', 'monitor', 'Ban Tuyên giáo Thành ủy', 'IV-5'],
    ['chuong-trinh', 'IV-5', 'coordinate', 'Các ban xây dựng Đảng Thành ủy', 'IV-5'],
    ['soc-trang', 'IV-3-p1', 'monitor', 'Ban Tuyên giáo Tỉnh ủy', 'IV-3'],
    ['soc-trang', 'IV-3-p1', 'coordinate', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', 'IV-3-p1'],
    // Who leads guidance and propaganda.
    ['chi-thi', '4', 'advise', 'Ban Tuyên giáo và Dân vận Thành ủy', '4'],
    ['chuong-trinh', 'IV-5', 'implement', 'Các cơ quan báo chí thành phố', 'IV-5'],
    ['chuong-trinh', 'IV-5', 'advise', 'Ban Tuyên giáo Thành ủy', 'IV-5'],
    ['cong-van-2024', '5', 'report', 'Ban Tuyên giáo Thành ủy', '5'],
    ['cong-van-2024', '5', 'monitor', 'Ban Thường vụ Thành ủy', '5'],
    ['soc-trang', 'IV-3-p1', 'lead', 'Ban Tuyên giáo Tỉnh ủy', 'IV-3'],
    ['soc-trang', 'IV-3-p1', 'advise', 'Ban Tuyên giáo Tỉnh ủy', 'IV-3'],
    // Who allocates the budget.
    ['chuong-trinh', 'IV-2', 'implement', 'Hội đồng nhân dân thành phố', 'IV-2'],
    ['chuong-trinh', 'IV-2', 'monitor', 'Hội đồng nhân dân thành phố', 'IV-2'],
    ['binh-phuoc', '2-2.5', 'implement', 'Sở Tài chính', '2-2.5'],
    ['binh-phuoc', '2-2.5', 'advise', 'Sở Tài chính', '2-2.5'],
    // Who carries the tasks out under a lead-in.
    ['binh-phuoc', '2-2.2', 'implement', 'Sở Tài nguyên và Môi trường', '2-2.2'],
    ['binh-phuoc', '2-2.2-p1', 'implement', 'Sở Tài nguyên và Môi trường', '2-2.2'],
    ['binh-phuoc', '2-2.2-p2', 'advise', 'Sở Tài nguyên và Môi trường', '2-2.2'],
    ['binh-phuoc', '2-2.2-p3', 'monitor', 'Sở Tài nguyên và Môi trường', '2-2.2'],
    ['binh-phuoc', '2-2.3', 'implement', 'Sở Khoa học và Công nghệ', '2-2.3'],
    ['binh-phuoc', '2-2.4', 'implement', 'Sở Nông nghiệp và Phát triển nông thôn', '2-2.4'],
    ['binh-phuoc', '3', 'monitor', 'Đảng đoàn Hội đồng nhân dân tỉnh', '3'],
    ['binh-phuoc', '4-p2', 'monitor', 'Mặt trận Tổ quốc Việt Nam tỉnh', '4'],
    ['chi-thi', '2', 'direct', 'Ủy ban nhân dân thành phố', '2'],
    ['chi-thi', '2-b1', 'lead', 'Đảng ủy Ủy ban nhân dân thành phố', '2'],
    ['chi-thi', '2-b3', 'direct', 'Ủy ban nhân dân thành phố', '2'],
    ['chuong-trinh', 'IV-3', 'direct', 'Ủy ban nhân dân thành phố', 'IV-3'],
    ['soc-trang', 'IV-2', 'direct', 'Ủy ban nhân dân tỉnh', 'IV-2'],
  ])('%s %s: %s %s', (seed, anchor, role, name, source) => {
    const rows = responsibilities(seed)
      .filter((f) => anchorOf(f.clauseId) === anchor)
      .map((f) => [f.role, f.body.name, anchorOf(f.sourceClauseId)]);
    expect(rows).toContainEqual([role, name, source]);
  });

  it('3.1–3.6 of the 2024 letter inherit lead and direction from the words of item 3', () => {
    const { clean } = load('cong-van-2024');
    const facts = responsibilities('cong-van-2024');
    for (const sub of ['3.1', '3.2', '3.3', '3.4', '3.5', '3.6']) {
      const rows = facts
        .filter((f) => f.clauseId === `cong-van-2024~3-${sub}` && (f.role === 'lead' || f.role === 'direct'))
        .map((f) => [f.role, f.body, f.inherited, f.sourceClauseId, clean.slice(f.span.start, f.span.end)]);
      expect(rows).toEqual([
        [
          'lead',
          { name: 'Ban cán sự đảng Ủy ban nhân dân thành phố', level: 'province', place: 'Cần Thơ' },
          true,
          'cong-van-2024~3',
          'Ban cán sự đảng Ủy ban nhân dân thành phố',
        ],
        [
          'direct',
          { name: 'Ủy ban nhân dân thành phố', level: 'province', place: 'Cần Thơ' },
          true,
          'cong-van-2024~3',
          'Ủy ban nhân dân thành phố',
        ],
      ]);
    }
  });

  it('reads the OCR-damaged Sóc Trăng item 2 (`Ưỷ ban`)', () => {
    const { clean } = load('soc-trang');
    const lead = responsibilities('soc-trang').find((f) => f.clauseId === 'soc-trang~IV-2' && f.role === 'lead');
    expect(lead?.body).toEqual({ name: 'Ban cán sự đảng Ủy ban nhân dân tỉnh', level: 'province', place: 'Sóc Trăng' });
    expect(lead && clean.slice(lead.span.start, lead.span.end)).toBe('Ban Cán sự đảng Ưỷ ban nhân dân tỉnh');
  });

  it('states no responsibility in the header, recipients or signature', () => {
    for (const seed of Object.keys(SEEDS) as Seed[]) {
      const closing = new Set(
        load(seed)
          .clauses.filter((c) => ['preamble', 'recipients', 'signature', 'closing'].includes(c.kind))
          .map((c) => c.id),
      );
      expect(responsibilities(seed).filter((f) => closing.has(f.clauseId))).toEqual([]);
    }
  });
});

describe('seed targets', () => {
  type TargetRow = [
    anchor: string,
    valueText: string,
    unit: string,
    comparator: Comparator | null,
    deadline: number | null,
    period: [number, number] | null,
    scope: string | null,
    indicator: string,
  ];
  const TARGETS: Record<Seed, TargetRow[]> = {
    'binh-phuoc': [
      ['2-2.1', '100', '%', 'strive', 2020, [2015, 2020], null, 'cơ sở sản xuất kinh doanh đạt tiêu chuẩn môi trường'],
      ['2-2.1', '98', '%', 'strive', 2020, [2015, 2020], 'rural', 'sử dụng nước hợp vệ sinh'],
      ['2-2.1', '99', '%', 'strive', 2020, [2015, 2020], 'urban', 'sử dụng nước hợp vệ sinh'],
      ['2-2.1', '74,8', '%', 'reach', 2020, [2015, 2020], null, 'tỷ lệ che phủ rừng và cây lâu năm'],
    ],
    'chi-thi': [],
    'chuong-trinh': [
      [
        'I-2-2.2-b2',
        '100',
        '%',
        'reach',
        2025,
        [2022, 2025],
        'urban',
        'tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị',
      ],
      [
        'I-2-2.2-b2',
        '95',
        '%',
        'reach',
        2025,
        [2022, 2025],
        'rural',
        'tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt phát sinh tại hộ gia đình ở nông thôn',
      ],
      [
        'I-2-2.2-b2',
        '100',
        '%',
        'reach',
        2025,
        [2022, 2025],
        'industrial',
        'tỷ lệ thu gom và xử lý chất thải rắn công nghiệp thông thường, chất thải nguy hại',
      ],
      ['I-2-2.2-b2', '100', '%', 'reach', 2025, [2022, 2025], 'medical', 'tỷ lệ thu gom, xử lý chất thải y tế'],
      [
        'I-2-2.2-b3',
        '100',
        '%',
        'reach',
        2025,
        [2022, 2025],
        'industrial',
        'khu công nghiệp, khu chế xuất có hệ thống xử lý nước thải tập trung và hệ thống quan trắc nước thải tự động có đường truyền dữ liệu về cơ quan quản lý nhà nước trong lĩnh vực môi trường theo quy định',
      ],
      [
        'I-2-2.2-b4',
        '100',
        '%',
        null,
        2025,
        [2022, 2025],
        null,
        'kiểm soát chặt chẽ qua mạng trực tuyến đối với cơ sở sản xuất kinh doanh, dịch vụ có khả năng gây ô nhiễm môi trường nghiêm trọng',
      ],
      [
        'I-2-2.2-b5',
        '100',
        '%',
        'strive',
        2025,
        [2022, 2025],
        'urban',
        'đường đô thị và đường đi qua khu dân cư ngoài đô thị có hệ thống thoát nước mưa đảm bảo quy chuẩn kỹ thuật quốc gia',
      ],
      ['I-2-2.2-b6', '75', '%', 'reach', 2025, [2022, 2025], null, 'tỷ lệ thu gom và xử lý nước thải sinh hoạt'],
    ],
    'cong-van-2024': [],
    'soc-trang': [
      ['II-3-b1', '100', '%', null, 2020, [2015, 2020], 'urban', 'sử dụng nước sinh hoạt họp vệ sinh'],
      ['II-3-b1', '98', '%', null, 2020, [2015, 2020], 'rural', 'sử dụng nước sinh hoạt họp vệ sinh'],
      [
        'II-3-b2',
        '100',
        '%',
        null,
        2020,
        [2015, 2020],
        null,
        'cơ sở sản xuất mới xây dựng áp dụng công nghệ sạch hoặc trang bị các thiết bị giảm ô nhiễm, xử lý chất thải',
      ],
      ['II-3-b3', '100', '%', null, 2020, [2015, 2020], null, 'cơ sở sản xuất kinh doanh đạt tiêu chuẩn về môi trường'],
      [
        'II-3-b4',
        '90',
        '%',
        null,
        2020,
        [2015, 2020],
        'urban',
        'chất thải rắn sinh hoạt đô thị, công nghiệp, dịch vụ được thu gom và xử lý đạt tiêu chuẩn môi trường',
      ],
      [
        'II-3-b4',
        '50',
        '%',
        null,
        2020,
        [2015, 2020],
        'rural',
        'chất thải phát sinh tại khu vực nông thôn, làng nghề được thu gom và xử lý đạt tiêu chuẩn môi trường',
      ],
      [
        'II-3-b5',
        '100',
        '%',
        null,
        2020,
        [2015, 2020],
        'medical',
        'chất thải rắn y tế được thu gom và xử lý đạt tiêu chuẩn môi trường',
      ],
    ],
  };

  it.each(Object.keys(TARGETS) as Seed[])('%s', (seed) => {
    const { clean, clauses } = load(seed);
    const { place, date, title } = SEEDS[seed];
    const targets = extractTargets(clauses, { place, date, title });
    expect(
      targets.map((t) => [
        anchorOf(t.clauseId),
        t.valueText,
        t.unit,
        t.comparator,
        t.deadline,
        t.period && [t.period.from, t.period.to],
        t.scope,
        t.indicator,
      ]),
    ).toEqual(TARGETS[seed]);
    for (const t of targets) {
      expect(t.place).toBe(place);
      expect(clean.slice(t.span.start, t.span.end)).toContain(`${t.valueText}${t.unit}`);
    }
  });

  it('reads decimal commas: 74,8% is 74.8', () => {
    const { clauses } = load('binh-phuoc');
    const values = extractTargets(clauses, { place: 'Đồng Xoài', date: '2016-06-13', title: null }).map((t) => t.value);
    expect(values).toEqual([100, 98, 99, 74.8]);
  });
});
