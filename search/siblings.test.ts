/**
 * @module search/siblings.test — two plans of one office on one title, April's and July's (KH-2242 and KH-3957 of
 * the Lào Cai Department of Industry and Trade, archive headers and file names): the month the question names
 * picks one, and the other's clauses give it their places.
 */
import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../core/store/index.ts';
import { documentFit, fieldsOf } from './document-fit.ts';
import { analyzeQuery } from './query.ts';
import { areSiblings, behindFittingSiblings, siblingScores, siblingStanding } from './siblings.ts';
import { makeDoc } from './test-fixtures.ts';

const TITLE =
  'Kiểm tra, cấp Giấy chứng nhận huấn luyện kỹ thuật an toàn vật liệu nổ công nghiệp, tiền chất thuốc nổ trên địa bàn tỉnh Lào Cai';
const plan = (id: string, sourceName: string, partialDate: string): DocumentSummary => {
  const doc = makeDoc(
    id,
    {
      type: 'KH',
      issuer: 'Sở Công Thương',
      parentIssuer: 'Ủy ban nhân dân tỉnh Lào Cai',
      place: 'Lào Cai',
      title: TITLE,
      draft: true,
      partialDate,
    },
    [],
  );
  return { ...doc, id, sourceName, contentHash: '', metadataSources: {}, ingestedAt: '' };
};
const APRIL = plan('kh-2242', 'KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx', '2026-04');
const JULY = plan('kh-3957', 'KH-3957_3.7.2026_Kiem-tra-cap-GCN-19-don-vi.docx', '2026-07');
/** Luật Hóa chất 2025's record: another body, another title. */
const LAW = {
  ...plan('luat-69', 'luat-hoa-chat-69-2025-qh15.docx', '2025-06'),
  metadata: {
    ...APRIL.metadata,
    type: 'LUAT',
    issuer: 'Quốc hội',
    parentIssuer: null,
    place: null,
    title: 'Luật Hóa chất',
  },
} as DocumentSummary;

const fields = fieldsOf([APRIL, JULY, LAW]);
const fitOf = (question: string) =>
  documentFit(
    fields,
    analyzeQuery(question).terms.filter((t) => t.field === 'folded'),
  );
const DOCUMENTS = ['kh-2242', 'kh-3957', 'luat-69'];

describe('sibling documents', () => {
  it('are the two plans on one title, not a plan and a law', () => {
    expect(areSiblings(fields.terms.get('kh-2242'), fields.terms.get('kh-3957'))).toBe(true);
    expect(areSiblings(fields.terms.get('kh-2242'), fields.terms.get('luat-69'))).toBe(false);
  });

  it.each([
    [
      'Kế hoạch kiểm tra cấp GCN kỹ thuật an toàn vật liệu nổ tháng 7/2026 xét đề nghị của bao nhiêu đơn vị?',
      'kh-3957',
    ],
    ['ke hoach kiem tra gcn vat lieu no thang 4 2026 bao nhieu don vi', 'kh-2242'],
    ['How many companies asked for the July 2026 explosives safety certificate test?', 'kh-3957'],
  ])('stand by the month the question names: %s', (question, named) => {
    const standing = siblingStanding(fields.terms, fitOf(question), DOCUMENTS);
    const other = named === 'kh-3957' ? 'kh-2242' : 'kh-3957';
    expect(standing.get(named)).toBe(1);
    expect(standing.get(other)).toBe(-1);
    // The law has no sibling among them.
    expect(standing.get('luat-69')).toBeUndefined();
  });

  it('stand even when the question names nothing that tells them apart', () => {
    const standing = siblingStanding(fields.terms, fitOf('Kế hoạch kiểm tra cấp GCN vật liệu nổ do ai ký?'), DOCUMENTS);
    expect(standing.get('kh-3957')).toBe(0);
    expect(standing.get('kh-2242')).toBe(0);
  });

  it.each([
    'Kế hoạch kiểm tra cấp GCN vật liệu nổ mới nhất xét đề nghị của bao nhiêu đơn vị?',
    'How many companies does the latest explosives certificate test plan cover?',
  ])('stand by their dates when the question asks the latest: %s', (question) => {
    const standing = siblingStanding(fields.terms, siblingScores(question, fitOf(question), fields.dates), DOCUMENTS);
    expect(standing.get('kh-3957')).toBe(1);
    expect(standing.get('kh-2242')).toBe(-1);
  });

  it("move the out-fitted plan's clauses behind the rest, each part in its order", () => {
    const ordered = ['kh-2242~12', 'kh-2242~3', 'luat-69~40', 'kh-3957~12', 'kh-3957~2'].map((clauseId) => ({
      clauseId,
    }));
    const moved = behindFittingSiblings(
      ordered,
      (id) => id.split('~')[0],
      fields.terms,
      fitOf('Kế hoạch kiểm tra cấp GCN vật liệu nổ tháng 7/2026 xét đề nghị của bao nhiêu đơn vị?'),
    );
    expect(moved.map((c) => c.clauseId)).toEqual(['luat-69~40', 'kh-3957~12', 'kh-3957~2', 'kh-2242~12', 'kh-2242~3']);
  });
});
