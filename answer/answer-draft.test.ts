/** @module answer/answer-draft.test — how a drafted answer reads: one line a sentence, a full stop after each source, marks where a quote was cut. */
import { describe, expect, it } from 'vitest';
import { AnswerDraft, cutMarks, wideEnough } from './answer-draft.ts';
import { documentName } from './templates.ts';

// A real bullet of an archive notice (Thông báo kết luận of a UBND chairman, 2026).
const BULLET =
  '- Chủ trì tham mưu Ủy ban nhân dân tỉnh ưu tiên cân đối, bố trí ngân sách hằng năm và trong Kế hoạch đầu tư công trung hạn giai đoạn 2026 - 2030 để các xã, phường đầu tư hoàn thiện hạ tầng các cụm công nghiệp hiện hữu, trước hết là hệ thống xử lý nước thải tập trung.';

describe('cutMarks', () => {
  it.each([
    ['the whole clause', BULLET, '', ''],
    ['cut at both ends', 'ưu tiên cân đối, bố trí ngân sách hằng năm', '…', '…'],
    ['from the start, cut at the end', '- Chủ trì tham mưu Ủy ban nhân dân tỉnh', '', '…'],
    ['from inside, to the end', 'trước hết là hệ thống xử lý nước thải tập trung.', '…', ''],
  ])('%s', (_, quote, before, after) => {
    expect(cutMarks(BULLET, quote)).toEqual({ before, after });
  });
});

describe('AnswerDraft', () => {
  const clause = { id: 'tb~II-2-b1', documentId: 'tb', label: 'Thông báo, phần II, mục 2, ý 1', text: BULLET };

  it('puts each sentence on its own line and closes a source line with a full stop', () => {
    const draft = new AnswerDraft();
    draft.add('Sở Tài chính chủ trì');
    draft.add(`${clause.label}: ${draft.quote(clause, ['ngan', 'sach'])}`);
    const lines = draft.text.split('\n');
    expect(lines[0]).toBe('Sở Tài chính chủ trì.');
    expect(lines[1]).toMatch(/^Thông báo, phần II, mục 2, ý 1: “.*” \[1\]\.$/);
    expect(draft.citations[0].quote).not.toContain('…');
    expect(BULLET).toContain(draft.citations[0].quote);
  });
});

describe('AnswerDraft.quote: a short clause whole, or one field of a header block', () => {
  // Shaped on a provincial notice's header block: the place–date line, then the trích yếu.
  const header = {
    id: 'tb~header',
    documentId: 'tb',
    label: 'Thông báo, phần đầu',
    text: 'Phú Thọ, ngày 29 tháng 4 năm 2026\nTHÔNG BÁO\nKết quả kiểm tra, sát hạch thợ mìn năm 2026',
  };
  const dateLine = { start: 0, end: header.text.indexOf('\n') };

  it('quotes a short clause whole by default: its other lines hold what the best one leaves out', () => {
    const draft = new AnswerDraft();
    draft.quote(header, ['tho', 'min'], { around: dateLine });
    expect(draft.citations[0].quote).toBe(header.text);
  });

  it('with whole: false quotes only the line around the span', () => {
    const draft = new AnswerDraft();
    draft.quote(header, [], { around: dateLine, whole: false });
    expect(draft.citations[0].quote).toBe('Phú Thọ, ngày 29 tháng 4 năm 2026');
  });
});

describe('documentName', () => {
  it.each([
    [{ type: 'NQ' as const, symbol: '41-NQ/TW' }, 'Nghị quyết 41-NQ/TW'],
    [
      { type: 'NQ' as const, symbol: null, title: 'Nghị quyết về bảo vệ môi trường' },
      'Nghị quyết về bảo vệ môi trường',
    ],
    [{ type: 'KL' as const, symbol: null, title: '“Kết luận của Bộ Chính trị”' }, '“Kết luận của Bộ Chính trị”'],
    [{ type: 'KH' as const, symbol: null, title: 'Kế hoạchđặc biệt' }, 'Kế hoạch Kế hoạchđặc biệt'],
  ])('%j → %s (the type word is not doubled)', (doc, name) => {
    expect(documentName(doc, 'vi')).toBe(name);
  });

  it('names a technical standard by its kind in English, not as a bare "document"', () => {
    expect(documentName({ type: 'QCVN', symbol: 'QCVN 01:2019/BCT' }, 'en')).toBe(
      'National technical regulation QCVN 01:2019/BCT',
    );
    expect(documentName({ type: 'TCVN', symbol: 'TCVN 5945:2005' }, 'en')).toBe('National standard TCVN 5945:2005');
  });
});

describe('wideEnough: a quote short of the citation floor takes the lines around it', () => {
  // Shaped on the signing block of a provincial notice in the archive: the name alone has 7 letters, below the floor.
  const block = 'TL. CHỦ TỊCH\nCHÁNH VĂN PHÒNG\nLê Trí Hà';
  it.each([
    ['Lê Trí Hà', 'CHÁNH VĂN PHÒNG\nLê Trí Hà'],
    ['CHÁNH VĂN PHÒNG', 'CHÁNH VĂN PHÒNG'],
  ])('%s', (quote, expected) => {
    const wide = wideEnough(block, quote);
    expect(wide).toBe(expected);
    expect(block.includes(wide)).toBe(true);
  });
});
