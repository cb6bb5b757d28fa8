import { describe, expect, it } from 'vitest';
import { execAt, matchText, sourceSlice } from './match-text.ts';
import { actorSubject, openSubject } from './open-bodies.ts';

/** The subject a reader finds at the start of `text`, as printed; null when none. */
function read(find: typeof actorSubject, text: string, from = 0): string | null {
  const mt = matchText(text);
  const m = find(mt, from);
  return m ? sourceSlice(mt, m.start, m.end) : null;
}

// Golden: the cue is tested where the scan stands (a sticky regex), not on a slice of the rest — same readings as before,
// checked on every offset of the 1,626 stored clauses holding a cue (1,037 readings, none changed; the modal `phải`
// below then shortened 3).
describe('actorSubject', () => {
  it.each<[string, string | null]>([
    [
      'Điều 2. Tổ chức khai thác tàu lặn có trách nhiệm tổ chức thực hiện các nội dung trong',
      'Tổ chức khai thác tàu lặn',
    ],
    ['4. Ủy ban nhân dân cấp tỉnh có trách nhiệm:', 'Ủy ban nhân dân cấp tỉnh'],
    ['Các cơ quan, đơn vị trực thuộc Bộ Quốc phòng có trách nhiệm tổ chức lập Sổ theo dõi hóa chất', null],
    ['Tổ chức kiểm tra, giám sát và chịu trách nhiệm về kết quả', null],
    ['Cơ quan được giao chủ trì có trách nhiệm tổng hợp', null],
    // The modal before the cue is no part of the name (khoản 3 Điều 4 Nghị định 207/2026/NĐ-CP).
    [
      'Nhà thầu chính phải chịu trách nhiệm trước chủ đầu tư về các công việc do nhà thầu phụ thực hiện',
      'Nhà thầu chính',
    ],
  ])('%s → %s', (text, subject) => {
    const mt = matchText(text);
    const at = mt.text.search(/to chuc|uy ban|cac co quan|co quan|nha thau/);
    expect(read(actorSubject, text, at)).toBe(subject);
  });
});

describe('openSubject', () => {
  it.each<[string, string | null]>([
    ['Viễn thông Lào Cai: chủ trì, phối hợp với các đơn vị', 'Viễn thông Lào Cai'],
    ['Bộ Nông nghiệp và Môi trường chủ trì Dự thảo.', 'Bộ Nông nghiệp và Môi trường'],
    ['Đoàn thẩm định có trách nhiệm thẩm định thực tế', null],
    ['Tổ chức thực hiện kế hoạch và báo cáo kết quả', null],
  ])('%s → %s', (text, subject) => {
    expect(read(openSubject, text)).toBe(subject);
  });
});

describe('execAt', () => {
  it('matches only where the scan stands', () => {
    const cue = / chu tri/y;
    expect(execAt(cue, 'so cong thuong chu tri', 14)?.index).toBe(14);
    expect(execAt(cue, 'so cong thuong chu tri', 0)).toBeNull();
  });
});
