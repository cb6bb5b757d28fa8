/**
 * @module ingest/references/scan
 * Offset-keeping views of a document's clean text for the reference finder: a folded copy with one
 * character per character, the spans of quoted titles and parentheses, and sentence starts.
 */
import type { Span } from '../../core/types.ts';

/**
 * Spans of quoted passages, outer quotes included. Curly quotes nest (`“Bảo vệ “Cần Thơ xanh”; ...”`);
 * straight quotes pair up within a paragraph.
 */
export function quotedSpans(text: string): Span[] {
  const spans: Span[] = [];
  const open: number[] = [];
  let straight = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      // An unclosed quote does not run past its paragraph.
      open.length = 0;
      straight = -1;
    } else if (c === '“') open.push(i);
    else if (c === '”') {
      const start = open.pop();
      if (start !== undefined && open.length === 0) spans.push({ start, end: i + 1 });
    } else if (c === '"') {
      if (straight < 0) straight = i;
      else {
        spans.push({ start: straight, end: i + 1 });
        straight = -1;
      }
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** The quoted passage opening at `at` (a `“` or `"`), or null when it does not close in its paragraph. */
export function quoteAt(text: string, at: number): Span | null {
  const c = text[at];
  if (c === '"') {
    const end = text.indexOf('"', at + 1);
    const nl = text.indexOf('\n', at);
    return end > at && (nl < 0 || end < nl) ? { start: at, end: end + 1 } : null;
  }
  if (c !== '“') return null;
  let depth = 0;
  for (let i = at; i < text.length && text[i] !== '\n'; i++) {
    if (text[i] === '“') depth++;
    else if (text[i] === '”' && --depth === 0) return { start: at, end: i + 1 };
  }
  return null;
}

/** Spans of parenthesized passages (outermost), parentheses included, within one paragraph. */
export function parenSpans(text: string): Span[] {
  const spans: Span[] = [];
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') depth = 0;
    else if (c === '(') {
      if (depth++ === 0) start = i;
    } else if (c === ')' && depth > 0 && --depth === 0) spans.push({ start, end: i + 1 });
  }
  return spans;
}

/** A sentence ends at `.`, `!`, `?` before a capital (or a marker), and at a line break. */
const SENTENCE_END = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d“"(])/gu;

/**
 * Where the sentence holding offset `at` starts, not before `floor`. In a header block a line
 * without final punctuation runs on into the next (titles are broken over lines), so pass
 * `joinLines` there.
 */
export function sentenceStart(text: string, at: number, floor: number, joinLines: boolean): number {
  let start = floor;
  // Last line break that ends a sentence.
  for (let i = at - 1; i >= floor; i--) {
    if (text[i] !== '\n') continue;
    if (!joinLines || /[.;:!?]["”’)]*\s*$/u.test(text.slice(Math.max(floor, i - 4), i))) {
      start = i + 1;
      break;
    }
  }
  SENTENCE_END.lastIndex = start;
  for (let m = SENTENCE_END.exec(text); m && m.index + m[0].length <= at; m = SENTENCE_END.exec(text)) {
    start = m.index + m[0].length;
  }
  return start;
}

/** True when `inner` lies within `outer`. */
export function within(inner: Span, outer: Span): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}
