/**
 * @module ingest/references/validity/quote-blocks
 * Where an amending text quotes the new wording: `Điều 5 được sửa đổi, bổ sung như sau: “5. …”`.
 * The quotation may run over many paragraphs (a whole new article), and the words inside it belong
 * to the amended document: its `bãi bỏ` or `có hiệu lực` are not this document's.
 */
import type { Span } from '../../../core/types.ts';

/** A quotation longer than this many paragraphs is taken for an unbalanced quote mark, not a block. */
const MAX_BLOCK_LINES = 400;

/**
 * Spans of curly-quoted passages that cross line breaks (outer quotes included), in text order.
 * Single-line quotes are left to `quotedSpans`.
 */
export function quoteBlocks(text: string): Span[] {
  const blocks: Span[] = [];
  let depth = 0;
  let start = -1;
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '“') {
      if (depth++ === 0) {
        start = i;
        lines = 0;
      }
    } else if (c === '”' && depth > 0) {
      if (--depth === 0 && lines > 0) blocks.push({ start, end: i + 1 });
    } else if (c === '\n' && depth > 0 && ++lines > MAX_BLOCK_LINES) {
      // Unbalanced: resume scanning just after the opening mark.
      depth = 0;
      i = start;
    }
  }
  return blocks;
}

/** True when offset `at` lies inside one of `blocks` (after its opening mark). */
export function insideBlock(blocks: readonly Span[], at: number): boolean {
  let lo = 0;
  let hi = blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const b = blocks[mid];
    if (at <= b.start) hi = mid - 1;
    else if (at >= b.end) lo = mid + 1;
    else return true;
  }
  return false;
}
