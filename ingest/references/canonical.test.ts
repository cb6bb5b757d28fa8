import { describe, expect, it } from 'vitest';
import {
  canonicalSymbol,
  congressKey,
  documentKeyOf,
  findSymbols,
  isLocalSymbol,
  lawKey,
  mergeKeys,
  numberedKey,
  parseDocumentKey,
  placeOfIssuer,
} from './canonical.ts';

describe('canonicalSymbol', () => {
  it.each([
    ['41-NQ/TW', '41-NQ/TW', '41', 'NQ', 'TW'],
    ['02-KL/TW', '02-KL/TW', '02', 'KL', 'TW'],
    ['2-KL/TW', '02-KL/TW', '02', 'KL', 'TW'],
    ['31- CTr/TW', '31-CTr/TW', '31', 'CTr', 'TW'],
    ['31-\nCTr/TW', '31-CTr/TW', '31', 'CTr', 'TW'],
    ['104-CTr/Tu', '104-CTr/TU', '104', 'CTr', 'TU'],
    ['2449 -CV/ĐU', '2449-CV/ĐU', '2449', 'CV', 'ĐU'],
    ['1032–CV/TU', '1032-CV/TU', '1032', 'CV', 'TU'],
    ['24-BS/UBKTTU', '24-BS/UBKTTU', '24', null, 'UBKTTU'],
    ['66-QĐ/TW', '66-QĐ/TW', '66', 'QD', 'TW'],
    ['524/QĐ-TTg', '524/QĐ-TTg', '524', 'QD', 'TTg'],
    ['524/qđ-ttg', '524/QĐ-TTg', '524', 'QD', 'TTg'],
    ['120/NQ-CP', '120/NQ-CP', '120', 'NQ', 'CP'],
    ['30/2020/NĐ-CP', '30/2020/NĐ-CP', '30', 'ND', 'CP'],
    ['13/CT-TTg', '13/CT-TTg', '13', 'CT', 'TTg'],
    ['9387 /UBND-KT', '9387/UBND-KT', '9387', 'CV', 'UBND-KT'],
    ['4919/VPCP-KTTH', '4919/VPCP-KTTH', '4919', 'CV', 'VPCP-KTTH'],
    ['72/2020/QH14', '72/2020/QH14', '72', 'LUAT', 'QH14'],
    ['12-NQ/TU Sóc Trăng, ngày 15 tháng 3 năm 2017', '12-NQ/TU', '12', 'NQ', 'TU'],
    ['-CTr/TU', '-CTr/TU', null, 'CTr', 'TU'],
    [' /KH-UBND', '/KH-UBND', null, 'KH', 'UBND'],
  ])('%j → %s', (raw, symbol, number, type, issuer) => {
    expect(canonicalSymbol(raw)).toEqual({ symbol, number, type, issuer });
  });

  it.each(['', 'ngày 15/11/2004', 'giai đoạn 2022 - 2025', 'HN+T.79'])('%j has no symbol', (raw) => {
    expect(canonicalSymbol(raw)).toBeNull();
  });
});

describe('dotted State numbers', () => {
  // Real excerpts (dev archive): Government resolutions of the 66.x series and a firm's day.month letter number.
  it.each([
    ['Mục III.B, mục 2, Phụ lục I.2 Nghị quyết 66.16/2026/NQ-CP.', '66.16/2026/NQ-CP'],
    ['Căn cứ Nghị quyết số 66.2/2025/NQ-CP ngày 28 tháng 08 năm 2025 của', '66.2/2025/NQ-CP'],
    ['- Nghị quyết số 66.3/NQ-CP ngày 15/9/2025 của Chính phủ', '66.3/NQ-CP'],
    ['Giấy đề nghị cấp giấy phép sử dụng VLNCN số 26.06/GĐN-MB ngày 26/6/2026;', '26.06/GĐN-MB'],
  ])('%j cites %s, never the number after the dot', (text, symbol) => {
    expect(findSymbols(text).map((s) => s.canonical.symbol)).toEqual([symbol]);
  });

  it('a dotted number is the key the header reads', () => {
    expect(canonicalSymbol('Số: 66.18/2026/NQ-CP')).toMatchObject({ symbol: '66.18/2026/NQ-CP', number: '66.18' });
  });

  it('amounts and dated numbers are no symbol', () => {
    expect(findSymbols('Toàn tỉnh có 2.438/2.906 thôn vùng đồng bào dân tộc')).toEqual([]);
    // A date glued to the code: no number can be told, so nothing is read (was `2026/BCTT-TS`).
    expect(findSymbols('Báo cáo kết quả thẩm tra thiết kế xây dựng số 20.03.2026/BCTT-TS ngày 20/03/2026')).toEqual([]);
  });
});

describe('isLocalSymbol', () => {
  it.each([
    ['41-NQ/TW', false],
    ['24-BS/UBKTTW', false],
    ['27-CTr/TU', true],
    ['2449-CV/ĐU', true],
    ['524/QĐ-TTg', false],
    ['30/2020/NĐ-CP', false],
    ['9387/UBND-KT', true],
    ['123/QĐ-UBND', true],
    ['45/2016/NQ-HĐND', true],
    ['6987/SNNMT-KS', true],
    ['72/2020/QH14', false],
  ])('%s → %s', (symbol, local) => {
    expect(isLocalSymbol(symbol)).toBe(local);
  });
});

describe('placeOfIssuer', () => {
  it.each([
    ['Thành ủy Cần Thơ', 'Cần Thơ'],
    ['Tỉnh uỷ Sóc Trăng', 'Sóc Trăng'],
    ['Ban Thường vụ Tỉnh ủy Bình Phước', 'Bình Phước'],
    ['Ủy ban nhân dân tỉnh Bình Phước', 'Bình Phước'],
    ['Đảng bộ thành phố Cần Thơ', 'Cần Thơ'],
    ['Ban Chấp hành Đảng bộ thành phố', null],
    ['Ban Thường vụ Tỉnh ủy', null],
    ['Thành ủy', null],
    ['Bộ Chính trị', null],
    [null, null],
  ])('%j → %j', (issuer, place) => {
    expect(placeOfIssuer(issuer)).toBe(place);
  });
});

describe('keys', () => {
  it.each([
    [{ symbol: '41-NQ/TW', issuer: 'Bộ Chính trị' }, '41-NQ/TW', 'Bộ Chính trị'],
    [{ symbol: '27-CTr/TU', issuer: 'Thành ủy', place: 'Cần Thơ' }, '27-CTr/TU@can-tho', 'Thành ủy Cần Thơ'],
    [{ symbol: '27-CTr/TU', issuer: 'Thành ủy Hà Nội', place: 'Cần Thơ' }, '27-CTr/TU@ha-noi', 'Thành ủy Hà Nội'],
    [
      { symbol: '255-KH/TU', issuer: 'Ban Thường vụ Thành ủy', place: 'Cần Thơ' },
      '255-KH/TU@can-tho',
      'Ban Thường vụ Thành ủy Cần Thơ',
    ],
    [{ symbol: '27-CTr/TU' }, '27-CTr/TU', null],
    [{ symbol: '05-NQ/TU', place: 'Sóc Trăng', year: '2021' }, '05-NQ/TU@soc-trang~2021', null],
    [{ symbol: '524/QĐ-TTg', place: 'Cần Thơ' }, '524/QĐ-TTg', null],
    [{ symbol: '9387/UBND-KT', place: 'Cần Thơ' }, '9387/UBND-KT@can-tho', null],
  ])('numberedKey(%j) → %s', (input, key, issuer) => {
    const k = numberedKey(input);
    expect(k.key).toBe(key);
    expect(k.issuer).toBe(issuer);
  });

  it('laws by name: with and without a year', () => {
    expect(lawKey('Luật Bảo vệ Môi trường', '2014')).toMatchObject({
      key: 'LUAT:bao-ve-moi-truong:2014',
      type: 'LUAT',
      date: '2014',
      name: 'Luật Bảo vệ Môi trường năm 2014',
    });
    expect(lawKey('Luật Bảo vệ môi trường', null).key).toBe('LUAT:bao-ve-moi-truong');
  });

  it.each([
    [{ level: 'tỉnh', place: 'Sóc Trăng', term: 'XIII', startYear: '2015' }, 'NQ-DH:tinh-soc-trang:XIII'],
    [{ level: 'thành phố', place: 'Cần Thơ', term: 'xiv', startYear: null }, 'NQ-DH:thanh-pho-can-tho:XIV'],
    [{ level: null, place: null, term: 'XIII', startYear: null }, 'NQ-DH:toan-quoc:XIII'],
    [{ level: 'tỉnh', place: null, term: 'X', startYear: null }, null],
  ])('congressKey(%j) → %s', (input, key) => {
    expect(congressKey({ ...input, name: 'Nghị quyết Đại hội' })?.key ?? null).toBe(key);
  });

  it('mergeKeys fills nulls and keeps the first key', () => {
    const a = numberedKey({ symbol: '02-KL/TW', date: '2016-04-26' });
    const b = numberedKey({ symbol: '02-KL/TW', issuer: 'Ban Bí thư', date: '2016-01-01' });
    expect(mergeKeys(a, b)).toMatchObject({ key: '02-KL/TW', issuer: 'Ban Bí thư', date: '2016-04-26' });
  });

  it("a document's own key uses its issuer's place, else its place line", () => {
    const base = { type: 'CV' as const, date: '2024-07-09', title: null };
    expect(documentKeyOf({ ...base, symbol: '1032-CV/TU', issuer: 'Thành ủy Cần Thơ', place: 'Cần Thơ' })?.key).toBe(
      '1032-CV/TU@can-tho',
    );
    expect(
      documentKeyOf({ ...base, symbol: '1032-CV/TU', issuer: 'Ban Thường vụ Tỉnh ủy', place: 'Đồng Xoài' })?.key,
    ).toBe('1032-CV/TU@dong-xoai');
    expect(documentKeyOf({ ...base, symbol: null, issuer: null, place: null })).toBeNull();
  });
});

describe('parseDocumentKey', () => {
  it.each([
    ['81-KL/TW', { key: '81-KL/TW', type: 'KL', symbol: '81-KL/TW', number: '81' }],
    ['Kết luận số 81-KL/TW', { key: '81-KL/TW', type: 'KL', symbol: '81-KL/TW' }],
    ['27-CTr/TU', { key: '27-CTr/TU', type: 'CTr', symbol: '27-CTr/TU' }],
    ['Quy định số 66-QĐ/TW', { key: '66-QĐ/TW', type: 'QDi' }],
    ['524/qđ-ttg', { key: '524/QĐ-TTg', type: 'QD' }],
    ['kl 81', { key: 'KL:81', type: 'KL', symbol: null, number: '81' }],
    ['Kết luận 81', { key: 'KL:81', type: 'KL', number: '81' }],
    ['nq 2', { key: 'NQ:02', type: 'NQ', number: '02' }],
    ['ctr 27', { key: 'CTr:27', type: 'CTr' }],
    ['Nghị quyết Trung ương 7 khóa XI về biến đổi khí hậu', { key: '24-NQ/TW', date: '2013-06-03' }],
    ['nghị quyết trung ương 8 khóa XII', { key: '36-NQ/TW' }],
    ['Nghị quyết Trung ương 7 khóa XI', { key: 'NQ-HNTW:7:XI' }],
    ['Luật Bảo vệ môi trường 2014', { key: 'LUAT:bao-ve-moi-truong:2014', type: 'LUAT' }],
    ['luật bảo vệ môi trường năm 2014', { key: 'LUAT:bao-ve-moi-truong:2014' }],
    ['LUAT:bao-ve-moi-truong:2014', { key: 'LUAT:bao-ve-moi-truong:2014' }],
    ['NQ-DH:tinh-soc-trang:XIII', { key: 'NQ-DH:tinh-soc-trang:XIII', type: 'NQ' }],
    // A standard asked as a blasting plan of the archive types it (`QCVN 01: 2019/BCT`): the node lineage shows.
    ['QCVN 01: 2019/BCT', { key: 'QCVN 01:2019/BCT', type: 'QCVN', symbol: 'QCVN 01:2019/BCT' }],
  ])('%j', (query, expected) => {
    expect(parseDocumentKey(query)).toMatchObject(expected);
  });

  it.each(['', 'bảo vệ môi trường', 'hello 81'])('%j → null', (query) => {
    expect(parseDocumentKey(query)).toBeNull();
  });
});
