/**
 * @module answer/value-answers.test
 * Value questions on real excerpts (`fixtures/values/`): a fine stated once in a list's lead-in answers
 * for every point under it, a range is stated whole, and a deadline is the date marked as a time limit —
 * not the date a sentence opens with (#14 classes 1 and 2); of two clauses stating a date, the one the clause chooser
 * trusts states it.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { askedUnit, valuesIn } from './answer-type.ts';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { ask } from './ask.ts';
import { bestValue, statedSpan } from './kinds/value.ts';
import { useCorpusStore } from './test-corpus.ts';
import { verifyCitations } from './verify-citations.ts';

const FIXTURES = resolve(import.meta.dirname, 'fixtures', 'values');

describe('statedSpan: the whole value as the text states it', () => {
  it.each([
    [
      '1. Phạt tiền từ 500.000 đồng đến 2.000.000 đồng đối với một trong các hành vi vi phạm sau:',
      'money',
      null,
      'từ 500.000 đồng đến 2.000.000 đồng',
    ],
    [
      '2. Trong thời hạn 02 ngày làm việc, kể từ ngày nhận đủ hồ sơ theo quy định',
      'number',
      ['ngay', 'lam'],
      '02 ngày làm việc',
    ],
    [
      'báo cáo tình hình thực hiện về Phòng Kế hoạch - Tổng hợp trước ngày 18 hằng tháng',
      'date',
      null,
      'trước ngày 18 hằng tháng',
    ],
    ['gửi về Văn phòng UBND tỉnh trước 15h00 ngày 15/6/2026 để tổng hợp', 'date', null, 'trước 15h00 ngày 15/6/2026'],
    [
      'được tiếp tục hoạt động theo giấy chứng nhận đã được cấp đến hết ngày 31 tháng 12 năm 2027.',
      'date',
      null,
      'đến hết ngày 31 tháng 12 năm 2027',
    ],
    ['thì thời hạn kiểm tra không quá 15 ngày', 'date', null, 'không quá 15 ngày'],
    // A recurring limit keeps how often; a period its starting point; a span of time its end (#14: the fact stated whole).
    [
      'báo cáo số lượng hóa chất cấm về Binh chủng Hóa học trước ngày 15 tháng 01 hằng năm;',
      'date',
      null,
      'trước ngày 15 tháng 01 hằng năm',
    ],
    [
      '1. Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký ban hành.',
      'date',
      null,
      'sau 10 ngày kể từ ngày ký ban hành',
    ],
    [
      '+ Thời hạn khai thác: 25 năm kể từ ngày ký giấy phép, trong đó thời gian xây dựng cơ bản mỏ là 01 năm.',
      'date',
      null,
      '25 năm kể từ ngày ký giấy phép',
    ],
    [
      'được Sở Công Thương tổ chức huấn luyện, kiểm tra từ ngày 16 tháng 6 năm 2026 đến hết ngày 17 tháng 6 năm 2026.',
      'date',
      null,
      'từ ngày 16 tháng 6 năm 2026 đến hết ngày 17 tháng 6 năm 2026',
    ],
    [
      'thời gian nổ mìn: Buổi sáng từ 10h00’ đến 13h30’, buổi chiều từ 15h00’ đến 18h30’.',
      'date',
      null,
      'từ 10h00’ đến 13h30’',
    ],
  ] as const)('%s', (text, type, unit, expected) => {
    const [first] = valuesIn(text, type, unit ? [...unit] : null);
    const span = statedSpan(foldKeepingOffsets(text), first);
    expect(text.slice(span.start, span.end)).toBe(expected);
  });
});

describe('value answers on real excerpts', () => {
  const store = useCorpusStore(FIXTURES);
  const answer = async (question: string) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    const { rejected } = await verifyCitations(db, a.citations);
    expect(rejected).toEqual([]);
    return a;
  };

  it.each([
    'Kho vật liệu nổ không có sổ theo dõi người ra vào trong ca trực bị phạt bao nhiêu tiền?',
    'Không có sổ theo dõi người ra vào kho vật liệu nổ trong ca trực bị phạt mức nào?',
  ])('a point under a fine’s lead-in is answered with that fine, quoting both: %s', async (question) => {
    const a = await answer(question);
    expect(a.abstained).toBe(false);
    expect(a.answer).toMatch(/^[^\n]*từ 500\.000 đồng đến 2\.000\.000 đồng/);
    // The lead-in states the fine, the point the act: both are quoted.
    const quotes = a.citations.map((c) => c.quote);
    expect(quotes.some((q) => q.startsWith('1. Phạt tiền từ 500.000 đồng'))).toBe(true);
    expect(quotes.some((q) => q.includes('Không có sổ theo dõi người ra vào kho'))).toBe(true);
  });

  it('the deadline comes from the clause the chooser trusts, not the one repeating more of the question (NĐ 139/2025 Điều 20)', async () => {
    // khoản 3 (communes report to the province by 30/11) repeats "báo cáo kết quả thực hiện"; khoản 1 states the province's date.
    const a = await answer(
      'Theo Nghị định 139/2025, UBND cấp tỉnh báo cáo Bộ Công Thương kết quả thực hiện phân định thẩm quyền trước ngày nào hằng năm?',
    );
    expect(a.abstained).toBe(false);
    const [first] = a.answer.split('\n');
    expect(first).toContain('10 tháng 12');
  });

  it('a deadline is the date marked as a time limit, not the date the sentence opens with', async () => {
    const a = await answer(
      'Văn bản 3169/SCT-CN đính kèm gửi các đơn vị hoạt động hóa chất với thời hạn trước ngày nào?',
    );
    expect(a.abstained).toBe(false);
    const [first] = a.answer.split('\n');
    expect(first).toContain('05 tháng 02 năm 2026');
    expect(first).not.toContain('19 tháng 12');
  });

  it.each([
    'Các đơn vị hoạt động hóa chất phải gửi báo cáo tình hình hoạt động hóa chất trên hệ thống cơ sở dữ liệu chuyên ngành trước ngày nào?',
    'Hạn báo cáo tình hình hoạt động hóa chất trên cơ sở dữ liệu chuyên ngành hóa chất là ngày nào?',
    'By what date must chemical businesses report their chemical activities on the specialised database?',
    'Báo cáo hoạt động hóa chất trên hệ thống cơ sở dữ liệu chậm nhất ngày nào?',
  ])('the letter’s own time limit, not the one of the earlier letter its background recounts: %s', async (q) => {
    // `Ngày 19 tháng 12 năm 2025, Sở … có Văn bản số 3169/SCT-CN … với thời hạn trước ngày 05 tháng 02 năm 2026` is
    // the earlier letter's limit; the letter itself asks for the reports `trước ngày 08 tháng 4 năm 2026`.
    const a = await answer(q);
    expect(a.abstained).toBe(false);
    expect(a.answer.split('\n')[0]).toContain('08 tháng 4 năm 2026');
  });
});

describe('valuesIn: a counted unit the genre abbreviates', () => {
  it.each([
    [
      'Tỉnh đã quy hoạch bao nhiêu khu công nghiệp?',
      'Trong kỳ, tỉnh bổ sung quy hoạch 04 khu công nghiệp, nâng tổng số lên 12 KCN với tổng diện tích 3.200 ha.',
      ['04 khu công nghiệp', '12 KCN'],
    ],
    [
      'huyen co may hop tac xa nong nghiep',
      'Toàn huyện hiện có 27 HTX nông nghiệp đang hoạt động, trong đó 9 hợp tác xã đạt loại khá.',
      ['27 HTX', '9 hợp tác xã'],
    ],
  ])('%s', (question, text, expected) => {
    const spans = valuesIn(text, 'number', askedUnit(question));
    expect(spans.map((v) => text.slice(v.start, v.end))).toEqual(expect.arrayContaining([...expected]));
  });
});

describe('bestValue: a total asked is the figure stated as the total', () => {
  it('answers tổng cộng with the figure after nâng tổng số lên, not the new ones', () => {
    const text = 'Giai đoạn 2026 - 2030 thành lập mới 06 hợp tác xã, nâng tổng số lên 21 HTX trên địa bàn huyện.';
    const question = 'Đến năm 2030 huyện có tổng cộng bao nhiêu hợp tác xã?';
    const folded = foldKeepingOffsets(text);
    const values = valuesIn(text, 'number', askedUnit(question));
    const words = ['hop', 'tac', 'xa', 'huyen'];
    const { value } = bestValue(
      { folded, sentence: { start: 0, end: text.length }, values },
      'number',
      foldKeepingOffsets(question),
      words,
    );
    expect(text.slice(value.start, value.end)).toBe('21 HTX');
  });
});

describe('valuesIn: the forms the archive writes a value in', () => {
  it.each([
    // A rate: a figure with its unit, then `/` and what it is per (NQ 66/2026/NQ-CP; a mining plan's capacities).
    [
      'a) Đối với trường trung học phổ thông tư thục, mức đầu tư ít nhất là 50 triệu đồng/học sinh (không bao gồm các chi phí sử dụng đất).',
      'money',
      null,
      ['50 triệu đồng'],
    ],
    ['diện tích 2.303 ha, công suất 1,2 - 1,8 triệu tấn/năm).', 'mass', null, ['1,8 triệu tấn']],
    ['Giấy phép sản xuất rượu công nghiệp (quy mô dưới 3 triệu lít/năm)', 'volume', null, ['3 triệu lít']],
    // A sum in billions without `đồng` (an inspection report on a company's charter capital).
    ['Thay đổi lần thứ 3 ngày 09/9/2021: Thay đổi vốn điều lệ từ 09 tỷ lên 20 tỷ.', 'money', null, ['09 tỷ', '20 tỷ']],
    // A count with its words in brackets, as the genre writes it (NQ 66/2026/NQ-CP's dossier list).
    [
      'theo Mẫu số 05 Mục 4 Phụ lục I.2 ban hành kèm theo Nghị quyết này: 01 (một) bản chính.',
      'number',
      'Hồ sơ gồm bao nhiêu bản chính?',
      ['01 (một) bản chính'],
    ],
  ] as const)('%s', (text, type, question, expected) => {
    const spans = valuesIn(text, type, question ? askedUnit(question) : null);
    expect(spans.map((v) => text.slice(v.start, v.end))).toEqual(expect.arrayContaining([...expected]));
  });

  it.each([
    ['a share is no sum', 'chiếm 50% tỷ lệ đất dành cho giao thông', 'money'],
    ['a symbol is no rate', 'theo Nghị định số 113/2017/NĐ-CP', 'money'],
  ] as const)('%s', (_, text, type) => {
    expect(valuesIn(text, type)).toEqual([]);
  });
});
