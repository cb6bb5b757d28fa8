/** @module briefing/sentences — the sentence of a clause around a span, as an exact range of the clause text. */
import type { Span } from '../core/types.ts';

/** Abbreviations whose full stop does not end a sentence. */
const NO_BREAK_BEFORE = /(?:\b(?:TP|Tp|tp|TS|ThS|PGS|GS|St|số|Số|v\.v|tr|Th|Q|KT|TM|TL)\.)$/u;
/** Numbering at the start of a sentence (`3.4.`, `II-`, `a)`, `-`, `+`, `•`): not part of the quoted words. */
const LEADING_MARKER = /^(?:[IVXLC]+[.\-–]|\d+(?:\.\d+)*[.)\-–]|[a-zđ][)/]|[-+•*–])\s+/u;

/**
 * Sentence ranges of `text`: split after `.`, `!`, `?` or `;` followed by space, and at line breaks;
 * leading numbering and surrounding spaces are trimmed off; pieces shorter than 3 letters are dropped.
 * @example splitSentences('1. Một câu. Câu hai; ý ba').map((s) => text.slice(s.start, s.end)) // ['Một câu.', 'Câu hai;', 'ý ba']
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    const span = trimSpan(text, start, end);
    if (span && (text.slice(span.start, span.end).match(/\p{L}/gu)?.length ?? 0) >= 3) out.push(span);
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') push(i);
    else if ('.!?;'.includes(ch) && /\s/.test(text[i + 1] ?? ' ') && !NO_BREAK_BEFORE.test(text.slice(start, i + 1))) {
      // A numbering such as `3.4.` at the start of a sentence is not its end.
      if (ch === '.' && /^\s*(?:\d+(?:\.\d+)*|[IVXLC]+)\.$/.test(text.slice(start, i + 1))) continue;
      push(i + 1);
    }
  }
  push(text.length);
  return out;
}

function trimSpan(text: string, from: number, to: number): Span | null {
  let start = from;
  let end = to;
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  const marker = LEADING_MARKER.exec(text.slice(start, end));
  if (marker && marker[0].length < end - start) start += marker[0].length;
  return end > start ? { start, end } : null;
}

/** The sentence containing offset `at` (or the nearest one after it), or null for a text without sentences. */
export function sentenceAt(text: string, at: number): Span | null {
  const sentences = splitSentences(text);
  return sentences.find((s) => at < s.end) ?? sentences[sentences.length - 1] ?? null;
}

/**
 * Where `needle` stands in a clause: at `span` (document offsets, made relative to `clauseStart`)
 * when the words there contain it, else its first occurrence, else null.
 */
export function locateInClause(text: string, clauseStart: number, span: Span | null, needle: string): Span | null {
  if (span) {
    const rel = { start: span.start - clauseStart, end: span.end - clauseStart };
    if (rel.start >= 0 && rel.end <= text.length && (!needle || text.slice(rel.start, rel.end).includes(needle)))
      return rel;
  }
  if (!needle) return null;
  const at = text.indexOf(needle);
  return at < 0 ? null : { start: at, end: at + needle.length };
}
