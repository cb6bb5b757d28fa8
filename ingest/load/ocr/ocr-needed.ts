/** @module ingest/load/ocr/ocr-needed — the signal that a file has pages to OCR, thrown instead of reading them when OCR is deferred. */

/**
 * Not a failure: with `OcrOptions.defer` the loader stops here, so the batch can queue the file for
 * its OCR pool (and read it there with OCR on) while text files go on being stored.
 */
export class OcrNeeded extends Error {
  override readonly name = 'OcrNeeded';
  constructor(
    readonly file: string,
    /** Pages that would be OCR'd (or read from the OCR cache). */
    readonly pages: number,
  ) {
    super(`${file}: ${pages} page(s) to OCR`);
  }
}
