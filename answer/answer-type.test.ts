/** @module answer/answer-type.test — the value type a question asks for, and values of a type in clause text. */

import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import {
  askedSum,
  askedType,
  askedUnit,
  askedValueType,
  plainCount,
  sumsOfKind,
  type ValueType,
  valuesIn,
} from './answer-type.ts';
import sumWords from './data/sum-words.json' with { type: 'json' };
import { statedSpan } from './kinds/value.ts';

describe('askedValueType', () => {
  it.each<[string, ValueType]>([
    ['Mức phạt khai thác cát trái phép là bao nhiêu?', 'money'],
    ['Giá một tấn cát là bao nhiêu?', 'money'],
    ['What is the price of sand per tonne?', 'money'],
    ['Trữ lượng cát còn bao nhiêu tấn?', 'mass'],
    ['Diện tích rừng trồng mới bao nhiêu ha?', 'area'],
    ['Tỷ lệ che phủ rừng đạt bao nhiêu?', 'percentage'],
    // `hộ gia đình` is no price, `tiến độ` and `cộng đồng` no money.
    ['chi tieu thu gom rac ho gia dinh nong thon', 'number'],
    ['Tiến độ xây dựng cộng đồng học tập?', 'number'],
    ["What is the city's goal for flooding in the central urban area?", 'number'],
    // A fee is a sum of money; `phi` alone is not (`phi nông nghiệp`), nor is `dong` (`hoạt động`).
    ['Lệ phí cấp giấy phép xây dựng là bao nhiêu?', 'money'],
    ['What appraisal fee does the decree set for a trading certificate?', 'money'],
    ['How many billion dong does the province allocate?', 'money'],
    ['What daily allowance do members of the inspection team receive?', 'money'],
    ['Đất phi nông nghiệp được hoạt động bao nhiêu năm?', 'number'],
    // A contribution is paid in money: a share of people insured (`100%`) does not answer it.
    ['Mức đóng bảo hiểm y tế hộ gia đình năm 2025 là bao nhiêu?', 'money'],
    // The word counted decides first: `tồn` (stock) in `tồn trữ` is no tonne.
    ['Vòi rửa mắt đặt cách khu tồn trữ hóa chất tối đa bao nhiêu mét?', 'length'],
    ['How many tonnes of explosives may the store hold?', 'mass'],
    ['How much is the household health insurance contribution in 2025?', 'money'],
    ['How much does a household pay for health insurance in 2025?', 'money'],
    // Written with tones, `hạ`, `Hà` and `Tân` are words, not hectares or tonnes; typed without tones, `ha` is read as one.
    ['UBND cấp xã thẩm định, phê duyệt phương án ứng phó thiên tai vùng hạ du đập thủy điện trong bao lâu?', 'number'],
    ['Kinh phí đầu tư hạ tầng cụm công nghiệp là bao nhiêu?', 'money'],
    ['Hà Nội đặt mục tiêu trồng mới bao nhiêu cây xanh?', 'number'],
    ['Dự án nhà máy đạt dưới bao nhiêu ha thì chỉ lập quy hoạch tổng mặt bằng?', 'area'],
    ['du an nha may dat duoi bao nhieu ha thi chi lap quy hoach tong mat bang', 'area'],
    ['Kho chứa được tối đa bao nhiêu tấn hàng?', 'mass'],
  ])('%s → %s', (question, type) => {
    expect(askedValueType(question)).toBe(type);
  });
});

describe('valuesIn: units spelled out as the genre writes them, not only their symbols', () => {
  it.each<[ValueType, string, string[]]>([
    // NĐ 35/2023/NĐ-CP: `héc ta` written as two syllables.
    ['area', 'dự án có quy mô sử dụng đất từ 20 héc ta trở lên', ['20 héc ta']],
    // TT 37/2020/TT-BCT, NĐ 275/2026/NĐ-CP: a capacity in litres.
    ['volume', 'là phương tiện chứa có dung tích chứa nước đến 450 lít hoặc có khối lượng', ['450 lít']],
    ['volume', 'với dung tích của các thiết bị phản ứng vượt quá 100 lít hoặc tổng dung tích', ['100 lít']],
  ])('%s in “%s”', (type, text, expected) => {
    expect(valuesIn(text, type).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each<[string, ValueType]>([
    ['Bồn chứa được tối đa bao nhiêu lít xăng?', 'volume'],
    ['How many litres of fuel may the tank hold?', 'volume'],
    ['Kho phải rộng tối thiểu bao nhiêu mét vuông?', 'area'],
  ])('asks a unit spelled out: %s → %s', (question, type) => {
    expect(askedValueType(question)).toBe(type);
  });
});

describe('valuesIn', () => {
  const text =
    'Phạt tiền từ 10.000.000 đồng đến 50.000.000 đồng; báo cáo về Ủy ban nhân dân tỉnh trước ngày 15 tháng 12 hằng năm; tỷ lệ đạt 95%.';
  it.each<[ValueType, string[]]>([
    ['money', ['10.000.000 đồng', '50.000.000 đồng']],
    ['date', ['trước ngày 15 tháng 12', 'hằng năm']],
    ['percentage', ['95%']],
    ['mass', []],
  ])('%s', (type, expected) => {
    expect(valuesIn(text, type).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it.each([
    // TT 13/2026/TT-BQP Điều 7: a day and month without `ngày` is a date, not a period of 30 months.
    [
      'tổng hợp, báo cáo Bộ trưởng Bộ Quốc phòng số lượng hóa chất cấm trước 30 tháng 01 hằng năm',
      ['trước 30 tháng 01', 'hằng năm'],
    ],
    ['Thời hạn của giấy phép không quá 24 tháng kể từ ngày ký', ['không quá 24 tháng']],
    // The closing article's effect by signing (NĐ 30/2020): a date the effect question asks, though it has no digits.
    ['Quyết định này có hiệu lực kể từ ngày ký.', ['kể từ ngày ký']],
    ['Thời hạn kiểm tra được tính từ ngày công bố quyết định kiểm tra.', []],
    // TT 13/2026/TT-BQP Điều 3: the genre writes a count in figures, then in words in brackets.
    [
      '4. Sổ theo dõi hóa chất cấm phải được lưu giữ tối thiểu 10 (mười) năm kể từ khi hóa chất cấm được sử dụng hết.',
      ['tối thiểu 10 (mười) năm'],
    ],
    ['Hồ sơ được giải quyết trong 05 (năm) ngày làm việc.', ['trong 05 (năm) ngày làm việc']],
  ])('a date or period: %s', (clause, expected) => {
    expect(valuesIn(clause, 'date').map((s) => clause.slice(s.start, s.end))).toEqual(expected);
  });

  it('takes no date from a symbol or from the date a cited document was issued', () => {
    const cited =
      'Nghị định số 113/2017/NĐ-CP ngày 09 tháng 10 năm 2017 của Chính phủ hết hiệu lực kể từ ngày 01 tháng 7 năm 2026.';
    expect(valuesIn(cited, 'date').map((s) => cited.slice(s.start, s.end))).toEqual(['kể từ ngày 01 tháng 7 năm 2026']);
  });
});

describe('a count of what the question asks (`bao nhiêu giờ`, `mấy đơn vị`)', () => {
  it.each<[string, string, string[]]>([
    [
      'thợ nổ mìn phải được huấn luyện lần đầu ít nhất bao nhiêu giờ?',
      'Thời gian huấn luyện lần đầu tối thiểu là 16 giờ đối với thợ nổ mìn.',
      ['16 giờ'],
    ],
    [
      'KH kiem tra cap GCN VLNCN thang 4/2026 co may don vi de nghi',
      'Sở Công Thương nhận được đề nghị của 28 đơn vị về việc kiểm tra cấp giấy chứng nhận.',
      ['28 đơn vị'],
    ],
    [
      'Cuộc kiểm tra được kéo dài tối đa bao nhiêu ngày?',
      'Thời hạn kiểm tra được kéo dài nhưng không quá 15 ngày.',
      ['15 ngày'],
    ],
    // English counts in Vietnamese clauses; a figure in brackets after its words.
    [
      'Within how many working days must the authority issue the certificate?',
      'Cơ quan có thẩm quyền cấp giấy chứng nhận trong thời hạn 05 ngày làm việc.',
      ['05 ngày làm'],
    ],
    [
      'Giấy chứng nhận được cấp trong bao nhiêu ngày?',
      'Cấp giấy chứng nhận trong thời hạn năm (05) ngày làm việc kể từ ngày kết thúc kiểm tra.',
      ['(05) ngày'],
    ],
    // A number of another unit, or inside a symbol, answers nothing.
    ['Cuộc kiểm tra kéo dài bao nhiêu ngày?', 'Theo Nghị định 217/2025 ngày ký, kiểm tra 3 tháng.', []],
    // A count of a noun takes that count only: a distance in metres counts no vehicles, a share no people.
    [
      'bao nhieu xe cho vlncn o lao cai bi tac vi chua kiem tra pccc',
      'Trên các đường dẫn vào nơi bảo quản VLNCN phải đặt biển báo "Nguy hiểm - Cấm lửa” tại vị trí cách kho ít nhất 50m.',
      [],
    ],
    [
      'How many people are tested in each round of the explosives safety certificate test?',
      'Mỗi đợt kiểm tra tối đa 100 người; đạt 100% kế hoạch, kho cách khu dân cư 50m.',
      ['100 người'],
    ],
    [
      'Kế hoạch được lập theo đề nghị của bao nhiêu đơn vị?',
      'Sở Công Thương nhận được đề nghị của 19 đơn vị, tổng kinh phí 50 triệu đồng.',
      ['19 đơn vị'],
    ],
  ])('%s', (question, text, expected) => {
    const unit = askedUnit(question);
    expect(valuesIn(text, askedValueType(question), unit).map((s) => text.slice(s.start, s.end))).toEqual(expected);
  });

  it('reads no unit from a question without a count', () => {
    expect(askedUnit('Ai chủ trì thực hiện kế hoạch?')).toBeNull();
  });

  it('reads no unit from a quantifier after `bao nhiêu` (`mỗi năm` is how often, not what is counted)', () => {
    expect(askedUnit('chỉ số sản xuất công nghiệp tăng bình quân bao nhiêu mỗi năm đến 2030?')).toBeNull();
  });
});

describe('askedType: `nhà máy` (a factory) is no `mấy` (how many)', () => {
  it.each<[string, ValueType | null]>([
    ['Các hạng mục của nhà máy tuyển quặng apatit nghèo Anh Nhẫn được xếp cấp công trình nào?', null],
    ['nha may tuyen apatit ngheo anh nhan o dau', null],
    ['Mỗi ngày mỏ được nổ mìn mấy lần?', 'number'],
    ['Kế hoạch kiểm tra được lập theo đề nghị của mấy đơn vị?', 'number'],
    ['ke hoach kiem tra lap theo de nghi cua may don vi', 'number'],
  ])('%s → %s', (question, type) => {
    expect(askedType(question)).toBe(type);
  });
});

describe('askedType: each word read in its own language before folding (English `may` is no `mấy`)', () => {
  it.each<[string, ValueType | null]>([
    ['Which body may inspect the explosives stores?', null],
    ['Who may sign the permit on behalf of the Department of Industry and Trade?', null],
    ['What may the commune do with sand seized from illegal dredgers in Cần Thơ?', null],
    // A unit symbol both languages write keeps its reading; a Vietnamese count keeps `mấy`.
    ['How many ha of rice land may be converted under the plan?', 'area'],
    ['Mỗi ngày mỏ được nổ mìn mấy lần?', 'number'],
    ['moi ngay mo duoc no min may lan', 'number'],
  ])('%s → %s', (question, type) => {
    expect(askedType(question)).toBe(type);
  });
});

describe('askedType: a clock time is a time, not a count of hours', () => {
  it.each<[string, ValueType | null]>([
    ['mo da suoi bac duoc no min buoi sang may gio', 'date'],
    ['Mỏ đá của DNTN than đá Suối Bắc được nổ mìn buổi sáng trong khung giờ nào?', 'date'],
    ['During which morning hours may the Suối Bắc quarry blast?', 'date'],
    ['thợ nổ mìn phải được huấn luyện lần đầu ít nhất bao nhiêu giờ?', 'number'],
  ])('%s → %s', (question, type) => {
    expect(askedType(question)).toBe(type);
  });

  it('reads a clock time in a clause, with the minutes mark the letters print', () => {
    const text = 'thời gian nổ mìn: Buổi sáng từ 10h00’ đến 13h30’, buổi chiều từ 15h00’ đến 18h30’.';
    expect(valuesIn(text, 'date').map((s) => text.slice(s.start, s.end))).toEqual([
      'từ 10h00’',
      'đến 13h30’',
      'từ 15h00’',
      'đến 18h30’',
    ]);
  });

  it('reads a clock time in hours and minutes with the day it falls on written out (NĐ 30/2020 invitation form)', () => {
    // A Lào Cai meeting notice (archive).
    const text = '- Thời gian: Bắt đầu 9 giờ 00 phút, ngày 23 tháng 3 năm 2026.';
    expect(valuesIn(text, 'date').map((s) => text.slice(s.start, s.end))).toEqual([
      '9 giờ 00 phút, ngày 23 tháng 3 năm 2026',
    ]);
  });

  it('reads a span of clock times in hours and minutes as one stated value', () => {
    // A blasting licence (archive): the hours blasting is allowed.
    const text = '+ Buổi trưa: từ 10 giờ 00 phút đến 13 giờ 30 phút;';
    const folded = foldKeepingOffsets(text);
    const [first] = valuesIn(text, 'date');
    const whole = statedSpan(folded, first);
    expect(text.slice(whole.start, whole.end)).toBe('từ 10 giờ 00 phút đến 13 giờ 30 phút');
  });

  it('reads a clock time with its minutes mark and the day it falls on as one value', () => {
    const text = '1.2. Đợt 2: Từ 13h30’ ngày 03/6/2026 (Thứ Tư).';
    expect(valuesIn(text, 'date').map((s) => text.slice(s.start, s.end))).toEqual(['Từ 13h30’ ngày 03/6/2026']);
  });
});

describe('askedType: a date the question gives is its given, not what it asks', () => {
  it.each<[string, ValueType | null]>([
    // Luật Xây dựng 2025, Điều 94: asked which provisions take effect early, on the date the question names.
    ['Những điều khoản nào của Luật Xây dựng 2025 có hiệu lực sớm từ ngày 01/01/2026?', null],
    ['nhung dieu khoan nao cua luat xay dung 2025 co hieu luc som tu ngay 01/01/2026', null],
    ['Luật Xây dựng 2025 có hiệu lực từ ngày nào?', 'date'],
    ['Các đơn vị phải báo cáo trước ngày nào?', 'date'],
  ])('%s → %s', (question, type) => {
    expect(askedType(question)).toBe(type);
  });
});

describe('a sum written with a bare đ', () => {
  it('reads a sum with thousands groups or a scale word, not a code ending in D', () => {
    const text = 'Phí 500.000đ, hỗ trợ 5 triệu đ; văn bản gửi Trung tâm Đăng kiểm Lào Cai 2401D, UBND tỉnh.';
    expect(valuesIn(text, 'money').map((s) => text.slice(s.start, s.end))).toEqual(['500.000đ', '5 triệu đ']);
  });
});

describe('askedType: a period asked by its own word or an activity’s length; a unit named for the answer wins', () => {
  it.each<[string, ValueType | null]>([
    // Training and inspections last days or hours (the training and inspection decrees count them so): no metres.
    ['What is the minimum length of refresher training for chemical storekeepers?', 'date'],
    ['What is the maximum duration of a thematic inspection by the ministry?', 'date'],
    ['Thời gian huấn luyện định kỳ cho thủ kho tối thiểu là bao nhiêu?', 'date'],
    ['How much notice must the inspectorate give before a routine check?', 'date'],
    // `trong thời gian` sets the question in a span; it asks no period.
    ['Trong thời gian chờ cấp phép, ai chịu trách nhiệm bảo vệ mỏ?', null],
    // A thing's length stays metres, and `in metres` says so even after `how long`.
    ['What is the length of the dyke?', 'length'],
    ['Khoảng cách an toàn từ kho mìn đến khu dân cư là bao nhiêu?', 'length'],
    ['What did the site check conclude about the blasting safety distance?', null],
    ['How long, in metres, must the safety corridor along the pipeline be?', 'length'],
  ])('%s → %s', (question, type) => {
    expect(askedType(question)).toBe(type);
  });
});

describe('plainCount', () => {
  it('states a count once, without its words in brackets', () => {
    expect(plainCount('tối thiểu 10 (mười) năm kể từ khi')).toBe('tối thiểu 10 năm kể từ khi');
    // A bracket that is no count's words stays.
    expect(plainCount('Điều 7 (sửa đổi) của Nghị định')).toBe('Điều 7 (sửa đổi) của Nghị định');
  });
});

describe('sumsOfKind: a fee is no fine and a fine no fee', () => {
  // NĐ 71/2019, khoản 4 Điều 11: a fine, whatever else its sentence names.
  const fine =
    '4. Phạt tiền từ 3.000.000 đồng đến 5.000.000 đồng đối với hành vi không lưu giữ hoặc lưu giữ không đầy đủ hồ sơ, không nộp lệ phí.';
  const fee = 'Mức thu lệ phí cấp giấy phép xây dựng nhà ở riêng lẻ: 75.000 đồng.';
  const sums = (question: string, text: string) =>
    sumsOfKind(text, valuesIn(text, 'money'), askedSum(question)).map((s) => text.slice(s.start, s.end));
  it.each<[string, string, string[]]>([
    ['Lệ phí cấp giấy phép xây dựng là bao nhiêu?', fine, []],
    ['What fee is charged for a building permit?', fine, []],
    ['Hành vi không lưu giữ hồ sơ bị phạt bao nhiêu?', fine, ['3.000.000 đồng', '5.000.000 đồng']],
    ['Hành vi không lưu giữ hồ sơ bị phạt bao nhiêu?', fee, []],
    ['Lệ phí cấp giấy phép xây dựng là bao nhiêu?', fee, ['75.000 đồng']],
    // A question naming neither takes any sum.
    ['Số tiền là bao nhiêu?', fine, ['3.000.000 đồng', '5.000.000 đồng']],
  ])('%s', (question, text, expected) => {
    expect(sums(question, text)).toEqual(expected);
  });
});

describe('fee and fine words (answer/data/sum-words.json)', () => {
  it.each([
    ...sumWords.fee.words.map((w) => ['fee', w, sumWords.fee.source] as const),
    ...sumWords.fine.words.map((w) => ['fine', w, sumWords.fine.source] as const),
  ])('%s: %s', (kind, word, source) => {
    // Each list names the law it comes from, and each word makes a question ask for that kind of sum.
    expect(source).toMatch(/^Luật /);
    expect(askedSum(`${word} la bao nhieu?`)).toBe(kind);
  });
});
