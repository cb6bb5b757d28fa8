/** @module answer/kinds/roles.test — which stated leads may answer a "who leads" question (real questions, archive dev). */
import { describe, expect, it } from 'vitest';
import type { Responsibility } from '../../core/types.ts';
import { notAsked } from './roles.ts';

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
    const lang = /^(?:Who|Which|Apart)\b/.test(question) ? 'en' : 'vi';
    expect(notAsked({ text: question, lang }, list, keepAll).map((r) => r.body.name)).toEqual(expected);
  });
});
