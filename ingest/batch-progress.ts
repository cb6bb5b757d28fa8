/** @module ingest/batch-progress — where a batch stands: its text queue and its OCR queue, and the one-line form shown while it runs. */

/**
 * Both queues of a batch. `text.total` shrinks as files turn out to need OCR (they move to `ocr`);
 * `ocr.page` is the page being read of the scan at the head of the OCR pool.
 */
export interface QueueProgress {
  text: { done: number; total: number };
  ocr: { done: number; total: number; page?: { file: string; done: number; total: number } };
}

/**
 * The progress line: `text 40/231 · OCR 3/12, page 5/9` (the OCR part only once a scan is queued).
 * @example formatQueues({ text: { done: 40, total: 231 }, ocr: { done: 3, total: 12 } }) // 'text 40/231 · OCR 3/12'
 */
export function formatQueues(q: QueueProgress): string {
  const text = `text ${q.text.done}/${q.text.total}`;
  if (q.ocr.total === 0) return text;
  const page = q.ocr.page ? `, page ${q.ocr.page.done}/${q.ocr.page.total}` : '';
  return `${text} · OCR ${q.ocr.done}/${q.ocr.total}${page}`;
}
