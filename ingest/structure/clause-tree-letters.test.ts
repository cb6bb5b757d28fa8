import { describe, expect, it } from 'vitest';
import { cleanText } from '../../core/text/clean.ts';
import { buildClauseTree } from './clause-tree.ts';
import { CV_2265, CV_PHUC_DAP, CV_UBND_KT } from './fixtures/letters-unnumbered.ts';

function tree(text: string) {
  const { clean } = cleanText(text);
  return buildClauseTree({ documentId: 'doc', cleanText: clean.text, documentLabel: 'CV' });
}

/** `kind:anchor` of each clause, with its first words. */
const shape = (text: string) =>
  tree(text).map((c) => `${c.kind}:${c.anchor} ${c.text.split(/\s+/).slice(0, 3).join(' ')}`);

describe('letters without numbered parts (NĐ 30/2020, Phụ lục I: reason, content, closing formula)', () => {
  it('nests the `-` lines of the content under the paragraph that introduces them', () => {
    expect(shape(CV_PHUC_DAP)).toEqual([
      'preamble:preamble UBND TỈNH LÀO',
      'paragraph:p1 Sở Công Thương',
      'paragraph:p2 Sau khi nghiên',
      'bullet:p2-b1 - Về thẩm',
      'bullet:p2-b2 - Về căn',
      'paragraph:p3 Do vậy, Sở',
      'paragraph:p4 Sở Công Thương',
      'recipients:recipients Nơi nhận: -',
      'signature:signature KT. GIÁM ĐỐC',
    ]);
  });

  it('continues a line that ends in `:` with the paragraph it introduces, and ends the list at a new sentence', () => {
    const clauses = tree(CV_2265);
    expect(shape(CV_2265)).toEqual([
      'preamble:preamble BỘ CÔNG THƯƠNG',
      'paragraph:p1 Ngày 25 tháng',
      'bullet:p1-b1 - Khoản 2',
      'bullet:p1-b2 - Khoản 1',
      'paragraph:p2 Bộ Công Thương',
      'recipients:recipients Nơi nhận: -',
    ]);
    expect(clauses.find((c) => c.anchor === 'p1-b2')?.text).toMatch(
      /thi hành:\nThông tư có hiệu lực từ ngày 10\/4\/2026\.$/,
    );
    expect(clauses.find((c) => c.anchor === 'p1-b2')?.label).toBe('CV, đoạn mở đầu 1, ý 2');
  });

  it('reads a long trích yếu and the `Kính gửi:` recipients after it as header', () => {
    expect(shape(CV_UBND_KT)).toEqual([
      'preamble:preamble UỶ BAN NHÂN',
      'paragraph:p1 Liên quan thủ',
      'paragraph:p2 Giao Sở Công',
      'paragraph:p3 Căn cứ ý',
      'recipients:recipients Nơi nhận: -',
      'signature:signature KT. CHỦ TỊCH',
    ]);
  });
});
