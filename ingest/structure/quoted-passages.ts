/**
 * @module ingest/structure/quoted-passages
 * Which paragraphs sit inside another document's wording quoted by an amending clause
 * (`Điều 5 được sửa đổi, bổ sung như sau: “1. … ”`). Such text must stay with the clause that
 * quotes it: its `Điều`/`1.`/`a)` lines are not the amending document's own structure.
 */
import { foldedForm } from '../../core/text/vietnamese.ts';
import type { Paragraph } from './paragraphs.ts';

/** A quote left open longer than this is a stray mark, not a passage (whole quoted Điều run to ~100 lines). */
const MAX_PASSAGE = 400;

function balanceOf(text: string): number {
  let n = 0;
  for (const ch of text) {
    if (ch === '“') n++;
    else if (ch === '”') n--;
  }
  return n;
}

function straightQuotes(text: string): number {
  let n = 0;
  for (const ch of text) if (ch === '"') n++;
  return n;
}

/**
 * `quoted[i]` is true when paragraph `i` belongs to a quoted passage that starts at its own first
 * character or was opened by an earlier paragraph and is still open. A quote that never closes
 * within MAX_PASSAGE paragraphs is ignored.
 */
export function quotedParagraphs(paragraphs: readonly Paragraph[]): boolean[] {
  const quoted = paragraphs.map(() => false);
  let i = 0;
  while (i < paragraphs.length) {
    const text = paragraphs[i].text.trim();
    const opensHere = text.startsWith('“') || STRAIGHT_OPEN.test(text);
    const curly = balanceOf(text);
    // Straight quotes are ambiguous (and OCR strews them): only a paragraph opening with one counts.
    const straight = STRAIGHT_OPEN.test(text) && straightQuotes(text) % 2 === 1;
    if ((curly <= 0 && !straight) || !introduced(paragraphs, i, text)) {
      if (opensHere && curly <= 0) quoted[i] = true; // “…” on one line
      i++;
      continue;
    }
    // Open at the end of paragraph i: find where it closes.
    let end = -1;
    let balance = curly;
    for (let j = i + 1; j < paragraphs.length && j - i <= MAX_PASSAGE; j++) {
      const t = paragraphs[j].text;
      balance += balanceOf(t);
      if (straight ? STRAIGHT_CLOSE.test(t.trim()) : balance <= 0) {
        end = j;
        break;
      }
    }
    if (end < 0) {
      i++;
      continue;
    }
    for (let j = opensHere ? i : i + 1; j <= end; j++) quoted[j] = true;
    i = end + 1;
  }
  return quoted;
}

const STRAIGHT_OPEN = /^"[\p{L}\d]/u;
const STRAIGHT_CLOSE = /"\s*[.;,]?$/u;
/** Words that announce quoted wording: `… được sửa đổi, bổ sung như sau:`, `Bổ sung Điều 4a vào sau Điều 4`, `… tại Điều 25 Nghị định số …`. Folded. */
const AMENDING_CUE = /sua doi|bo sung|thay the|thay cum tu|nhu sau|\bdieu \d/u;

/**
 * A passage over several paragraphs is quoted wording only where the genre announces it: the text
 * before the quote mark ends with `:`, or the paragraph before says what is amended.
 */
function introduced(paragraphs: readonly Paragraph[], i: number, text: string): boolean {
  const at = text.search(/[“"]/u);
  const before = text.slice(0, at).trim();
  if (before) return before.endsWith(':') || AMENDING_CUE.test(foldedForm(before));
  const prev = paragraphs[i - 1]?.text.trim() ?? '';
  return prev.endsWith(':') || AMENDING_CUE.test(foldedForm(prev));
}
