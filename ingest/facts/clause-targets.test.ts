import { describe, expect, it } from 'vitest';
import type { Comparator } from '../../core/types.ts';
import { targetsInText } from './clause-targets.ts';

type Row = [
  indicator: string,
  value: number,
  unit: string,
  comparator: Comparator | null,
  deadline: number | null,
  scope: string | null,
];

const CONTEXT = { place: 'Cần Thơ', notBefore: 2016 };

function rows(text: string): Row[] {
  return targetsInText(text, 0, CONTEXT).map((t) => [
    t.indicator,
    t.value,
    t.unit ?? '',
    t.comparator,
    t.deadline,
    t.scope,
  ]);
}

describe('targetsInText', () => {
  it.each<[string, Row[]]>([
    // Indicator first, comparator `đạt`, decimal comma.
    [
      'tỷ lệ che phủ rừng và cây lâu năm đạt 74,8%.',
      [['tỷ lệ che phủ rừng và cây lâu năm', 74.8, '%', 'reach', null, null]],
    ],
    // Value first; `Có` opens without naming anything.
    [
      'Có 100% cơ sở sản xuất kinh doanh đạt tiêu chuẩn môi trường.',
      [['cơ sở sản xuất kinh doanh đạt tiêu chuẩn môi trường', 100, '%', null, null, null]],
    ],
    // Two values share one predicate: the indicator is the predicate, the scopes differ.
    [
      '98% dân số nông thôn và 99% dân số đô thị sử dụng nước hợp vệ sinh.',
      [
        ['sử dụng nước hợp vệ sinh', 98, '%', null, null, 'rural'],
        ['sử dụng nước hợp vệ sinh', 99, '%', null, null, 'urban'],
      ],
    ],
    [
      '- 100% dân cư thành thị, 98% dân cư nông thôn được sử dụng nước sinh hoạt hợp vệ sinh.',
      [
        ['sử dụng nước sinh hoạt hợp vệ sinh', 100, '%', null, null, 'urban'],
        ['sử dụng nước sinh hoạt hợp vệ sinh', 98, '%', null, null, 'rural'],
      ],
    ],
    // Subjects that differ beyond their scope keep their own words before the shared predicate.
    [
      '- 90% chất thải rắn sinh hoạt đô thị, công nghiệp và 50% chất thải tại khu vực nông thôn, làng nghề được thu gom và xử lý.',
      [
        ['chất thải rắn sinh hoạt đô thị, công nghiệp được thu gom và xử lý', 90, '%', null, null, 'urban'],
        ['chất thải tại khu vực nông thôn, làng nghề được thu gom và xử lý', 50, '%', null, null, 'rural'],
      ],
    ],
    // A deadline in the sentence binds every value in it; `, tỷ lệ` starts the next indicator.
    [
      'Phấn đấu đến năm 2025, tỷ lệ thu gom chất thải rắn sinh hoạt đô thị đạt 100%, Tỷ lệ thu gom chất thải rắn ở nông thôn đạt 95%; tỷ lệ thu gom chất thải rắn công nghiệp đạt 100%; tỷ lệ xử lý chất thải y tế đạt 100%.',
      [
        ['tỷ lệ thu gom chất thải rắn sinh hoạt đô thị', 100, '%', 'reach', 2025, 'urban'],
        ['tỷ lệ thu gom chất thải rắn ở nông thôn', 95, '%', 'reach', 2025, 'rural'],
        ['tỷ lệ thu gom chất thải rắn công nghiệp', 100, '%', 'reach', 2025, 'industrial'],
        ['tỷ lệ xử lý chất thải y tế', 100, '%', 'reach', 2025, 'medical'],
      ],
    ],
    // The deadline phrase inside the indicator is taken out of it.
    [
      'phấn đấu tỷ lệ thu gom và xử lý nước thải sinh hoạt đến năm 2025 đạt 75%.',
      [['tỷ lệ thu gom và xử lý nước thải sinh hoạt', 75, '%', 'reach', 2025, null]],
    ],
    // `Phấn đấu` with no comparator next to the value: strive.
    [
      'Phấn đấu 100% đường đô thị có hệ thống thoát nước mưa.',
      [['đường đô thị có hệ thống thoát nước mưa', 100, '%', 'strive', null, 'urban']],
    ],
    [
      'Phấn đấu đạt 100% khu công nghiệp có hệ thống xử lý nước thải tập trung.',
      [['khu công nghiệp có hệ thống xử lý nước thải tập trung', 100, '%', 'reach', null, 'industrial']],
    ],
    // Words before a value that are not a comparator stay in the indicator.
    [
      'Kiểm soát qua mạng trực tuyến đối với 100% cơ sở có nguy cơ gây ô nhiễm.',
      [['kiểm soát qua mạng trực tuyến đối với cơ sở có nguy cơ gây ô nhiễm', 100, '%', null, null, null]],
    ],
    // Other comparators and units.
    [
      'Tỷ lệ hộ gia đình phân loại rác tại nguồn trên 50%.',
      [['tỷ lệ hộ gia đình phân loại rác tại nguồn', 50, '%', 'above', null, null]],
    ],
    ['Diện tích rừng trồng mới ít nhất 1.200 ha.', [['diện tích rừng trồng mới', 1200, 'ha', 'at-least', null, null]]],
    [
      'Tỷ lệ dân số được cấp nước sạch tối thiểu 90%.',
      [['tỷ lệ dân số được cấp nước sạch', 90, '%', 'at-least', null, null]],
    ],
    ['Tỷ lệ hộ nghèo không quá 2%.', [['tỷ lệ hộ nghèo', 2, '%', 'at-most', null, null]]],
    [
      'Tỷ lệ hộ gia đình được sử dụng nước sạch thực hiện đạt và vượt 95%.',
      [['tỷ lệ hộ gia đình được sử dụng nước sạch thực hiện', 95, '%', 'at-least', null, null]],
    ],
    ['Duy trì tỷ lệ che phủ rừng ở mức 45%.', [['tỷ lệ che phủ rừng', 45, '%', 'maintain', null, null]]],
    ['Tỷ lệ đô thị hóa đạt mức 52,5%.', [['tỷ lệ đô thị hóa', 52.5, '%', 'reach', null, 'urban']]],
    ['Tỷ lệ chất thải được tái chế đạt 30% trở lên.', [['tỷ lệ chất thải được tái chế', 30, '%', 'reach', null, null]]],
    ['Xây dựng 25 km kè chống sạt lở đến năm 2025.', [['xây dựng kè chống sạt lở', 25, 'km', null, 2025, null]]],
    ['Công suất xử lý rác đạt 400 tấn/ngày.', [['công suất xử lý rác', 400, 'tấn/ngày', 'reach', null, null]]],
    [
      'Bố trí 150 tỷ đồng cho các dự án xử lý nước thải.',
      [['bố trí cho các dự án xử lý nước thải', 150, 'tỷ đồng', null, null, null]],
    ],
    [
      'Nâng công suất cấp nước lên 50.000 m3/ngày đêm.',
      [['nâng công suất cấp nước lên', 50000, 'm³/ngày đêm', null, null, null]],
    ],
    // Not targets: years, dates, symbols, term numbers, counts of years, quoted titles.
    ['Sau hơn 10 năm triển khai thực hiện Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị (khóa IX).', []],
    ['Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X (nhiệm kỳ 2015 - 2020); Luật Bảo vệ Môi trường năm 2014.', []],
    ['Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ.', []],
    ['Đề án “Giảm 50% rác thải nhựa”.', []],
  ])('%s', (text, expected) => {
    expect(rows(text)).toEqual(expected);
  });

  it('keeps the value as printed, the period, the place and a span over the target words', () => {
    const text = '2.1. Phấn đấu giai đoạn 2022 - 2025: tỷ lệ che phủ rừng đạt 74,8%.';
    const [t] = targetsInText(text, 1000, CONTEXT);
    expect(t).toMatchObject({ valueText: '74,8', period: { from: 2022, to: 2025 }, deadline: 2025, place: 'Cần Thơ' });
    expect(text.slice(t.span.start - 1000, t.span.end - 1000)).toBe('tỷ lệ che phủ rừng đạt 74,8%');
  });
});
