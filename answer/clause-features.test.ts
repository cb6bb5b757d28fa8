/**
 * @module answer/clause-features.test
 * The clause chooser's features on real excerpts: a value near the question's words in its own sentence
 * is nearer than one that closes an unrelated sentence; genre formula is recognised; a deadline asks a date.
 */
import { describe, expect, it } from 'vitest';
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import { askedFieldLabels, chooserValueType, valueNearness } from './clause-features.ts';
import type { ClassifiedQuestion } from './types.ts';

describe('valueNearness: how close a value of the asked type stands to the question words', () => {
  it.each<[string, string, Parameters<typeof valueNearness>[1], string[], 'near' | 'far' | 'none']>([
    [
      'the fine and its act in one sentence (NĐ 71/2019 Điều 53)',
      '1. Phạt tiền từ 500.000 đồng đến 2.000.000 đồng đối với một trong các hành vi vi phạm sau: không có sổ theo dõi người ra vào kho',
      'money',
      ['phat', 'tien'],
      'near',
    ],
    [
      'a deadline sentence opening on its limit (CV đôn đốc báo cáo hóa chất)',
      'gửi các đơn vị hoạt động hóa chất trên địa bàn tỉnh Lào Cai báo cáo tình hình hoạt động hóa chất trên hệ thống cơ sở dữ liệu chuyên ngành hóa chất, với thời hạn trước ngày 05 tháng 02 năm 2026.',
      'date',
      ['co so du lieu', 'du', 'lieu'],
      'far',
    ],
    [
      'a date in a sentence without the question words counts for nothing',
      'Báo cáo gửi trước ngày 05 tháng 02 năm 2026. Các đơn vị cập nhật cơ sở dữ liệu hóa chất.',
      'date',
      ['du', 'lieu'],
      'none',
    ],
  ])('%s', (_, text, want, words, expected) => {
    const near = valueNearness(text, want, null, words);
    if (expected === 'none') expect(near).toBe(0);
    else if (expected === 'near') expect(near).toBeGreaterThan(0.5);
    else {
      expect(near).toBeGreaterThan(0);
      expect(near).toBeLessThan(0.5);
    }
  });
});

describe('chooserValueType: the value a question asks for, as the value answerer reads it', () => {
  const q = (kind: ClassifiedQuestion['kind'], text: string) => ({ kind, text }) as ClassifiedQuestion;
  it.each<[ClassifiedQuestion['kind'], string, string | null]>([
    ['deadline', 'Chủ đầu tư phải gửi báo cáo tiến độ hằng tuần cho Sở Công Thương trước mấy giờ, ngày nào?', 'date'],
    ['amount', 'Không có sổ theo dõi người ra vào kho vật liệu nổ bị phạt bao nhiêu tiền?', 'money'],
    ['content', 'Vì sao Sở Công Thương không cho ông Bùi Đình Đăng dự huấn luyện người quản lý VLNCN?', null],
  ])('%s: %s', (kind, text, expected) => {
    expect(chooserValueType(q(kind, text))).toBe(expected);
  });
});

describe('askedFieldLabels: the labelled line of a notice that states what the question asks', () => {
  // TB kiểm tra cấp GCN KTAT VLNCN (Sở Công Thương Lào Cai, 2026): the notice's numbered field lines.
  const place =
    '2. Địa điểm: Sở Công Thương tỉnh Lào Cai, địa chỉ: Số 165 Lý Thường Kiệt, phường Yên Bái, tỉnh Lào Cai.';
  const audience =
    '3. Đối tượng: Là người quản lý vật liệu nổ công nghiệp của các đơn vị hoạt động VLNCN trên địa bàn tỉnh Lào Cai.';
  const preamble =
    'Thực hiện Kế hoạch số 3024/KH-SCT ngày 27/5/2026 của Sở Công Thương Lào Cai về việc kiểm tra, cấp Giấy chứng nhận huấn luyện.';
  const states = (question: string, clause: string) =>
    askedFieldLabels(foldKeepingOffsets(question)).some((l) => l.test(foldKeepingOffsets(clause)));

  it.each([
    'Kiểm tra cấp GCN kỹ thuật an toàn VLNCN cho Mỏ tuyển đồng Sin Quyền tổ chức ở đâu?',
    'kiem tra gcn ktat vlncn sin quyen to chuc o dau',
    'Where is the July 2026 training course for explosives managers held?',
  ])('a place question: %s', (question) => {
    expect(states(question, place)).toBe(true);
    expect(states(question, audience)).toBe(false);
    expect(states(question, preamble)).toBe(false);
  });

  it('who sits the test asks the audience line, a question asking no field none', () => {
    expect(states('Những ai là đối tượng dự kiểm tra kỹ thuật an toàn vật liệu nổ?', audience)).toBe(true);
    expect(states('Những ai là đối tượng dự kiểm tra kỹ thuật an toàn vật liệu nổ?', place)).toBe(false);
    expect(askedFieldLabels(foldKeepingOffsets('Kế hoạch giao Sở Công Thương chủ trì nhiệm vụ gì?'))).toEqual([]);
  });

  // One list with search's labelled answers (search/data/asked-fields.json): the chooser, like search, leaves the
  // "Thời gian:" line alone when the question asks when a text takes effect.
  it('a question on when a text takes effect asks no "Thời gian:" line', () => {
    const time = '1. Thời gian: 08h00 ngày 15/7/2026.';
    expect(states('Kỳ kiểm tra diễn ra khi nào?', time)).toBe(true);
    expect(states('Quyết định có hiệu lực từ khi nào?', time)).toBe(false);
  });
});
