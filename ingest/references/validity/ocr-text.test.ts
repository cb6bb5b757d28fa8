/**
 * Regression: the closing articles of a decree as tesseract (vie) read its scan (excerpt of a real dev-split OCR
 * text of the archive): the cited decree's sign has its dash read as dots (`105/2025/NĐ.. CP`) and a point's
 * marker is read as `©)`. Each change still reaches the decree it changes.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse-document.ts';

const text = `CHÍNH PHỦ
Số: 217/2026/NĐ-CP
NGHỊ ĐỊNH
Quy định chi tiết một số nội dung về quản lý hoạt động xây dựng

Điều 74. Sửa đổi, bỗ sung, bãi bỏ một số điều của Nghị định số
105/2025/NĐ.. CP ngày 15 tháng 5 năm 2025 của Chính phủ quy định chỉ
tiết một số điều và biện pháp thi hành Luật Phòng cháy, chữa cháy và cứu
nạn, cứu hộ

1. Bãi bỏ khoản 3 Điều 44.
Điều 75. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.

2. Bãi bỏ một số điều, khoản của các Nghị định sau đây:

a) Điều 30, khoản 2 Điều 33 Nghị định 67/2026/NĐ-CP ngày 04 tháng 3
năm 2026 của Chính phủ quy định chỉ tiết và biện pháp thi hành về thiết kế kỹ
thuật tổng thể của dự án đầu tư xây dựng tuyến đường sắt quốc gia;

b) Điều 4, 5, 6 và 7, khoản 3 Điều 29 Nghị định số 140/2025/NĐ-CP
ngày 12 tháng 6 năm 2025 của Chính phủ quy định về phân định thâm quyền
của chính quyền địa phương 02 cấp trong lĩnh vực quản lý nhà nước của Bộ
Xây dựng;
77

©) Khoản 1 Điều 4, Điều 10, Điều 11, Phụ lục II ban hành kèm theo Nghị
định số 144/2025/NĐ- CP ngày 12 tháng 6 năm 2025 của Chính phủ quy định
về phân quyền, phân cấp trong lĩnh vực quản lý nhà nước của Bộ Xây dựng;
`;

describe('closing articles read by OCR', () => {
  const doc = parseDocument(text, { documentId: 'x', sourceName: 'x.txt' });
  const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  const repeals = (doc.validity?.links ?? [])
    .filter((l) => l.relation === 'repeals')
    .map((l) => `${symbol.get(l.targetKey ?? '')} ${l.targetPart}`);
  it('reads a sign whose dash OCR printed as dots', () => {
    expect(repeals).toContain('105/2025/NĐ-CP khoản 3 Điều 44');
  });
  it('reads a list item whose marker OCR printed as ©)', () => {
    expect(repeals).toContain('144/2025/NĐ-CP khoản 1 Điều 4');
  });
});
