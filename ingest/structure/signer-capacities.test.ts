/**
 * Signature blocks in the forms the genre prescribes and the archive does not hold: Party capacities
 * written with a slash (HD 36-HD/VPTW: `T/M`, `K/T`, `T/L`), a State capacity whose dot an OCR
 * dropped, and heads of bodies outside the titles lexicon (Viện kiểm sát, Tòa án, schools), whose
 * office is formed from the unit they head (`VIỆN TRƯỞNG`, `CHÁNH ÁN`). Each block closes a short
 * letter laid out as a DOCX converter prints it, one cell a paragraph.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { findSigner } from './signer-block.ts';

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
