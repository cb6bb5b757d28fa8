/**
 * Signature blocks in the forms the genre prescribes and the archive does not hold: Party capacities
 * written with a slash (HD 36-HD/VPTW: `T/M`, `K/T`, `T/L`), a State capacity whose dot an OCR
 * dropped, and heads of bodies outside the titles lexicon (Viện kiểm sát, Tòa án, schools), whose
 * office is formed from the unit they head (`VIỆN TRƯỞNG`, `CHÁNH ÁN`). Each block closes a short
 * letter laid out as a DOCX converter prints it, one cell a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { findRepresentative, findSigner, firstOfRunTogetherNames } from './signer-block.ts';

const letter = (issuer: string[], signature: string[]) =>
  parseDocument(
    [
      ...issuer,
      'Số: 215-CV/TU',
      'Lào Cai, ngày 12 tháng 3 năm 2025',
      'V/v triển khai thực hiện Kết luận số 81-KL/TW',
      'Thực hiện Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị, đề nghị các cơ quan, đơn vị triển khai thực hiện nghiêm túc.',
      'Nơi nhận:',
      '- Như trên,',
      '- Lưu Văn phòng Tỉnh ủy.',
      ...signature,
    ].join('\n'),
    { documentId: 'doc', sourceName: 'doc.txt' },
  ).metadata.signer;

const PARTY = ['ĐẢNG BỘ TỈNH LÀO CAI', 'TỈNH ỦY', '*', 'ĐẢNG CỘNG SẢN VIỆT NAM'];

describe('Party capacities written with a slash (HD 36-HD/VPTW)', () => {
  it.each([
    [
      'a deputy signs for the secretary',
      ['K/T BÍ THƯ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Hùng'],
      { capacity: 'K/T BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Hùng' },
    ],
    [
      "the office signs by the standing committee's order",
      ['T/L BAN THƯỜNG VỤ', 'CHÁNH VĂN PHÒNG', 'Trần Thị Lan'],
      { capacity: 'T/L BAN THƯỜNG VỤ', title: 'CHÁNH VĂN PHÒNG', name: 'Trần Thị Lan' },
    ],
    [
      'the order and the deputy stacked',
      ['T/L BAN THƯỜNG VỤ', 'K/T CHÁNH VĂN PHÒNG', 'PHÓ CHÁNH VĂN PHÒNG', 'Lý Văn Minh'],
      { capacity: 'T/L BAN THƯỜNG VỤ K/T CHÁNH VĂN PHÒNG', title: 'PHÓ CHÁNH VĂN PHÒNG', name: 'Lý Văn Minh' },
    ],
    [
      'spaces around the slash, as OCR prints it',
      ['K / T BÍ THƯ', 'PHÓ BÍ THƯ', 'Nguyễn Văn Hùng'],
      { capacity: 'K/T BÍ THƯ', title: 'PHÓ BÍ THƯ', name: 'Nguyễn Văn Hùng' },
    ],
  ])('%s', (_, signature, expected) => {
    expect(letter(PARTY, signature)).toEqual(expected);
  });

  it('two capacities on one flattened line', () => {
    expect(
      findSigner([
        'Nơi nhận:',
        '- Như trên,',
        'T/L BAN THƯỜNG VỤ K/T CHÁNH VĂN PHÒNG',
        'PHÓ CHÁNH VĂN PHÒNG',
        'Lý Văn Minh',
      ]),
    ).toEqual({
      capacity: 'T/L BAN THƯỜNG VỤ K/T CHÁNH VĂN PHÒNG',
      title: 'PHÓ CHÁNH VĂN PHÒNG',
      name: 'Lý Văn Minh',
    });
  });
});

describe("a State capacity whose dot an OCR dropped counts before a title or a body's name", () => {
  it.each([
    [['KT GIÁM ĐỐC', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'], 'KT. GIÁM ĐỐC'],
    [['TM ỦY BAN NHÂN DÂN', 'CHỦ TỊCH', 'Nguyễn Tuấn Anh'], 'TM. ỦY BAN NHÂN DÂN'],
  ])('%j', (signature, capacity) => {
    expect(letter(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'], signature)?.capacity).toBe(capacity);
  });

  it('letters that only look like one open no signature block', () => {
    expect(findSigner(['Nơi nhận:', '- Như trên;', 'TM CHUẨN BỊ HỒ SƠ', 'Lê Minh Trí'])?.capacity).toBeNull();
  });
});

describe('heads of bodies outside the titles lexicon, by how the genre forms an office', () => {
  it.each([
    [['VIỆN TRƯỞNG', 'Lê Minh Trí'], 'VIỆN TRƯỞNG', 'Lê Minh Trí'],
    [['PHÓ CHÁNH ÁN', 'Nguyễn Văn Du'], 'PHÓ CHÁNH ÁN', 'Nguyễn Văn Du'],
    [['HIỆU TRƯỞNG', 'Đỗ Thị Hoa'], 'HIỆU TRƯỞNG', 'Đỗ Thị Hoa'],
    [['TRƯỞNG CÔNG AN XÃ', 'Vàng Seo Dín'], 'TRƯỞNG CÔNG AN XÃ', 'Vàng Seo Dín'],
  ])('%j', (signature, title, name) => {
    expect(letter(['UBND TỈNH LÀO CAI', 'SỞ CÔNG THƯƠNG'], signature)).toEqual({ capacity: null, title, name });
  });

  it('a school (TRƯỜNG) is not its head (TRƯỞNG)', () => {
    expect(findSigner(['Nơi nhận:', '- Như trên;', 'TRƯỜNG TIỂU HỌC', 'Lê Minh Trí'])?.title).toBeNull();
  });
});

/**
 * vat-lieu-no/su-dung/vi-du-thuc-te/Bien-ban-kiem-tra-hien-truong-Yen-Thanh-8.6.2026.pdf (OCR): two parties
 * sign a Biên bản under `ĐD …` (`Đại diện`), a seal's noise between the first party and its name.
 */
const MINUTES_BY_PARTIES = [
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BIẾN BẢN KIỂỀM TRA',
  '',
  'Thực tế khu vực sử dụng vật liệu nỗ công nghiệp',
  '',
  'Hôm nay, ngày 08/6/2026, Sở Công Thương tiến hành kiểm tra thực tế khu vực',
  'sử dụng vật liệu nỗ công nghiệp tại mỏ đá mỏ vôi vật liệu xây dựng thông thường xã',
  'Yên Thành, tỉnh Lào Cai của Công ty cổ phần xây dựng giao thông Yên Bái, với các',
  'nội dung sau:',
  '',
  'Biên bản được lập xong cùng ngày, đọc lại cho mọi người tham gia kiểm tra cùng',
  'nghe và thống nhất nội dung. Biên bản được lập thành 03 bản, mỗi bên giữ 01 bản và có',
  'giá trị như nhau./.',
  '',
  'ĐD SỞ CÔNG THƯƠNG',
  '',
  '-M2—',
  '',
  'Vũ Việt Linh',
  '',
  'ĐD CÔNG TY CP XD GIAO THÔNG YÊN BÁI',
  '',
  'Nguyễn Quốc Thịnh',
];

describe('a Biên bản signed by its parties (ĐẠI DIỆN …)', () => {
  const parse = (lines: string[]) =>
    parseDocument(lines.join('\n'), { documentId: 'doc', sourceName: 'doc.txt' }).metadata;

  it('the first party signs for the minutes; a party is not the issuer', () => {
    const meta = parse(MINUTES_BY_PARTIES);
    expect(meta.signer).toEqual({ capacity: 'ĐẠI DIỆN SỞ CÔNG THƯƠNG', title: null, name: 'Vũ Việt Linh' });
    expect(meta.issuer).toBeNull();
  });

  it('two parties flattened onto one line, a title under the first', () => {
    const tail = ['ĐẠI DIỆN SỞ CÔNG THƯƠNG ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ', 'PHÓ GIÁM ĐỐC', 'Hoàng Văn Thuân'];
    // A title with a name under it is read before any party line.
    expect(parse([...MINUTES_BY_PARTIES.slice(0, 14), ...tail]).signer).toMatchObject({
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Hoàng Văn Thuân',
    });
    expect(findRepresentative(tail)).toEqual({
      capacity: 'ĐẠI DIỆN SỞ CÔNG THƯƠNG',
      title: 'PHÓ GIÁM ĐỐC',
      name: 'Hoàng Văn Thuân',
    });
  });

  // vat-lieu-no/kho/vi-du-thuc-te/BB-ktra-kho-Mong-Son.pdf (OCR): the two names under the parties run together.
  it('two names an OCR ran together: the first party signs, the second name opens at its family name', () => {
    expect(findRepresentative(['ĐD SỞ CÔNG THƯƠNG', '', 'Đỗ Mạnh Cường Nguyễn Ngọc Chỉnh'])).toEqual({
      capacity: 'ĐẠI DIỆN SỞ CÔNG THƯƠNG',
      title: null,
      name: 'Đỗ Mạnh Cường',
    });
  });

  // Hướng dẫn liên ngành 24/HDLN (2026, OCR layer): ministers' blocks side by side, their names on one line.
  it('signatures side by side whose names share a line: the left one, an OCR slip in the second family name', () => {
    const tail = ['KT. BỘ TRƯỞNG KT. BỘ TRƯỞNG', 'THỨ TRƯỞNG THỨ TRƯỞNG', '', 'Trần Văn Thuấn Trưong Thanh Hoài'];
    expect(findSigner(tail)?.name).toBe('Trần Văn Thuấn');
  });

  it('one long name is not split', () => {
    expect(firstOfRunTogetherNames('Tôn Nữ Thị Ninh')).toBeNull();
    expect(firstOfRunTogetherNames('Nguyễn Thị Minh Khai Anh')).toBeNull();
  });

  // hang-nguy-hiem/mau-ho-so/Mau 2 - Bang ke danh sach phuong tien.docx: a blank form's party block.
  it('a blank form party block names nobody', () => {
    const tail = ['Lào Cai, ngày        tháng 6 năm 2026', 'ĐẠI DIỆN ĐƠN VỊ', '(Ký, ghi rõ họ tên, đóng dấu)'];
    expect(parse([...MINUTES_BY_PARTIES.slice(0, 14), ...tail]).signer).toBeNull();
  });
});
