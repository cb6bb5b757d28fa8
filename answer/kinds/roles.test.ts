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
  ])('%s', (question, list, keepAll, expected) => {
    expect(notAsked(question, list, keepAll).map((r) => r.body.name)).toEqual(expected);
  });
});
