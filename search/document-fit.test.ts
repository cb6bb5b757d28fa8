/** @module search/document-fit.test — a document's record: metadata fields, file name and dates as folded terms. */

import { describe, expect, it } from 'vitest';
import { documentRecord, fileNameDates, fileNameText } from './document-fit.ts';
import { makeDoc } from './test-fixtures.ts';

describe('file names of the archive', () => {
  it.each([
    ['KH-2242_23.4.2026_Kiem-tra-cap-GCN-28-don-vi.docx', 'KH 2242 23.4.2026 Kiem tra cap GCN 28 don vi', ['2026-04']],
    [
      'vat-lieu-no/TB-3915_1.7.2026_Huan-luyen-nguoi-quan-ly.docx',
      'TB 3915 1.7.2026 Huan luyen nguoi quan ly',
      ['2026-07'],
    ],
    ['ND-181-2024.docx', 'ND 181 2024', []],
    ['can-tho-cong-van-2024-ket-luan-81.txt', 'can tho cong van 2024 ket luan 81', []],
  ])('%s → words and dates', (name, words, dates) => {
    expect(fileNameText(name)).toBe(words);
    expect(fileNameDates(name)).toEqual(dates);
  });
});

describe('documentRecord', () => {
  it("holds a draft's number from its file name and the months of its header and file name", () => {
    const doc = {
      ...makeDoc('tb-3915', { type: 'CV', issuer: 'Sở Công Thương', draft: true, partialDate: '2026-06' }, []),
      sourceName: 'TB-3915_1.7.2026_Huan-luyen-nguoi-quan-ly.docx',
    };
    const record = documentRecord({ ...doc, id: 'tb-3915', contentHash: '', metadataSources: {}, ingestedAt: '' });
    expect([...record]).toEqual(
      expect.arrayContaining(['3915', 'thang 6', 'thang 7', '2026', 'so cong', 'huan luyen']),
    );
  });
});
