/**
 * Header fields of text that does not read as Vietnamese are left empty, never filled with garbage:
 * `pdftotext -layout` of dev-split archive PDFs — 466.-Phieu-chuyen-SCT-…-Ngoi-Nhu-1A.pdf (fonts mapping
 * glyphs to wrong code points, before it is read back) and Phieu-trinh.pdf (a text layer OCR'd without
 * Vietnamese) — and the noise a scan leaves beside a signer's title
 * (31.3.2026_BB_kiemtra_Kho-VLNCN_TD_NamCang1A_D.pdf, after OCR).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeBrokenFont } from '../../core/text/broken-font.ts';
import { parseDocument } from '../parse-document.ts';

const parse = (text: string) => parseDocument(text, { documentId: 'doc', sourceName: 'doc.txt' }).metadata;
const BROKEN_FONT = readFileSync('core/text/fixtures/pdftotext-broken-font-phieu-chuyen.txt', 'utf8');
const OCR_WITHOUT_VIETNAMESE = readFileSync('core/text/fixtures/pdftotext-ocr-without-vietnamese.txt', 'utf8');

/** The signature block of the minutes as OCR read it: `; |` printed after the title by the seal's edge. */
const MINUTES_SIGNED_BY_PARTIES = [
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'BIÊN BẢN KIỂM TRA',
  'Công tác nghiệm thu về phòng cháy chữa cháy và hoàn thành công trình xây dựng kho',
  'Hôm nay, ngày 31/3/2026, Sở Công Thương tiến hành kiểm tra thực tế kho chứa vật liệu nổ công nghiệp.',
  '2. Ý kiến của Chú đầu tư và các đơn vị, nhà thầu tham gia kiểm tra: Hoàn',
  'toàn nhất trí với nội dung trong biên bản.',
  '',
  'ĐẠI DIỆN SỞ CÔNG THƯƠNG ĐẠI DIỆN CÔNG TY CP ĐẦU TƯ',
  'PHÓ GIÁM ĐÓC ; |',
  '',
  'Phạm Xuân Phường',
].join('\n');

describe('fields of garbled headers', () => {
  it('a broken font as printed: no issuer, place or signer spelled in another script', () => {
    const meta = parse(BROKEN_FONT);
    for (const value of [meta.issuer, meta.place, meta.title, meta.signer?.name, meta.signer?.title]) {
      expect(value ?? '').not.toMatch(/[\u0400-\u04ff\u02b0-\u036f]/u);
    }
    expect(meta.issuer).toBeNull();
  });

  it('the same text read back gives the whole header', () => {
    const meta = parse(decodeBrokenFont(BROKEN_FONT)?.text ?? '');
    expect(meta).toMatchObject({
      type: 'PC',
      symbol: '466/PC-VPUBND',
      issuer: 'Văn phòng Ủy ban nhân dân tỉnh Lào Cai',
      place: 'Lào Cai',
      date: '2026-05-12',
    });
    expect(meta.signer).toMatchObject({ capacity: 'KT. CHÁNH VĂN PHÒNG', name: 'Hoàng Ngọc Bích' });
  });

  it('an OCR made without Vietnamese: its unaccented, misread cells give no title, place or signer', () => {
    const meta = parse(OCR_WITHOUT_VIETNAMESE);
    expect(meta.title).toBeNull();
    expect(meta.place).toBeNull();
    expect(meta.signer).toBeNull();
  });
});

describe('a scan’s noise beside the signer’s title', () => {
  it('is no part of the title', () => {
    expect(parse(MINUTES_SIGNED_BY_PARTIES).signer).toMatchObject({ title: 'PHÓ GIÁM ĐÓC', name: 'Phạm Xuân Phường' });
  });
});

/** The top of a scanned blank form as tesseract -l vie reads it (PL4-giay-de-nghi-cap-moi.pdf, dev split). */
const SCANNED_FORM_HEADING = [
  'Phụ lục IV',
  'Ù GIÁY ĐÈ NGHỊ CÁP GIÁY PHÉP VẬN CHUYÉN',
  'HÀNG N GUY HIẾM',
  '(Kèm theo Nghị định số 161/2024/NĐ-CP',
  'ngày 18 tháng l2 năm 2024 của Chính phủ)',
  'TÊN TỎ CHỨC, CÁ NHÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  '—————— Độc lập - Tự do - Hạnh phúc',
  'Số:......... ..., Øày...thẳng...năM ....',
  'GIÁY ĐÈ NGHỊ CÁP GIẦY PHÉP VẬN CHUYÊN',
  'HÀNG NGUY HIẾM',
  'Kính gửi: .................................«-',
  '1, Tên tổ chức/cá nhân đề nghị cấp Giấy phép vận chuyển hàng nguy hiểm.',
].join('\n');

describe('a scanned heading with squeezed marks', () => {
  it('gives the title as printed, not as misread', () => {
    expect(parse(SCANNED_FORM_HEADING).title).toContain('CẤP GIẤY PHÉP VẬN CHUYỂN HÀNG NGUY HIỂM');
  });
});

/** A blank application form's header (hang-nguy-hiem/mau-ho-so/Mau 1 - Giay de nghi cap Giay phep (Phu luc IV).docx, dev split). */
const APPLICATION_FORM = [
  '(TÊN TỔ CHỨC ĐỀ NGHỊ)',
  'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập - Tự do - Hạnh phúc',
  'Lào Cai, ngày       tháng 6 năm 2026',
  'GIẤY ĐỀ NGHỊ CẤP GIẤY PHÉP',
  'VẬN CHUYỂN HÀNG HÓA NGUY HIỂM',
  'Kính gửi: Sở Công Thương tỉnh Lào Cai.',
  '1. Tên tổ chức đề nghị cấp Giấy phép vận chuyển hàng hóa nguy hiểm: (tên tổ chức đề nghị).',
].join('\n');

describe('a Giấy named on one line with its subject', () => {
  it('keeps the type words in the title: the whole line names the paper', () => {
    const meta = parse(APPLICATION_FORM);
    expect(meta.type).toBe('GDN');
    expect(meta.title).toBe('GIẤY ĐỀ NGHỊ CẤP GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY HIỂM');
  });
});
