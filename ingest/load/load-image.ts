/** @module ingest/load/load-image — a scanned page saved as an image (PNG, JPEG, TIFF) read by OCR. */
import type { DecodedText } from './decode-text.ts';
import { loadError } from './load-error.ts';
import { type OcrOptions, ocrPages } from './ocr/index.ts';

/** OCRs an image (a multi-page TIFF comes back as one text). Without OCR options it fails with `needs_ocr`. */
export async function loadImage(
  file: string,
  bytes: Uint8Array,
  ocr: OcrOptions | undefined,
): Promise<DecodedText & { ocr: { pages: number; cached: number } }> {
  if (!ocr) throw loadError('needs_ocr', file, { pages: 1, chars: 0 });
  const { pages, cached } = await ocrPages(file, bytes, 'image', [1], ocr);
  return { text: pages.get(1) ?? '', encoding: 'unicode', warnings: [], ocr: { pages: 1, cached } };
}
