/**
 * @module answer/lineage-question.test
 * Which way a lineage question looks: documents below the one named (`downstream`) or above it
 * (`upstream`), in active and passive voice, without diacritics and in English, and the relation asked.
 */
import { describe, expect, it } from 'vitest';
import { classifyQuestion } from './classify.ts';

describe('lineage direction and relation', () => {
  it.each([
    // The asked document does the verb: documents below the one named.
    ['Văn bản nào thực hiện Chỉ thị 13?', 'downstream', 'implements'],
    ['van ban nao trien khai nghi quyet 59', 'downstream', 'implements'],
    ['Which documents implement Directive 13?', 'downstream', 'implements'],
    ['Văn bản nào được ban hành để thực hiện Kết luận 81?', 'downstream', 'implements'],
    [
      'Which document did the Provincial Party Committee issue to implement Conclusion 81-KL/TW?',
      'downstream',
      'implements',
    ],
    // Passive: the named document undergoes the verb, the asked one does it (`bằng`, `qua`, `through`).
    ['Nghị quyết 59-NQ/TW được cụ thể hóa bằng văn bản nào?', 'downstream', 'implements'],
    ['kl 81-KL/TW can tho cu the hoa qua vb nao', 'downstream', 'implements'],
    ['Thành ủy Cần Thơ triển khai Kết luận 81-KL/TW bằng văn bản số mấy?', 'downstream', 'implements'],
    ['Through which document did Cần Thơ put Conclusion 81-KL/TW into action?', 'downstream', 'implements'],
    ['What is the number of the document that rolls out Conclusion 81-KL/TW?', 'downstream', 'implements'],
    ['Văn bản nào thay thế Nghị định 163/2013/NĐ-CP?', 'downstream', 'replaces'],
    ['What replaced Decree 163/2013?', 'downstream', 'replaces'],
    ['Nghị định 163/2013/NĐ-CP bị thay thế bởi văn bản nào?', 'downstream', 'replaces'],
    // The named document does the verb: documents above it.
    ['Công văn 1032 triển khai kết luận nào?', 'upstream', 'implements'],
    ['Nghị quyết nào được chỉ thị này cụ thể hóa?', 'upstream', 'implements'],
    ['Which resolution does this plan implement?', 'upstream', 'implements'],
    ['What resolution does the programme set out to implement?', 'upstream', 'implements'],
    ['What conclusion is the provincial letter meant to carry out?', 'upstream', 'implements'],
    ['Công văn 1032 căn cứ vào đâu?', 'upstream', 'basis'],
    ['What is this programme based on?', 'upstream', 'basis'],
    ['Which Politburo resolution is the basis of the programme?', 'upstream', 'basis'],
    ['Kết luận 02 tổng kết nghị quyết nào?', 'upstream', 'reviews'],
    ['Nghị định 71/2019/NĐ-CP thay thế nghị định xử phạt nào năm 2013?', 'upstream', 'replaces'],
    ['nd 26/2026 thay nd nao nam 2017 ve hoa chat', 'upstream', 'replaces'],
    [
      'Nghị định 26/2026/NĐ-CP làm hết hiệu lực nghị định hướng dẫn Luật Hóa chất nào năm 2017?',
      'upstream',
      'replaces',
    ],
    ['Which 2013 penalty decree did Decree 71/2019/NĐ-CP replace?', 'upstream', 'replaces'],
    ['Thông tư 31/2025/TT-BCT bãi bỏ thông tư nào trước đó?', 'upstream', 'repeals'],
    [
      'Văn bản Trung ương nào được Ban Thường vụ Tỉnh ủy triển khai bằng công văn ngày 13/6/2016?',
      'upstream',
      'implements',
    ],
  ])('%s → %s %s', (question, direction, relation) => {
    const { slots } = classifyQuestion(question);
    expect([slots.direction, slots.relation]).toEqual([direction, relation]);
  });

  it.each([
    'Nghị định 71/2019/NĐ-CP thay thế nghị định nào?',
    'nd 26/2026 thay nd nao nam 2017 ve hoa chat',
    'Which circular does Circular 34/2026/TT-BXD replace?',
  ])('what a named document itself replaces is a lineage question, not its own validity: %s', (question) => {
    expect(classifyQuestion(question).kind).toBe('lineage');
  });

  it.each([
    ['Quyết định 1074/QĐ-BXD về giải pháp PCCC căn cứ luật phòng cháy chữa cháy số mấy?', 'lineage'],
    ['Thành ủy Cần Thơ triển khai Kết luận 81-KL/TW bằng văn bản số mấy?', 'lineage'],
    ['Công văn 1032-CV/TU số mấy?', 'metadata'],
    ['chuong trinh can tho xanh va sach so may ban hanh ngay nao', 'metadata'],
  ])('`số mấy` asks the number of the related document only after a relation verb: %s', (question, kind) => {
    expect(classifyQuestion(question).kind).toBe(kind);
  });

  it.each([
    'Văn bản nào thay thế Nghị định 163/2013/NĐ-CP?',
    'What replaced Decree 163/2013?',
    'Nghị định 163/2013/NĐ-CP còn hiệu lực không?',
  ])('what changes a named document stays a validity question: %s', (question) => {
    expect(classifyQuestion(question).kind).toBe('validity');
  });
});
