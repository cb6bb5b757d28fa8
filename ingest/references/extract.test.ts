import { describe, expect, it } from 'vitest';
import { metadataOf } from '../../core/test-metadata.ts';
import { cleanText } from '../../core/text/clean.ts';
import type { DocumentMetadata, Reference } from '../../core/types.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractReferences } from './extract.ts';

/** A document from its clean paragraphs (one per line), or from raw text through the cleaner. */
function references(text: string, meta: Partial<DocumentMetadata> = {}, raw = false): Reference[] {
  const clean = raw ? cleanText(text).clean.text : text;
  const clauses = buildClauseTree({ documentId: 'd', cleanText: clean, documentLabel: 'X' });
  const metadata = metadataOf({ type: 'CV', ...meta });
  const refs = extractReferences({ documentId: 'd', cleanText: clean, clauses, metadata });
  for (const r of refs) expect(clean.slice(r.span.start, r.span.end)).toBe(r.mention);
  return refs;
}

/** `[clause anchor, mention, key, relation, basis]` per reference. */
const rows = (refs: Reference[]) =>
  refs.map((r) => [r.clauseId.replace(/^d~/, ''), r.mention, r.target.key, r.relation, r.basis]);

const OPENING_FILLER =
  'nhận thức, ý thức trách nhiệm của cán bộ, đảng viên và các tầng lớp nhân dân về bảo vệ môi trường ngày càng được nâng cao';

const LETTER = [
  'THÀNH ỦY CẦN THƠ',
  'Số 1032-CV/TU',
  'Quán triệt, triển khai thực hiện',
  'Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị',
  `Sau 10 năm triển khai thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu, ${OPENING_FILLER}.`,
  'Nhằm tiếp tục chỉ đạo, triển khai thực hiện Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị “Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu” (viết tắt là Kết luận 81), Ban Thường vụ Thành ủy yêu cầu:',
  '1- Các cấp tiếp tục thực hiện Kết luận 81 và Chương trình số 27-CTr/TU ngày 31/12/2021 của Thành ủy “Bảo vệ môi trường “Cần Thơ xanh và sạch””.',
  '2- Sơ kết việc thực hiện Kế hoạch số 255-KH/TU. Tuyên truyền sâu rộng Kết luận nêu trên.',
  '3- Văn phòng Thành ủy theo dõi việc thực hiện Công văn này.',
  '(Đính kèm Kết luận số 81-KL/TW).',
].join('\n');

describe('extractReferences: a letter implementing a conclusion', () => {
  const refs = references(LETTER, { symbol: '1032-CV/TU', issuer: 'Thành ủy Cần Thơ', place: 'Cần Thơ' });

  it('finds every reference, keyed, typed and anchored', () => {
    expect(rows(refs)).toEqual([
      ['preamble', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
      ['p1', 'Nghị quyết Trung ương 7 khóa XI', '24-NQ/TW', 'cites', false],
      ['p2', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
      ['p2', 'Nghị quyết Trung ương 7 khóa XI', '24-NQ/TW', 'cites', false],
      ['p2', 'Kết luận 81', '81-KL/TW', 'implements', true],
      ['1', 'Kết luận 81', '81-KL/TW', 'continues', false],
      ['1', 'Chương trình số 27-CTr/TU', '27-CTr/TU@can-tho', 'continues', false],
      ['2', 'Kế hoạch số 255-KH/TU', '255-KH/TU@can-tho', 'reviews', false],
      ['2', 'Kết luận nêu trên', '81-KL/TW', 'cites', false],
      ['closing', 'Kết luận số 81-KL/TW', '81-KL/TW', 'attaches', false],
    ]);
  });

  it('merges what every mention says of one document', () => {
    const kl81 = refs.find((r) => r.target.key === '81-KL/TW')!.target;
    expect(kl81).toEqual({
      key: '81-KL/TW',
      type: 'KL',
      symbol: '81-KL/TW',
      number: '81',
      issuer: 'Bộ Chính trị',
      date: '2024-06-04',
      subject: 'Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu',
      name: null,
    });
    expect(refs.find((r) => r.target.key === '27-CTr/TU@can-tho')!.target).toMatchObject({
      issuer: 'Thành ủy Cần Thơ',
      date: '2021-12-31',
      subject: 'Bảo vệ môi trường “Cần Thơ xanh và sạch”',
    });
  });

  it('the name alias and the numbered form meet at one node', () => {
    expect(refs.find((r) => r.target.key === '24-NQ/TW')!.target).toMatchObject({
      symbol: '24-NQ/TW',
      date: '2013-06-03',
      issuer: 'Ban Chấp hành Trung ương',
      name: 'Nghị quyết Trung ương 7 khóa XI',
    });
    const other = references(
      'thực hiện Nghị quyết số 24-NQ/TW của Ban Chấp hành Trung ương (khóa XI) về biến đổi khí hậu.',
    );
    expect(other.map((r) => [r.target.key, r.target.date, r.target.name])).toEqual([
      ['24-NQ/TW', '2013-06-03', 'Nghị quyết Trung ương 7 khóa XI'],
    ]);
  });

  it('leaves out its own number and self references', () => {
    expect(refs.some((r) => r.mention.includes('1032'))).toBe(false);
    expect(refs.some((r) => r.mention.includes('này'))).toBe(false);
  });
});

describe('extractReferences: forms', () => {
  // Short texts stand in the title block (`preamble`); texts of 120 characters or more are opening paragraphs (`p1`).
  it.each([
    [
      'a symbol broken across lines, joined by the cleaner',
      'Các cấp ủy triển khai thực hiện Chương trình hành động số 31-\nCTr/TW của Ban Chấp hành Trung ương.',
      {},
      true,
      [['preamble', 'Chương trình hành động số 31-CTr/TW', '31-CTr/TW', 'implements', true]],
    ],
    [
      'a symbol with a stray space and a case slip',
      'Các cấp ủy triển khai thực hiện Chương trình số 31- CTr/TW và Chương trình số 104-CTr/Tu của Tỉnh ủy.',
      { issuer: 'Tỉnh ủy Bình Phước' },
      false,
      [
        ['preamble', 'Chương trình số 31- CTr/TW', '31-CTr/TW', 'implements', true],
        ['preamble', 'Chương trình số 104-CTr/Tu', '104-CTr/TU@binh-phuoc', 'implements', true],
      ],
    ],
    [
      'State symbols',
      'Phấn đấu thực hiện Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ và Nghị quyết số 120/NQ-CP của Chính phủ.',
      { place: 'Cần Thơ' },
      false,
      [
        ['p1', 'Quyết định số 524/QĐ-TTg', '524/QĐ-TTg', 'implements', true],
        ['p1', 'Nghị quyết số 120/NQ-CP', '120/NQ-CP', 'implements', true],
      ],
    ],
    [
      'a law named with and without its year',
      '1. Tuyên truyền Luật Bảo vệ Môi trường đến Nhân dân.\n2. Đảng đoàn chỉ đạo giám sát việc thi hành Luật Bảo vệ Môi trường năm 2014.',
      {},
      false,
      [
        ['1', 'Luật Bảo vệ Môi trường', 'LUAT:bao-ve-moi-truong:2014', 'cites', false],
        ['2', 'Luật Bảo vệ Môi trường năm 2014', 'LUAT:bao-ve-moi-truong:2014', 'implements', false],
      ],
    ],
    [
      "a provincial congress resolution, its place from the citing document's issuer",
      'Phấn đấu hoàn thành các chỉ tiêu đã đề ra trong Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII (nhiệm kỳ 2015 - 2020).',
      { issuer: 'Tỉnh ủy Sóc Trăng', place: 'Sóc Trăng' },
      false,
      [['preamble', 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XIII', 'NQ-DH:tinh-soc-trang:XIII', 'cites', false]],
    ],
    [
      'a congress resolution naming its place',
      'Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV, nhiệm kỳ 2020 - 2025.',
      {},
      false,
      [
        [
          'preamble',
          'Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV',
          'NQ-DH:thanh-pho-can-tho:XIV',
          'implements',
          true,
        ],
      ],
    ],
    [
      'a plenum name the table cannot tell apart keeps its name key',
      'Tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI.',
      {},
      false,
      [['preamble', 'Nghị quyết Trung ương 7 khóa XI', 'NQ-HNTW:7:XI', 'continues', true]],
    ],
    [
      'a short form with nothing before it',
      'Tổng kết việc thực hiện Kết luận 81 trong toàn Đảng bộ.',
      {},
      false,
      [['preamble', 'Kết luận 81', 'KL:81', 'reviews', true]],
    ],
    [
      'a short form resolves to a later full mention too',
      'Tuyên truyền Kết luận 81. Thực hiện Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị.',
      {},
      false,
      [
        ['preamble', 'Kết luận 81', '81-KL/TW', 'cites', false],
        ['preamble', 'Kết luận số 81-KL/TW', '81-KL/TW', 'implements', true],
      ],
    ],
    [
      'one symbol cited with two years is two documents',
      'Tổng kết Nghị quyết số 05-NQ/TU ngày 10/01/2016 của Tỉnh ủy. Thực hiện Nghị quyết số 05-NQ/TU ngày 20/02/2021 của Tỉnh ủy. Tuyên truyền Nghị quyết số 05-NQ/TU.',
      { issuer: 'Tỉnh ủy Sóc Trăng' },
      false,
      [
        ['p1', 'Nghị quyết số 05-NQ/TU', '05-NQ/TU@soc-trang~2016', 'reviews', true],
        ['p1', 'Nghị quyết số 05-NQ/TU', '05-NQ/TU@soc-trang~2021', 'implements', true],
        ['p1', 'Nghị quyết số 05-NQ/TU', '05-NQ/TU@soc-trang~2021', 'cites', false],
      ],
    ],
    [
      'a mention inside a cited subject only cites',
      'Triển khai hiệu quả Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư “Về tổng kết 10 năm thực hiện Nghị quyết số 41-NQ/TW của Bộ Chính trị khóa IX về bảo vệ môi trường”.',
      {},
      false,
      [
        ['p1', 'Kết luận số 02-KL/TW', '02-KL/TW', 'implements', true],
        ['p1', 'Nghị quyết số 41-NQ/TW', '41-NQ/TW', 'cites', false],
      ],
    ],
    [
      // Both from a Nghị định of the archive (ND-139-2025) that names decrees by their subjects.
      "an unquoted subject's verb describes the cited decree, not the citing one",
      'Cục Hóa chất thực hiện nhiệm vụ quy định tại điểm g khoản 6 Điều 20 Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất.',
      {},
      false,
      [
        ['p1', 'Nghị định số 113/2017/NĐ-CP', '113/2017/NĐ-CP', 'cites', false],
        ['p1', 'Luật Hóa chất', 'LUAT:hoa-chat', 'cites', false],
      ],
    ],
    [
      // Căn cứ lines of a Thông tư of the archive (TT-13-2026-BQP): the basis decrees, and what their descriptions name.
      'a document named within a basis act’s description, or as what changed it, is only cited',
      [
        'Căn cứ Nghị định số 26/2026/NĐ-CP của Chính phủ quy định chi tiết và hướng dẫn thi hành một số điều của Luật Hóa chất về quản lý hoạt động hóa chất;',
        'Căn cứ Nghị định số 01/2022/NĐ-CP của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Quốc phòng, được sửa đổi, bổ sung một số điều bởi Nghị định số 03/2025/NĐ-CP của Chính phủ;',
        'Căn cứ Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11 đã được sửa đổi, bổ sung một số điều theo Luật số 35/2018/QH14;',
      ].join('\n'),
      {},
      false,
      [
        ['p1', 'Nghị định số 26/2026/NĐ-CP', '26/2026/NĐ-CP', 'implements', true],
        ['p1', 'Luật Hóa chất', 'LUAT:hoa-chat', 'cites', false],
        ['p2', 'Nghị định số 01/2022/NĐ-CP', '01/2022/NĐ-CP', 'implements', true],
        ['p2', 'Nghị định số 03/2025/NĐ-CP', '03/2025/NĐ-CP', 'cites', false],
        [
          'p3',
          'Luật Tiêu chuẩn và quy chuẩn kỹ thuật số 68/2006/QH11',
          'LUAT:tieu-chuan-va-quy-chuan-ky-thuat:2006',
          'implements',
          false,
        ],
        ['p3', 'Luật số 35/2018/QH14', '35/2018/QH14', 'cites', false],
      ],
    ],
    [
      'a subject ends where the next document is named',
      'Thực hiện Văn bản số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương về hướng dẫn triển khai Tháng hành động về an toàn, vệ sinh lao động năm 2026; Văn bản số 1806/SNV-LĐVL ngày 06/3/2026 của Sở Nội vụ.',
      {},
      false,
      [
        ['p1', '606/BCT-ATMT', '606/BCT-ATMT', 'implements', true],
        ['p1', '1806/SNV-LĐVL', '1806/SNV-LĐVL', 'implements', true],
      ],
    ],
  ])('%s', (_name, text, meta, raw, expected) => {
    expect(rows(references(text, meta, raw))).toEqual(expected);
  });
});

describe('extractReferences: basis', () => {
  it('the body below the first numbered part states no basis', () => {
    const text = [
      'NGHỊ QUYẾT',
      'về bảo vệ môi trường',
      'I- TÌNH HÌNH',
      '1- Thực hiện Nghị quyết số 41-NQ/TW của Bộ Chính trị.',
    ].join('\n');
    expect(rows(references(text))).toEqual([['I-1', 'Nghị quyết số 41-NQ/TW', '41-NQ/TW', 'implements', false]]);
  });

  it('the title line is the basis', () => {
    const text = [
      'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư (khóa XII)',
      '1. Các cấp ủy thực hiện tốt.',
    ].join('\n');
    expect(rows(references(text))).toEqual([['preamble', 'Kết luận số 02-KL/TW', '02-KL/TW', 'implements', true]]);
  });
});

describe('extractReferences: technical standards are cited', () => {
  it('a Căn cứ line and an implementing verb cite a standard, keyed by its regular sign', () => {
    // A decision setting up an inspection team and TT 19/2024/TT-BCT (dev split).
    const text = [
      'QUYẾT ĐỊNH',
      'Căn cứ QCVN 05A:2020/BCT Quy chuẩn kỹ thuật quốc gia về an toàn trong sản xuất, kinh doanh, sử dụng, bảo quản và vận chuyển hóa chất nguy hiểm;',
      'Điều 1. Thành lập Đoàn kiểm tra.',
      '1. Nhà xưởng sản xuất, kho chứa hóa chất nguy hiểm, khi thiết kế xây dựng mới hoặc cải tạo phải thực hiện theo TCVN 4604:2012, TCVN 3890:2023 và các quy định pháp luật có liên quan.',
      '2. Kiểm tra việc thực hiện QCVN 05A: 2020/BCT.',
    ].join('\n');
    const refs = references(text, { type: 'QD' });
    expect(refs.map((r) => [r.target.key, r.target.type, r.relation, r.basis])).toEqual([
      ['QCVN 05A:2020/BCT', 'QCVN', 'cites', false],
      ['TCVN 4604:2012', 'TCVN', 'cites', false],
      ['TCVN 3890:2023', 'TCVN', 'cites', false],
      ['QCVN 05A:2020/BCT', 'QCVN', 'cites', false],
    ]);
  });
});
