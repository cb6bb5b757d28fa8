/**
 * @module search/counted-answer.test — a "how many N" answered by the clause that writes a number before N
 * (real wording of Lào Cai Sở Công Thương's explosives-test plans KH-3957 and KH-3024, 2026).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engines, useEngine } from '../core/store/test-engines.ts';
import howMany from './data/how-many-words.json' with { type: 'json' };
import { analyzeQuery } from './query.ts';
import { countedNouns, countedWords, countingClauses, statesCount } from './counted-answer.ts';
import { search } from './hybrid-search.ts';
import { makeDoc, saveSearchDocs } from './test-fixtures.ts';

/** KH-3957's opening that counts the units asking for the test, and lists each with its letter. */
const COUNTING =
  'Xét đề nghị của 19 đơn vị gồm: Công ty Công nghiệp Hóa chất mỏ Tây Bắc tại Văn bản số 2416/HCMTBa-ATBV ngày 17/6/2026; Công ty TNHH VLXD Sơn Thạch tại Văn bản số 24/ST-PL ngày 18/6/2026; Công ty cổ phần xây dựng Yên Hà tại Văn bản số 12/YH/KT-TC ngày 15/6/2026; Công ty cổ phần khoáng sản Simco-Fansipan tại Văn bản số 2306/GĐN-SFC ngày 23/6/2026; Danh nghiệp tư nhân than đá Suối Bắc tại Văn bản số 20/GĐN-SB ngày 01/6/2026; Công ty TNHH MTV xây dựng Trung Anh tại Văn bản số 03/2026/VLN/CV-TA ngày 18/6/2026; Công ty cổ phần Tập đoàn Đèo Cả tại Văn bản số 1906/2026/GĐN-DCG ngày 19/6/2026; Công ty cổ phần xây dựng và năng lượng Đông Dương tại Văn bản số 05/GĐN-ĐD ngày 24/6/2026; Công ty cổ phần Thịnh Đạt tại Văn bản số 05/ĐN-Cty ngày 23/6/2026; Công ty cổ phần đường sắt Yên Lào – Chi nhánh sản xuất vật liệu Lâm Giang tại Văn bản ngày 22/6/2026; Công ty Cổ phần Kim Thành tại văn bản số 24.6/GĐN ngày 24/6/2026; Công ty Cổ phần xi măng Yên Bình tại văn bản số 219/GĐN-XMYB ngày 24/6/2026; Công ty TNHH Thương mại Lương Hà tại Văn bản số 28/CV-LH ngày 24/6/2026; HTX khai thác đá vôi và VLXD Bó Luông tại Văn bản số 35 ngày 24/6/2026; Công ty cổ phần đầu tư phát triển đô thị và khu công nghiệp tại Văn bản số 93/CT-05 ngày 18/6/2026; Công ty TNHH ĐTXD Hoàng Tuân tại Văn bản số 02.06/GĐN-HT ngày 02/6/2026; Công ty cổ phần đầu tư xây dựng dịch vụ tổng hợp An Phát tại Văn bản số 01/GĐN-AP ngày 02/6/2026; Công ty TNHH Đồng Tiến tại Văn bản số 146/2026/ĐN-ĐT ngày 19/6/2026; Công ty TNHH xây dựng thương mại Trần Sơn tại Văn bản năm 2026.';

describe('countedNouns', () => {
  it.each([
    ['Kế hoạch kiểm tra tháng 7/2026 được lập theo đề nghị của bao nhiêu đơn vị?', ['don vi', 'don']],
    ['moi dot kiem tra gcn vlncn mo tuyen dong sin quyen bao nhieu nguoi', ['nguoi']],
    // A how-long, a when or an amount is an asked field's (`labelled-answer.ts`), not a count.
    ['UBND xã có bao nhiêu ngày làm việc để cấp giấy phép?', []],
    ['Mức phạt bao nhiêu?', []],
    ['Cơ quan nào cấp giấy phép bán lẻ thuốc lá?', []],
  ])('%s → %j', (question, nouns) => {
    expect(countedNouns(question)).toEqual(nouns);
  });

  it('reads an English "how many N" through the glossary’s renderings of N', () => {
    const q = 'How many people are tested in each round?';
    expect(countedNouns(q, analyzeQuery(q).expansions)).toContain('nguoi');
  });
});

describe('countedWords: the one reader of "bao nhiêu N", for ranking and for the answerer', () => {
  it.each([
    ['ke hoach duoc lap theo de nghi cua bao nhieu don vi?', ['don', 'vi'], ['don', 'vi']],
    // `mấy` asks for the answerer only; ranking reads `bao nhiêu` alone.
    ['moi dot kiem tra may don vi?', null, ['don', 'vi']],
    // A quantifier is how often or a price per unit, not what is counted.
    ['chi so tang binh quan bao nhieu moi nam?', ['moi', 'nam'], null],
    ['bao nhieu la du?', null, null],
    // A word with a digit is no noun: the area unit is read by the answerer's unit list as `m`.
    ['dien tich bao nhieu m2?', null, ['m']],
  ])('%s', (folded, ranking, answer) => {
    expect(countedWords(folded, 'ranking')).toEqual(ranking);
    expect(countedWords(folded, 'answer')).toEqual(answer);
  });
});

describe('words after "bao nhiêu" that count nothing (search/data/how-many-words.json)', () => {
  it.each([
    ...howMany.notCounted.map((w) => [w, true, true] as const),
    ...howMany.notCountedByRanking.map((w) => [w, true, false] as const),
    ...howMany.notCountedByAnswer.map((w) => [w, false, true] as const),
  ])('%s', (word, byRanking, byAnswer) => {
    expect(howMany.source.length).toBeGreaterThan(5);
    const folded = `bao nhieu ${word} nguoi`;
    expect(countedWords(folded, 'ranking') === null).toBe(byRanking);
    expect(countedWords(folded, 'answer') === null).toBe(byAnswer);
  });
});

describe('statesCount and countingClauses', () => {
  it('finds a number right before the noun, not a date’s or a symbol’s last part', () => {
    expect(statesCount(COUNTING, 'don vi')).toBe(true);
    expect(statesCount('b) Đối tượng: Theo danh sách đơn vị đăng ký (100 người), cụ thể:', 'nguoi')).toBe(true);
    expect(statesCount('Đợt 1: Từ 13h30’ ngày 02/6/2026 người dự kiểm tra có mặt.', 'nguoi')).toBe(false);
    expect(statesCount('Giao phòng Quản lý Công nghiệp triển khai, thực hiện các công việc liên quan:', 'don vi')).toBe(
      false,
    );
  });

  it('reads the two-word noun before its head, so an application form ("01 đơn") does not count units', () => {
    const texts = new Map([
      ['kh~a', 'Hồ sơ gồm 01 đơn đề nghị cấp giấy chứng nhận.'],
      ['kh~b', 'Xét đề nghị của 19 đơn vị gồm: Công ty Công nghiệp Hóa chất mỏ Tây Bắc.'],
    ]);
    expect(countingClauses(['kh~a', 'kh~b'], texts, ['don vi', 'don'])).toEqual(['kh~b']);
  });
});

const PLAN = makeDoc(
  'kh-3957',
  {
    type: 'KH',
    issuer: 'Sở Công Thương',
    place: 'Lào Cai',
    title: 'kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp cho 19 đơn vị',
  },
  [
    {
      anchor: 'p1',
      kind: 'paragraph',
      text: 'Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai',
    },
    { anchor: 'p7', kind: 'paragraph', text: COUNTING },
    {
      anchor: 'p8',
      kind: 'paragraph',
      text: 'Sau khi xem xét, đối chiếu với các quy định hiện hành, Sở Công Thương xây dựng Kế hoạch kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai, cụ thể như sau:',
    },
    { anchor: 'II-1', text: '1. Thời gian kiểm tra: 13h30’ ngày 07/7/2026 (Thứ Ba).' },
    {
      anchor: 'III-1',
      text: '1. Tổ chức kiểm tra kỹ thuật an toàn cho các đối tượng liên quan đến hoạt động VLNCN phù hợp với nội dung kiểm tra quy định tại Điều 9, Nghị định số 181/2024/NĐ-CP ngày 31/12/2024 của Chính phủ.',
    },
    {
      anchor: 'III-2-p1',
      kind: 'paragraph',
      text: 'Trên đây là Kế hoạch kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp trên địa bàn tỉnh Lào Cai của Sở Công Thương tỉnh Lào Cai, đề nghị các tổ chức, cá nhân liên quan phối hợp, triển khai thực hiện./.',
    },
  ],
);

const db = useEngine(engines[0]);

beforeAll(async () => {
  await saveSearchDocs(db(), [PLAN]);
}, 60_000);

describe('a count in a long list clause of the document the question names', () => {
  const question = 'Kế hoạch kiểm tra cấp GCN kỹ thuật an toàn vật liệu nổ được lập theo đề nghị của bao nhiêu đơn vị?';
  // The hand-set stage alone (`learnedRanking: false`), as labelled answers are tested.
  const rankOf = async (countedAnswers: boolean) =>
    (
      await search(db(), question, { k: 10, channels: 'lexical', countedAnswers, learnedRanking: false })
    ).results.findIndex((r) => r.clauseId === 'kh-3957~p7') + 1;

  it('ranks the counting clause beside the plan’s best clause, where its list of names buries it', async () => {
    expect(await rankOf(true)).toBeLessThanOrEqual(2);
    expect(await rankOf(false)).toBeGreaterThan(2);
  });
});
