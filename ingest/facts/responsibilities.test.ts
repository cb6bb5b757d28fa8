import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import type { ResponsibilityRole } from '../../core/types.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractResponsibilities } from './responsibilities.ts';

/** A hand-written letter in the genre's shape: a lead-in item with sub-items, a bullet, and closing items. */
const LETTER = `TỈNH ỦY KIÊN GIANG
*
Số 99-CV/TU
Rạch Giá, ngày 05 tháng 3 năm 2023
V/v tăng cường bảo vệ môi trường

Để triển khai thực hiện có hiệu quả công tác bảo vệ môi trường trên địa bàn tỉnh trong thời gian tới, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt các nội dung sau:
1. Ban cán sự đảng UBND tỉnh lãnh đạo UBND tỉnh chỉ đạo các sở, ngành, địa phương tập trung các nhiệm vụ sau:
1.1. Kiểm soát chặt chẽ hoạt động khai thác cát trên các tuyến sông.
1.2. Chỉ đạo Sở TN&MT chủ động phối hợp với Sở KH&CN xây dựng cơ sở dữ liệu; tham mưu UBND tỉnh ban hành quy chế.
- Rà soát các điểm ô nhiễm tồn lưu.
1.3. Sở Tài chính chủ trì tham mưu bố trí kinh phí hằng năm.
1.4. Chỉ đạo Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch.
2. Đảng đoàn HĐND tỉnh lãnh đạo HĐND tỉnh giám sát việc thực hiện.
3. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Ủy ban MTTQ tỉnh và các cơ quan liên quan thực hiện các nội dung sau:
a) Hướng dẫn tuyên truyền Công văn này.
b) Theo dõi, kiểm tra, đôn đốc việc thực hiện; định kỳ báo cáo kết quả về Ban Thường vụ Tỉnh ủy.
Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn A
`;

const clean = cleanText(LETTER).clean.text;
const clauses = buildClauseTree({ documentId: 'kg', cleanText: clean, documentLabel: '99-CV/TU' });
const facts = extractResponsibilities(clauses, { place: 'Rạch Giá', issuer: 'Tỉnh ủy Kiên Giang' });

/** `[role, body, inherited, source anchor, words at the span]` of one clause. */
function rowsOf(anchor: string) {
  return facts
    .filter((f) => f.clauseId === `kg~${anchor}`)
    .map((f) => [
      f.role,
      f.body.name,
      f.inherited,
      f.sourceClauseId.split('~')[1],
      clean.slice(f.span.start, f.span.end),
    ]);
}

type Row = [ResponsibilityRole, string, boolean, string, string];

describe('extractResponsibilities on a letter', () => {
  it('builds the tree the table below assumes', () => {
    expect(clauses.map((c) => c.anchor)).toEqual([
      'preamble',
      'p1',
      '1',
      '1-1.1',
      '1-1.2',
      '1-1.2-b1',
      '1-1.3',
      '1-1.4',
      '2',
      '3',
      '3-a',
      '3-b',
      'recipients',
      'signature',
    ]);
  });

  it.each<[string, Row[]]>([
    // The lead-in states lead, direct and implement.
    [
      '1',
      [
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', false, '1', 'Ban cán sự đảng UBND tỉnh'],
        ['direct', 'Ủy ban nhân dân tỉnh', false, '1', 'UBND tỉnh'],
        ['implement', 'Các sở, ban, ngành', false, '1', 'các sở, ngành'],
      ],
    ],
    // A sub-item with no body of its own inherits all three, pointing at the words in item 1.
    [
      '1-1.1',
      [
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', true, '1', 'Ban cán sự đảng UBND tỉnh'],
        ['direct', 'Ủy ban nhân dân tỉnh', true, '1', 'UBND tỉnh'],
        ['implement', 'Các sở, ban, ngành', true, '1', 'các sở, ngành'],
      ],
    ],
    // `Chỉ đạo X`: X implements instead of the parent's implementers; lead and direct are inherited.
    [
      '1-1.2',
      [
        ['implement', 'Sở Tài nguyên và Môi trường', false, '1-1.2', 'Sở TN&MT'],
        ['coordinate', 'Sở Khoa học và Công nghệ', false, '1-1.2', 'Sở KH&CN'],
        ['advise', 'Sở Tài nguyên và Môi trường', false, '1-1.2', 'Sở TN&MT'],
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', true, '1', 'Ban cán sự đảng UBND tỉnh'],
        ['direct', 'Ủy ban nhân dân tỉnh', true, '1', 'UBND tỉnh'],
      ],
    ],
    // A bullet inherits through two levels; coordination of a sentence (not a lead-in) stays there.
    [
      '1-1.2-b1',
      [
        ['implement', 'Sở Tài nguyên và Môi trường', true, '1-1.2', 'Sở TN&MT'],
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân tỉnh', true, '1', 'Ban cán sự đảng UBND tỉnh'],
        ['direct', 'Ủy ban nhân dân tỉnh', true, '1', 'UBND tỉnh'],
      ],
    ],
    // A child that names its own lead inherits nothing.
    [
      '1-1.3',
      [
        ['lead', 'Sở Tài chính', false, '1-1.3', 'Sở Tài chính'],
        ['advise', 'Sở Tài chính', false, '1-1.3', 'Sở Tài chính'],
      ],
    ],
    // `Chỉ đạo X chủ trì`: X implements and leads the work; only the direction is inherited.
    [
      '1-1.4',
      [
        ['implement', 'Sở Xây dựng', false, '1-1.4', 'Sở Xây dựng'],
        ['lead', 'Sở Xây dựng', false, '1-1.4', 'Sở Xây dựng'],
        ['coordinate', 'Sở Tài chính', false, '1-1.4', 'Sở Tài chính'],
        ['direct', 'Ủy ban nhân dân tỉnh', true, '1', 'UBND tỉnh'],
      ],
    ],
    [
      '2',
      [
        ['lead', 'Đảng đoàn Hội đồng nhân dân tỉnh', false, '2', 'Đảng đoàn HĐND tỉnh'],
        ['implement', 'Hội đồng nhân dân tỉnh', false, '2', 'HĐND tỉnh'],
        ['monitor', 'Hội đồng nhân dân tỉnh', false, '2', 'HĐND tỉnh'],
      ],
    ],
    [
      '3',
      [
        ['lead', 'Ban Tuyên giáo Tỉnh ủy', false, '3', 'Ban Tuyên giáo Tỉnh ủy'],
        ['coordinate', 'Mặt trận Tổ quốc Việt Nam tỉnh', false, '3', 'Ủy ban MTTQ tỉnh'],
        ['coordinate', 'Các cơ quan liên quan', false, '3', 'các cơ quan liên quan'],
      ],
    ],
    // Points under a lead-in inherit lead and its coordination.
    [
      '3-a',
      [
        ['lead', 'Ban Tuyên giáo Tỉnh ủy', true, '3', 'Ban Tuyên giáo Tỉnh ủy'],
        ['coordinate', 'Mặt trận Tổ quốc Việt Nam tỉnh', true, '3', 'Ủy ban MTTQ tỉnh'],
        ['coordinate', 'Các cơ quan liên quan', true, '3', 'các cơ quan liên quan'],
      ],
    ],
    // Verbs without a body go to the inherited actor; the body reported to follows up.
    [
      '3-b',
      [
        ['monitor', 'Ban Thường vụ Tỉnh ủy', false, '3-b', 'Ban Thường vụ Tỉnh ủy'],
        ['lead', 'Ban Tuyên giáo Tỉnh ủy', true, '3', 'Ban Tuyên giáo Tỉnh ủy'],
        ['coordinate', 'Mặt trận Tổ quốc Việt Nam tỉnh', true, '3', 'Ủy ban MTTQ tỉnh'],
        ['coordinate', 'Các cơ quan liên quan', true, '3', 'các cơ quan liên quan'],
        ['report', 'Ban Tuyên giáo Tỉnh ủy', true, '3', 'Ban Tuyên giáo Tỉnh ủy'],
        ['monitor', 'Ban Tuyên giáo Tỉnh ủy', true, '3', 'Ban Tuyên giáo Tỉnh ủy'],
      ],
    ],
    // The opening paragraph, recipients and signature state no responsibility.
    ['p1', []],
    ['recipients', []],
  ])('clause %s', (anchor, expected) => {
    expect(rowsOf(anchor)).toEqual(expected);
  });

  it('qualifies every body by the document place and level', () => {
    const places = new Set(facts.map((f) => `${f.body.level} ${f.body.place}`));
    expect(places).toEqual(new Set(['province Rạch Giá']));
  });
});

/** A clause of document `documentId` built by hand: an article or an item under `parentId`. */
const clauseOf =
  (documentId: string) => (id: string, text: string, parentId: string | null, kind: 'article' | 'item') => ({
    id: `${documentId}~${id}`,
    documentId,
    anchor: id,
    label: id,
    kind,
    text,
    parentId: parentId && `${documentId}~${parentId}`,
    span: { start: 0, end: text.length },
  });

describe('an article titled after its holder', () => {
  // Luật ban hành VBQPPL drafting: `Điều N. Trách nhiệm của X` heads the list of X's tasks.
  const mk = clauseOf('nd');
  const articles = [
    mk('d5', 'Điều 5. Trách nhiệm của Bộ Xây dựng', null, 'article'),
    mk('d5-1', '1. Công bố giá vật liệu xây dựng định kỳ.', 'd5', 'item'),
    mk('d6', 'Điều 6. Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp tỉnh', null, 'article'),
    mk('d6-1', '1. Phê duyệt phương án bảo vệ cát, sỏi lòng sông chưa khai thác.', 'd6', 'item'),
  ] as unknown as Parameters<typeof extractResponsibilities>[0];
  const found = extractResponsibilities(articles, { place: null, issuer: null });

  it.each([
    ['d5', 'Bộ Xây dựng', false],
    ['d5-1', 'Bộ Xây dựng', true],
    ['d6-1', 'Ủy ban nhân dân', true],
  ])('%s is led by %s', (anchor, body, inherited) => {
    const lead = found.find((f) => f.clauseId === `nd~${anchor}` && f.role === 'lead');
    expect(lead?.body.name).toContain(body);
    expect(lead?.inherited).toBe(inherited);
  });
});

describe('an article titled by a body alone', () => {
  // The implementation chapter of a decree or circular gives each body its own article (NĐ 34/2024/NĐ-CP
  // Điều 21–29 `Điều 21. Bộ Giao thông vận tải`; TT 13/2026/TT-BQP `Điều 7. Binh chủng Hóa học`): the khoản
  // under it say only what to do. Excerpts of TT 13/2026/TT-BQP, and an article whose title only starts like a body.
  const mk = clauseOf('tt');
  const articles = [
    mk('d7', 'Điều 7. Binh chủng Hóa học', null, 'article'),
    mk(
      'd7-3',
      '3. Trong thời gian 30 ngày kể từ ngày Thông tư này có hiệu lực, chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai xây dựng danh mục hóa chất không được sử dụng trong sản phẩm, hàng hóa lưu thông trên thị trường thuộc phạm vi quản lý của Bộ Quốc phòng.',
      'd7',
      'item',
    ),
    mk('d3', 'Điều 3. Thanh tra lại', null, 'article'),
    mk('d3-1', '1. Chủ trì việc thanh tra lại khi phát hiện vi phạm.', 'd3', 'item'),
  ] as unknown as Parameters<typeof extractResponsibilities>[0];
  const found = extractResponsibilities(articles, { place: null, issuer: null });
  const leadOf = (anchor: string) => found.find((f) => f.clauseId === `tt~${anchor}` && f.role === 'lead');

  it('passes the body of the title to the khoản that name no subject', () => {
    expect(leadOf('d7')?.body.name).toBe('Binh chủng Hóa học');
    expect(leadOf('d7-3')?.body.name).toBe('Binh chủng Hóa học');
    expect(leadOf('d7-3')?.inherited).toBe(true);
  });

  it('names nobody when the title is not wholly a body name', () => {
    expect(leadOf('d3')).toBeUndefined();
    expect(leadOf('d3-1')).toBeUndefined();
  });
});

/** Leads and partners of each clause of a real text built into a tree: `anchor → [role: body]`. */
function rolesByAnchor(text: string, id: string): Map<string, string[]> {
  const cleaned = cleanText(text).clean.text;
  const tree = buildClauseTree({ documentId: id, cleanText: cleaned, documentLabel: id });
  const out = new Map<string, string[]>();
  for (const f of extractResponsibilities(tree, { place: 'Lào Cai', issuer: null })) {
    if (f.role !== 'lead' && f.role !== 'coordinate') continue;
    const anchor = f.clauseId.split('~')[1];
    out.set(anchor, [...(out.get(anchor) ?? []), `${f.role}: ${f.body.name}`]);
  }
  return out;
}

describe('roles given in labelled lines (Kế hoạch thực hiện Đề án 08 of a Sở, archive)', () => {
  // The `Đơn vị chủ trì: …; Đơn vị phối hợp: …` line closes a group of tasks and assigns all of them.
  const PLAN = `III. NHIỆM VỤ TRỌNG TÂM
3. Đảm bảo an ninh năng lượng và đẩy mạnh phát triển năng lượng sạch, năng lượng tái tạo
- Tham mưu đẩy nhanh tiến độ triển khai các dự án điện gió, điện mặt trời, điện sinh khối, điện rác đã được quy hoạch.
- Đôn đốc các cơ sở sử dụng năng lượng trọng điểm thực hiện kiểm toán năng lượng định kỳ.
Lãnh đạo phụ trách: Phó giám đốc Nguyễn Trường Giang.
Đơn vị chủ trì: Phòng Quản lý Năng lượng; Đơn vị phối hợp: Phòng Quản lý Công nghiệp.
4. Nâng cao năng lực khoa học công nghệ
- Tham mưu xây dựng bộ tiêu chí sàng lọc, thu hút dự án đầu tư có công nghệ tiên tiến.
Đơn vị chủ trì: Phòng Quản lý Công nghiệp; Đơn vị phối hợp: Phòng Quản lý Năng lượng, Văn phòng Sở.
`;
  const roles = rolesByAnchor(PLAN, 'kh');
  const tasks = [...roles.keys()].filter((a) => a.includes('-b'));

  it('reads the tree as a group per item', () => {
    expect(tasks.length).toBeGreaterThanOrEqual(3);
  });
  it.each([
    ['3', 'Phòng Quản lý Năng lượng', 'Phòng Quản lý Công nghiệp'],
    ['4', 'Phòng Quản lý Công nghiệp', 'Phòng Quản lý Năng lượng'],
  ])('every task of item %s: lead %s, partner %s', (item, lead, partner) => {
    const mine = tasks.filter((a) => a.split('-').includes(item));
    expect(mine.length).toBeGreaterThan(0);
    for (const a of mine) {
      expect(roles.get(a)).toContain(`lead: ${lead}`);
      expect(roles.get(a)).toContain(`coordinate: ${partner}`);
    }
  });
});

describe('an item titled after its holder (Nghị định 181/2024/NĐ-CP, Điều 18)', () => {
  const ARTICLE = `Điều 18. Trách nhiệm thi hành
1. Trách nhiệm của Bộ Công Thương
a) Chủ trì, hướng dẫn việc thực hiện các quy định pháp luật trong quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ;
2. Trách nhiệm của Bộ Công an
a) Tổ chức kiểm tra, cấp giấy chứng nhận đủ điều kiện về an ninh, trật tự; thẩm duyệt, kiểm tra, nghiệm thu về phòng cháy và chữa cháy đối với kho;
`;
  const roles = rolesByAnchor(ARTICLE, 'nd');
  it.each([
    ['Bộ Công Thương', 'Chủ trì, hướng dẫn'],
    ['Bộ Công an', 'cấp giấy chứng nhận'],
  ])('the point under `Trách nhiệm của %s` is led by it', (body) => {
    const points = [...roles.entries()].filter(([, r]) => r.includes(`lead: ${body}`));
    expect(points.length).toBeGreaterThanOrEqual(2);
  });
});

describe('bodies as an open class, and the closing of a Thông báo kết luận (UBND tỉnh Lào Cai, archive)', () => {
  // Real excerpts: an item headed by a body the lexicon names only in part, a body named in lowercase up to
  // its number, and the closing paragraphs after the last item of the Thông báo; then a body no lexicon
  // head names and a class of units addressed together, from the Giấy mời of the same meeting and a Chỉ thị.
  const NOTICE = `II. NHIỆM VỤ, GIẢI PHÁP TRỌNG TÂM VÀ PHÂN CÔNG TỔ CHỨC THỰC HIỆN
8. Các Ban Quản lý dự án đầu tư xây dựng
Ban Quản lý dự án đầu tư xây dựng số 1 đẩy nhanh tiến độ Dự án đường trục chính các Cụm công nghiệp Phú Thịnh.
9. Văn phòng Ủy ban nhân dân tỉnh
Theo dõi, đôn đốc các cơ quan, đơn vị, địa phương thực hiện Kết luận này; tổng hợp, báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả thực hiện.
Phát triển các cụm công nghiệp là nhiệm vụ quan trọng. Ủy ban nhân dân tỉnh yêu cầu Lãnh đạo các sở, ngành, các Ban Quản lý dự án và Ủy ban nhân dân các xã, phường nêu cao tinh thần trách nhiệm.
Trên đây là kết luận của đồng chí Chủ tịch Ủy ban nhân dân tỉnh tại cuộc họp về tình hình triển khai các cụm công nghiệp trên địa bàn tỉnh.
`;
  const OTHERS = `3. Công tác chuẩn bị:
- Viễn thông Lào Cai: chủ trì, phối hợp với các bộ phận liên quan của Văn phòng UBND tỉnh bảo đảm hệ thống đường truyền phục vụ cuộc họp.
- Ban Tuyên giáo và Dân vận Thành ủy chủ trì, phối hợp với các cơ quan, đơn vị có liên quan tổ chức tuyên truyền.
`;
  const rolesOf = (text: string, id: string) => {
    const roles = rolesByAnchor(text, id);
    const tree = buildClauseTree({ documentId: id, cleanText: cleanText(text).clean.text, documentLabel: id });
    return (start: string) => {
      const clause = tree.find((c) => c.text.replace(/^[-\d.\s]+/, '').startsWith(start));
      if (!clause) throw new Error(`no clause opens with ${start}`);
      return roles.get(clause.id.split('~')[1]) ?? [];
    };
  };
  const notice = rolesOf(NOTICE, 'tb');
  const others = rolesOf(OTHERS, 'gm');

  it.each<[string, string, string]>([
    ['notice', 'Các Ban Quản lý', 'lead: Các Ban Quản lý dự án đầu tư xây dựng'],
    ['notice', 'Ban Quản lý dự án đầu tư xây dựng số 1', 'lead: Ban Quản lý dự án đầu tư xây dựng số 1'],
    ['notice', 'Theo dõi, đôn đốc', 'lead: Văn phòng Ủy ban nhân dân tỉnh'],
    ['others', 'Viễn thông Lào Cai', 'lead: Viễn thông Lào Cai'],
    ['others', 'Ban Tuyên giáo và Dân vận', 'coordinate: Các cơ quan, đơn vị có liên quan'],
  ])('%s: the clause opening with `%s` has %s', (text, start, role) => {
    expect((text === 'notice' ? notice : others)(start)).toContain(role);
  });

  it.each([['Phát triển các cụm công nghiệp'], ['Trên đây là']])(
    'the closing paragraph `%s …` inherits no lead from the last item',
    (start) => {
      expect(notice(start)).not.toContain('lead: Văn phòng Ủy ban nhân dân tỉnh');
    },
  );
});

describe('the body that acts in letters, plans and decisions of the archive (dev documents outside the gold)', () => {
  // Real excerpts: a Kế hoạch whose lead-in paragraph assigns the numbered tasks after it (lowercase `phòng`), a
  // Công văn of the UBND office passing a request on after an opening phrase, and a Quyết định ủy quyền whose item
  // names the head of a body over its points.
  const cases: Array<[string, string, string, string]> = [
    [
      'kh',
      `III. TỔ CHỨC THỰC HIỆN
Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc:
1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan đến hoạt động VLNCN phù hợp với nội dung kiểm tra quy định tại Điều 9, Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.
2. Chuẩn bị các điều kiện cần thiết khác để tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan đến hoạt động VLNCN.
`,
      'Chuẩn bị các điều kiện',
      'lead: Phòng Quản lý Công nghiệp',
    ],
    [
      'vp',
      `3. Sở Công Thương chủ trì, phối hợp với các sở, ngành, địa phương liên quan báo cáo tổng hợp tình hình triển khai các khu công nghiệp, cụm công nghiệp trên địa bàn tỉnh.
Căn cứ nội dung trên, đề nghị Sở Công Thương, Ban Quản lý Khu kinh tế tỉnh phối hợp với các cơ quan, đơn vị liên quan triển khai thực hiện.
`,
      'Căn cứ nội dung trên',
      'lead: Ban Quản lý Khu kinh tế tỉnh',
    ],
    [
      'qd',
      `Điều 3. Tổ chức thực hiện
1. Việc thực hiện nhiệm vụ được ủy quyền phải tuân thủ quy định của pháp luật chuyên ngành có liên quan đến lĩnh vực được ủy quyền tại Quyết định này.
2. Giám đốc Sở Công Thương:
a) Thực hiện đúng nhiệm vụ, quyền hạn đã được ủy quyền và chịu trách nhiệm toàn diện trước pháp luật, trước UBND tỉnh, Chủ tịch UBND tỉnh về kết quả thực hiện.
d) Chịu trách nhiệm hướng dẫn, kiểm tra, theo dõi, đánh giá và xử lý theo thẩm quyền quy định đối với các vấn đề phát sinh khi thực hiện Quyết định này.
`,
      'Chịu trách nhiệm hướng dẫn',
      'lead: Sở Công Thương',
    ],
  ];
  it.each(cases)('%s: the clause opening with `%s` has %s', (id, text, start, role) => {
    const roles = rolesByAnchor(text, id);
    const tree = buildClauseTree({ documentId: id, cleanText: cleanText(text).clean.text, documentLabel: id });
    const clause = tree.find((c) => c.text.replace(/^[-\d.a-zđ)\s]+(?=[A-ZĐÂ-Ỹ])/u, '').startsWith(start));
    if (!clause) throw new Error(`no clause opens with ${start}`);
    const found = roles.get(clause.id.split('~')[1]) ?? [];
    expect(found).toContain(role);
  });
});

describe('the closing article names who executes a decision (QĐ of Sở Công Thương Lào Cai, archive dev)', () => {
  const DECISION = `QUYẾT ĐỊNH:
Điều 1. Công nhận kết quả huấn luyện, kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai cho ông Đặng Văn Thức.
Điều 2. Kết quả trên làm căn cứ để cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp.
Điều 3. Các ông (bà) Chánh Văn phòng, Trưởng phòng Quản lý công nghiệp - Sở Công Thương và ông Đặng Văn Thức căn cứ Quyết định thi hành. Quyết định có hiệu lực kể từ ngày ký./.
`;
  const roles = rolesByAnchor(DECISION, 'qd');
  it('leads Điều 3 with its three executors, and nothing else', () => {
    const led = [...roles.entries()].filter(([, r]) => r.some((x) => x.startsWith('lead:')));
    expect(led).toHaveLength(1);
    expect(led[0][1]).toEqual([
      'lead: Chánh Văn phòng',
      'lead: Trưởng phòng Quản lý công nghiệp - Sở Công Thương',
      'lead: ông Đặng Văn Thức',
    ]);
  });
});

describe('the letter frame names bodies that are given no task (NĐ 30/2020 layout, UBND tỉnh Lào Cai, archive dev)', () => {
  it('leaves the lines of a `Kính gửi:` block and the authority in capitals without a role', () => {
    const LETTER = `V/v tham mưu uỷ quyền thủ tục kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp Kính gửi:
- Sở Công Thương;
- Sở Tư pháp.
Giao Sở Công Thương chủ trì, phối hợp với Sở Tư pháp và các cơ quan có liên quan nghiên cứu, tham mưu Ủy ban nhân dân tỉnh việc uỷ quyền thực hiện thủ tục.
`;
    const roles = rolesByAnchor(LETTER, 'cv');
    const led = [...roles.values()].flat().filter((r) => r.startsWith('lead:'));
    expect(led).toEqual(['lead: Sở Công Thương']);
  });

  it('gives no role to the authority printed above a decision’s grounds', () => {
    const DECISION = `Về việc Ủy quyền cho Giám đốc Sở Công Thương thực hiện một số nhiệm vụ, quyền hạn của Ủy ban nhân dân tỉnh
ỦY BAN NHÂN DÂN TỈNH LÀO CAI
Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;
`;
    const roles = rolesByAnchor(DECISION, 'qd');
    expect([...roles.values()].flat()).toEqual([]);
  });
});

describe('the people a Biên bản lists under `Đại diện X` lead for X (archive dev Biên bản, two issuers)', () => {
  it.each<[string, string, string[]]>([
    [
      'yt',
      `A. THÀNH PHẦN ĐOÀN LÀM VIỆC
1. Đại diện Sở Công Thương Lào Cai
- Ông. Vũ Việt Linh - Chuyên viên phòng Quản lý Công nghiệp;
2. Đại diện UBND xã Yên Thành
- Ông. Triệu Vũ - Phó Chủ tịch xã
`,
      ['1: lead: Vũ Việt Linh', '2: lead: Triệu Vũ'],
    ],
    [
      'ln',
      `I. THÀNH PHẦN
2. Đại diện Sở Tài chính
Ông: Vũ Lân - Phó Giám đốc;
Bà: Ngô Việt Hà - Chuyên viên Phòng Đấu thầu, thẩm định và giám sát đầu tư.
`,
      ['I-2: lead: Vũ Lân', 'I-2: lead: Ngô Việt Hà'],
    ],
  ])('%s', (id, text, expected) => {
    const roles = rolesByAnchor(text, id);
    const found = [...roles.entries()].flatMap(([anchor, r]) => r.map((x) => `${anchor}: ${x}`));
    expect(found).toEqual(expected);
  });
});

describe('a letter asks its addressee to act by the short name it gives it (NĐ 30/2020 Công văn, archive dev letters of a Sở)', () => {
  const leadsOf = (text: string, id: string) => {
    const cleaned = cleanText(text).clean.text;
    const tree = buildClauseTree({ documentId: id, cleanText: cleaned, documentLabel: id });
    const out = new Map<string, string[]>();
    for (const f of extractResponsibilities(tree, { place: 'Lào Cai', issuer: 'Sở Công Thương' })) {
      if (f.role !== 'lead') continue;
      const anchor = f.clauseId.split('~')[1];
      out.set(anchor, [...(out.get(anchor) ?? []), `${f.inherited ? '^' : ''}${f.body.name}`]);
    }
    return out;
  };

  it('reads `đề nghị Công ty <verb>` and the lead-in `… đề nghị Công ty rà soát, … như sau:` as the addressee', () => {
    const LETTER = `UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: /SCT-CN
V/v hoàn thiện, bổ sung hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm
Kính gửi: Công ty cổ phần thương mại vận tải và tư vấn kỹ thuật.
Sở Công Thương tỉnh Lào Cai nhận được hồ sơ đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm của Công ty cổ phần thương mại vận tải và tư vấn kỹ thuật (sau đây gọi tắt là Công ty), kèm theo hồ sơ.
Sau khi nghiên cứu, đối chiếu với quy định tại Điều 15 Nghị định số 161/2024/NĐ-CP, Sở Công Thương nhận thấy hồ sơ còn một số nội dung chưa đầy đủ, chưa thống nhất, đề nghị Công ty rà soát, hoàn thiện, cụ thể như sau:
1. Về thiết bị chứa hàng hóa và phương tiện vận chuyển
- Loại phương tiện của cả 05 sơ mi rơ moóc là "Sơ mi rơ moóc tải chở container". Đề nghị Công ty nêu rõ Amoniac khan được chứa và vận chuyển bằng thiết bị nào.
- Rà soát, ghi chính xác tên khu công nghiệp nơi đặt Nhà máy sản xuất phân bón của Công ty Đạm Ninh Bình.
`;
    const leads = leadsOf(LETTER, 'nh3');
    const company = 'Công ty cổ phần thương mại vận tải và tư vấn kỹ thuật';
    expect(leads.get('p1')).toBeUndefined();
    expect(leads.get('p2')).toEqual([company]);
    expect(leads.get('1-b1')).toEqual([company]);
    expect(leads.get('1-b2')).toEqual([`^${company}`]);
  });

  it('reads the full name ending a lead-in and the short name after a fronted adverbial', () => {
    const LETTER = `UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
V/v đáp ứng quy chuẩn đối với kho bảo quản Vật liệu nổ công nghiệp
Kính gửi: Công ty cổ phần Mông Sơn
Phúc đáp Văn bản số 12/2026/CV-MS ngày 25/6/2026 của Công ty cổ phần Mông Sơn về việc báo cáo kết quả khắc phục các tồn tại kho chứa VLNCN.
Để việc bảo quản VLNCN theo quy định hiện hành, Sở Công Thương tỉnh Lào Cai đề nghị Công ty cổ phần Mông Sơn:
1. Chỉ đưa kho vào bảo quản, sử dụng vật liệu nổ công nghiệp khi đã hoàn thành đầy đủ các thủ tục pháp lý bắt buộc theo quy định.
2. Sau khi hoàn thiện, Công ty nộp lại hồ sơ về Sở Công Thương để có cơ sở thẩm định.
`;
    const leads = leadsOf(LETTER, 'ms');
    expect(leads.get('p1')).toBeUndefined();
    expect(leads.get('p2')).toEqual(['Công ty cổ phần Mông Sơn']);
    expect(leads.get('1')).toEqual(['^Công ty cổ phần Mông Sơn']);
    expect(leads.get('2')).toEqual(['Công ty cổ phần Mông Sơn']);
  });

  it('reads no ask in a kiến nghị to a superior, nor a short form in a folded verb (`bổ sung` is no `Bộ`)', () => {
    const LETTER = `ỦY BAN NHÂN DÂN
TỈNH LÀO CAI
Số: 3686 /UBND-XD
V/v đề xuất sớm tháo gỡ khó khăn, vướng mắc trong kiểm tra điều kiện an toàn PCCC.
Kính gửi: Bộ Xây dựng
Để tháo gỡ vướng mắc cho các doanh nghiệp, Uỷ ban nhân dân tỉnh Lào Cai báo cáo và đề nghị Bộ Xây dựng nội dung như sau:
1. Cục Đăng kiểm Việt Nam cho biết đang nghiên cứu, hoàn thiện hướng dẫn. Bổ sung quy định về kiểm tra điều kiện an toàn.
`;
    const leads = leadsOf(LETTER, 'bxd');
    expect([...leads.values()].flat()).not.toContain('Bộ Xây dựng');
    expect([...leads.values()].flat()).not.toContain('^Bộ Xây dựng');
  });
});
