import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractResponsibilities } from './responsibilities.ts';

/** `role: body` of the clause whose text holds `words`. */
function rolesOf(text: string, words: string): string[] {
  const clean = cleanText(text).clean.text;
  const clauses = buildClauseTree({ documentId: 't', cleanText: clean, documentLabel: 't' });
  const clause = clauses.find((c) => c.text.includes(words));
  if (!clause) throw new Error(`no clause holds ${words}`);
  return extractResponsibilities(clauses, { place: 'Lào Cai', issuer: null })
    .filter((f) => f.clauseId === clause.id && (f.role === 'lead' || f.role === 'coordinate'))
    .map((f) => `${f.role}: ${f.body.name}`);
}

describe('task tables: the column header says the role (real tables of the archive as pipe rows)', () => {
  // Quy trình nội bộ giải quyết TTHC hàng hóa nguy hiểm (Sở Công Thương Lào Cai): steps, work, who, time.
  const PROCEDURE = `I. TTHC CÓ THỜI GIAN GIẢI QUYẾT 05 NGÀY LÀM VIỆC
| Thứ tự các bước | Nội dung công việc | Đơn vị/cá nhân thực hiện | Thời gian thực hiện |
| Bước 3 | Thụ lý và soát xét hồ sơ. Trường hợp hồ sơ đáp ứng yêu cầu: Tiến hành thẩm định. | Công chức phòng QLCN | 2 ngày |
| Bước 5 | Xem xét ký Tờ trình, dự thảo kết quả TTHC và các hồ sơ kèm theo trình UBND tỉnh | Lãnh đạo Sở | 4 giờ |
`;
  // A task table in the shape of NĐ 30/2020 plans (Kế hoạch of the Sở Công Thương): lead and partner columns.
  const PLAN = `II. NHIỆM VỤ
| TT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
| 1 | Rà soát, tổng hợp danh mục cơ sở hóa chất trên địa bàn tỉnh | Sở Công Thương | Sở Tài chính; Công an tỉnh | Quý II/2026 |
`;
  it.each([
    [PROCEDURE, 'Thụ lý và soát xét', ['lead: Công chức phòng QLCN']],
    [PROCEDURE, 'Xem xét ký Tờ trình', ['lead: Lãnh đạo Sở']],
    [PLAN, 'Rà soát, tổng hợp', ['lead: Sở Công Thương', 'coordinate: Sở Tài chính', 'coordinate: Công an tỉnh']],
  ])('%#: the row of `%s` has %j', (text, words, expected) => {
    expect(rolesOf(text, words)).toEqual(expect.arrayContaining(expected));
  });

  it('a header row states no role', () => {
    expect(rolesOf(PLAN, 'Cơ quan chủ trì')).toEqual([]);
  });
});

describe('a task table attached after the signature (HD 36 / NĐ 30/2020: `(Kèm theo Kế hoạch số …)`)', () => {
  // The end of a Sở Công Thương plan (archive KH-3957, 2026) as the DOCX loader writes it: the signature, then the
  // attached assignment table whose cells list officers, one per paragraph.
  const PLAN_END = `III. TỔ CHỨC THỰC HIỆN
Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan.
Nơi nhận:
- Ban Giám đốc Sở;
- Lưu: VT, CN(Linh).
KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hoàng Văn Thuân
PHÂN CÔNG NHIỆM VỤ CỦA TỔ CÔNG TÁC KIỂM TRA, CẤP GIẤY CHỨNG NHẬN HUẤN LUYỆN KỸ THUẬT AN TOÀN VLNCN
(Kèm theo Kế hoạch số          /KH-SCT ngày     /7/2026 của Sở Công Thương)
| TT | Nhiệm vụ thực hiện | Người thực hiện | Ghi chú |
|  | Xây dựng bài kiểm tra, đáp án | Đỗ Mạnh Cường; Vũ Việt Linh |  |
|  | Tổ chức chấm bài | Vũ Việt Linh |  |
`;

  it('reads the rows, not the signature, and keeps the officers’ names as written', () => {
    expect(rolesOf(PLAN_END, 'Xây dựng bài kiểm tra')).toEqual(['lead: Đỗ Mạnh Cường', 'lead: Vũ Việt Linh']);
    expect(rolesOf(PLAN_END, 'Tổ chức chấm bài')).toEqual(['lead: Vũ Việt Linh']);
  });

  it('opens the attached text at its title, leaving the signer in the signature', () => {
    const clean = cleanText(PLAN_END).clean.text;
    const clauses = buildClauseTree({ documentId: 't', cleanText: clean, documentLabel: '12/KH-SCT' });
    const signature = clauses.find((c) => c.kind === 'signature');
    const attached = clauses.find((c) => c.kind === 'attachment');
    expect(signature?.text).toContain('Hoàng Văn Thuân');
    expect(signature?.text).not.toContain('PHÂN CÔNG');
    expect(attached?.text).toMatch(/^PHÂN CÔNG NHIỆM VỤ/);
    const row = clauses.find((c) => c.text.includes('Tổ chức chấm bài'));
    expect(row?.parentId).toBe(attached?.id);
    expect(row?.label).toMatch(/^12\/KH-SCT, Phân công nhiệm vụ của tổ công tác .* kèm theo, đoạn \d+$/);
  });

  it('labels a numbered appendix `Phụ lục II, mục 3`', () => {
    const text = `${PLAN_END.split('PHÂN CÔNG')[0]}PHỤ LỤC II
DANH MỤC NHIỆM VỤ
(Kèm theo Kế hoạch số 12/KH-SCT)
1. Rà soát cơ sở.
2. Kiểm tra kho.
3. Tổng hợp báo cáo.
`;
    const clauses = buildClauseTree({
      documentId: 't',
      cleanText: cleanText(text).clean.text,
      documentLabel: '12/KH-SCT',
    });
    expect(clauses.find((c) => c.text.startsWith('3. Tổng hợp'))?.label).toBe('12/KH-SCT, Phụ lục II, mục 3');
  });
});
