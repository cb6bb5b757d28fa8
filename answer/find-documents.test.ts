/** @module answer/find-documents.test — where a document is from: its place of issue, issuer, title and file name. */

import { describe, expect, it } from 'vitest';
import type { Db, DocumentSummary } from '../core/store/index.ts';
import { classifyQuestion } from './classify.ts';
import { documentsAbout, isAbout, rankDocuments } from './find-documents.ts';

/** A catalog entry with the header fields a place test reads (the rest does not matter here). */
function doc(metadata: { place: string | null; issuer: string | null; title: string | null }, sourceName: string) {
  return { sourceName, metadata } as unknown as DocumentSummary;
}

describe('isAbout', () => {
  it.each<[string, DocumentSummary, string, boolean]>([
    // Central bodies print the capital as their place of issue: a national plan is not about Hà Nội.
    [
      'a national mineral plan issued in Hà Nội',
      doc(
        {
          place: 'Hà Nội',
          issuer: 'Cục Địa chất và Khoáng sản Việt Nam',
          title: 'Quy hoạch thăm dò, khai thác khoáng sản',
        },
        'QD-866-quy-hoach-khoang-san.pdf',
      ),
      'Hà Nội',
      false,
    ],
    [
      "the city's own plan",
      doc({ place: 'Hà Nội', issuer: 'Ủy ban nhân dân thành phố Hà Nội', title: 'Kế hoạch giảm phát thải' }, 'kh.docx'),
      'Hà Nội',
      true,
    ],
    // A province's department prints its province: that place of issue does say where it is from.
    [
      'a department letter from Lào Cai',
      doc({ place: 'Lào Cai', issuer: 'Sở Công Thương', title: 'V/v kiểm tra an toàn hóa chất' }, 'CV-194.docx'),
      'Lào Cai',
      true,
    ],
  ])('%s', (_, d, place, about) => {
    expect(isAbout(d, place)).toBe(about);
  });
});

/** A small catalog: most documents print `tỉnh`, so a place's first word says little about where a document is from. */
const catalog = [
  doc(
    { place: 'Lào Cai', issuer: 'Ủy ban nhân dân tỉnh Lào Cai', title: 'Kế hoạch phòng, chống thiên tai' },
    'kh-1.docx',
  ),
  doc({ place: 'Yên Bái', issuer: 'Ủy ban nhân dân tỉnh Yên Bái', title: 'Kế hoạch phát triển du lịch' }, 'kh-2.docx'),
  doc({ place: 'Lai Châu', issuer: 'Tỉnh ủy Lai Châu', title: 'Chỉ thị về phòng, chống thiên tai' }, 'ct-3.docx'),
  doc({ place: 'Bà Rịa - Vũng Tàu', issuer: 'Sở Tài chính', title: 'V/v quyết toán' }, 'cv-4.docx'),
  doc({ place: null, issuer: null, title: null }, 'untitled.txt'),
].map((d, i) => Object.assign(d, { id: `d${i}` }));

describe('documentsAbout', () => {
  it.each(['tỉnh Lào Cai', 'Lai Châu', 'tỉnh', 'Vũng Tàu', 'Bà Rịa - Vũng Tàu', 'Hà Giang', ''])(
    '%j: the documents isAbout accepts, found through the catalog words',
    (place) => {
      const expected = catalog.filter((d) => isAbout(d, place)).map((d) => d.id);
      expect([...documentsAbout(catalog, place)].map((d) => d.id).sort()).toEqual(expected);
    },
  );
});

const titleConcepts = [
  { label: 'phòng chống', alternatives: ['phong chong'] },
  { label: 'thiên tai', alternatives: ['thien tai', 'bao lu'] },
  { label: 'du lịch', alternatives: ['du lich'] },
];

describe('rankDocuments: title words', () => {
  it('scores the share of the concepts a title shows, whatever the catalog size', async () => {
    const q = classifyQuestion('Kế hoạch phòng chống thiên tai là gì?');
    const ranked = await rankDocuments({} as Db, q, titleConcepts, catalog);
    const titleReason = (id: string) => ranked.find((c) => c.doc.id === id)?.reasons.find((r) => r.startsWith('title'));
    expect(titleReason('d0')).toBe('title 0.67');
    expect(titleReason('d1')).toBe('title 0.33');
    expect(titleReason('d2')).toBe('title 0.67');
    expect(titleReason('d3')).toBeUndefined();
    expect(ranked[0].doc.id).toBe('d0');
  });
});

describe('rankDocuments: only documents that fit', () => {
  it('leaves out those whose evidence adds up to nothing or less (a reader takes a missing one as 0)', async () => {
    // Lai Châu's directive shows two of three concepts but is from another province: 2.67 − 3 is below nothing.
    const q = classifyQuestion('Kế hoạch phòng chống thiên tai của tỉnh Lào Cai là gì?');
    const ranked = await rankDocuments({} as Db, q, titleConcepts, catalog);
    expect(ranked.map((c) => [c.doc.id, c.score, c.reasons])).toEqual([['d0', 4.17, ['place Lào Cai', 'title 0.67']]]);
  });
});
