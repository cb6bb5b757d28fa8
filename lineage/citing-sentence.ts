/**
 * @module lineage/citing-sentence
 * The sentence of a clause around a citation's mention, so a lineage edge shows why one document
 * cites another ("Thực hiện Kết luận số 81-KL/TW …, Ban Thường vụ đề nghị …") rather than the bare
 * mention. Verbatim: the reader finds and marks it in the clause text.
 */
import type { Span } from '../core/types.ts';

/** A long sentence is cut to a window of about this many characters around the mention. */
export const MAX_CITING_SENTENCE = 360;

/**
 * A sentence ends at `.`, `!`, `?`, `…` followed by space and a capital, digit, quote or bracket,
 * and at a line break (list items and paragraphs of a clause are lines).
 */
const BOUNDARY = /([.!?…]+["”’)]*)[ \t]+(?=[\p{Lu}\d“"(])|\n+/gu;

/** `TP. Hồ Chí Minh`, `Tp. Cần Thơ`: a short capitalised word before the dot is an abbreviation, not an end. */
const ABBREVIATION_BEFORE = /(?:^|[\s(])\p{Lu}\p{L}{0,2}$/u;

/** `2. Nghị định này …`, `Điều 5. …`, `II. …`: the dot of a numbering marker at a line's start is no end. */
const MARKER_BEFORE = /^[ \t]*(?:(?:Điều|Chương|Mục)[ \t]+)?(?:\d+[a-zđ]?(?:\.\d+)*|[IVXLC]+)$/u;

/**
 * The sentence of `text` that holds `mention` (offsets into `text`), trimmed, cut at word
 * boundaries to about `max` characters around the mention when longer.
 * @example citingSentence('Căn cứ Điều lệ Đảng. Thực hiện Kết luận số 81-KL/TW, Thành ủy đề nghị:', { start: 31, end: 51 })
 * // 'Thực hiện Kết luận số 81-KL/TW, Thành ủy đề nghị:'
 */
export function citingSentence(text: string, mention: Span, max = MAX_CITING_SENTENCE): string {
  const at = { start: Math.max(0, mention.start), end: Math.min(text.length, Math.max(mention.start, mention.end)) };
  let from = 0;
  let to = text.length;
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(text); m; m = BOUNDARY.exec(text)) {
    const punctuation = m[1] ?? '';
    const before = text.slice(Math.max(0, m.index - 40), m.index);
    if (
      punctuation === '.' &&
      (ABBREVIATION_BEFORE.test(before) ||
        MARKER_BEFORE.test(text.slice(text.lastIndexOf('\n', m.index - 1) + 1, m.index)))
    )
      continue;
    const endsAt = m.index + punctuation.length;
    if (endsAt <= at.start) from = m.index + m[0].length;
    else if (m.index >= at.end) {
      to = endsAt;
      break;
    }
  }
  if (to - from > max) {
    const room = Math.max(0, max - (at.end - at.start));
    // More room after the mention: what a document does with the one it cites follows the citation.
    let start = Math.max(from, at.start - Math.floor(room / 3));
    let end = Math.min(to, at.end + (room - (at.start - start)));
    if (start > from) start = wordStartAfter(text, start, at.start);
    if (end < to) end = wordEndBefore(text, end, at.end);
    from = start;
    to = end;
  }
  return text.slice(from, to).trim();
}

/** The first word start at or after `i` (not past `limit`). */
function wordStartAfter(text: string, i: number, limit: number): number {
  if (i === 0 || /\s/.test(text[i - 1])) return i;
  const space = text.slice(i, limit).search(/\s/);
  return space < 0 ? limit : i + space + 1;
}

/** The last word end at or before `i` (not before `limit`). */
function wordEndBefore(text: string, i: number, limit: number): number {
  if (i >= text.length || /\s/.test(text[i])) return i;
  const space = text.slice(limit, i).search(/\s\S*$/);
  return space < 0 ? i : limit + space;
}
