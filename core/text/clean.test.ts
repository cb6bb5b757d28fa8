import { describe, expect, it } from 'vitest';
import { cleanText, joinLines, repairText } from './clean.ts';
import { MappedText } from './mapped-text.ts';

describe('repairText', () => {
  it('turns NFD into NFC and keeps offsets into the original', () => {
    const raw = 'Chỉ thị về môi trường'.normalize('NFD');
    const { text } = repairText(raw);
    expect(text).toBe('Chỉ thị về môi trường');
    const mapped = repairText(raw);
    const at = text.indexOf('môi');
    expect(raw.slice(mapped.toOriginal(at)).normalize('NFC').startsWith('môi')).toBe(true);
  });

  it.each([
    ['glyph ƣ', 'Thƣờng vụ', 'Thường vụ'],
    ['NUL and zero-width', 'Đảng\u0000 ủy\u200b', 'Đảng ủy'],
    ['private-use bullet', '\uf0b7 Tăng cường', '• Tăng cường'],
    ['CRLF', 'a\r\nb', 'a\nb'],
    ['markdown emphasis', '**T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ**', 'T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ'],
    ['page number at a page break', 'cuối trang\n- 2 -\fđầu trang', 'cuối trang\nđầu trang'],
  ])('%s', (_name, input, expected) => {
    expect(repairText(input).text).toBe(expected);
  });
});

describe('joinLines: hard line breaks inside sentences are joined back', () => {
  const join = (s: string) => joinLines(MappedText.from(s)).text;

  it('keeps each `| … |` table row on its own line (appendix tables are cited row by row)', () => {
    const table = [
      '(Kèm theo Nghị định số 24/2026/NĐ-CP ngày 17 tháng 01 năm 2026 của Chính phủ)',
      '| STT | Tên chất | Mã số CAS |',
      '| 1. | 1,3-Butadien | 106-99-0 |',
      '| 2. | Axit Axetic (GAA) | 64-19-7 |',
    ].join('\n');
    expect(join(table).split('\n')).toHaveLength(4);
  });

  it('joins a sentence wrapped across lines and keeps numbered items apart', () => {
    const wrapped = [
      '1- Phát huy vai trò lãnh đạo, chỉ đạo của các cấp ủy Đảng, sự quản lý điều hành   ',
      '',
      'của các cấp chính quyền, huy động sức mạnh tổng hợp của cả hệ thống chính trị.',
      '',
      '2- Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các cơ quan, đơn vị có liên quan',
      '',
      'hướng dẫn, quán triệt, tuyên truyền.',
    ].join('\n');
    expect(join(wrapped).split('\n')).toEqual([
      '1- Phát huy vai trò lãnh đạo, chỉ đạo của các cấp ủy Đảng, sự quản lý điều hành của các cấp chính quyền, huy động sức mạnh tổng hợp của cả hệ thống chính trị.',
      '2- Ban Tuyên giáo Thành ủy chủ trì, phối hợp với các cơ quan, đơn vị có liên quan hướng dẫn, quán triệt, tuyên truyền.',
    ]);
  });

  it('rejoins a symbol broken after its dash', () => {
    expect(join('thực hiện Chương trình số 31-\nCTr/TW của Bộ Chính trị')).toBe(
      'thực hiện Chương trình số 31-CTr/TW của Bộ Chính trị',
    );
  });

  it('keeps header lines and headings on their own lines', () => {
    expect(join('THÀNH ỦY CẦN THƠ\n*\nSố 1032-CV/TU\nĐẢNG CỘNG SẢN VIỆT NAM').split('\n')).toHaveLength(4);
  });

  it('collapses runs of spaces from justified layout', () => {
    expect(join('phòng, chống ô nhiễm                          môi trường')).toBe('phòng, chống ô nhiễm môi trường');
  });

  it('continues a subject line that goes on in lower case after a blank line', () => {
    expect(join('Về việc triển khai thực hiện Kết luận\n\nsố 02-KL/TW của Ban Bí thư')).toBe(
      'Về việc triển khai thực hiện Kết luận số 02-KL/TW của Ban Bí thư',
    );
  });
});

describe('cleanText', () => {
  it('maps every clean offset back into the raw text', () => {
    const raw = 'Nghị quyết   số\n41-NQ/TW'.normalize('NFD');
    const { clean } = cleanText(raw);
    const at = clean.text.indexOf('41-NQ/TW');
    expect(raw.slice(clean.toOriginal(at), clean.toOriginal(at) + 8)).toBe('41-NQ/TW');
  });
});
