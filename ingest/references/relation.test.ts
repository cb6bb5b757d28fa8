import { describe, expect, it } from 'vitest';
import { cueBefore, relationBefore, relationOfCue } from './relation.ts';
import { parenSpans, quotedSpans } from './scan.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';

describe('cueBefore: the words just before a mention', () => {
  it.each([
    ['Quán triệt, triển khai thực hiện ', 'implements'],
    ['Về việc triển khai thực hiện ', 'implements'],
    ['xây dựng kế hoạch để cụ thể hóa, thực hiện tốt ', 'implements'],
    ['Quán triệt ', 'implements'],
    ['Căn cứ ', 'implements'],
    ['chỉ đạo giám sát việc thi hành ', 'implements'],
    ['Nhằm tiếp tục chỉ đạo, triển khai thực hiện nghiêm túc, có hiệu quả ', 'implements'],
    ['các cấp tiếp tục thực hiện ', 'continues'],
    ['tiếp tục quán triệt, triển khai thực hiện tốt các quan điểm đã đề ra trong ', 'continues'],
    ['tổ chức sơ kết, tổng kết việc thực hiện ', 'reviews'],
    ['Tổng kết 10 năm thực hiện ', 'reviews'],
    ['(Đính kèm ', 'attaches'],
    ['gửi kèm theo Công văn này ', 'attaches'],
    ['Sau hơn 10 năm triển khai thực hiện ', 'background'],
    ['Sau 5 năm thực hiện ', 'background'],
    ['phấn đấu hoàn thành các chỉ tiêu đã đề ra trong ', null],
    ['tuyên truyền ', null],
  ])('%j → %s', (before, cue) => {
    expect(cueBefore(foldKeepingOffsets(before))).toBe(cue);
  });

  it.each([
    ['implements', 'implements'],
    ['continues', 'continues'],
    ['background', 'cites'],
    [null, 'cites'],
  ] as const)('%s gives %s', (cue, relation) => {
    expect(relationOfCue(cue)).toBe(relation);
  });
});

describe('relationBefore: the sentence, with quoted subjects blanked', () => {
  const relationAt = (text: string, mention: string, occurrence = 0, joinLines = false) => {
    let at = -1;
    for (let i = 0; i <= occurrence; i++) at = text.indexOf(mention, at + 1);
    return relationBefore({
      folded: foldKeepingOffsets(text),
      text,
      mention: { start: at, end: at + mention.length },
      floor: 0,
      joinLines,
      masks: [...quotedSpans(text), ...parenSpans(text)],
    }).relation;
  };

  it('words inside a cited subject do not type the next edge (regression: quoted-subject trap)', () => {
    const text =
      'Tuyên truyền Kết luận số 81-KL/TW “Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI” và Nghị quyết số 120/NQ-CP.';
    expect(relationAt(text, 'Kết luận số 81-KL/TW')).toBe('cites');
    expect(relationAt(text, 'Nghị quyết số 120/NQ-CP')).toBe('cites');
  });

  it('a previous sentence does not type the edge', () => {
    const text = 'Các cấp tiếp tục thực hiện tốt nhiệm vụ. Tuyên truyền Kết luận số 81-KL/TW.';
    expect(relationAt(text, 'Kết luận số 81-KL/TW')).toBe('cites');
  });

  it('a list shares the verb that governs it', () => {
    const text =
      'tiếp tục quán triệt, triển khai thực hiện Nghị quyết số 41-NQ/TW và Chỉ thị số 38-CT/TU; Nghị quyết số 24-NQ/TW.';
    expect(relationAt(text, 'Chỉ thị số 38-CT/TU')).toBe('continues');
    expect(relationAt(text, 'Nghị quyết số 24-NQ/TW')).toBe('continues');
  });

  it('a title broken over header lines runs on', () => {
    const text = 'Số 1032-CV/TU\nQuán triệt, triển khai thực hiện\nKết luận số 81-KL/TW ngày 04/6/2024';
    expect(relationAt(text, 'Kết luận số 81-KL/TW', 0, true)).toBe('implements');
    expect(relationAt(text, 'Kết luận số 81-KL/TW', 0, false)).toBe('cites');
  });

  it('a mention inside parentheses reads its own words', () => {
    const text = 'thực hiện tốt nhiệm vụ.\n(Đính kèm Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị).';
    expect(relationAt(text, 'Kết luận số 81-KL/TW')).toBe('attaches');
  });
});

/** The relation `relationBefore` gives the first `mention` in `text` (`body`: the sentence sits under a numbered part). */
const relationOf = (text: string, mention: string, body = false) => {
  const at = text.indexOf(mention);
  return relationBefore({
    folded: foldKeepingOffsets(text),
    text,
    mention: { start: at, end: at + mention.length },
    floor: 0,
    joinLines: false,
    masks: [...quotedSpans(text), ...parenSpans(text)],
    body,
  }).relation;
};

describe('relationBefore: a provision cited in the legal form is not implemented', () => {
  // Excerpts of NĐ 139/2025/NĐ-CP (Điều 10) and of a Sở Công Thương report (dev split).
  it.each([
    [
      '1. Ủy ban nhân dân cấp xã thực hiện nhiệm vụ trong lĩnh vực điện lực quy định tại khoản 3 Điều 22; khoản 2 Điều 45; khoản 6 Điều 51 của Nghị định số 62/2025/NĐ-CP ngày 04 tháng 3 năm 2025',
      'Nghị định số 62/2025/NĐ-CP',
      'cites',
    ],
    [
      'Sở đã ban hành văn bản đôn đốc thực hiện theo quy định của Nghị định số 44/2016/NĐ-CP ngày 15/5/2016',
      'Nghị định số 44/2016/NĐ-CP',
      'cites',
    ],
    ['Thực hiện Văn bản số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương', 'Văn bản số 606/BCT-ATMT', 'implements'],
  ])('%s', (text, mention, relation) => {
    expect(relationOf(text, mention)).toBe(relation);
  });
});

describe('relationBefore: what the writer issued, and a body’s “căn cứ”, are cited', () => {
  // A Sở Công Thương report of the archive (dev split): the letters it issued while carrying out a plan.
  it.each([
    [
      'Trong quá trình triển khai, Sở đã ban hành Văn bản số 1437/SCT-CN ngày 23/3/2026 về việc đôn đốc triển khai',
      '1437/SCT-CN',
      'cites',
    ],
    [
      'Sở thường xuyên theo dõi, đôn đốc các đơn vị thực hiện; ban hành Công văn số 2171/SCT-CN ngày 21/4/2026',
      'Công văn số 2171/SCT-CN',
      'cites',
    ],
    // The documents issued above are what is carried out: only an act named as what was issued is cited.
    [
      'Tiếp tục quán triệt, thực hiện các văn bản do Trung ương ban hành như Chỉ thị số 05-CT/TW ngày 15/5/2016',
      'Chỉ thị số 05-CT/TW',
      'continues',
    ],
  ])('%s', (text, mention, relation) => {
    expect(relationOf(text, mention)).toBe(relation);
  });

  it('“căn cứ” in the body cites; in the opening it is the document’s basis', () => {
    const text =
      'Căn cứ Công văn số 606/BCT-ATMT ngày 29/01/2026 của Bộ Công Thương và Kế hoạch số 89/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh';
    expect(relationOf(text, 'Kế hoạch số 89/KH-UBND', true)).toBe('cites');
    expect(relationOf(text, 'Kế hoạch số 89/KH-UBND', false)).toBe('implements');
  });
});

describe('relationBefore: a request to change an act cites it (only the issuing act amends)', () => {
  // Chỉ thị 07/2012/CT-TTg (dev split), and a Sở's task sentence in the same form.
  it.each([
    [
      '- Chủ trì, phối hợp với các Bộ, ngành liên quan đánh giá tình hình triển khai và đề xuất sửa đổi, bổ sung Quyết định số 66/2009/QĐ-TTg ngày 24 tháng 4 năm 2009 của Thủ tướng Chính phủ',
      'Quyết định số 66/2009/QĐ-TTg',
      'cites',
    ],
    [
      'Sở Xây dựng chủ trì thực hiện rà soát các quy định hiện hành, kiến nghị Ủy ban nhân dân tỉnh bổ sung Quyết định số 12/2021/QĐ-UBND',
      'Quyết định số 12/2021/QĐ-UBND',
      'cites',
    ],
    // `Theo đề nghị của …` names who proposed this act; the verb after it still governs.
    [
      'Theo đề nghị của Giám đốc Sở Công Thương, triển khai thực hiện Quyết định số 12/2021/QĐ-UBND',
      'Quyết định số 12/2021/QĐ-UBND',
      'implements',
    ],
  ])('%s', (text, mention, relation) => {
    expect(relationOf(text, mention)).toBe(relation);
  });
});
