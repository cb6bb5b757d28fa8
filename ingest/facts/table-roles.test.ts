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
