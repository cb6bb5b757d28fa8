import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { findSigner, parsePlaceDate, prettyBody } from './metadata.ts';

const parse = (text: string) => parseDocument(text, { documentId: 'doc', sourceName: 'doc.txt' }).metadata;

describe('a two-column header as pdftotext -layout lays it out', () => {
  const text = [
    'TỈNH ỦY BÌNH DƯƠNG                          ĐẢNG CỘNG SẢN VIỆT NAM',
    '        *',
    '  Số 2449 -CV/ĐU                       Thủ Dầu Một, ngày 05 tháng 02 năm 2025',
    'V/v tăng cường công tác phòng,',
    'chống cháy rừng mùa khô',
    '',
    'Kính gửi: - Các huyện ủy, thị ủy, thành ủy,',
    '          - Các sở, ban, ngành tỉnh.',
    '',
    'Nhằm chủ động phòng, chống cháy rừng trong mùa khô năm 2025, Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy, chính quyền thực hiện tốt các nội dung sau:',
    '1. Các huyện ủy, thị ủy, thành ủy lãnh đạo triển khai phương án phòng cháy.',
    '2. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo kiểm tra, giám sát.',
    'Nơi nhận:                                        T/M BAN THƯỜNG VỤ',
    '- Như trên,                                          PHÓ BÍ THƯ',
    '- Lưu Văn phòng Tỉnh ủy.',
    '                                                  Trần Thị Bình',
  ].join('\n');
  const meta = parse(text);

  it.each([
    ['type', 'CV'],
    ['symbol', '2449-CV/ĐU'],
    ['number', '2449'],
    ['issuer', 'Tỉnh ủy Bình Dương'],
    ['place', 'Thủ Dầu Một'],
    ['date', '2025-02-05'],
    ['title', 'V/v tăng cường công tác phòng, chống cháy rừng mùa khô'],
  ])('%s', (field, expected) => {
    expect(meta[field as keyof typeof meta]).toBe(expected);
  });

  it('reads the signer from the right column', () => {
    expect(meta.signer).toEqual({ capacity: 'T/M BAN THƯỜNG VỤ', title: 'PHÓ BÍ THƯ', name: 'Trần Thị Bình' });
  });

  it('reads the recipients of both lists', () => {
    expect(meta.recipients).toContain('Các huyện ủy, thị ủy, thành ủy');
    expect(meta.recipients).toContain('Lưu Văn phòng Tỉnh ủy');
  });
});

describe('a State decision', () => {
  const meta = parse(
    [
      'ỦY BAN NHÂN DÂN',
      'TỈNH QUẢNG NAM',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Số: 1234/QĐ-UBND',
      'Quảng Nam, ngày 12 tháng 5 năm 2023',
      'QUYẾT ĐỊNH',
      'Về việc ban hành Kế hoạch bảo vệ môi trường năm 2023',
      'ỦY BAN NHÂN DÂN TỈNH QUẢNG NAM',
      'Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015 và các văn bản hướng dẫn thi hành có liên quan đến công tác này;',
      'QUYẾT ĐỊNH:',
      'Điều 1. Ban hành kèm theo Quyết định này Kế hoạch bảo vệ môi trường năm 2023.',
      'KT. CHỦ TỊCH',
      'PHÓ CHỦ TỊCH',
      'Lê Văn Dũng',
    ].join('\n'),
  );
  it('reads type, symbol, issuer over two lines, place, date, subject and a deputy signing', () => {
    expect(meta).toMatchObject({
      type: 'QD',
      symbol: '1234/QĐ-UBND',
      issuer: 'Ủy ban nhân dân tỉnh Quảng Nam',
      place: 'Quảng Nam',
      date: '2023-05-12',
      title: 'Về việc ban hành Kế hoạch bảo vệ môi trường năm 2023',
      signer: { capacity: 'KT. CHỦ TỊCH', title: 'PHÓ CHỦ TỊCH', name: 'Lê Văn Dũng' },
    });
  });
});

describe('missing and partial fields are null, never guessed', () => {
  it('an unsigned draft with blank number and day', () => {
    const meta = parse('THÀNH ỦY HUẾ\nSố -CTr/TU\nHuế, ngày     tháng 7 năm 2024\nCHƯƠNG TRÌNH\nvề chuyển đổi số');
    expect(meta).toMatchObject({
      type: 'CTr',
      symbol: null,
      number: null,
      date: null,
      partialDate: '2024-07',
      place: 'Huế',
      signer: null,
    });
  });

  it('a Party Quy định is told apart from a Quyết định by its title line', () => {
    expect(
      parse('BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 66-QĐ/TW\nHà Nội, ngày 06 tháng 02 năm 2017\nQUY ĐỊNH\nvề thể thức văn bản')
        .type,
    ).toBe('QDi');
  });

  it('a letter with no header names its type when it refers to itself', () => {
    const meta = parse(
      'Về việc triển khai Kết luận số 02-KL/TW\nKính gửi: Các đảng bộ trực thuộc\n1. Các cấp ủy thực hiện tốt Công văn này và báo cáo kết quả về Ban Thường vụ.',
    );
    expect(meta).toMatchObject({ type: 'CV', symbol: null, issuer: null, date: null });
  });
});

describe('field parsers', () => {
  it.each([
    ['Cần Thơ, ngày 09 tháng 7 năm 2024', { place: 'Cần Thơ', date: '2024-07-09' }],
    ['Số 12-NQ/TU Sóc Trăng, ngày 15 tháng 3 năm 2017', { place: 'Sóc Trăng', date: '2017-03-15' }],
    ['Hà Nội, ngày … tháng … năm 2025', { place: 'Hà Nội', date: '2025' }],
    // OCR of signed scans (archive QD-26-QD-XPVPHC, CV-2265-BCT-ATMT): the day garbled, then day and month.
    ['Số: số /QĐ-XPVPHC Hà Nội, ngàyOẨ tháng 7 năm 2026', { place: 'Hà Nội', date: '2026-07' }],
    ['Hà Nội, ngày0) thángh năm 2026', { place: 'Hà Nội', date: '2026' }],
    // vat-lieu-no/kho/vi-du-thuc-te/BB-ktra-kho-Mong-Son.pdf (OCR): a Biên bản dated in figures in its opening.
    ['Hôm nay, ngày 29/6/2026, Sở Công Thương tiến hành kiểm tra thực tế kho', { place: null, date: '2026-06-29' }],
  ])('parsePlaceDate(%s)', (line, expected) => {
    expect(parsePlaceDate(line)).toEqual(expected);
  });

  it.each([
    // hang-nguy-hiem/van-ban-goc/05-phu-luc-bieu-mau/PL4b-giay-de-nghi-dieu-chinh.pdf (OCR): an annex caption dates the decree.
    'ngày 18 tháng 12 năm 2024 của Chính phủ)',
    // hang-nguy-hiem/van-ban-goc/04-uy-quyen-quy-trinh/Huong-dan-thu-tuc-cap-GP-loai-1-2-3-4-9-SCT.docx: a body's first sentence.
    'Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành Thông tư số 15/2026/TT-BCT sửa đổi, bổ sung',
  ])('a date that runs on into a sentence is no place–date line: %s', (line) => {
    expect(parsePlaceDate(line)).toBeNull();
  });

  it.each([
    ['THÀNH ỦY CẦN THƠ', 'Thành ủy Cần Thơ'],
    ['TỈNH UỶ SÓC TRĂNG', 'Tỉnh ủy Sóc Trăng'],
    ['ỦY BAN NHÂN DÂN TỈNH BÌNH PHƯỚC', 'Ủy ban nhân dân tỉnh Bình Phước'],
  ])('prettyBody(%s)', (upper, expected) => {
    expect(prettyBody(upper).name).toBe(expected);
  });

  it('repairs an OCR-damaged capacity line to T/M', () => {
    expect(findSigner(['Nơi nhận:', '- Lưu.', 'TỈM TỈNH UỶ'])?.capacity).toBe('T/M TỈNH UỶ');
  });
});
