/** @module answer/asked-role.test — the role asked is the one nearest the asking word; other role words are context. */

import { describe, expect, it } from 'vitest';
import { askedRole } from './asked-role.ts';
import { classifyQuestion } from './classify.ts';

describe('askedRole', () => {
  it.each([
    ['Ngoài phòng chủ trì, những phòng nào tham gia thẩm định hồ sơ?', 'coordinate'],
    ['Đối với nhiệm vụ do Sở Nội vụ chủ trì, đơn vị nào phối hợp?', 'coordinate'],
    ['doi voi nhiem vu do so noi vu chu tri, don vi nao ho tro', 'coordinate'],
    ['For the audit led by the Finance Department, which offices assist?', 'coordinate'],
    ['Besides the lead agency, who takes part in the flood drill?', 'coordinate'],
    ['Apart from the department in charge, which units help with the audit?', 'coordinate'],
    ['Ai chủ trì, phối hợp với Công an tỉnh kiểm tra kho vật liệu nổ?', 'lead'],
    ['Cơ quan nào chịu trách nhiệm cấp phép, phối hợp với Sở Xây dựng?', 'lead'],
    ['Who is responsible for licensing, working with the Department of Construction?', 'lead'],
    ['Sở Y tế báo cáo kết quả tiêm chủng cho cơ quan nào?', 'report'],
    ['Hội nghị sơ kết công tác phòng cháy do Sở chủ trì thì ai tham dự?', 'attend'],
    ['Thành phần tham gia lớp bồi dưỡng nghiệp vụ gồm những ai?', 'attend'],
  ])('%s → %s', (question, role) => {
    expect(askedRole(question)).toBe(role);
  });

  it('reads no role when the question names none or asks nothing of a body', () => {
    expect(askedRole('Kế hoạch tiêm chủng có mấy mục tiêu?')).toBeNull();
    expect(askedRole('How does the plan support farmers?')).toBeNull();
  });
});

describe('classifyQuestion: a lead word beside the asked role is context', () => {
  it.each([
    'Ngoài phòng chủ trì, những phòng nào tham gia thẩm định hồ sơ?',
    'Nhiệm vụ do Sở Nội vụ chủ trì thì ai tham gia?',
    'Apart from the department in charge, which units help with the audit?',
  ])('%s → coordinate', (question) => {
    expect(classifyQuestion(question).kind).toBe('coordinate');
  });
});

describe('classifyQuestion: who attends a meeting, a test or a class is asked of its participants line, not a task role', () => {
  it.each([
    'Ai dự họp giao ban quý III của Sở Công Thương?',
    'ai tham du hoi nghi tong ket cong tac dan van',
    'Thành phần tham gia lớp bồi dưỡng nghiệp vụ gồm những ai?',
    'Who attends the quarterly briefing of the Department of Industry and Trade?',
    'Who has to sit the blasting safety exam in March?',
  ])('%s → content', (question) => {
    expect(classifyQuestion(question).kind).toBe('content');
  });
});
