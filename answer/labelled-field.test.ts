/**
 * @module answer/labelled-field.test
 * A question asking a field of a notice (`lúc nào`, `ở đâu`) is answered from the notice's labelled line
 * (`1. Thời gian kiểm tra: …`, `2. Địa điểm: …`, NĐ 30/2020 forms), which shares none of the subject words: the
 * answerer's retrieval query drops question words, so it must keep the asking words search reads the field from
 * (#14). A real dev archive notice of an explosives-safety test beside NĐ 181/2024's training articles, whose
 * clauses repeat the subject words.
 */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ask } from './ask.ts';
import { withAskingWords } from './compose-context.ts';
import { useCorpusStore } from './test-corpus.ts';

describe('a question asking a labelled field of a notice', () => {
  const store = useCorpusStore(resolve(import.meta.dirname, 'fixtures', 'labelled'));

  it.each([
    ['Buổi kiểm tra kỹ thuật an toàn vật liệu nổ công nghiệp tháng 4/2026 tổ chức ở đâu?', 'Hội trường tầng 3'],
  ])('answers from the labelled line: %s', async (question, fact) => {
    const { db, embedder } = store();
    const a = await ask(db, { question }, { embedder });
    expect(a.abstained).toBe(false);
    expect(a.citations.some((c) => c.quote.includes(fact))).toBe(true);
  });

  it('keeps the asking words only when the cut query lost them', () => {
    const content = (text: string) => ({ kind: 'content' as const, text });
    expect(withAskingWords('Lớp huấn luyện tổ chức', content('Lớp huấn luyện tổ chức ở đâu?'))).toBe(
      'Lớp huấn luyện tổ chức o dau',
    );
    expect(withAskingWords('Thời gian kiểm tra', content('Thời gian kiểm tra?'))).toBe('Thời gian kiểm tra');
    // A limit is a duty's deadline, not a notice's time line; a how-long is a step's sentence, no labelled line.
    const deadline = (text: string) => ({ kind: 'deadline' as const, text });
    expect(
      withAskingWords('Các đơn vị báo cáo hằng năm', deadline('Các đơn vị báo cáo trước ngày nào hằng năm?')),
    ).toBe('Các đơn vị báo cáo hằng năm');
    expect(
      withAskingWords('Cấp giấy phép mất tối đa', deadline('Cấp giấy phép mất tối đa bao nhiêu ngày làm việc?')),
    ).toBe('Cấp giấy phép mất tối đa');
    // A count keeps `bao nhiêu` before its noun: search ranks the clause stating the count (`19 đơn vị`) by it.
    expect(
      withAskingWords(
        'Kế hoạch kiểm tra lập theo đề nghị của đơn vị',
        content('Kế hoạch kiểm tra lập theo đề nghị của bao nhiêu đơn vị?'),
      ),
    ).toBe('Kế hoạch kiểm tra lập theo đề nghị của bao nhiêu đơn vị');
    // A role is read from stated duties: `ai tham mưu` is no participants line (`ai tham`).
    expect(
      withAskingWords('tham mưu xây dựng kế hoạch', { kind: 'lead', text: 'Ai tham mưu xây dựng kế hoạch?' }),
    ).toBe('tham mưu xây dựng kế hoạch');
  });
});
