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
    expect(numberLine('party', '3', 'BTGTU', 'letter')).toBe('Số 3-CV/BTGTU');
    expect(numberLine('state', '3', 'UBND-KT', 'letter')).toBe('Số: 3/UBND-KT');
    expect(placeDateLine('Cần Thơ', '2024-07-09')).toBe('Cần Thơ, ngày 09 tháng 7 năm 2024');
    expect(placeDateLine('Cần Thơ', '2024-02-15')).toBe('Cần Thơ, ngày 15 tháng 02 năm 2024');
  });
});

/** The run (its properties and text) that prints `text`, from the document XML. */
function runOf(xml: string, text: string): string {
  const at = xml.indexOf(`>${text}</w:t>`);
  if (at < 0) return '';
  return xml.slice(xml.lastIndexOf('<w:r>', at), at);
}
const sizeOf = (run: string) => Number(/<w:sz w:val="(\d+)"/.exec(run)?.[1]) / 2;

const PARTY: BriefingHeader = {
  parentIssuer: 'Thành ủy Cần Thơ',
  issuer: 'Ban Tuyên giáo',
  number: '12',
  abbreviation: 'BTGTU',
  place: 'Cần Thơ',
  recipients: ['Thường trực Thành ủy'],
  signerTitle: 'Phó Trưởng ban',
  signerName: 'Nguyễn Văn A',
  format: formatForIssuer('Ban Tuyên giáo Thành ủy Cần Thơ'),
};

describe('DOCX header block', () => {
  it('Party issuer (36-HD/VPTW): Party line, issuing body, number, italic place–date, title, recipients, T/M signature', async () => {
    const { xml, styles, lines } = await read(
      PARTY,
      'Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.',
    );
    expect(lines.slice(0, 9)).toEqual([
      'THÀNH ỦY CẦN THƠ',
      'BAN TUYÊN GIÁO',
      '*',
      'Số 12-BC/BTGTU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
      'Cần Thơ, ngày 09 tháng 7 năm 2024',
      'BÁO CÁO',
      'tóm tắt về thu gom chất thải rắn',
      '-----',
    ]);
    expect(lines).toContain('Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.');
    expect(lines).not.toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    // ĐẢNG CỘNG SẢN VIỆT NAM: 15 pt, bold, underlined the length of the line; the document's name 15 pt.
    const partyLine = runOf(xml, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    expect(partyLine).toContain('<w:b/>');
    expect(partyLine).toMatch(/<w:u w:val="single"\/>/);
    expect(sizeOf(partyLine)).toBe(15);
    expect(sizeOf(runOf(xml, 'BÁO CÁO'))).toBe(15);
    // The issuing body 14 pt bold, its parent 14 pt upright; number and place–date 14 pt, the latter italic.
    expect(runOf(xml, 'BAN TUYÊN GIÁO')).toContain('<w:b/>');
    expect(runOf(xml, 'THÀNH ỦY CẦN THƠ')).not.toContain('<w:b/>');
    for (const t of ['BAN TUYÊN GIÁO', 'THÀNH ỦY CẦN THƠ', 'Số 12-BC/BTGTU']) expect(sizeOf(runOf(xml, t))).toBe(14);
    const placeDate = runOf(xml, 'Cần Thơ, ngày 09 tháng 7 năm 2024');
    expect(placeDate).toContain('<w:i/>');
    expect(sizeOf(placeDate)).toBe(14);
    expect(lines.slice(-6)).toEqual([
      'Nơi nhận:',
      '- Thường trực Thành ủy;',
      '- Lưu Văn phòng.',
      'T/M BAN THƯỜNG VỤ',
      'PHÓ TRƯỞNG BAN',
      'Nguyễn Văn A',
    ]);
    // "Nơi nhận:" 14 pt underlined, not bold; the recipients 12 pt.
    const noiNhan = runOf(xml, 'Nơi nhận:');
    expect(noiNhan).toMatch(/<w:u w:val="single"\/>/);
    expect(noiNhan).not.toContain('<w:b/>');
    expect(sizeOf(noiNhan)).toBe(14);
    expect(sizeOf(runOf(xml, '- Thường trực Thành ủy;'))).toBe(12);
    expect(pageSetup(xml)).toEqual({ size: [11906, 16838], margins: { top: 20, bottom: 20, left: 30, right: 15 } });
    expect(/<w:docDefaults>.*<\/w:docDefaults>/s.exec(styles)?.[0]).toContain('w:ascii="Times New Roman"');
    for (const m of xml.matchAll(/<w:sz w:val="(\d+)"/g)) expect([4, 24, 26, 28, 30]).toContain(Number(m[1]));
  });

  it('State issuer (NĐ 30/2020): national name and motto, `Số: …/BC-…`, TM. signature', async () => {
    const { xml, styles, lines } = await read({
      issuer: 'Ủy ban nhân dân thành phố Cần Thơ',
      abbreviation: 'UBND',
      place: 'Cần Thơ',
      recipients: ['Thường trực HĐND thành phố', 'Các sở, ban, ngành.'],
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
    expect(lines).not.toContain('-----');
    // Quốc hiệu 13 pt bold; tiêu ngữ 14 pt bold underlined; the issuing body 13 pt bold with a short rule under it.
    expect(sizeOf(runOf(xml, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'))).toBe(13);
    const motto = runOf(xml, 'Độc lập - Tự do - Hạnh phúc');
    expect(motto).toMatch(/<w:u w:val="single"\/>/);
    expect(sizeOf(motto)).toBe(14);
    expect(sizeOf(runOf(xml, 'ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ'))).toBe(13);
    const afterIssuer = xml.slice(xml.indexOf('ỦY BAN NHÂN DÂN THÀNH PHỐ CẦN THƠ'), xml.indexOf('Số: …/BC-UBND'));
    expect(afterIssuer).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // A rule under the trích yếu too.
    const afterTitle = xml.slice(xml.indexOf('tóm tắt về thu gom chất thải rắn'));
    expect(afterTitle.slice(0, 1500)).toMatch(/<w:pBdr><w:bottom w:val="single"/);
    // "Nơi nhận:" 12 pt bold italic; recipients 11 pt, each ending ";", then "Lưu: VT.".
    const noiNhan = runOf(xml, 'Nơi nhận:');
    expect(noiNhan).toContain('<w:b/>');
    expect(noiNhan).toContain('<w:i/>');
    expect(sizeOf(noiNhan)).toBe(12);
    const tail = lines.slice(lines.indexOf('Nơi nhận:'));
    expect(tail.slice(0, 4)).toEqual([
      'Nơi nhận:',
      '- Thường trực HĐND thành phố;',
      '- Các sở, ban, ngành;',
      '- Lưu: VT.',
    ]);
    expect(sizeOf(runOf(xml, '- Lưu: VT.'))).toBe(11);
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
    for (const m of xml.matchAll(/<w:sz w:val="(\d+)"/g)) expect([4, 22, 24, 26, 28]).toContain(Number(m[1]));
  });

  it.each([
    ['State', { issuer: 'Sở Công Thương tỉnh Lào Cai', abbreviation: 'SCT-KTATMT', number: '45' }, 'Số: 45/SCT-KTATMT'],
    ['Party', { ...PARTY, format: undefined, issuer: 'Ban Tuyên giáo Thành ủy' }, 'Số 12-CV/BTGTU'],
  ])('a %s letter: `V/v …` under the number, `Kính gửi:` before the text, no document name', async (_, h, number) => {
    const { lines } = await read({
      ...h,
      kind: 'letter',
      addressees: ['Ủy ban nhân dân các huyện, thị xã', 'Sở Tài nguyên và Môi trường'],
    } as BriefingHeader);
    expect(lines).toContain(number);
    expect(lines[lines.indexOf(number) + 1]).toBe('V/v tóm tắt về thu gom chất thải rắn');
    expect(lines).not.toContain('BÁO CÁO');
    const at = lines.indexOf('Kính gửi:');
    expect(lines.slice(at, at + 3)).toEqual([
      'Kính gửi:',
      '- Ủy ban nhân dân các huyện, thị xã;',
      '- Sở Tài nguyên và Môi trường.',
    ]);
    expect(at).toBeLessThan(lines.findIndex((l) => /^I\. /.test(l)));
  });

  it('a letter to one addressee keeps `Kính gửi:` and the name on one line', async () => {
    const { lines } = await read({ ...PARTY, kind: 'letter', addressees: ['Thường trực Thành ủy'] });
    expect(lines).toContain('Kính gửi: Thường trực Thành ủy');
  });
});
