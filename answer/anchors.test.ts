/**
 * @module answer/anchors.test
 * A question's anchors (names, numbers, full dates) are read without the documents it names, and a clause shows
 * them only when it holds the same numbers in a row or the same name.
 */
import { describe, expect, it } from 'vitest';
import { type Anchor, anchorShown, questionAnchors } from './anchors.ts';
import { classifyQuestion } from './classify.ts';

const anchorsOf = (question: string) => questionAnchors(classifyQuestion(question));

describe('questionAnchors', () => {
  it.each<[string, Anchor[]]>([
    // The honorific opening the question is not part of the name; an acronym (`VLNCN`) is no name.
    ['Ông Đặng Văn Thức thi kiểm tra an toàn VLNCN được mấy điểm?', [{ name: 'dang van thuc' }]],
    // A count and a month are anchors; the number of a named document is not.
    [
      'Theo Kế hoạch 3024/KH-SCT, kỳ kiểm tra cho 19 đơn vị tháng 7/2026 diễn ra lúc nào?',
      [{ numbers: [19] }, { numbers: [7, 2026] }],
    ],
    // A full date is one anchor, day, month and year in a row, in English as in Vietnamese.
    ['How many people failed the 7 July 2026 explosives test?', [{ numbers: [7, 7, 2026] }]],
    // In English the glossary's words around a Vietnamese name are not part of it.
    ['Which resolution does the Green and Clean Cần Thơ programme cite?', [{ name: 'can tho' }]],
    // A company after its type words is a party, its name read even without a Vietnamese letter or with a
    // lower-case word inside; a plate is one anchor, not three numbers; a unit's digit (`m3`) is no figure.
    ['Xe của Công ty TNHH Hoa Sen chở bao nhiêu m3?', [{ name: 'hoa sen', party: true }]],
    [
      'Công ty cổ phần Hóa chất Việt Trì có xe biển số 29C-123.45 chở bao nhiêu lít?',
      [{ name: 'hoa chat viet tri', party: true }, { plate: '29c12345' }],
    ],
    // One capitalized word after `Công ty` is not a name.
    ['Công ty Mỏ phải nộp bao nhiêu tiền?', []],
    // Typed without diacritics, a name cannot be told from other words.
    ['xe cho xang dau cua cong ty thai thinh chay tuyen nao', []],
  ])('%s', (question, anchors) => {
    expect(anchorsOf(question)).toEqual(anchors);
  });
});

describe('anchorShown', () => {
  it.each<[Anchor, string, boolean]>([
    [{ numbers: [7, 2026] }, 'Kỳ kiểm tra diễn ra trong tháng 7 năm 2026.', true],
    [{ numbers: [3, 6, 2026] }, '1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026 (Thứ Tư).', true],
    [{ numbers: [7, 7, 2026] }, 'Từ 13h30’ ngày 03/6/2026, kiểm tra 7 người.', false],
    [{ name: 'sin quyen' }, 'Xét đề nghị của Chi nhánh Mỏ tuyển đồng Sin Quyền, Lào Cai', true],
    [{ name: 'thai thinh' }, 'Công ty TNHH Thái Bình Thịnh vận chuyển xăng dầu', false],
    // A plate however it is spaced and dotted; a sum however its thousands are written.
    [{ plate: '21a11304' }, 'Xe ô tô xi téc có biển số đăng ký: 21A - 11304', true],
    [{ numbers: [1500000] }, 'Phạt tiền 1500000 đồng', true],
    [{ numbers: [1500000] }, 'Phạt tiền 1.500.000 đồng', true],
  ])('%j in “%s”: %s', (anchor, text, shown) => {
    expect(anchorShown(anchor, text)).toBe(shown);
  });
});
