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
Căn cứ Quyết định số 564/QĐ-SCT ngày 31/01/2026 của Giám đốc Sở về việc bổ sung thành viên Tổ kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp và Kế hoạch số 3281/KH-SCT ngày 05/6/2026 của Sở Công Thương;
QUYẾT ĐỊNH:
Điều 1. Công nhận kết quả huấn luyện.
`;

describe('a Căn cứ line', () => {
  const doc = parseDocument(text, { documentId: 'x', sourceName: 'x.txt' });
  const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  it('names each act of the line as basis, the second after the first one’s description too, of any kind', () => {
    const basis = (doc.validity?.links ?? [])
      .filter((l) => l.relation === 'basis')
      .map((l) => symbol.get(l.targetKey ?? ''));
    expect(basis).toEqual(['23/2024/TT-BCT', '38/2025/TT-BCT', '564/QĐ-SCT', '3281/KH-SCT']);
  });
  it('gives their lineage edges the basis relation', () => {
    expect(doc.references.map((r) => [r.target.symbol, r.relation])).toEqual([
      ['23/2024/TT-BCT', 'basis'],
      ['38/2025/TT-BCT', 'basis'],
      ['564/QĐ-SCT', 'basis'],
      ['3281/KH-SCT', 'basis'],
    ]);
  });
});

// Excerpt of a dev-split Sở Công Thương report: its opening names what it carries out; a `Căn cứ` sentence under a
// numbered part recounts what the Sở's own actions rested on — NĐ 30/2020 keeps the basis block before the body.
const reportHead = `UBND TỈNH LÀO CAI
SỞ CÔNG THƯƠNG
Số: 1234/BC-SCT
Lào Cai, ngày 10 tháng 6 năm 2026
BÁO CÁO
Kết quả thực hiện Tháng hành động về an toàn, vệ sinh lao động năm 2026
`;
const report = `${reportHead}Thực hiện Văn bản số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương về hướng dẫn triển khai Tháng hành động về ATVSLĐ năm 2026, Sở Công Thương báo cáo như sau:
I. TỔ CHỨC TRIỂN KHAI THÁNG HÀNH ĐỘNG
1. Công tác chỉ đạo, ban hành kế hoạch triển khai, kiểm tra, đôn đốc thực hiện
Căn cứ Công văn số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương và Kế hoạch số 89/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh Lào Cai về triển khai Tháng hành động, Sở Công Thương đã ban hành kế hoạch.
`;

describe('a Căn cứ sentence in the body', () => {
  const doc = parseDocument(report, { documentId: 'r', sourceName: 'r.txt' });
  it('is no basis link, and the documents it names are cited', () => {
    expect((doc.validity?.links ?? []).filter((l) => l.relation === 'basis')).toEqual([]);
    expect(doc.references.map((r) => [r.target.symbol, r.relation])).toEqual([
      ['606/BCT-ATMT', 'implements'],
      ['606/BCT-ATMT', 'cites'],
      ['89/KH-UBND', 'cites'],
    ]);
  });
});

// Căn cứ lines of a Nghị định of the archive (dev split): an amending law is named by what it amends.
const amended = `CHÍNH PHỦ
Số: 24/2026/NĐ-CP
Hà Nội, ngày 17 tháng 01 năm 2026
NGHỊ ĐỊNH
Quy định các danh mục hóa chất
Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11;
Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 70/2025/QH15;
Theo đề nghị của Bộ trưởng Bộ Công Thương;
Chính phủ ban hành Nghị định quy định các danh mục hóa chất.
Điều 1. Phạm vi điều chỉnh
`;

describe('a Căn cứ line naming an amending law', () => {
  const doc = parseDocument(amended, { documentId: 'a', sourceName: 'a.txt' });
  it('makes the amending law a basis, beside the law it amends', () => {
    const basis = (doc.validity?.links ?? []).filter((l) => l.relation === 'basis').map((l) => l.targetKey);
    expect(basis).toHaveLength(2);
    expect(new Set(basis).size).toBe(2);
  });
});

// The same report, its recommendations part: the Sở asks for a decree to be amended, which amends nothing.
const recommendation = `${reportHead}II. ĐỀ XUẤT, KIẾN NGHỊ
Đề nghị cơ quan có thẩm quyền nghiên cứu sửa đổi, bổ sung khoản 2 Điều 16 Nghị định số 44/2016/NĐ-CP theo hướng chia sẻ thông tin khai báo về máy, thiết bị, vật tư có yêu cầu nghiêm ngặt về an toàn lao động giữa cơ quan quản lý nhà nước về lao động và cơ quan quản lý chuyên ngành.
`;

describe('a request to amend an act', () => {
  const doc = parseDocument(recommendation, { documentId: 'k', sourceName: 'k.txt' });
  it('is no amendment: no validity link, and the decree is cited', () => {
    expect((doc.validity?.links ?? []).filter((l) => l.relation === 'amends')).toEqual([]);
    expect(doc.references.map((r) => [r.target.symbol, r.relation])).toEqual([['44/2016/NĐ-CP', 'cites']]);
  });
});

describe('a changing verb in a Căn cứ line describes a listed act', () => {
  // A form annexed to TT 15/2026/TT-BCT (dev split): its Căn cứ line names the circular itself, number left blank.
  const form = `QUYẾT ĐỊNH
Căn cứ Thông tư số 57/2018/TT-BCT ngày 26 tháng 12 năm 2018 của Bộ Công Thương quy định chi tiết một số điều của các Nghị định liên quan đến kinh doanh thuốc lá, Thông tư số 43/2023/TT-BCT ngày 28 tháng 12 năm 2023 của Bộ trưởng Bộ Công Thương sửa đổi, bổ sung một số điều của Thông tư số 57/2018/TT-BCT, Thông tư số 38/2025/TT-BCT ngày 19 tháng 6 năm 2025 của Bộ Công Thương sửa đổi, bổ sung một số quy định về phân cấp thực hiện thủ tục hành chính trong các lĩnh vực thuộc phạm vi quản lý của Bộ Công Thương; Thông tư số /2026/TT-BCT ngày tháng năm 2026 của Bộ Công Thương sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT của Bộ trưởng Bộ Công Thương;
Điều 1. Cấp Giấy phép.
`;
  const doc = parseDocument(form, { documentId: 'x', sourceName: 'x.txt' });
  it('amends nothing', () => {
    expect((doc.validity?.links ?? []).filter((l) => l.relation === 'amends')).toEqual([]);
  });
});
