import { describe, expect, it } from 'vitest';
import type { ResponsibilityRole } from '../../core/types.ts';
import type { BodyContext } from './bodies.ts';
import { type Chain, clauseRoles } from './clause-roles.ts';

const PROVINCE: BodyContext = { place: 'Bình Phước', level: 'province', homeUnit: 'tỉnh' };
const CITY: BodyContext = { place: 'Cần Thơ', level: 'province', homeUnit: 'thành phố' };

type Row = [
  text: string,
  context: BodyContext,
  chain: Chain,
  stated: Array<[ResponsibilityRole, string]>,
  pending: ResponsibilityRole[],
];

/** `role name` pairs in the order the clause states them. */
function roles(text: string, context: BodyContext) {
  const r = clauseRoles(text, 0, context);
  return { chain: r.chain, stated: r.stated.map((s) => [s.role, s.body.name]), pending: r.pending };
}

describe('clauseRoles', () => {
  it.each<Row>([
    // lead: chủ trì, Giao X chủ trì, a body as subject.
    [
      '5- Ban Tuyên giáo Thành ủy chủ trì, phối hợp chặt chẽ với các đơn vị liên quan.',
      CITY,
      'own',
      [
        ['lead', 'Ban Tuyên giáo Thành ủy'],
        ['coordinate', 'Các đơn vị liên quan'],
      ],
      [],
    ],
    [
      '6. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với với Ban Cán sự Đảng UBND tỉnh và các cơ quan liên quan.',
      PROVINCE,
      'own',
      [
        ['lead', 'Ban Tuyên giáo Tỉnh ủy'],
        ['coordinate', 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
        ['coordinate', 'Các cơ quan liên quan'],
      ],
      [],
    ],
    [
      '4- Ủy ban Mặt trận Tổ quốc Việt Nam và các tổ chức chính trị - xã hội thành phố tiếp tục đẩy mạnh công tác tuyên truyền.',
      CITY,
      'own',
      [
        ['lead', 'Mặt trận Tổ quốc Việt Nam thành phố'],
        ['lead', 'Các tổ chức chính trị - xã hội thành phố'],
      ],
      [],
    ],
    [
      '5- Viện kiểm sát nhân dân, Tòa án nhân dân, Công an thành phố phối hợp chặt chẽ, đẩy nhanh tiến độ điều tra.',
      CITY,
      'own',
      [
        ['lead', 'Viện kiểm sát nhân dân thành phố'],
        ['lead', 'Tòa án nhân dân thành phố'],
        ['lead', 'Công an thành phố'],
      ],
      [],
    ],
    [
      '1- Các huyện uỷ, thị uỷ, thành uỷ, đảng uỷ trực thuộc Tỉnh uỷ xây dựng chương trình.',
      PROVINCE,
      'own',
      [
        ['lead', 'Các huyện ủy'],
        ['lead', 'Các thị ủy'],
        ['lead', 'Các thành ủy'],
        ['lead', 'Các đảng ủy trực thuộc Tỉnh ủy'],
      ],
      [],
    ],
    [
      'Đề nghị Ủy ban MTTQ tỉnh tổ chức các phong trào thi đua.',
      PROVINCE,
      'own',
      [['lead', 'Mặt trận Tổ quốc Việt Nam tỉnh']],
      [],
    ],
    // lead + direct: X lãnh đạo Y chỉ đạo ...
    [
      '3- Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo Ủy ban nhân dân thành phố chỉ đạo các sở, ban, ngành, địa phương xây dựng kế hoạch, tập trung các nhiệm vụ trọng tâm sau:',
      CITY,
      'own',
      [
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân thành phố'],
        ['direct', 'Ủy ban nhân dân thành phố'],
        ['implement', 'Các sở, ban, ngành'],
      ],
      [],
    ],
    [
      '2- Ban Cán sự đảng Ưỷ ban nhân dân tỉnh lãnh đạo ưỷ ban nhân dân tỉnh xây dựng chương trình; chỉ đạo các sở, ngành, địa phương cụ thể hoá Nghị quyết.',
      PROVINCE,
      'own',
      [
        ['lead', 'Ban cán sự đảng Ủy ban nhân dân tỉnh'],
        ['direct', 'Ủy ban nhân dân tỉnh'],
      ],
      [],
    ],
    // lead + implement: X lãnh đạo Y <verb>; X chỉ đạo Z <verb>.
    [
      '2. Đảng đoàn HĐND thành phố lãnh đạo HĐND thành phố xem xét, phân bổ ngân sách hàng năm.',
      CITY,
      'own',
      [
        ['lead', 'Đảng đoàn Hội đồng nhân dân thành phố'],
        ['implement', 'Hội đồng nhân dân thành phố'],
      ],
      [],
    ],
    [
      '5. Ban Tuyên giáo Thành ủy chỉ đạo các cơ quan báo chí thành phố quán triệt nội dung Chương trình; tham mưu Thành ủy định kỳ sơ kết.',
      CITY,
      'own',
      [
        ['lead', 'Ban Tuyên giáo Thành ủy'],
        ['implement', 'Các cơ quan báo chí thành phố'],
        ['advise', 'Ban Tuyên giáo Thành ủy'],
      ],
      [],
    ],
    // implement: the addressee of an item under a lead-in.
    [
      '2.5. Chỉ đạo Sở Tài chính tham mưu bố trí ngân sách hằng năm.',
      PROVINCE,
      'directed',
      [
        ['implement', 'Sở Tài chính'],
        ['advise', 'Sở Tài chính'],
      ],
      [],
    ],
    [
      '2.3. Chỉ đạo Sở KH&CN tạo điều kiện cho các hoạt động nghiên cứu.',
      PROVINCE,
      'directed',
      [['implement', 'Sở Khoa học và Công nghệ']],
      [],
    ],
    // An implementer that leads the work among others.
    [
      'Chỉ đạo Sở Xây dựng chủ trì, phối hợp với Sở Tài chính rà soát quy hoạch.',
      PROVINCE,
      'directed',
      [
        ['implement', 'Sở Xây dựng'],
        ['lead', 'Sở Xây dựng'],
        ['coordinate', 'Sở Tài chính'],
      ],
      [],
    ],
    // coordinate, opening an item whose actor is inherited.
    [
      'Phối hợp với Ban Cán sự đảng Uỷ ban nhân dân tỉnh theo dõi, kiểm tra, đôn đốc việc thực hiện; tham mun Tỉnh uỷ tổ chức sơ kết.',
      PROVINCE,
      'none',
      [['coordinate', 'Ban cán sự đảng Ủy ban nhân dân tỉnh']],
      ['advise', 'monitor'],
    ],
    // OCR `phối họp` is still coordination.
    [
      'Sở TN&MT chủ trì, phối họp với Sở Tài chính thực hiện.',
      PROVINCE,
      'own',
      [
        ['lead', 'Sở Tài nguyên và Môi trường'],
        ['coordinate', 'Sở Tài chính'],
      ],
      [],
    ],
    // monitor: theo dõi, kiểm tra, đôn đốc; giám sát.
    [
      '3. Đảng đoàn Hội đồng Nhân dân tỉnh chỉ đạo giám sát việc thi hành Luật Bảo vệ Môi trường năm 2014.',
      PROVINCE,
      'own',
      [
        ['lead', 'Đảng đoàn Hội đồng nhân dân tỉnh'],
        ['monitor', 'Đảng đoàn Hội đồng nhân dân tỉnh'],
      ],
      [],
    ],
    ['Tăng cường công tác thanh tra, kiểm tra, giám sát; xử lý nghiêm các vi phạm.', PROVINCE, 'none', [], ['monitor']],
    // `Ủy ban kiểm tra` is a body, not a verb of monitoring.
    ['6- Ủy ban kiểm tra Thành ủy chủ trì xây dựng kế hoạch.', CITY, 'own', [['lead', 'Ủy ban Kiểm tra Thành ủy']], []],
    // report: the actor reports; the body reported to follows up.
    [
      '7- Giao Đảng ủy Công an thành phố chủ trì, phối hợp với Đảng ủy UBND thành phố theo dõi, kiểm tra, đôn đốc việc thực hiện Chỉ thị này; định kỳ báo cáo kết quả về Ban Thường vụ Thành ủy theo dõi, chỉ đạo.',
      CITY,
      'own',
      [
        ['lead', 'Đảng ủy Công an thành phố'],
        ['coordinate', 'Đảng ủy Ủy ban nhân dân thành phố'],
        ['report', 'Đảng ủy Công an thành phố'],
        ['monitor', 'Ban Thường vụ Thành ủy'],
        ['monitor', 'Đảng ủy Công an thành phố'],
      ],
      [],
    ],
    [
      'Hàng năm báo cáo tình hình thực hiện về Ban Thường vụ Tỉnh ủy và Trung ương.',
      PROVINCE,
      'none',
      [
        ['monitor', 'Ban Thường vụ Tỉnh ủy'],
        ['monitor', 'Trung ương'],
      ],
      ['report'],
    ],
    [
      'Định kỳ báo cáo Ban Thường vụ Thành ủy kết quả thực hiện.',
      CITY,
      'none',
      [['monitor', 'Ban Thường vụ Thành ủy']],
      ['report'],
    ],
    // `báo cáo đánh giá tác động môi trường` is a document, not a duty to report.
    ['Thường xuyên rà soát các báo cáo đánh giá tác động môi trường.', PROVINCE, 'none', [], []],
    // No body at the start, none stated.
    ['3.4. Kiểm soát chặt chẽ hoạt động khai thác cát trên sông Hậu.', CITY, 'none', [], []],
    ['Phát huy vai trò lãnh đạo, chỉ đạo của các cấp ủy Đảng, sự quản lý của chính quyền.', CITY, 'none', [], []],
    // Bodies as an open class (archive): a name no lexicon head knows before a lead verb; the agent of a passive
    // assignment in a decree; but a heading opening with a head and lowercase words is a task, not a body.
    [
      '- Viễn thông Lào Cai: chủ trì, phối hợp với các bộ phận liên quan của Văn phòng UBND tỉnh bảo đảm hệ thống đường truyền.',
      PROVINCE,
      'own',
      [
        ['lead', 'Viễn thông Lào Cai'],
        ['coordinate', 'Các bộ phận liên quan'],
      ],
      [],
    ],
    [
      'a) Việc kiểm tra, cấp giấy chứng nhận huấn luyện kỹ thuật an toàn quy định tại khoản 1 Điều 6 Nghị định số 181/2024/NĐ-CP do Ủy ban nhân dân cấp tỉnh thực hiện.',
      PROVINCE,
      'own',
      [
        ['lead', 'Ủy ban nhân dân tỉnh'],
        ['monitor', 'Ủy ban nhân dân tỉnh'],
      ],
      [],
    ],
    ['4. Tổ chức thực hiện', PROVINCE, 'none', [], []],
    ['2. Phòng cháy và chữa cháy', PROVINCE, 'none', [], []],
  ])('%s', (text, context, chain, stated, pending) => {
    expect(roles(text, context)).toEqual({ chain, stated, pending });
  });

  it('spans point at the body words, offset into the document', () => {
    const text = '6. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với BCS đảng UBND tỉnh.';
    const [lead, coordinate] = clauseRoles(text, 100, PROVINCE).stated;
    expect(lead.span).toEqual({ start: 108, end: 130 });
    expect(text.slice(lead.span.start - 100, lead.span.end - 100)).toBe('Ban Tuyên giáo Tỉnh ủy');
    expect(coordinate.bodyText).toBe('BCS đảng UBND tỉnh');
    expect(text.slice(coordinate.span.start - 100, coordinate.span.end - 100)).toBe('BCS đảng UBND tỉnh');
  });
});

describe('the addressee of a request acts (Công văn of the archive, dev documents outside the gold)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    // The writer asks; the body asked does the work.
    [
      'Sở Công Thương đề nghị Bộ chỉ huy quân sự tỉnh Lào Cai nghiên cứu, tổng hợp./.',
      [['lead', 'Bộ Chỉ huy Quân sự tỉnh']],
    ],
    [
      'Ủy ban nhân dân tỉnh Lào Cai trân trọng đề nghị Bộ Xây dựng quan tâm, sớm xem xét, chỉ đạo giải quyết./.',
      [['lead', 'Bộ Xây dựng']],
    ],
    [
      '(iii). Trong thời gian chờ các văn bản quy phạm pháp luật được sửa đổi, bổ sung, đề nghị Bộ Xây dựng có ý kiến chỉ đạo các cơ quan đăng kiểm địa phương.',
      [['lead', 'Bộ Xây dựng']],
    ],
    ['Sở Công Thương kính đề nghị UBND tỉnh xem xét, chỉ đạo./.', [['lead', 'Ủy ban nhân dân tỉnh']]],
    // A later segment asks another body; the head of an office stands for the office.
    [
      'Phòng Quản lý Công nghiệp cơ bản nhất trí với chủ trương đầu tư dự án; đề nghị Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp./.',
      [['lead', 'Phòng Kế hoạch - Tổng hợp']],
    ],
    [
      'Chánh Văn phòng Ủy ban nhân dân tỉnh chịu trách nhiệm thi hành Quyết định này.',
      [['lead', 'Văn phòng Ủy ban nhân dân tỉnh']],
    ],
    // A request cited as the basis, a class addressed as a whole, a file `đề nghị` names no actor.
    ['Theo đề nghị của Giám đốc Sở Công Thương tại Tờ trình số 2205/TTr-SCT ngày 28 tháng 10 năm 2025,', []],
    [
      'Xét đề nghị của Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai - VIMICO tại Văn bản số 1230/MĐV-ATMT ngày 20/5/2026.',
      [],
    ],
    [
      'Để triển khai thực hiện có hiệu quả công tác bảo vệ môi trường, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền tập trung thực hiện tốt các nội dung sau:',
      [],
    ],
  ])('%s', (text, expected) => {
    const leads = roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead');
    // The body asked is among the leads (the writer's own name may be cut short: see compoundEnd); none when none is asked.
    if (expected.length) expect(leads).toEqual(expect.arrayContaining(expected));
    else expect(leads).toEqual([]);
  });
});

describe('clauseRoles: the writer narrating of itself is given no task', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    // A Công văn opens with what its writer received (NĐ 30/2020): no lead.
    [
      'Ủy ban nhân dân tỉnh Lào Cai nhận được phản ánh của các doanh nghiệp về những khó khăn, vướng mắc trong việc kiểm tra điều kiện an toàn về phòng cháy, chữa cháy.',
      [],
    ],
    [
      'Uỷ ban nhân dân tỉnh nhận được Văn bản số 2265/BCT-ATMT ngày 02/4/2026 của Bộ Công Thương về việc triển khai thực hiện thủ tục cấp Giấy phép; việc này, Chủ tịch UBND tỉnh có ý kiến như sau:',
      [],
    ],
    // An opinion, then a body asked to act: only the one asked leads.
    [
      'Sở Công Thương cơ bản nhất trí với chủ trương đầu tư dự án; đề nghị Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp./.',
      [['lead', 'Phòng Kế hoạch - Tổng hợp']],
    ],
    // A negation: the body declines the task.
    ['- Sở Công Thương không chịu trách nhiệm về tính chính xác của các thông số kỹ thuật.', []],
    // Still a task: the body acts (`có văn bản đề xuất`, `tiếp nhận hồ sơ`).
    [
      'a) Ủy ban nhân dân cấp xã có văn bản đề xuất điều chỉnh phương án phát triển cụm công nghiệp trên địa bàn, gửi Sở Công Thương.',
      [['lead', 'Ủy ban nhân dân xã']],
    ],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead')).toEqual(stated);
  });
});

describe('clauseRoles: the subject after a fronted adverbial (`Căn cứ …, X …`, `Trong thời hạn …, X …`)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    // The closing line of a Công văn of UBND tỉnh Lào Cai (2496/UBND-KT) and of another of its letters (archive dev).
    ['Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./.', [['lead', 'Sở Công Thương']]],
    [
      'Căn cứ ý kiến chỉ đạo trên, Sở Công Thương và các đơn vị liên quan triển khai thực hiện./.',
      [
        ['lead', 'Sở Công Thương'],
        ['lead', 'Các đơn vị liên quan'],
      ],
    ],
    // A Cục's guidance letter (1178/ĐCK-CTT) and a procedure of a Nghị quyết of the Government (24/2026/NQ-CP).
    [
      'Vì vậy, Ủy ban nhân dân cấp tỉnh quyết định thực hiện nội dung trên cho phù hợp điều kiện thực tế của địa phương, đảm bảo hiệu quả sử dụng đất trên địa bàn.',
      [['lead', 'Ủy ban nhân dân tỉnh']],
    ],
    [
      'b) Trong thời hạn 03 ngày làm việc, kể từ khi nhận đủ hồ sơ, Ủy ban nhân dân cấp tỉnh có văn bản kèm theo hồ sơ của tổ chức, cá nhân gửi Bộ Quốc phòng, Bộ Công an;',
      [['lead', 'Ủy ban nhân dân tỉnh']],
    ],
    // Not a subject: the date opens a narration of what the writer received; a passive; the writer asking a class.
    [
      'Ngày 03 tháng 7 năm 2025, Cục Đổi mới sáng tạo, chuyển đổi xanh và Khuyến công (Cục ĐCK) nhận được Công văn số 212/SCT-QLCN ngày 03 tháng 7 năm 2025 của Sở Công Thương tỉnh Lào Cai.',
      [],
    ],
    ['Đến ngày 12/6/2026, Sở Xây dựng có Văn bản số 3480/SXD-QLHĐXD phúc đáp Sở Công Thương.', []],
    [
      'a) Hồ sơ đề nghị công nhận liệt sĩ đối với Người khi hy sinh không thuộc Quân đội, Công an được thực hiện theo quy định.',
      [],
    ],
    [
      'Thực hiện ý kiến chỉ đạo của Lãnh đạo UBND tỉnh về việc tổ chức làm việc với các cơ quan, đơn vị về tình hình triển khai các khu công nghiệp, Văn phòng UBND tỉnh đề nghị các cơ quan, đơn vị báo cáo các nội dung sau:',
      [],
    ],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead')).toEqual(stated);
  });
});

describe('clauseRoles: the writer stating its own act after a fronted adverbial is given no task', () => {
  // A Kế hoạch of Sở Công Thương and a Công văn of Cục Hóa chất (archive dev): the issuer narrates what it does.
  it.each<[string, string, Array<[ResponsibilityRole, string]>]>([
    [
      'Sở Công Thương',
      'Sau khi xem xét, đối chiếu với các quy định hiện hành, Sở Công Thương xây dựng Kế hoạch kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, cụ thể như sau:',
      [],
    ],
    [
      'Cục Hóa chất',
      'Bằng văn bản này, Cục Hóa chất thông báo dừng xử lý và trả lại hồ sơ đề nghị cấp Giấy phép vận chuyển hàng nguy hiểm.',
      [],
    ],
    // Another body after the same opening still leads.
    [
      'Ủy ban nhân dân tỉnh Lào Cai',
      'Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện./.',
      [['lead', 'Sở Công Thương']],
    ],
  ])('issuer %s: %s', (issuer, text, stated) => {
    const context: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh', issuer };
    expect(roles(text, context).stated.filter(([role]) => role === 'lead')).toEqual(stated);
  });
});

describe('clauseRoles: a letter closing `X thông báo / phúc đáp để Y biết và thực hiện` hands the matter to Y', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  // Closing lines of a Công văn of Sở Công Thương Lào Cai and of Cục Hóa chất (archive dev, NĐ 30/2020 formula).
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    [
      'Sở Công Thương phúc đáp để Công ty cổ phần Mông Sơn biết và thực hiện./.',
      [['lead', 'Công ty cổ phần Mông Sơn']],
    ],
    ['Cục Hóa chất thông báo đến Công ty để biết và thực hiện./.', [['lead', 'Công ty']]],
    // Without `để` (a Thông báo of Sở Công Thương Lào Cai, outside every gold): the units told act, not the writer.
    [
      'Sở Công Thương Lào Cai thông báo cho Công ty cổ phần Mông Sơn được biết và thực hiện./.',
      [['lead', 'Công ty cổ phần Mông Sơn']],
    ],
    ['Sở Công Thương Lào Cai thông báo cho các đơn vị được biết và thực hiện./.', []],
    // Not the formula: the writer informs of something (`thông báo kết quả … cho …`) and keeps its act.
    ['Sở Công Thương thông báo kết quả kiểm tra cho Công ty.', [['lead', 'Sở Công Thương']]],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead')).toEqual(stated);
  });
});

describe('clauseRoles: a body named to where the genre ends its name (#14, #13 bodies as an open class)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  // Lines of archive plans, notices and a licence of Lào Cai bodies (dev); NĐ 30/2020 capitalizes a name's first
  // syllable only, NĐ 45/2025 joins parts with a comma, Luật Tổ chức chính quyền địa phương lists units.
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    ['- Phòng Quản lý công nghiệp (chủ trì thực hiện);', [['lead', 'Phòng Quản lý công nghiệp']]],
    [
      '- Sau khi hoàn thành thi công, đưa các hạng mục nêu trên vào khai thác sử dụng, Công ty Cổ phần đầu tư xây dựng hạ tầng và giao thông có trách nhiệm tổ chức dỡ bỏ toàn bộ công trình kho VLNCN.',
      [['lead', 'Công ty Cổ phần đầu tư xây dựng hạ tầng và giao thông']],
    ],
    [
      '5. UBND các xã, phường có cụm công nghiệp do cấp xã quản lý: khẩn trương rà soát, hoàn thiện thủ tục thành lập.',
      [['lead', 'Ủy ban nhân dân các xã, phường']],
    ],
    [
      '7. Giao Sở Công Thương chủ trì, phối hợp với các sở, ngành, UBND các xã, phường liên quan tiếp tục theo dõi, kiểm tra, đôn đốc tiến độ.',
      [
        ['lead', 'Sở Công Thương'],
        ['coordinate', 'Các sở, ban, ngành'],
        ['coordinate', 'Ủy ban nhân dân các xã, phường'],
      ],
    ],
    [
      'Phòng Kinh tế, Hạ tầng và Đô thị chủ trì, phối hợp với các đơn vị liên quan.',
      [
        ['lead', 'Phòng Kinh tế, Hạ tầng và Đô thị'],
        ['coordinate', 'Các đơn vị liên quan'],
      ],
    ],
    ['Nhiệm vụ kiểm tra an toàn hóa chất được giao cho Sở Công Thương.', [['lead', 'Sở Công Thương']]],
    // A modal before the cue is no part of the actor's name (khoản 3 Điều 4 Nghị định 207/2026/NĐ-CP).
    [
      'Nhà thầu chính phải chịu trách nhiệm trước chủ đầu tư về các công việc do nhà thầu phụ thực hiện.',
      [['lead', 'Nhà thầu chính']],
    ],
    // A licence and letters of Sở Công Thương Lào Cai outside every gold (checked by hand before running).
    [
      '1. Để đảm bảo an toàn giao thông, Công ty TNHH MTV Duy Hiếu phải chịu trách nhiệm về chi phí và việc tổ chức thực hiện biện pháp tổ chức giao thông.',
      [['lead', 'Công ty TNHH MTV Duy Hiếu']],
    ],
    [
      'Sở Công Thương đề nghị Công ty cổ phần Xây dựng và Cơ giới Vạn Thắng khẩn trương thực hiện các nội dung sau:',
      [['lead', 'Công ty cổ phần Xây dựng và Cơ giới Vạn Thắng']],
    ],
    // A bare head before an adverb names the company told, not a company `kịp thời` (a reply of Sở Công Thương, dev).
    [
      '- Trong quá trình thực hiện, nếu phát sinh khó khăn, vướng mắc, đề nghị Công ty kịp thời báo cáo về Sở Công Thương để được hướng dẫn.',
      [],
    ],
    [
      'Đề nghị các đơn vị hoạt động hóa chất trên địa bàn tỉnh nghiên cứu, nắm rõ và thực hiện đúng các quy định của Luật Hóa chất số 69/2025/QH15.',
      [['lead', 'Các đơn vị hoạt động hóa chất trên địa bàn tỉnh']],
    ],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead' || role === 'coordinate')).toEqual(stated);
  });
});

describe('clauseRoles: a name runs on past `và` and ends where the genre ends it (#14, archive files outside every gold)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  // Lines of a Thông tư of Bộ Công Thương, a Quyết định and an internal Công văn of Lào Cai, read by hand before running.
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    // The part after `và` closes the name and may run on in lowercase (NĐ 30/2020 capitalizes its first syllable only).
    ['Cục Kỹ thuật an toàn và Môi trường công nghiệp', [['lead', 'Cục Kỹ thuật an toàn và Môi trường công nghiệp']]],
    // `số` ends a name before a numeral only: `Kinh tế số` is a field.
    [
      '4. Cục Thương mại điện tử và Kinh tế số chủ trì, phối hợp với các cơ quan có liên quan vận hành Cơ sở dữ liệu;',
      [
        ['lead', 'Cục Thương mại điện tử và Kinh tế số'],
        ['coordinate', 'Các cơ quan có liên quan'],
      ],
    ],
    // `và` before another body's head joins two bodies, not two parts of one name.
    [
      '- Ban Quản lý Khu kinh tế và Sở Công Thương có trách nhiệm giám sát thực hiện dự án.',
      [
        ['lead', 'Ban Quản lý Khu kinh tế'],
        ['lead', 'Sở Công Thương'],
      ],
    ],
    // The writer's own stance (`… cơ bản nhất trí với …`) ends its lowercase name: the body asked next acts.
    [
      'Phòng Quản lý công nghiệp cơ bản nhất trí với chủ trương đầu tư dự án; đề nghị Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp./.',
      [['lead', 'Phòng Kế hoạch - Tổng hợp']],
    ],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead' || role === 'coordinate')).toEqual(stated);
  });
});

describe('clauseRoles: the agent of a passive (`… do X <verb>`) carries the task out (#14)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  // A Kế hoạch kiểm tra of an inspection team (an archive file outside every gold); `do X ban hành`, `do X giao` (authorship) stay unread.
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    [
      '5.2. Phương tiện cho hoạt động kiểm tra: Xe ô tô 7 chỗ do Văn phòng Sở Công Thương tỉnh Lào Cai bố trí.',
      [['lead', 'Văn phòng Sở Công Thương tỉnh']],
    ],
    ['Hồ sơ do Sở Tài chính tiếp nhận và xử lý.', [['lead', 'Sở Tài chính']]],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead' || role === 'coordinate')).toEqual(stated);
  });
});

describe('clauseRoles: an actor named by its role before `có trách nhiệm` leads (#14, actor-heads.json)', () => {
  const LAO_CAI: BodyContext = { place: 'Lào Cai', level: 'province', homeUnit: 'tỉnh' };
  // A Thông tư and a Nghị định of the archive (dev documents outside every gold): their actors are role nouns in lowercase.
  it.each<[string, Array<[ResponsibilityRole, string]>]>([
    [
      'Hội đồng thẩm định có trách nhiệm thẩm định trong thời hạn 20 (hai mươi) ngày làm việc kể từ ngày nhận được đầy đủ hồ sơ hợp lệ.',
      [['lead', 'Hội đồng thẩm định']],
    ],
    [
      'a) Khi kết thúc công tác thẩm định, cơ quan chuyên môn về xây dựng có trách nhiệm lưu trữ, bảo quản một số tài liệu gồm: Tờ trình thẩm định;',
      [['lead', 'Cơ quan chuyên môn về xây dựng']],
    ],
  ])('%s', (text, stated) => {
    expect(roles(text, LAO_CAI).stated.filter(([role]) => role === 'lead')).toEqual(stated);
  });
  it('not the role noun alone (`Cơ quan chủ trì quyết định …`) nor a passive', () => {
    expect(roles('Cơ quan chủ trì quyết định hoặc phối hợp.', LAO_CAI).stated).toEqual([]);
    expect(roles('Đơn vị được giao chủ trì tổ chức thực hiện.', LAO_CAI).stated).toEqual([]);
  });
});
