import { describe, expect, it } from 'vitest';
import { findMentions, type Mention } from './find.ts';

/** The fields of a mention a test cares about: what the text says, not where. */
function view(text: string, m: Mention) {
  return {
    kind: m.kind,
    mention: text.slice(m.span.start, m.span.end),
    ...(m.symbol && { symbol: m.symbol }),
    ...(m.type && { type: m.type }),
    ...(m.number && m.kind === 'short' && { number: m.number }),
    ...(m.date && { date: m.date }),
    ...(m.issuer && { issuer: m.issuer }),
    ...(m.term && { term: m.term }),
    ...(m.subject && { subject: m.subject }),
    ...(m.law && { law: m.law }),
    ...(m.congress && { congress: m.congress }),
    ...(m.plenum && { plenum: `${m.plenum.plenum} ${m.plenum.term}` }),
  };
}

describe('findMentions: one form per sentence', () => {
  it.each([
    [
      'Sau hơn 10 năm triển khai thực hiện Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị (khóa IX) “Về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước”, nhận thức được nâng lên.',
      {
        kind: 'symbol',
        mention: 'Nghị quyết số 41-NQ/TW',
        symbol: '41-NQ/TW',
        type: 'NQ',
        date: '2004-11-15',
        issuer: 'Bộ Chính trị',
        term: 'IX',
        subject: 'Về bảo vệ môi trường trong thời kỳ đẩy mạnh công nghiệp hóa, hiện đại hóa đất nước',
      },
    ],
    [
      'triển khai hiệu quả Kết luận số 02-KL/TW ngày 26/4/2016 của Ban Bí thư, Ban Thường vụ Tỉnh ủy yêu cầu:',
      {
        kind: 'symbol',
        mention: 'Kết luận số 02-KL/TW',
        symbol: '02-KL/TW',
        type: 'KL',
        date: '2016-04-26',
        issuer: 'Ban Bí thư',
      },
    ],
    [
      'tổ chức thực hiện hiệu quả Kết luận số 81-KL/TW, tập trung',
      { kind: 'symbol', mention: 'Kết luận số 81-KL/TW', symbol: '81-KL/TW', type: 'KL' },
    ],
    [
      'gắn với triển khai thực hiện Chương trình số 27-CTr/TU ngày 31/12/2021 của Thành ủy về “Bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường giai đoạn 2022 - 2025”, Kế hoạch',
      {
        kind: 'symbol',
        mention: 'Chương trình số 27-CTr/TU',
        symbol: '27-CTr/TU',
        type: 'CTr',
        date: '2021-12-31',
        issuer: 'Thành ủy',
        subject: 'Bảo vệ môi trường “Cần Thơ xanh và sạch”; phòng, chống ô nhiễm môi trường giai đoạn 2022 - 2025',
      },
    ],
    [
      'và Chương trình hành động số 32-CTr/TU ngày 14/10/2013 của Tỉnh ủy “Về chủ động ứng phó với biến đổi khí hậu”',
      {
        kind: 'symbol',
        mention: 'Chương trình hành động số 32-CTr/TU',
        symbol: '32-CTr/TU',
        type: 'CTr',
        date: '2013-10-14',
        issuer: 'Tỉnh ủy',
        subject: 'Về chủ động ứng phó với biến đổi khí hậu',
      },
    ],
    [
      'Kế hoạch số 255-KH/TU ngày 20/12/2023 của Ban Thường vụ Thành ủy “Tuyên truyền về chủ động ứng phó”',
      {
        kind: 'symbol',
        mention: 'Kế hoạch số 255-KH/TU',
        symbol: '255-KH/TU',
        type: 'KH',
        date: '2023-12-20',
        issuer: 'Ban Thường vụ Thành ủy',
        subject: 'Tuyên truyền về chủ động ứng phó',
      },
    ],
    [
      'và Chỉ thị số 38-CT/TU ngày 10/10/2005 của Tỉnh uỷ;',
      {
        kind: 'symbol',
        mention: 'Chỉ thị số 38-CT/TU',
        symbol: '38-CT/TU',
        type: 'CT',
        date: '2005-10-10',
        issuer: 'Tỉnh ủy',
      },
    ],
    [
      'góp phần thực hiện hoàn thành Quyết định số 524/QĐ-TTg ngày 01/4/2021 của Thủ tướng Chính phủ về việc phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”.',
      {
        kind: 'symbol',
        mention: 'Quyết định số 524/QĐ-TTg',
        symbol: '524/QĐ-TTg',
        type: 'QD',
        date: '2021-04-01',
        issuer: 'Thủ tướng Chính phủ',
        subject: 'phê duyệt Đề án “Trồng một tỷ cây xanh giai đoạn 2021 - 2025”',
      },
    ],
    [
      'để thực hiện tốt Nghị quyết số 120/NQ-CP ngày 17/11/2017 của Chính phủ “Về phát triển bền vững đồng bằng sông Cửu Long”, tập trung',
      {
        kind: 'symbol',
        mention: 'Nghị quyết số 120/NQ-CP',
        symbol: '120/NQ-CP',
        type: 'NQ',
        date: '2017-11-17',
        issuer: 'Chính phủ',
        subject: 'Về phát triển bền vững đồng bằng sông Cửu Long',
      },
    ],
    [
      'Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05 tháng 3 năm 2020 của Chính phủ về công tác văn thư;',
      {
        kind: 'symbol',
        mention: 'Nghị định số 30/2020/NĐ-CP',
        symbol: '30/2020/NĐ-CP',
        type: 'ND',
        date: '2020-03-05',
        issuer: 'Chính phủ',
      },
    ],
    [
      'thực hiện Chương trình hành động số 31- CTr/TW của Ban Chấp hành',
      {
        kind: 'symbol',
        mention: 'Chương trình hành động số 31- CTr/TW',
        symbol: '31-CTr/TW',
        type: 'CTr',
        issuer: 'Ban Chấp hành',
      },
    ],
    [
      'thực hiện Chương trình số 104-CTr/Tu của Tỉnh ủy',
      { kind: 'symbol', mention: 'Chương trình số 104-CTr/Tu', symbol: '104-CTr/TU', type: 'CTr', issuer: 'Tỉnh ủy' },
    ],
    [
      'theo Công văn số 2449 -CV/ĐU ngày 3/5/2023 của Đảng ủy',
      {
        kind: 'symbol',
        mention: 'Công văn số 2449 -CV/ĐU',
        symbol: '2449-CV/ĐU',
        type: 'CV',
        date: '2023-05-03',
        issuer: 'Đảng ủy',
      },
    ],
    [
      'theo Công văn số 9387/UBND-KT của Ủy ban nhân dân thành phố',
      {
        kind: 'symbol',
        mention: 'Công văn số 9387/UBND-KT',
        symbol: '9387/UBND-KT',
        type: 'CV',
        issuer: 'Ủy ban nhân dân thành phố',
      },
    ],
    [
      'thực hiện Quy định số 66-QĐ/TW của Bộ Chính trị',
      { kind: 'symbol', mention: 'Quy định số 66-QĐ/TW', symbol: '66-QĐ/TW', type: 'QDi', issuer: 'Bộ Chính trị' },
    ],
    ['tinh thần 41-NQ/TW đã đề ra', { kind: 'symbol', mention: '41-NQ/TW', symbol: '41-NQ/TW', type: 'NQ' }],
    [
      'giám sát việc thi hành Luật Bảo vệ Môi trường năm 2014.',
      { kind: 'law', mention: 'Luật Bảo vệ Môi trường năm 2014', type: 'LUAT', law: { year: '2014' } },
    ],
    [
      'tăng cường tuyên truyền Luật Bảo vệ Môi trường; chủ trương của Đảng',
      { kind: 'law', mention: 'Luật Bảo vệ Môi trường', type: 'LUAT', law: { year: null } },
    ],
    [
      'thi hành Luật Bảo vệ môi trường số 72/2020/QH14 và',
      {
        kind: 'law',
        mention: 'Luật Bảo vệ môi trường số 72/2020/QH14',
        type: 'LUAT',
        symbol: '72/2020/QH14',
        law: { year: '2020' },
      },
    ],
    [
      // Lower case in provincial drafting: a law all the same, since its date follows (ND 71/2019 and others).
      'Căn cứ Luật tổ chức Chính phủ ngày 19 tháng 6 năm 2015;',
      { kind: 'law', mention: 'Luật tổ chức Chính phủ', type: 'LUAT', law: { year: null } },
    ],
    [
      'Căn cứ Luật hóa chất số 06/2007/QH12 ngày 21 tháng 11 năm 2007;',
      {
        kind: 'law',
        mention: 'Luật hóa chất số 06/2007/QH12',
        type: 'LUAT',
        symbol: '06/2007/QH12',
        law: { year: '2007' },
      },
    ],
    [
      'theo Bộ luật Hình sự năm 2015',
      { kind: 'law', mention: 'Bộ luật Hình sự năm 2015', type: 'LUAT', law: { year: '2015' } },
    ],
    [
      'đã đề ra trong Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X (nhiệm kỳ 2015 - 2020): Có 100%',
      {
        kind: 'congress',
        mention: 'Nghị quyết Đại hội Đảng bộ tỉnh lần thứ X',
        type: 'NQ',
        congress: { level: 'tỉnh', place: null, term: 'X', startYear: '2015' },
      },
    ],
    [
      'chỉ tiêu theo Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIII, nhiệm kỳ 2015-2020, cụ thể',
      {
        kind: 'congress',
        mention: 'Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIII',
        type: 'NQ',
        congress: { level: 'tỉnh', place: 'Sóc Trăng', term: 'XIII', startYear: '2015' },
      },
    ],
    [
      'Quán triệt Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV, nhiệm kỳ 2020 - 2025, Ban Chấp hành',
      {
        kind: 'congress',
        mention: 'Nghị quyết Đại hội đại biểu Đảng bộ thành phố Cần Thơ lần thứ XIV',
        type: 'NQ',
        congress: { level: 'thành phố', place: 'Cần Thơ', term: 'XIV', startYear: '2020' },
      },
    ],
    [
      'thực hiện Nghị quyết Đại hội XIII của Đảng',
      {
        kind: 'congress',
        mention: 'Nghị quyết Đại hội XIII',
        type: 'NQ',
        congress: { level: null, place: null, term: 'XIII', startYear: null },
      },
    ],
    [
      'thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng',
      {
        kind: 'congress',
        mention: 'Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII',
        type: 'NQ',
        congress: { level: null, place: null, term: 'XIII', startYear: null },
      },
    ],
    [
      'Sau 10 năm triển khai thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó',
      { kind: 'plenum', mention: 'Nghị quyết Trung ương 7 khóa XI', type: 'NQ', plenum: '7 XI' },
    ],
    [
      'thực hiện Nghị quyết Hội nghị Trung ương 7 (khóa XI) về',
      { kind: 'plenum', mention: 'Nghị quyết Hội nghị Trung ương 7 (khóa XI)', type: 'NQ', plenum: '7 XI' },
    ],
    [
      'quán triệt Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XI về',
      {
        kind: 'plenum',
        mention: 'Nghị quyết Hội nghị lần thứ bảy Ban Chấp hành Trung ương Đảng khóa XI',
        type: 'NQ',
        plenum: '7 XI',
      },
    ],
    [
      'thực hiện Nghị quyết TW7 khóa XI',
      { kind: 'plenum', mention: 'Nghị quyết TW7 khóa XI', type: 'NQ', plenum: '7 XI' },
    ],
    ['triển khai Kết luận 81 trong toàn Đảng bộ', { kind: 'short', mention: 'Kết luận 81', type: 'KL', number: '81' }],
    ['theo Nghị quyết số 24 của Trung ương', { kind: 'short', mention: 'Nghị quyết số 24', type: 'NQ', number: '24' }],
    ['tuyên truyền Nghị quyết nêu trên đến cán bộ', { kind: 'prior', mention: 'Nghị quyết nêu trên', type: 'NQ' }],
    [
      'thực hiện Chương trình hành động nói trên.',
      { kind: 'prior', mention: 'Chương trình hành động nói trên', type: 'CTr' },
    ],
  ] as Array<[string, ReturnType<typeof view>]>)('%s', (text, expected) => {
    const { mentions } = findMentions(text);
    expect(mentions.length).toBeGreaterThan(0);
    expect(view(text, mentions[0])).toEqual(expected);
  });
});

describe('findMentions: not references', () => {
  it.each([
    'theo dõi việc thực hiện Chỉ thị này; định kỳ báo cáo',
    'kiểm tra việc thực hiện Công văn này',
    'xây dựng Chương trình hành động này',
    'khắc phục những hạn chế nêu trên',
    'Gắn các chỉ tiêu về môi trường vào Nghị quyết của cấp ủy',
    'chấp hành pháp luật về bảo vệ môi trường',
    'kế hoạch 5 năm 2021 - 2025',
    'Kế hoạch 5 năm 2021 - 2025',
    'Cần Thơ, ngày 09 tháng 7 năm 2024',
    'giai đoạn 2022 - 2025; tỷ lệ đạt 74,8%',
    'Nghị quyết Đại hội lần thứ X đã đề ra',
    // A lower-case law name needs its date or number: these speak of a law, they do not cite one.
    'Luật này có hiệu lực thi hành từ ngày 01 tháng 01 năm 2026',
    'Luật có hiệu lực kể từ ngày 01 tháng 7 năm 2025',
  ])('%s', (text) => {
    expect(findMentions(text).mentions).toEqual([]);
  });

  it('self references are reported apart', () => {
    const text = 'theo dõi việc thực hiện Chỉ thị này và Công văn này';
    expect(findMentions(text).selfReferences.map((s) => text.slice(s.start, s.end))).toEqual([
      'Chỉ thị này',
      'Công văn này',
    ]);
  });
});

describe('findMentions: several in one text', () => {
  it('a quoted subject holds a mention of its own; the abbreviation restates its antecedent', () => {
    const text =
      'trọng tâm là Kết luận số 81-KL/TW ngày 04/6/2024 của Bộ Chính trị “Về tiếp tục thực hiện Nghị quyết Trung ương 7 khóa XI về chủ động ứng phó với biến đổi khí hậu” (viết tắt là Kết luận số 81-KL/TW), Ban Thường vụ Thành ủy yêu cầu. Tiếp tục thực hiện Kết luận số 81-KL/TW.';
    const { mentions, abbreviations } = findMentions(text);
    expect(mentions.map((m) => [m.kind, text.slice(m.span.start, m.span.end), m.definesAbbreviation])).toEqual([
      ['symbol', 'Kết luận số 81-KL/TW', false],
      ['plenum', 'Nghị quyết Trung ương 7 khóa XI', false],
      ['symbol', 'Kết luận số 81-KL/TW', true],
      ['symbol', 'Kết luận số 81-KL/TW', false],
    ]);
    expect(abbreviations.map((a) => a.folded)).toEqual(['ket luan so 81-kl/tw']);
    const [first, inner] = mentions;
    expect(
      first.subjectSpan && inner.span.start > first.subjectSpan.start && inner.span.end < first.subjectSpan.end,
    ).toBe(true);
  });

  it('a short name given in parentheses is found again later', () => {
    const text =
      'thực hiện Nghị quyết số 24-NQ/TW ngày 03/6/2013 (sau đây gọi tắt là Nghị quyết 24). Sơ kết Nghị quyết 24 hằng năm.';
    const { mentions } = findMentions(text);
    expect(mentions.map((m) => [m.kind, text.slice(m.span.start, m.span.end), m.abbreviation])).toEqual([
      ['symbol', 'Nghị quyết số 24-NQ/TW', null],
      ['short', 'Nghị quyết 24', 0],
      ['alias', 'Nghị quyết 24', 0],
    ]);
  });
});

describe('findMentions: a law title with commas', () => {
  it('runs on to its date, and the same words run on where the title stands again without one', () => {
    const title = 'Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ';
    const text = `Căn cứ ${title} ngày 29 tháng 6 năm 2024;\nThực hiện ${title}, các cơ quan có liên quan phối hợp thực hiện các nội dung của kế hoạch này`;
    const laws = findMentions(text).mentions.filter((m) => m.kind === 'law');
    expect(laws.map((m) => text.slice(m.span.start, m.span.end))).toEqual([title, title]);
  });

  it('stops at the name when the lower-case words after it never reach a date or number', () => {
    const text =
      'thực hiện Luật Đất đai, các sở ban ngành có liên quan phối hợp thực hiện các nội dung của kế hoạch này theo đúng quy định hiện hành của pháp luật';
    const laws = findMentions(text).mentions.filter((m) => m.kind === 'law');
    expect(laws.map((m) => text.slice(m.span.start, m.span.end))).toEqual(['Luật Đất đai']);
  });
});

describe('findMentions: technical standards by their sign', () => {
  // Lines of the archive (dev split): blasting permits and plans, TT 19/2024/TT-BCT, TT 37/2020/TT-BCT, NĐ 14/2026/NĐ-CP.
  it.each([
    [
      'khoảng cách an toàn đối với người ≥ 300m, đối với công trình, thiết bị ≥ 200m theo Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương;',
      [['QCVN 01:2019/BCT', 'QCVN 01:2019/BCT']],
    ],
    // Read before as the State symbol `2019/BCT-TRANG` and `2022/BXD-QUY`.
    ['Áp dụng công thức tại phụ lục 7 QCVN 01:2019/BCT - trang 112.', [['QCVN 01:2019/BCT', 'QCVN 01:2019/BCT']]],
    [
      '“1.5. QCVN 06:2022/BXD - Quy chuẩn kỹ thuật quốc gia về An toàn cháy cho nhà và công trình',
      [['QCVN 06:2022/BXD', 'QCVN 06:2022/BXD']],
    ],
    // Spacing as typed, and a title line whose English name runs into the ministry.
    ['các quy định QCVN01:2019/BCT. Trong quá trình khoan', [['QCVN01:2019/BCT', 'QCVN 01:2019/BCT']]],
    [
      'Quy chuẩn kỹ thuật quốc gia về an toàn trong khai thác mỏ lộ thiên (QCVN 04 : 2009/BCT);',
      [['QCVN 04 : 2009/BCT', 'QCVN 04:2009/BCT']],
    ],
    [
      'Amendment 1:2024 QCVN 05A:2020/BCTNational technical regulation on safety',
      [['QCVN 05A:2020/BCT', 'QCVN 05A:2020/BCT']],
    ],
    [
      'b) Đóng gói axetylen hoà tan tuân thủ theo TCVN 6871:2007, TCVN 5331-91, TCVN 7052-1:2002 và TCVN 7052-2:2002.',
      [
        ['TCVN 6871:2007', 'TCVN 6871:2007'],
        ['TCVN 5331-91', 'TCVN 5331-91'],
        ['TCVN 7052-1:2002', 'TCVN 7052-1:2002'],
        ['TCVN 7052-2:2002', 'TCVN 7052-2:2002'],
      ],
    ],
    [
      'b) Đáp ứng các yêu cầu chung của tiêu chuẩn quốc gia TCVN ISO/IEC 17025:2017 hoặc tiêu chuẩn quốc tế',
      [['TCVN ISO/IEC 17025:2017', 'TCVN ISO/IEC 17025:2017']],
    ],
  ])('%s', (text, expected) => {
    const found = findMentions(text).mentions;
    expect(found.map((m) => [text.slice(m.span.start, m.span.end), m.symbol])).toEqual(expected);
    expect(found.every((m) => m.kind === 'standard')).toBe(true);
  });

  it('the issuer named after the sign is kept', () => {
    const [m] = findMentions('theo Quy chuẩn QCVN 01:2019/BCT của Bộ Công Thương;').mentions;
    expect(m).toMatchObject({ type: 'QCVN', issuer: 'Bộ Công Thương' });
  });
});
