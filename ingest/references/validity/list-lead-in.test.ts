/**
 * Regression: the verb stands in a list lead-in and its documents in the items below (`2. Bãi bỏ các văn
 * bản pháp luật sau:` / `a) Nghị định số …`). Excerpts of the closing articles of real dev-split decrees
 * and circulars (NĐ 178/2025, TT 16/2018/TT-BCA, NĐ 217/2026), cut to the lines that matter.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../parse-document.ts';

const header = (symbol: string, type: string) =>
  `CHÍNH PHỦ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: ${symbol}\nHà Nội, ngày 01 tháng 7 năm 2025\n${type}\nQUY ĐỊNH CHI TIẾT MỘT SỐ ĐIỀU\nChương I\nQUY ĐỊNH CHUNG\nĐiều 1. Phạm vi điều chỉnh\nNghị định này quy định chi tiết một số điều.\n`;

function links(text: string) {
  const doc = parseDocument(text, { documentId: 'x', sourceName: 'x.txt' });
  const symbol = new Map(doc.references.map((r) => [r.target.key, r.target.symbol]));
  return (doc.validity?.links ?? [])
    .filter((l) => l.relation !== 'basis' && l.relation !== 'guides')
    .map((l) => [l.relation, l.targetKey ? symbol.get(l.targetKey) : null, l.targetPart]);
}

describe('list lead-ins', () => {
  it('gives `Bãi bỏ các văn bản pháp luật sau:` to each listed decree (NĐ 178/2025, Điều 29)', () => {
    const text = `${header('178/2025/NĐ-CP', 'NGHỊ ĐỊNH')}Điều 29. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
2. Bãi bỏ các văn bản pháp luật sau:
a) Nghị định số 37/2010/NĐ-CP ngày 07 tháng 4 năm 2010 của Chính phủ về lập, thẩm định, phê duyệt và quản lý quy hoạch đô thị;
b) Nghị định số 44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 của Chính phủ quy định chi tiết một số nội dung về quy hoạch xây dựng;
c) Nghị định số 72/2019/NĐ-CP ngày 30 tháng 8 năm 2019 của Chính phủ sửa đổi, bổ sung một số điều của Nghị định số 37/2010/NĐ-CP ngày 07 tháng 4 năm 2010 về lập, thẩm định, phê duyệt và quản lý quy hoạch đô thị và Nghị định số 44/2015/NĐ-CP ngày 06 tháng 5 năm 2015 quy định chi tiết một số nội dung về quy hoạch xây dựng.
`;
    expect(links(text)).toEqual([
      ['repeals', '37/2010/NĐ-CP', null],
      ['repeals', '44/2015/NĐ-CP', null],
      ['repeals', '72/2019/NĐ-CP', null],
    ]);
  });

  it('reads `Thông tư này bãi bỏ:` with its items (TT 16/2018/TT-BCA, Điều 26)', () => {
    const text = `${header('16/2018/TT-BCA', 'THÔNG TƯ')}Điều 26. Hiệu lực thi hành
1. Thông tư này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2018.
2. Thông tư này bãi bỏ:
a) Thông tư số 30/2012/TT-BCA ngày 29 tháng 5 năm 2012 của Bộ trưởng Bộ Công an quy định chi tiết thi hành một số điều của Pháp lệnh quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ;
b) Thông tư số 31/2012/TT-BCA ngày 29 tháng 5 năm 2012 của Bộ trưởng Bộ Công an quy định chi tiết việc tiếp nhận, thu gom, phân loại, bảo quản, thanh lý, tiêu hủy vũ khí, vật liệu nổ và công cụ hỗ trợ.
`;
    expect(links(text)).toEqual([
      ['repeals', '30/2012/TT-BCA', null],
      ['repeals', '31/2012/TT-BCA', null],
    ]);
  });

  it('keeps the parts an item names before its decree (NĐ 217/2026, khoản 3 Điều 75)', () => {
    const text = `${header('217/2026/NĐ-CP', 'NGHỊ ĐỊNH')}Điều 75. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 7 năm 2026.
3. Bãi bỏ một số điều, khoản của các Nghị định sau đây:
a) Điều 30, khoản 2 Điều 33 Nghị định 67/2026/NĐ-CP ngày 04 tháng 3 năm 2026 của Chính phủ quy định chi tiết và biện pháp thi hành về thiết kế kỹ thuật tổng thể;
b) Điều 24 Nghị định số 14/2026/NĐ-CP ngày 13 tháng 01 năm 2026 của Chính phủ sửa đổi, bổ sung một số điều của các nghị định để cắt giảm, đơn giản hóa thủ tục hành chính;
`;
    expect(links(text)).toEqual([
      ['repeals', '67/2026/NĐ-CP', 'Điều 30'],
      ['repeals', '67/2026/NĐ-CP', 'khoản 2 Điều 33'],
      ['repeals', '14/2026/NĐ-CP', 'Điều 24'],
    ]);
  });

  it('does not take `… như sau:` (new wording follows) for a list', () => {
    const text = `${header('178/2025/NĐ-CP', 'NGHỊ ĐỊNH')}Điều 28. Sửa đổi, bổ sung
1. Sửa đổi, bổ sung khoản 1 Điều 17 Nghị định số 85/2020/NĐ-CP như sau:
a) Nghị định số 37/2010/NĐ-CP được nêu tại đây chỉ để tham chiếu.
`;
    expect(links(text).filter(([, s]) => s === '37/2010/NĐ-CP')).toEqual([]);
  });
});

describe('a changing verb over parts of several documents', () => {
  // The closing-article form of NĐ 30/2020 and Luật Ban hành VBQPPL (Điều on repeal): one `Bãi bỏ` over parts of two
  // acts, each cited with its date, issuer and subject; the second act is of another type.
  it('gives the verb to the parts of the act after the first one’s description', () => {
    const text = `${header('99/2026/NĐ-CP', 'NGHỊ ĐỊNH')}Điều 2. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2026.
2. Bãi bỏ khoản 3 Điều 5 Nghị định số 08/2022/NĐ-CP ngày 10 tháng 01 năm 2022 của Chính phủ quy định chi tiết một số điều của Luật Bảo vệ môi trường, khoản 2 Điều 3 Thông tư số 02/2022/TT-BTNMT ngày 10 tháng 01 năm 2022 của Bộ trưởng Bộ Tài nguyên và Môi trường quy định chi tiết thi hành một số điều của Luật Bảo vệ môi trường.
`;
    expect(links(text)).toEqual([
      ['repeals', '08/2022/NĐ-CP', 'khoản 3 Điều 5'],
      ['repeals', '02/2022/TT-BTNMT', 'khoản 2 Điều 3'],
    ]);
  });
});

describe('parts described before their act', () => {
  it('gives the verb to the act after `… quy định về … tại` (NĐ 178/2025, khoản 3 Điều 29)', () => {
    const text = `${header('178/2025/NĐ-CP', 'NGHỊ ĐỊNH')}Điều 29. Hiệu lực thi hành
1. Nghị định này có hiệu lực thi hành từ ngày 01 tháng 7 năm 2025.
3. Bãi bỏ Điều 1 và Điều 2 quy định về quy hoạch chi tiết theo quy trình rút gọn tại Nghị định số 35/2023/NĐ-CP ngày 20 tháng 6 năm 2023 của Chính phủ sửa đổi, bổ sung một số điều của các Nghị định thuộc lĩnh vực quản lý nhà nước của Bộ Xây dựng.
`;
    expect(links(text)).toEqual([
      ['repeals', '35/2023/NĐ-CP', 'Điều 1'],
      ['repeals', '35/2023/NĐ-CP', 'Điều 2'],
    ]);
  });
});
