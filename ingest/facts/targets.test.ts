import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import { buildClauseTree } from '../structure/clause-tree.ts';
import { extractTargets } from './targets.ts';

/** Targets whose sentences set no deadline: a heading, a lead-in and the title set it instead. */
const RESOLUTION = `NGHỊ QUYẾT
về bảo vệ môi trường đến năm 2030
I- MỤC TIÊU
1- Mục tiêu đến năm 2025
- 100% chất thải rắn y tế được thu gom và xử lý.
2- Mục tiêu cụ thể
Thực hiện đạt các chỉ tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh, nhiệm kỳ 2020-2025, cụ thể như sau:
- 95% dân số đô thị sử dụng nước sạch.
- Tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom đạt 80%.
3- Chỉ tiêu khác
- Tỷ lệ che phủ rừng đạt 45%.
- Đến năm 2027, trồng mới 500 ha rừng phòng hộ ven biển.
II- TỔ CHỨC THỰC HIỆN
Sau 10 năm thực hiện Nghị quyết số 41-NQ/TW ngày 15/11/2004, Luật Bảo vệ Môi trường năm 2014, Đại hội lần thứ XI.
`;

const clean = cleanText(RESOLUTION).clean.text;
const clauses = buildClauseTree({ documentId: 'nq', cleanText: clean, documentLabel: 'NQ' });
const targets = extractTargets(clauses, {
  place: 'Sóc Trăng',
  date: '2021-05-04',
  title: 'về bảo vệ môi trường đến năm 2030',
});

describe('extractTargets on a resolution', () => {
  it.each<[string, string, number, number | null, { from: number; to: number } | null, string | null]>([
    // The heading of the item (`Mục tiêu đến năm 2025`).
    ['I-1-b1', 'chất thải rắn y tế được thu gom và xử lý', 100, 2025, null, 'medical'],
    // The lead-in paragraph of the list (`nhiệm kỳ 2020-2025, cụ thể như sau:`).
    ['I-2-b1', 'dân số đô thị sử dụng nước sạch', 95, 2025, { from: 2020, to: 2025 }, 'urban'],
    ['I-2-b2', 'tỷ lệ chất thải rắn sinh hoạt nông thôn được thu gom', 80, 2025, { from: 2020, to: 2025 }, 'rural'],
    // The document title.
    ['I-3-b1', 'tỷ lệ che phủ rừng', 45, 2030, null, null],
    // The sentence's own deadline wins.
    ['I-3-b2', 'trồng mới rừng phòng hộ ven biển', 500, 2027, null, null],
  ])('%s: %s', (anchor, indicator, value, deadline, period, scope) => {
    const found = targets.filter((t) => t.clauseId === `nq~${anchor}`);
    expect(
      found.map((t) => ({
        indicator: t.indicator,
        value: t.value,
        deadline: t.deadline,
        period: t.period,
        scope: t.scope,
      })),
    ).toEqual([{ indicator, value, deadline, period, scope }]);
    expect(found[0].place).toBe('Sóc Trăng');
    expect(clean.slice(found[0].span.start, found[0].span.end)).toContain(found[0].valueText);
  });

  it('finds nothing in years, dates, symbols, term numbers and counts of years', () => {
    expect(targets.filter((t) => t.clauseId.startsWith('nq~II'))).toEqual([]);
    expect(targets).toHaveLength(5);
  });
});
