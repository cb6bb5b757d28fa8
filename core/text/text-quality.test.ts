/** @module core/text/text-quality.test — real text layers of archive PDFs: good, wrongly mapped fonts, OCR made without Vietnamese. */
import { describe, expect, it } from 'vitest';
import { looksGarbled, textQuality } from './text-quality.ts';

// Text layers copied from archive PDFs (pdftotext).
const GOOD =
  'Sở Công Thương nhận được Văn bản số 01/GM-HTCS ngày 17/3/2026 kèm theo Báo cáo số 01/BC-HTCS ngày 17/03/2026 của Công ty cổ phần Đầu tư xây dựng hạ tầng cơ sở về việc báo cáo hoàn thành thi công xây dựng kho chứa vật liệu nổ công nghiệp thuộc Dự án thủy điện Nậm Cang 1A tại xã Mường Bo, tỉnh Lào Cai.';
const WRONG_GLYPHS =
  'Ngày 11/5/2026, Ӫ\\ ban nhân dân WӍQK QKұQ ÿѭӧF Công YăQ Vӕ 01/TTrCT05 ngày 07/5/2026 FӫD Công ty &ә SKҫQ ÿҫX Wѭ phát WULӇQ Ĉ{ WKӏ và Khu công QJKLӋS YӅ YLӋF ÿӅ QJKӏ phê GX\\ӋW SKѭѫQJ án Qә mìn WҥL Gӵ án WKӫ\\ ÿLӋQ Ngòi Nhù 1A, xã &KLӅQJ Ken, WӍQK Lào Cai (J͵L kèm).';
const OCR_WITHOUT_VIETNAMESE =
  'Cdn c* Ludt X} l! vi phqm hdnh chinh 2012 (duoc sua diji, bd sung ndm 2020,202s); Cdn c{r NShi dinh sA ZI2OISU,D-CP ngdy 30 thdng 8 ndm 2019 cia Chinh phil quy dinh vi xu phat vi phqm hdnh chinh trong linh vt{c h6a chlit vd';

describe('textQuality', () => {
  it.each([
    ['a text layer in Unicode', GOOD, false],
    ['fonts mapping glyphs to the wrong code points', WRONG_GLYPHS, true],
    ['an OCR layer made without Vietnamese', OCR_WITHOUT_VIETNAMESE, true],
    ['too short to judge', 'Cdn c* Ludt X} l!', false],
  ])('%s', (_, text, garbled) => {
    expect(looksGarbled(text)).toBe(garbled);
  });

  it('leaves codes and all-caps words out of the count', () => {
    expect(textQuality('UBND TỈNH LÀO CAI 1629/SCT-CN TTr').words).toBe(0);
  });
});
