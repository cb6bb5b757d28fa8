/** @module answer/asked-document.test — which questions ask for a document, and the symbols a quoted passage answers them with. */

import { describe, expect, it } from 'vitest';
import { answeringSymbols, askedDocument, citedSymbols } from './asked-document.ts';

describe('askedDocument', () => {
  it.each<[string, string[] | null]>([
    ['bao cao thang hanh dong atvsld 2026 thuc hien van ban nao cua bo cong thuong', []],
    ['Luật Hóa chất năm 2025 làm hết hiệu lực luật hóa chất nào trước đó?', ['LUAT']],
    ['Quyết định điều chỉnh về thủy điện Hỏm Dưới sửa nội dung của giấy phép sử dụng vật liệu nổ số mấy?', ['GP']],
    ['tt 16/2018/tt-bca bai bo thong tu nao', ['TT']],
    ['nghi quyet bo chinh tri nao lam co so chuong trinh can tho xanh va sach', ['NQ']],
    [
      'Which expired decrees did the nitric-acid applicant still rely on for its chemical-safety training records?',
      ['ND'],
    ],
    ['Which Ministry of Industry and Trade guidance does the 2026 occupational safety month report respond to?', []],
    // `nào` asks for a body, a date or an article here, not a document.
    ['Kế hoạch giao cơ quan nào chủ trì kiểm tra?', null],
    ['Nghị định 139/2025 có hiệu lực từ ngày nào?', null],
    ['Which body does Directive 07/CT-TTg make responsible for following up its implementation?', null],
    ['Ai ký Thông tư 13/2026/TT-BQP?', null],
    // An article opens the verb's object: the permit is what is granted, not what is asked.
    ['Which authority grants the dangerous-goods transport permit?', null],
  ])('%s → %j', (question, types) => {
    expect(askedDocument(question)?.types ?? null).toEqual(types);
  });

  it('says where the asking phrase stands, for the issuer and type slots', () => {
    const q = 'Chương trình quán triệt nghị quyết nào của Bộ Chính trị?';
    const asked = askedDocument(q);
    expect(q.slice(asked?.start, asked?.end)).toBe('nghị quyết');
    expect(asked?.type).toBe('NQ');
  });
});

describe('answeringSymbols: the documents a quoted passage gives', () => {
  it.each<[string, string, string[], Array<{ number: string; year: string | null }>, string[]]>([
    [
      'thuc hien van ban nao',
      'Thực hiện Văn bản số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương về hướng dẫn triển khai Tháng hành động về ATVSLĐ năm 2026;',
      [],
      [],
      ['606/BCT-ATMT'],
    ],
    // The decrees asked for, not the decree the passage measures them against… unless it is also a decree: all are listed.
    [
      'dựa vào những nghị định nào',
      'Hồ sơ huấn luyện an toàn hóa chất của Công ty viện dẫn và thực hiện theo căn cứ pháp lý cũ, hết hiệu lực (Nghị định số 113/2017/NĐ-CP và Nghị định số 82/2022/NĐ-CP của Chính phủ), chưa đảm bảo theo quy định',
      ['ND'],
      [],
      ['113/2017/NĐ-CP', '82/2022/NĐ-CP'],
    ],
    // A law asked for: the laws cited, not the Party resolution beside them.
    [
      'luật nào',
      '3. Luật Hóa chất số 06/2007/QH12 đã được sửa đổi, bổ sung một số điều theo Luật số 28/2018/QH14 và Luật số 18/2023/QH15 hết hiệu lực',
      ['LUAT'],
      [],
      ['06/2007/QH12', '28/2018/QH14', '18/2023/QH15'],
    ],
    // A national technical regulation is a document too; a circular the question itself names is not its answer.
    [
      'quy chuẩn nào',
      'sửa đổi, bổ sung các Quy chuẩn kỹ thuật quốc gia, Thông tư có liên quan (QCVN 122:2024/BGTVT, Thông tư số 47/2024/TT-BGTVT và các văn bản khác có liên quan)',
      ['QCVN'],
      [],
      ['QCVN 122:2024/BGTVT'],
    ],
    [
      'thông tư nào',
      'Thông tư 16/2018/TT-BCA bãi bỏ Thông tư số 30/2012/TT-BCA và Thông tư số 31/2012/TT-BCA',
      ['TT'],
      [{ number: '16', year: '2018' }],
      ['30/2012/TT-BCA', '31/2012/TT-BCA'],
    ],
  ])('%s', (_asked, quote, types, named, expected) => {
    expect(answeringSymbols(quote, { types }, named)).toEqual(expected);
  });

  it('reads Party and State symbols with their type', () => {
    const text = 'ban hành kèm theo Nghị quyết số 35-NQ/TU và Quyết định 1883/QĐ-UBND ngày 06/11/2025';
    expect(citedSymbols(text).map((s) => [s.symbol, s.type])).toEqual([
      ['35-NQ/TU', 'NQ'],
      ['1883/QĐ-UBND', 'QD'],
    ]);
  });
});
