import { describe, expect, it } from 'vitest';
import { parseDocument } from '../parse-document.ts';
import { symbolFromSourceName } from './source-name-symbol.ts';

// Header lines as OCR gives them from two archive scans whose numbers were written by hand at registration.
const DECISION_SCAN = [
  'BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'CỤC HÓA CHÁT Độc lập - Tự do - Hạnh phúc',
  'Số: số /QĐ-XPVPHC Hà Nội, ngàyOẨ tháng 7 năm 2026',
];
const LETTER_SCAN = [
  "BỘ CÔNG THƯƠNG CỘNG HOÀ XÃ ` = 'HỦ NGHĨA VIỆT NAM",
  ') Độc lập - Tự do - Hạnh phúc',
  'số,2 l BCT-ATMT C—— “',
  'V/v triên khai thực hiện thủ tục câp Hà Nội, ngày0) thángh năm 2026',
];

describe('symbolFromSourceName', () => {
  it('takes the number from a name that repeats the code the header prints', () => {
    expect(symbolFromSourceName('xu-phat/QD-26-QD-XPVPHC-2026-Cuc-Hoa-chat-xu-phat.pdf', DECISION_SCAN)?.symbol).toBe(
      '26/QĐ-XPVPHC',
    );
    expect(symbolFromSourceName('CV-2265-BCT-ATMT-trien-khai.pdf', LETTER_SCAN)?.symbol).toBe('2265/BCT-ATMT');
  });

  it('joins a Party code the Party way', () => {
    expect(symbolFromSourceName('KL-81-KL-TW-ban-chup.pdf', ['Số -KL/TW'])?.symbol).toBe('81-KL/TW');
  });

  it('leaves a name whose code the header does not print', () => {
    // Another document's number in the name (the plan this report follows), and a bare date.
    expect(symbolFromSourceName('BC-theo-KH-1105-DKT.pdf', DECISION_SCAN)).toBeNull();
    expect(symbolFromSourceName('Bien-ban-8.6.2026.pdf', DECISION_SCAN)).toBeNull();
  });

  it('needs the code on the header’s Số line, not anywhere in the text', () => {
    expect(symbolFromSourceName('QD-26-QD-XPVPHC.pdf', ['Căn cứ Quyết định 12/QĐ-XPVPHC của Cục'])).toBeNull();
  });
});

describe('parseDocument with a named file', () => {
  const header = (numberLine: string) =>
    [
      'ỦY BAN NHÂN DÂN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      'TỈNH LÀO CAI Độc lập - Tự do - Hạnh phúc',
      `${numberLine} Lào Cai, ngày 06 tháng 11 năm 2025`,
      '',
      'QUYẾT ĐỊNH',
      'Về việc ủy quyền cấp giấy phép sử dụng vật liệu nổ công nghiệp',
      '',
      'Điều 1. Ủy quyền cho Giám đốc Sở Công Thương cấp giấy phép sử dụng vật liệu nổ công nghiệp.',
    ].join('\n');

  it('fills an unreadable number from the name and says where it came from', () => {
    const doc = parseDocument(header("Số: ỉ' /QĐ-UBND"), {
      documentId: 'd',
      sourceName: 'QD-1883-QD-UBND-uy-quyen.pdf',
    });
    expect(doc.metadata.symbol).toBe('1883/QĐ-UBND');
    expect(doc.metadataSources.symbol).toBe('file-name');
  });

  it('keeps a draft’s blank number blank whatever the name says', () => {
    const doc = parseDocument(header('Số:       /QĐ-UBND'), {
      documentId: 'd',
      sourceName: 'du-thao-trinh-TTr-2205_ban-hanh-QD-1883-UBND.docx',
    });
    expect(doc.metadata.symbol).toBeNull();
    expect(doc.metadata.draft).toBe(true);
  });
});
