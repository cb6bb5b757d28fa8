/** @module answer/kinds/roles.test — which stated leads may answer a "who leads" question (real questions, archive dev). */
import { describe, expect, it } from 'vitest';
import type { Responsibility } from '../../core/types.ts';
import { executorsFirst, notAsked } from './roles.ts';

const lead = (name: string, bodyText = name): Responsibility => ({
  clauseId: 'd~1',
  role: 'lead',
  body: { name, level: 'central', place: null },
  bodyText,
  inherited: false,
  sourceClauseId: 'd~1',
  span: { start: 0, end: bodyText.length },
});

describe('notAsked', () => {
  it.each<[string, Responsibility[], boolean, string[]]>([
    // A lead question whose only candidate is the body it names as context gets none: the clause answers nothing.
    [
      'ai cap giay phep van chuyen vlncn cho dn khong thuoc bo quoc phong',
      [lead('Bộ Quốc phòng', 'Bộ trưởng Bộ Quốc phòng')],
      false,
      [],
    ],
    // A coordinate question keeps the named actor when nothing else is stated.
    ['Bộ Quốc phòng phối hợp với ai?', [lead('Bộ Quốc phòng')], true, ['Bộ Quốc phòng']],
    [
      'Ngoài Sở Công Thương, cơ quan nào chủ trì?',
      [lead('Sở Công Thương'), lead('Công an tỉnh')],
      false,
      ['Công an tỉnh'],
    ],
    // A body written short (`Bộ chủ trì` in a ministry's circular) is not named by a word that folds alike (`bố trí`).
    ['Ai chủ trì bố trí kinh phí kiểm tra?', [lead('Bộ Quốc phòng', 'Bộ')], false, ['Bộ Quốc phòng']],
    // The same question in English: the body it names through the glossary is its context too.
    [
      'Who issues industrial-explosives transport permits to companies outside the Ministry of Defence?',
      [lead('Bộ Quốc phòng', 'Bộ trưởng Bộ Quốc phòng')],
      false,
      [],
    ],
    [
      'Apart from the Department of Industry and Trade, which body leads the inspection?',
      [lead('Sở Công Thương'), lead('Công an tỉnh')],
      false,
      ['Công an tỉnh'],
    ],
    // `department` alone names no body: the lead it asks for stays.
    [
      'Which department leads the inspection of explosives storage?',
      [lead('Sở Công Thương')],
      false,
      ['Sở Công Thương'],
    ],
  ])('%s', (question, list, keepAll, expected) => {
    const lang = /^(?:Who|Which|Apart)\b/.test(question) ? 'en' : /^[\x20-\x7e]*$/.test(question) ? 'vi-nodiac' : 'vi';
    expect(notAsked({ text: question, lang }, list, keepAll).map((r) => r.body.name)).toEqual(expected);
  });
});

describe('executorsFirst', () => {
  // A Sở's decision (fresh dev) and a task naming its subject in another document: asked who carries the decision
  // out, its closing article answers (NĐ 30/2020), even ranked below a task that names a lead.
  const task = {
    documentId: 'plan',
    text: '6- Ủy ban kiểm tra Thành ủy chủ trì, phối hợp với các cơ quan có liên quan tham mưu Thành ủy, Ban Thường vụ Thành ủy xây dựng Chương trình kiểm tra, giám sát việc lãnh đạo, chỉ đạo, triển khai thực hiện Chỉ thị này.',
  };
  const closing = {
    documentId: 'decision',
    text: 'Điều 3. Các ông (bà) Chánh Văn phòng, Trưởng phòng Quản lý công nghiệp - Sở Công Thương và ông Đặng Văn Thức căn cứ Quyết định thi hành.',
  };
  const other = {
    documentId: 'decision',
    text: 'Điều 1. Công nhận kết quả huấn luyện, kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp.',
  };

  it.each<[string, string, string[]]>([
    [
      'Ai chịu trách nhiệm thi hành quyết định công nhận kết quả huấn luyện cho người quản lý VLNCN?',
      'lead',
      ['decision', 'plan', 'decision'],
    ],
    [
      'Who is responsible for implementing the decision recognising the explosives training results?',
      'lead',
      ['decision', 'plan', 'decision'],
    ],
    // Asked who leads a task, the ranking stays.
    ['Ai chủ trì kiểm tra, giám sát việc thực hiện Chỉ thị?', 'lead', ['plan', 'decision', 'decision']],
  ])('%s', (text, kind, expected) => {
    const ranked = executorsFirst({ kind, text }, [task, other, closing]);
    expect(ranked.map((r) => r.documentId)).toEqual(expected);
    if (expected[0] === 'decision') expect(ranked[0]).toBe(closing);
  });
});
