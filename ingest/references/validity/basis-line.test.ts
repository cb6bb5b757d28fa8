/**
 * Regression: a `Căn cứ` line (excerpt of a real dev-split decision of a Sở Công Thương) — each act it
 * names is a basis, also the second one after the first one's description (`… và Thông tư số …`), and
 * the lineage edge says basis, not implements.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse-document.ts';

const text = `UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 3770/QĐ-SCT
Lào Cai, ngày 25 tháng 6 năm 2026
QUYẾT ĐỊNH
Về việc công nhận kết quả huấn luyện
GIÁM ĐỐC SỞ CÔNG THƯƠNG TỈNH LÀO CAI
Căn cứ Thông tư số 23/2024/TT-BCT ngày 07/11/2024 của Bộ trưởng Bộ Công Thương quy định về quản lý, sử dụng vật liệu nổ công nghiệp, tiền chất thuốc nổ thuộc thẩm quyền quản lý của Bộ Công Thương và Thông tư số 38/2025/TT-BCT ngày 19/6/2025 của Bộ trưởng Bộ Công Thương về việc sửa đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục hành chính trong các lĩnh vực thuộc phạm vi quản lý của Bộ Công Thương;
QUYẾT ĐỊNH:
Điều 1. Công nhận kết quả huấn luyện.
`;

describe('a Căn cứ line', () => {
  const doc = parseDocument(text, { documentId: 'x', sourceName: 'x.txt' });
  const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  it('names each act of the line as basis, the second after the first one’s description too', () => {
    const basis = (doc.validity?.links ?? [])
      .filter((l) => l.relation === 'basis')
      .map((l) => symbol.get(l.targetKey ?? ''));
    expect(basis).toEqual(['23/2024/TT-BCT', '38/2025/TT-BCT']);
  });
  it('gives their lineage edges the basis relation', () => {
    expect(doc.references.map((r) => [r.target.symbol, r.relation])).toEqual([
      ['23/2024/TT-BCT', 'basis'],
      ['38/2025/TT-BCT', 'basis'],
    ]);
  });
});
