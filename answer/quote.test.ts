/** @module answer/quote.test — quotes are slices of the clause text: sentence splits, trimming, the best sentence. */

import { describe, expect, it } from 'vitest';
import { bestQuote, MAX_QUOTE_CHARS, sentenceSpans, trimSpan } from './quote.ts';

const sentences = (text: string) => sentenceSpans(text).map((s) => text.slice(s.start, s.end));

describe('sentenceSpans', () => {
  it.each([
    ['Một câu. Câu hai; câu ba.', ['Một câu.', 'Câu hai;', 'câu ba.']],
    ['3.4. Xây dựng hệ thống. Kiểm soát khai thác cát.', ['3.4. Xây dựng hệ thống.', 'Kiểm soát khai thác cát.']],
    ['a. Điểm a thứ nhất. Câu sau.', ['a. Điểm a thứ nhất.', 'Câu sau.']],
    [
      'quán triệt nguyên tắc “người gây ô nhiễm phải trả tiền; người hưởng lợi phải trả phí”. Câu sau.',
      ['quán triệt nguyên tắc “người gây ô nhiễm phải trả tiền; người hưởng lợi phải trả phí”.', 'Câu sau.'],
    ],
    ['T/M BAN THƯỜNG VỤ\nPHÓ BÍ THƯ\nPhạm Văn Hiếu', ['T/M BAN THƯỜNG VỤ', 'PHÓ BÍ THƯ', 'Phạm Văn Hiếu']],
    // TT 31/2025/TT-BCT, khoản 1 Điều 1: the `;` of an exception in brackets does not end the sentence.
    [
      '1. Thông tư này quy định về nội dung thiết kế cơ sở của dự án đầu tư khai thác khoáng sản (trừ dầu khí; các loại nước thiên nhiên không phải là nước khoáng thiên nhiên, nước nóng thiên nhiên) không phân biệt nguồn vốn sử dụng. Câu sau.',
      [
        '1. Thông tư này quy định về nội dung thiết kế cơ sở của dự án đầu tư khai thác khoáng sản (trừ dầu khí; các loại nước thiên nhiên không phải là nước khoáng thiên nhiên, nước nóng thiên nhiên) không phân biệt nguồn vốn sử dụng.',
        'Câu sau.',
      ],
    ],
    ['a) Mục một; b) mục hai (chưa đóng; vẫn tách.', ['a) Mục một;', 'b) mục hai (chưa đóng;', 'vẫn tách.']],
  ])('%s', (text, expected) => {
    expect(sentences(text)).toEqual(expected);
  });
});

describe('trimSpan', () => {
  const text = `${'mở đầu '.repeat(40)}Ban Tuyên giáo chủ trì${' kết thúc'.repeat(40)}`;
  it('keeps a long sentence to the limit around the focus, at word boundaries', () => {
    const focus = { start: text.indexOf('Ban'), end: text.indexOf('trì') + 3 };
    const span = trimSpan(text, { start: 0, end: text.length }, focus, 100);
    const quote = text.slice(span.start, span.end);
    expect(quote.length).toBeLessThanOrEqual(100);
    expect(quote).toContain('Ban Tuyên giáo chủ trì');
    expect(text.includes(quote)).toBe(true);
    expect(quote).not.toMatch(/^\S*\s$|^\s/);
  });
});

describe('bestQuote', () => {
  const text = 'Xây dựng hạ tầng thu gom. Kiểm soát chặt chẽ khai thác cát trên sông Hậu. Bảo đảm nước sạch.';
  it('picks the sentence showing most of the terms', () => {
    expect(bestQuote(text, ['khai', 'thac', 'cat', 'song', 'hau'])).toBe(
      'Kiểm soát chặt chẽ khai thác cát trên sông Hậu.',
    );
  });
  it('weights rare terms above common ones', () => {
    const weight = (t: string) => (t === 'nuoc' ? 10 : 1);
    expect(bestQuote(text, ['xay', 'dung', 'nuoc'], { weight })).toBe('Bảo đảm nước sạch.');
  });
  it('picks the sentence around a span when given one', () => {
    const at = text.indexOf('nước sạch');
    expect(bestQuote(text, [], { around: { start: at, end: at + 9 } })).toBe('Bảo đảm nước sạch.');
  });
  it('always returns a substring of the text', () => {
    for (const terms of [[], ['x'], ['kiem', 'soat']]) expect(text.includes(bestQuote(text, terms))).toBe(true);
  });
});

describe('bestQuote past the first “;”', () => {
  // Shaped on the seeds' task lists: a lead-in, then `;`-separated tasks.
  const text =
    'Sở Tài nguyên và Môi trường chủ trì thực hiện các nội dung sau: rà soát quy hoạch khai thác cát; cấp phép khai thác cát lòng sông theo đúng quy định; kiểm tra, xử lý nghiêm các trường hợp vi phạm.';
  it('quotes the part after a lead-in “:” with it', () => {
    const q = bestQuote(text, ['chu', 'tri', 'cap', 'phep']);
    expect(q).toContain('cấp phép khai thác cát lòng sông');
    expect(text.includes(q)).toBe(true);
  });
  it('continues a `;` item while the next still shows the question words', () => {
    const list = 'Rà soát quy hoạch khai thác cát; cấp phép khai thác cát lòng sông; báo cáo Ủy ban nhân dân tỉnh.';
    expect(bestQuote(list, ['quy', 'hoach', 'cap', 'phep'])).toBe(
      'Rà soát quy hoạch khai thác cát; cấp phép khai thác cát lòng sông;',
    );
  });
  it('never cuts inside a word', () => {
    const long = `${'Tăng cường kiểm tra bến bãi; '.repeat(12)}xử phạt vi phạm về khai thác cát.`;
    const q = bestQuote(long, ['xu', 'phat', 'khai', 'thac', 'cat']);
    const at = long.indexOf(q);
    expect(at).toBeGreaterThanOrEqual(0);
    expect(/\p{L}/u.test(long[at - 1] ?? ' ') || /\p{L}/u.test(long[at + q.length] ?? ' ')).toBe(false);
  });
});

describe('a quote around a fact keeps the later `;` part that answers (#14 class 7)', () => {
  // A real bullet of an archive notice: the lead stands in the first part, the asked task in the third.
  const text =
    '- Khẩn trương chủ trì, phối hợp với các sở, ngành, địa phương liên quan rà soát, giải quyết kiến nghị của Công ty TNHH MTV Vietquartz Yên Bái; xử lý dứt điểm việc chồng lấn ranh giới; báo cáo Ủy ban nhân dân tỉnh làm cơ sở xử lý hồ sơ đề nghị thành lập cụm công nghiệp.';
  const around = { start: text.indexOf('chủ trì'), end: text.indexOf('chủ trì') + 7 };
  it('reaches the part with the question words past one without them', () => {
    const q = bestQuote(text, ['ho', 'so', 'thanh', 'lap'], { around });
    expect(q).toContain('chủ trì');
    expect(q).toContain('hồ sơ đề nghị thành lập');
  });
  it('stops at the part the fact stands in when no later part shows the words', () => {
    expect(bestQuote(text, ['quy', 'hoach'], { around })).toMatch(/Yên Bái;$/);
  });
});

describe('a quote keeps the `;` part that answers, past one sentence’s length (#14 class 1)', () => {
  // The Cần Thơ directive on the environment (seed corpus), mục 2: the asked chemical stands in the second part.
  const text =
    '- Phối hợp rà soát, xử lý triệt để các cơ sở gây ô nhiễm, tăng cường kiểm soát không để phát sinh cơ sở gây ô nhiễm nghiêm trọng mới trên địa bàn thành phố. Kiểm soát chặt chẽ các nguồn gây ô nhiễm môi trường từ các khu công nghiệp, khu vực khai thác mỏ, hoạt động chăn nuôi trong khu dân cư, việc sử dụng thuốc bảo vệ thực vật trong sản xuất nông nghiệp và trong nuôi trồng thủy sản; hoạt động sản xuất, kinh doanh, vận chuyển, sử dụng hóa chất, đặc biệt là hóa chất nguy hiểm, độc hại (nhất là Xyanua) trên địa bàn thành phố.';
  it('joins the parts when the question’s words stand in both', () => {
    const q = bestQuote(text, ['kiem', 'soat', 'chat', 'hoa', 'doc']);
    expect(q.startsWith('Kiểm soát chặt chẽ')).toBe(true);
    expect(q).toContain('(nhất là Xyanua)');
  });
  it('quotes the later part alone when only it shows the words', () => {
    expect(bestQuote(text, ['hoa', 'chat', 'doc', 'hai'])).toMatch(
      /^hoạt động sản xuất.*Xyanua\) trên địa bàn thành phố\.$/,
    );
  });
});

describe('a quote holds the value the question asks for (#14 class 1)', () => {
  // Shortened from a real notice of a provincial department: the time limit stands in the second sentence.
  const text =
    'Sở Công Thương đã có Văn bản số 3169/SCT-CN gửi các đơn vị hoạt động hóa chất trên địa bàn tỉnh báo cáo tình hình hoạt động hóa chất. Các đơn vị chưa thực hiện báo cáo khẩn trương thực hiện báo cáo trên hệ thống trước ngày 08 tháng 4 năm 2026.';
  const terms = ['bao', 'cao', 'hoat', 'dong', 'hoa', 'chat', 'don', 'vi'];
  it('quotes the sentence with the most words without a value asked for', () => {
    expect(bestQuote(text, terms)).toMatch(/^Sở Công Thương/);
  });
  it('quotes the sentence that states a date when one is asked for', () => {
    const at = text.indexOf('trước ngày 08');
    expect(bestQuote(text, terms, { values: [{ start: at, end: at + 30 }] })).toMatch(/^Các đơn vị chưa.*2026\.$/);
  });
  it('quotes a clause no longer than `whole` in full: the sentence left out may hold the fact', () => {
    expect(bestQuote(text, terms, { whole: 450 })).toBe(text);
    expect(bestQuote(text, terms, { whole: 200 })).toMatch(/^Sở Công Thương.*hóa chất\.$/);
  });
});

describe('a long sentence is quoted where it shows most of the question (#14: the fact past the first 300 characters)', () => {
  // A provincial letter to the Ministry of Construction (dev archive), one sentence of 470 characters: what it asks
  // the registries to issue stands after who is asked.
  const text =
    '(iii). Trong thời gian chờ các văn bản quy phạm pháp luật được sửa đổi, bổ sung, đề nghị Bộ Xây dựng có ý kiến chỉ đạo Cục Đăng kiểm Việt Nam và các cơ quan đăng kiểm địa phương (trong đó có các trung tâm đăng kiểm xe cơ cơ giới trên địa bàn tỉnh Lào Cai) tổ chức kiểm tra và cấp Biên bản xác nhận điều kiện an toàn về PCCC đối với phương tiện đủ điều kiện vận chuyển VLNCN, TCTN khi doanh nghiệp có yêu cầu làm cơ sở để ngành công an cấp Giấy phép vận chuyển theo quy định của Luật số 42/2024/QH15.';
  const words = ['dang', 'kiem', 'cap', 'giay', 'cong', 'an', 'phep', 'van', 'chuyen', 'vlncn'];

  it('reaches the later stretch that shows more of the question’s words', () => {
    const q = bestQuote(text, words, { densest: true });
    expect(text.includes(q)).toBe(true);
    expect(q.length).toBeLessThanOrEqual(MAX_QUOTE_CHARS);
    expect(q).toContain('cấp Biên bản xác nhận điều kiện an toàn về PCCC');
  });

  it('keeps the opening when no later stretch shows more, or when who acts is asked', () => {
    expect(bestQuote(text, ['thoi', 'gian', 'cho', 'sua', 'doi'], { densest: true })).toMatch(/^Trong thời gian chờ/);
    expect(bestQuote(text, words)).toMatch(/^Trong thời gian chờ/);
  });
});
