/**
 * Marks an OCR squeezed over capitals, read back from the syllable lexicon: the heading of a scanned form
 * (hang-nguy-hiem/…/PL4-giay-de-nghi-cap-moi.pdf, dev split, tesseract -l vie) and headings that must stay.
 */
import { describe, expect, it } from 'vitest';
import { restoreCapitalAccents } from './ocr-accents.ts';

describe('restoreCapitalAccents', () => {
  it('reads a misread heading back: dropped circumflexes, a swapped tone above, a syllable split in two', () => {
    expect(restoreCapitalAccents('CÁP GIÁY PHÉP VẬN CHUYÉN HÀNG N GUY HIẾM')).toBe(
      'CẤP GIẤY PHÉP VẬN CHUYỂN HÀNG NGUY HIỂM',
    );
  });

  it('keeps a tone below or grave apart from one above (ĐÓC is ĐỐC, never ĐỘC)', () => {
    expect(restoreCapitalAccents('GIÁY PHÓ GIÁM ĐÓC')).toBe('GIẤY PHÓ GIÁM ĐỐC');
  });

  it('leaves a heading alone when every word is spelled as a syllable (a clean CÁP stays)', () => {
    for (const heading of [
      'QUY ĐỊNH VỀ CÁP ĐIỆN VÀ VLNCN',
      'GIẤY PHÉP VẬN CHUYỂN HÀNG HÓA NGUY HIỂM',
      'Về việc cấp phép',
    ])
      expect(restoreCapitalAccents(heading)).toBe(heading);
  });
});
