/** @module answer/follow-up.test — which questions borrow from the conversation, and what they keep. */

import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './classify.ts';
import { classifyInContext, contextualQuestion, needsContext, quotedLabels } from './follow-up.ts';

describe('needsContext', () => {
  it.each([
    ['còn ai phối hợp?', true],
    ['thế còn báo cáo cho ai?', true],
    ['văn bản đó ai ký?', true],
    ['and who coordinates?', true],
    ['Ai ký Công văn 1032-CV/TU?', false],
    ['Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?', false],
    ['Văn bản ngày 13/6/2016 triển khai văn bản nào?', false],
  ])('%s → %s', (question, expected) => {
    expect(needsContext(classifyQuestion(question))).toBe(expected);
  });
});

describe('classifyInContext', () => {
  const history = [
    { role: 'user' as const, content: 'Ai chủ trì kiểm soát khai thác cát trên sông Hậu ở Cần Thơ?' },
    { role: 'assistant' as const, content: 'Ban cán sự đảng Ủy ban nhân dân thành phố chủ trì.' },
  ];

  it('keeps the new kind and borrows topic and place', () => {
    const q = classifyInContext('còn ai phối hợp?', history);
    expect(q.kind).toBe('coordinate');
    expect(q.slots.terms).toEqual(expect.arrayContaining(['khai', 'thac', 'cat']));
    expect(q.slots.places).toEqual(['Cần Thơ']);
    expect(q.slots.query).toContain('khai thác cát');
  });

  it('borrows from the latest user turn that stands alone', () => {
    const q = classifyInContext('còn ai phối hợp?', [...history, { role: 'user', content: 'còn ai báo cáo?' }]);
    expect(q.slots.terms).toContain('cat');
  });

  it('leaves a question that stands alone as it is', () => {
    expect(classifyInContext('Ai ký Công văn 1032-CV/TU?', history)).toEqual(
      classifyQuestion('Ai ký Công văn 1032-CV/TU?'),
    );
  });

  it('marks a follow-up without history as unanchored, so the answerer says it cannot follow', () => {
    expect(classifyInContext('còn ai phối hợp?', [])).toEqual({
      ...classifyQuestion('còn ai phối hợp?'),
      unanchored: true,
    });
    expect(classifyInContext('and who coordinates?', []).unanchored).toBe(true);
  });

  // Validity words with nothing named apply to the earlier turn's document; a task's time limit to its plan.
  it.each([
    [
      'Nghị định 113/2017/NĐ-CP quy định gì về huấn luyện an toàn hóa chất?',
      'Văn bản đó còn hiệu lực không?',
      'validity',
    ],
    ['Nghị định 113/2017/NĐ-CP quy định gì về huấn luyện an toàn hóa chất?', 'còn hiệu lực không?', 'validity'],
    ['What does Decree 113/2017/ND-CP require for chemical safety training?', 'Is it still in force?', 'validity'],
    [
      'Kế hoạch 30/KH-UBND giao Sở Công Thương nhiệm vụ gì về an toàn hóa chất?',
      'hạn hoàn thành là khi nào?',
      'deadline',
    ],
  ])('after %s, %s stays on its document as %s', (earlier, question, kind) => {
    const c = classifyInContext(question, [{ role: 'user', content: earlier }]);
    expect(c.kind).toBe(kind);
    expect(c.slots.mentions.map((m) => m.number)).toEqual([/113/.test(earlier) ? '113' : '30']);
  });

  it('says it cannot follow a bare validity question with nothing before it', () => {
    expect(classifyInContext('còn hiệu lực không?', []).unanchored).toBe(true);
    expect(classifyInContext('Quy chế phối hợp quản lý cát còn hiệu lực không?', []).unanchored).toBeUndefined();
  });

  it('stays on the document the earlier answer came from', () => {
    const answered = [
      history[0],
      {
        role: 'assistant' as const,
        content: 'Theo 1032-CV/TU, mục 3.4: “Ban cán sự đảng UBND thành phố chủ trì …” [1]',
      },
    ];
    const q = classifyInContext('còn ai phối hợp?', answered);
    expect(q.slots.mentions.map((m) => m.symbol)).toEqual(['1032-CV/TU']);
    expect(q.kind).toBe('coordinate');
  });
});

describe('contextualQuestion', () => {
  const history = [{ role: 'user' as const, content: 'Ai chủ trì kiểm soát khai thác cát?' }];
  it('prefixes a follow-up with the question it borrows from', () => {
    expect(contextualQuestion('còn ai phối hợp?', history)).toBe(
      'Ai chủ trì kiểm soát khai thác cát? → còn ai phối hợp?',
    );
    expect(contextualQuestion('Ai ký Công văn 1032-CV/TU?', history)).toBe('Ai ký Công văn 1032-CV/TU?');
  });
});

describe('quotedLabels', () => {
  it('reads the source labels of an earlier answer, lead-in included', () => {
    const content = [
      'Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo.',
      '1032-CV/TU, mục 3.4: “Kiểm soát chặt chẽ hoạt động khai thác cát trên sông Hậu…” [1].',
      'Nêu ở phần dẫn của 1032-CV/TU, mục 3: “3- Ban cán sự đảng Ủy ban nhân dân thành phố lãnh đạo …” [2].',
    ].join('\n');
    expect(quotedLabels([{ role: 'assistant', content }])).toEqual(['1032-CV/TU, mục 3.4', '1032-CV/TU, mục 3']);
    expect(quotedLabels([{ role: 'user', content }])).toEqual([]);
  });

  it('a follow-up carries them; a question that stands alone does not', () => {
    const history = [
      { role: 'user' as const, content: 'Ai chủ trì kiểm soát khai thác cát trên sông Hậu ở Cần Thơ?' },
      { role: 'assistant' as const, content: 'X chủ trì.\nTheo 1032-CV/TU, mục 3.4: “…” [1].' },
    ];
    expect(classifyInContext('còn ai phối hợp?', history).follows).toEqual(['1032-CV/TU, mục 3.4']);
    expect(classifyInContext('Ai ký Công văn 1032-CV/TU?', history).follows).toBeUndefined();
  });
});
