/** @module answer/find-documents.test — where a document is from: its place of issue, issuer, title and file name. */

import { describe, expect, it } from 'vitest';
import type { DocumentSummary } from '../core/store/index.ts';
import { isAbout } from './find-documents.ts';

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
