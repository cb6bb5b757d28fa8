/**
 * Header fields a text layer or an OCR spells with look-alikes: a joint guidance whose code carries Cyrillic
 * В, С, Т and wraps onto a second line (hoa-chat/van-ban-goc/06-danh-muc-cong-van/Huong-dan-lien-nganh-24-N2O.pdf,
 * as loaded), and a team's plan whose signer's name the seal hid, leaving the body's line read without
 * accents (vat-lieu-no/su-dung/vi-du-thuc-te/KH-1105-DKT-ke-hoach-kiem-tra.pdf, after OCR). Both are dev-split
 * archive files outside every gold.
 */
import { describe, expect, it } from 'vitest';
import lookalikes from '../../core/lexicon/latin-lookalikes.json' with { type: 'json' };
import { latinLookalikes } from '../../core/text/lookalikes.ts';
import { parseDocument } from '../parse-document.ts';
import { canonicalSymbol, findSymbols } from '../references/canonical.ts';
import { KH_1105_HEADER } from './fixtures/kh-1105-header.ts';

const parse = (text: string) => parseDocument(text, { documentId: 'doc', sourceName: 'doc.pdf' }).metadata;

/** The loader's text of the joint guidance's header: Cyrillic В, С, Т in `ВСТ-ВТC`. */
const JOINT_GUIDANCE = [
  'BỘ CÔNG AN BỘ QUỐC PHÒNG',
  'BỘ CÔNG THƯƠNG',
  'BỘ TÀI CHÍNH VIỆN KIỂM SÁT',
  'NHÂN DÂN TÓI CAO TÒA ÁN',
  'NHÂN DÂN TÓI CAO',
  'CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM',
  'Độc lập Tự do Hạnh phúc',
  'Số: 24 /HDLN-BCA-BQP-BYT-',
  'Hà Nội, ngày 25 tháng 6 năm 2026',
  'BỘ Y TẾ',
  '\u0412\u0421\u0422-\u0412\u0422C-VKSNDTC-TANDTC',
  'HƯỚNG DẪN LIÊN NGÀNH',
  'Về việc xử lý đối với hành vi vi phạm liên quan đến',
  'sản xuất, buôn bán, vận chuyển, tàng trữ N2O',
  'Căn cứ mục 2.2, Nghị quyết số',
  '173/2024/QH15 ngày 30/11/2024 của Quốc hội quy định.',
].join('\n');

/** The plan's header and closing as OCR read them: `lowfấg` under the seal, the body line without accents. */
const TEAM_PLAN = (name: string) =>
  [
    ...KH_1105_HEADER,
    '',
    'Trên đây là Kế hoạch kiểm tra của Đoản, đề nghị các thành viên và đơn vị',
    'có liên quan phôi hợp thực hiện./.',
    '',
    'Nơi nhận: TM. ĐOÀN KIÊM TRA',
    '- Giám đốc Sở (để báo cáo và phê duyệt);',
    '- Thành viên Đoàn (đề thực hiện);',
    '- Lưu: VT, CN. Cường).',
    '',
    name,
    '- PHO GIAM ĐỌC',
    'SƠ CÔNG THƯƠNG LAO CAIFz',
  ].join('\n');

describe('look-alike letters of other scripts', () => {
  it('reads a joint code with Cyrillic letters, wrapped onto the next line, as one symbol', () => {
    const meta = parse(JOINT_GUIDANCE);
    expect(meta.symbol).toBe('24/HDLN-BCA-BQP-BYT-BCT-BTC-VKSNDTC-TANDTC');
    expect(meta.number).toBe('24');
  });

  it('reads a cited symbol with Cyrillic letters as the Latin one, at the same offsets', () => {
    const text = 'theo Kế hoạch số 1896/\u041a\u041d-SCT ngày 09/4/2026';
    const [found] = findSymbols(text);
    expect(found.canonical.symbol).toBe('1896/KH-SCT');
    expect(text.slice(found.start, found.end)).toBe('1896/\u041a\u041d-SCT');
    expect(canonicalSymbol('Số: 12/\u041a\u041d-UBND')?.type).toBe('KH');
  });

  it('keeps tokens wholly in another script or with letters that have no Latin twin', () => {
    expect(latinLookalikes('α-picoline, β-picoline')).toBe('α-picoline, β-picoline');
    expect(latinLookalikes('\u0441) у\u0430 \u0437)')).toBe('\u0441) у\u0430 \u0437)');
  });

  it.each(lookalikes.entries.map((e) => [`${e.code} ${e.name}`, e] as const))('%s is a Latin look-alike', (_, e) => {
    expect(e.from).toMatch(/^[\u0370-\u04ff]$/u);
    expect(e.to).toMatch(/^[A-Za-z]$/);
    expect(e.name).toMatch(/^(?:CYRILLIC|GREEK) /);
  });
});

describe('the issuing body repeated under a signature', () => {
  it('is not the signer when the seal hid the name', () => {
    const meta = parse(TEAM_PLAN('lowfấg Văn Thuân'));
    expect(meta.signer?.name ?? null).toBeNull();
    expect(meta.signer?.capacity).toBe('TM. ĐOÀN KIÊM TRA');
  });

  it('leaves a name read above it as the signer', () => {
    expect(parse(TEAM_PLAN('Hoàng Văn Thuân')).signer?.name).toBe('Hoàng Văn Thuân');
  });
});

/**
 * A decision's scan with the receiving office's stamp over its header, as the stamp reads on the page
 * (hoa-chat/vi-du-thuc-te/xu-phat/QD-26-QD-XPVPHC-2026-…pdf: `SỞ CÔNG THƯƠNG LÀO CAI / ĐẾN Số 4708 /
 * Ngày 20/7/2026`), its number and day handwritten into the blanks and lost by the OCR.
 */
const STAMPED_DECISION = (stamp: string[]) =>
  [
    'BỘ CÔNG THƯƠNG CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
    '',
    'CỤC HÓA CHÁT Độc lập - Tự do - Hạnh phúc',
    'Số: /QĐ-XPVPHC Hà Nội, ngày tháng 7 năm 2026',
    ...stamp,
    'QUYẾT ĐỊNH',
    'Xử phạt vi phạm hành chính',
    'CỤC TRƯỞNG CỤC HÓA CHÁT',
    '',
    'Căn cứ Luật Xử lý vi phạm hành chính 2012 (được sửa đổi, bồ sung năm',
    '2020, 2025);',
  ].join('\n');

describe('a received stamp over the header (NĐ 30/2020 Phụ lục IV, dấu "ĐẾN")', () => {
  it.each([
    [['SỞ CÔNG THƯƠNG LÀO CAI', 'ĐẾN Số 4708', 'Ngày 20/7/2026']],
    [['CÔNG VĂN ĐẾN', 'Số: 4708', 'Ngày 20/7/2026', 'Chuyển: P.CN']],
  ])('%j gives the document neither its number, its date nor its type', (stamp) => {
    const meta = parse(STAMPED_DECISION(stamp));
    expect(meta.type).toBe('QD');
    expect(meta.symbol).toBeNull();
    expect(meta.date).toBeNull();
    expect(meta.partialDate).toBe('2026-07');
    expect(meta.title).toBe('Xử phạt vi phạm hành chính');
  });
});
