/** @module briefing/assessment.test — assessing vs assigning sentences, on sentences and headings from the seed documents. */
import { describe, expect, it } from 'vitest';
import { headingRole, isHeadingLine, readsAsAssessment, sentenceRole } from './assessment.ts';

describe('headingRole', () => {
  it.each([
    ['TÌNH HÌNH THựC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG', 'assessment'],
    ['I. ĐÁNH GIÁ KẾT QUẢ THỰC HIỆN', 'assessment'],
    ['MỤC TIÊU VÀ NHIỆM VỤ', 'task'],
    ['NHIỆM VỤ, GIẢI PHÁP CHỦ YẾU', 'task'],
    ['KẾT QUẢ VÀ NHIỆM VỤ THỜI GIAN TỚI', 'assessment'],
    ['TỔ CHỨC THỰC HIỆN', 'task'],
    ['QUAN ĐIỂM', null],
  ])('%s → %s', (heading, role) => {
    expect(headingRole(heading)).toBe(role);
  });
});

describe('readsAsAssessment', () => {
  it.each<[string, boolean]>([
    ['Trong những năm qua, công tác bảo vệ môi trường trên địa bàn tỉnh tiếp tục có chuyển biến tích cực.', true],
    [
      'Bên cạnh kết quả đạt được, công tác bảo vệ môi trường trên địa bàn tỉnh thời gian qua cũng còn một số khó khăn, hạn chế.',
      true,
    ],
    [
      'Tuy nhiên, công tác bảo vệ môi trường ở cấp cơ sở chưa được chú trọng, nhiều nơi còn bỏ trống nhiệm vụ bảo vệ môi trường.',
      true,
    ],
    ['Kiểm soát chặt chẽ, hiệu quả hoạt động khai thác khoáng sản, đặc biệt là khai thác cát trên sông Hậu.', false],
    ['hạn chế khai thác nước ngầm, bảo vệ các tầng chứa nước của thành phố', false],
    [
      'Xây dựng hạ tầng phân loại, thu gom, xử lý chất thải rắn sinh hoạt; phát triển ngành công nghiệp tái chế;',
      false,
    ],
    // A purpose clause names results only to build on them.
    [
      'Để phát huy những kết quả đã đạt được và khắc phục những hạn chế trong công tác bảo vệ môi trường, Ban Thường vụ Tỉnh ủy yêu cầu:',
      false,
    ],
    ['TÌNH HÌNH THựC HIỆN CÔNG TÁC BẢO VỆ MÔI TRƯỜNG', false],
  ])('%s → %s', (sentence, assesses) => {
    expect(readsAsAssessment(sentence)).toBe(assesses);
  });

  it('lets the heading above decide when there is one', () => {
    const s = 'Tiếp tục phát huy những kết quả đã đạt được trong công tác thu gom rác.';
    expect(sentenceRole(s, 'task')).toBe('task');
    expect(sentenceRole(s, null)).toBe('assessment');
    expect(sentenceRole('Tăng cường kiểm tra.', 'assessment')).toBe('assessment');
    expect(isHeadingLine('I- MỤC TIÊU VÀ NHIỆM VỤ')).toBe(true);
  });
});
