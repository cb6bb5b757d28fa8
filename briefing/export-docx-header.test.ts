/** @module briefing/export-docx-header.test — the header block and signature of a briefing, Party (36-HD/VPTW) and State (NĐ 30/2020) formats, read back from the DOCX. */
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { formatForIssuer, numberLine, placeDateLine } from './document-format.ts';
import { toDocx } from './export-docx.ts';
import { sampleBriefing } from './test-briefing.ts';
import { unzip } from './test-unzip.ts';
import type { BriefingHeader } from './types.ts';

async function read(header: BriefingHeader, intro?: string) {
  const bytes = await toDocx({ ...sampleBriefing(), header, intro });
  const parts = unzip(bytes);
  const xml = parts.get('word/document.xml')?.toString('utf8') ?? '';
  const styles = parts.get('word/styles.xml')?.toString('utf8') ?? '';
  const { value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
  return {
    xml,
    styles,
    lines: value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean),
  };
}

/** Twips of each page margin, and the page size. */
function pageSetup(xml: string) {
  const margin = /<w:pgMar ([^>]*)\/>/.exec(xml)?.[1] ?? '';
  const attr = (name: string) => Number(new RegExp(`w:${name}="(\\d+)"`).exec(margin)?.[1]);
  const mm = (twips: number) => Math.round((twips * 25.4) / 1440);
  return {
    size: /<w:pgSz w:w="(\d+)" w:h="(\d+)"/.exec(xml)?.slice(1).map(Number),
    margins: { top: mm(attr('top')), bottom: mm(attr('bottom')), left: mm(attr('left')), right: mm(attr('right')) },
  };
}

describe('format by issuer', () => {
  it.each([
    ['Ban Tuyên giáo Thành ủy Cần Thơ', 'party'],
    ['Thành ủy Cần Thơ', 'party'],
    ['Tỉnh ủy Sóc Trăng', 'party'],
    ['Đảng ủy Khối cơ quan tỉnh', 'party'],
    ['Ủy ban nhân dân thành phố Cần Thơ', 'state'],
    ['Sở Tài nguyên và Môi trường', 'state'],
    ['Hội đồng nhân dân tỉnh Bình Phước', 'state'],
  ])('%s → %s', (issuer, format) => {
    expect(formatForIssuer(issuer)).toBe(format);
  });

  it('prints the number and place–date lines each format uses', () => {
    expect(numberLine('party', '12', 'BTGTU')).toBe('Số 12-BC/BTGTU');
    expect(numberLine('state', '12', 'UBND')).toBe('Số: 12/BC-UBND');
    expect(numberLine('party')).toBe('Số …-BC/…');
    expect(placeDateLine('Cần Thơ', '2024-07-09')).toBe('Cần Thơ, ngày 09 tháng 7 năm 2024');
    expect(placeDateLine('Cần Thơ', '2024-02-15')).toBe('Cần Thơ, ngày 15 tháng 02 năm 2024');
  });
});

describe('DOCX header block', () => {
  it('Party issuer (36-HD/VPTW): Party line, issuing body, number, italic place–date, title, recipients, T/M signature', async () => {
    const { xml, styles, lines } = await read(
      {
        parentIssuer: 'Thành ủy Cần Thơ',
        issuer: 'Ban Tuyên giáo',
        number: '12',
        abbreviation: 'BTGTU',
        place: 'Cần Thơ',
        recipients: ['Thường trực Thành ủy'],
        signerTitle: 'Phó Trưởng ban',
        signerName: 'Nguyễn Văn A',
        format: formatForIssuer('Ban Tuyên giáo Thành ủy Cần Thơ'),
      },
      'Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.',
    );
    expect(lines.slice(0, 8)).toEqual([
      'THÀNH ỦY CẦN THƠ',
      'BAN TUYÊN GIÁO',
      '*',
      'Số 12-BC/BTGTU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Cần Thơ, ngày 09 tháng 7 năm 2024',
      'BÁO CÁO',
      'tóm tắt về thu gom chất thải rắn',
    ]);
    expect(lines).toContain('Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.');
    expect(lines).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // The place–date line is italic; the Party line bold and underlined.
    expect(xml).toMatch(/<w:i\/>(?:(?!<\/w:r>).)*Cần Thơ, ngày 09 tháng 7 năm 2024/s);
    expect(xml).toMatch(/<w:b\/>(?:(?!<\/w:r>).)*<w:u [^>]*\/>(?:(?!<\/w:r>).)*ĐẢNG CỘNG SẢN VIỆT NAM/s);
    expect(lines.slice(-6)).toEqual([
      'Nơi nhận:',
      '- Thường trực Thành ủy',
      '- Lưu Văn phòng.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn A',
    ]);
    expect(pageSetup(xml)).toEqual({ size: [11906, 16838], margins: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(/<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0]).toContain('w:ascii="Times New Roman"');
    for (const m of xml.matchAll(/<w:sz w:val="(\d+)"/g)) expect([26, 28]).toContain(Number(m[1]));
  });

  it('State issuer (NĐ 30/2020): national name and motto, `Số: …/BC-…`, TM. signature', async () => {
    const { xml, styles, lines } = await read({
      issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
      abbreviation: 'UBND',
      place: 'Cần Thơ',
      signerTitle: 'Chủ tịch',
    });
    expect(lines.slice(0, 7)).toEqual([
      'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ',
      'Số: …/BC-UBND',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'Độc lập - Tự do - Hạnh phúc',
      'Cần Thơ, ngày 09 tháng 7 năm 2024',
      'BÁO CÁO',
      'tóm tắt về thu gom chất thải rắn',
    ]);
    expect(lines).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(lines).toContain('Nơi nhận:');
    expect(lines).toContain('TM. ỦY BAN NHÂN DÂN');
    expect(lines).toContain('CHỦ TỊCH');
    const { margins, size } = pageSetup(xml);
    expect(size).toEqual([11906, 16838]);
    expect(margins.top).toBeGreaterThanOrEqual(20);
    expect(margins.top).toBeLessThanOrEqual(25);
    expect(margins.bottom).toBeGreaterThanOrEqual(20);
    expect(margins.bottom).toBeLessThanOrEqual(25);
    expect(margins.left).toBeGreaterThanOrEqual(30);
    expect(margins.left).toBeLessThanOrEqual(35);
    expect(margins.right).toBeGreaterThanOrEqual(15);
    expect(margins.right).toBeLessThanOrEqual(20);
    expect(/<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0]).toContain('w:ascii="Times New Roman"');
    for (const m of xml.matchAll(/<w:sz w:val="(\d+)"/g)) expect([26, 28]).toContain(Number(m[1]));
  });
});
