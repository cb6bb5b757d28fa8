import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import { buildClauseTree } from './clause-tree.ts';

/** A small letter in the genre, written for this test: header, opening, items, sub-items, bullets, closing. */
const LETTER = `TỈNH ỦY HÒA BÌNH
*
Số 77-CV/TU
V/v triển khai thực hiện Kết luận số 99-KL/TW
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 02 tháng 3 năm 2025

Kính gửi: - Các huyện ủy, thành ủy,
- Các sở, ban, ngành tỉnh.

Nhằm triển khai thực hiện nghiêm túc, có hiệu quả Kết luận số 99-KL/TW ngày 10/01/2025 của Bộ Chính trị về phát triển rừng bền vững, Ban Thường vụ Tỉnh ủy yêu cầu:

I- NHIỆM VỤ TRỌNG TÂM
1- Ban cán sự đảng Ủy ban nhân dân tỉnh lãnh đạo Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành tập trung các nhiệm vụ sau:
1.1. Rà soát quy hoạch ba loại rừng.
1.2. Kiểm soát chặt chẽ khai thác gỗ rừng tự nhiên:
a) Tăng cường tuần tra.
b) Xử lý nghiêm vi phạm.
2- Ban Tuyên giáo Tỉnh ủy chủ trì tuyên truyền:
- Tuyên truyền trên báo chí;
+ chuyên mục hằng tuần.
- Tuyên truyền ở cơ sở.
II- TỔ CHỨC THỰC HIỆN
Văn phòng Tỉnh ủy theo dõi, đôn đốc việc thực hiện Công văn này.
Nơi nhận:
- Như trên,
- Lưu Văn phòng Tỉnh ủy.
T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Nguyễn Văn An
`;

function tree(text: string) {
  const { clean } = cleanText(text);
  return buildClauseTree({ documentId: 'doc', cleanText: clean.text, documentLabel: '77-CV/TU' });
}

describe('buildClauseTree on a letter of the genre', () => {
  const clauses = tree(LETTER);
  const byAnchor = new Map(clauses.map((c) => [c.anchor, c]));
  const parentAnchor = (anchor: string) => {
    const c = byAnchor.get(anchor);
    return c?.parentId ? clauses.find((p) => p.id === c.parentId)?.anchor : null;
  };

  it('finds every part in reading order', () => {
    expect(clauses.map((c) => `${c.kind}:${c.anchor}`)).toEqual([
      'preamble:preamble',
      'paragraph:p1',
      'section:I',
      'item:I-1',
      'subitem:I-1-1.1',
      'subitem:I-1-1.2',
      'point:I-1-1.2-a',
      'point:I-1-1.2-b',
      'item:I-2',
      'bullet:I-2-b1',
      'bullet:I-2-b1-b1',
      'bullet:I-2-b2',
      'section:II',
      'paragraph:II-p1',
      'recipients:recipients',
      'signature:signature',
    ]);
  });

  it.each([
    ['I-1-1.2', 'I-1'],
    ['I-1-1.2-b', 'I-1-1.2'],
    ['I-2-b1-b1', 'I-2-b1'],
    ['I-2-b2', 'I-2'],
    ['II-p1', 'II'],
  ])('%s is a child of %s', (child, parent) => {
    expect(parentAnchor(child)).toBe(parent);
  });

  it('labels clauses as citations read', () => {
    expect(byAnchor.get('I-1-1.2')?.label).toBe('77-CV/TU, phần I, mục 1.2');
    expect(byAnchor.get('I-1-1.2-a')?.label).toBe('77-CV/TU, phần I, mục 1.2, điểm a');
    expect(byAnchor.get('I-2-b2')?.label).toBe('77-CV/TU, phần I, mục 2, ý 2');
    expect(byAnchor.get('signature')?.label).toBe('77-CV/TU, phần ký');
  });

  it('keeps each clause text equal to its span of the clean text', () => {
    const { clean } = cleanText(LETTER);
    for (const c of clauses) expect(clean.text.slice(c.span.start, c.span.end)).toBe(c.text);
  });

  it('reads headings of sections and items', () => {
    expect(byAnchor.get('I')?.heading).toBe('NHIỆM VỤ TRỌNG TÂM');
    expect(byAnchor.get('I-1')?.heading).toBeNull();
  });

  it('gives the same ids for the same text (stable across re-ingest)', () => {
    expect(tree(LETTER).map((c) => c.id)).toEqual(clauses.map((c) => c.id));
  });
});

describe('numbering schemes', () => {
  it.each([
    ['1. a\n2. b', ['item:1', 'item:2']],
    ['1) a\n2) b', ['item:1', 'item:2']],
    ['II. A\n1. b\n2. c', ['section:II', 'item:II-1', 'item:II-2']],
    ['1. a\n1.1. b\n1.1.1. c\n2. d', ['item:1', 'subitem:1-1.1', 'subitem:1-1.1-1.1.1', 'item:2']],
    ['1. a\n• x\n• y', ['item:1', 'bullet:1-b1', 'bullet:1-b2']],
    ['1. a\n-100% dân số đô thị', ['item:1', 'bullet:1-b1']],
    // A DOCX task table after a bullet: its rows stand as clauses of the item, not as lines of the bullet.
    [
      '3. Phân công\n- Các cơ quan thực hiện như sau:\n| TT | Nhiệm vụ | Cơ quan chủ trì |\n| 1 | Rà soát | Sở Xây dựng |',
      ['item:3', 'bullet:3-b1', 'paragraph:3-p1', 'paragraph:3-p2'],
    ],
  ])('%j', (text, expected) => {
    expect(tree(text).map((c) => `${c.kind}:${c.anchor}`)).toEqual(expected);
  });

  it('parses 10,000 levels of bullet nesting without recursion limits', () => {
    const styles = ['-', '+', '•'];
    const lines = ['1. Mở đầu'];
    for (let i = 0; i < 10_000; i++) lines.push(`${styles[i % 3]} mục ${i}`);
    const clauses = tree(lines.join('\n'));
    expect(clauses).toHaveLength(10_001);
  });
});
