import { describe, expect, it } from 'vitest';
import { findTimeframe, type Timeframe } from './timeframes.ts';

describe('findTimeframe', () => {
  it.each<[string, number | null, Timeframe | null]>([
    ['Phấn đấu đến năm 2025 đạt 100%', null, { deadline: 2025, period: null }],
    ['đến hết năm 2020', null, { deadline: 2020, period: null }],
    ['trước năm 2030', null, { deadline: 2030, period: null }],
    ['giai đoạn 2022 - 2025', null, { deadline: 2025, period: { from: 2022, to: 2025 } }],
    ['giai đoạn 2022-2025', null, { deadline: 2025, period: { from: 2022, to: 2025 } }],
    ['nhiệm kỳ 2015-2020, cụ thể như sau:', null, { deadline: 2020, period: { from: 2015, to: 2020 } }],
    ['từ năm 2021 đến năm 2025', null, { deadline: 2025, period: { from: 2021, to: 2025 } }],
    // The deadline wins over the end of the period; a programme's giai đoạn over the congress term.
    [
      'các chỉ tiêu về môi trường đến năm 2020 đã đề ra trong Nghị quyết Đại hội (nhiệm kỳ 2015 - 2020):',
      null,
      { deadline: 2020, period: { from: 2015, to: 2020 } },
    ],
    [
      'Đại hội lần thứ XIV, nhiệm kỳ 2020 - 2025, ban hành Chương trình giai đoạn 2022 - 2025 với những nội dung sau:',
      null,
      { deadline: 2025, period: { from: 2022, to: 2025 } },
    ],
    // Vision horizons, quoted titles of other documents, history before the document's year.
    ['tầm nhìn đến năm 2045', null, null],
    [
      'Quy hoạch thời kỳ 2021 - 2030, tầm nhìn đến năm 2050',
      null,
      { deadline: 2030, period: { from: 2021, to: 2030 } },
    ],
    ['Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”', null, null],
    ['kết quả đến năm 2015', 2017, null],
    ['Luật Bảo vệ Môi trường năm 2014', null, null],
    ['Sau hơn 10 năm triển khai thực hiện', null, null],
  ])('%s', (text, notBefore, expected) => {
    expect(findTimeframe(text, notBefore)).toEqual(expected);
  });
});
