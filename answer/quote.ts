/**
 * @module answer/quote
 * Picks the words to quote from a clause: the sentence that best matches the question, or the one
 * around a fact's span, trimmed at word boundaries. Quotes are slices of the stored text, so they are
 * exact substrings by construction.
 */
import type { Span } from '../core/types.ts';
import { foldedText } from './folded-text.ts';

/** Longest quote, in characters. */
export const MAX_QUOTE_CHARS = 300;

/**
 * Sentence-like spans of a clause text: split after `.`, `;`, `!`, `?` before a space, and at line
 * breaks — but not inside “quoted titles”, and not after item markers (`1.`, `3.4.`, `a.`).
 */
export function sentenceSpans(text: string): Span[] {
  const spans: Span[] = [];
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    const end = ch === '\n' || (/[.;!?…]/.test(ch) && /\s/.test(text[i + 1] ?? ' ') && depth === 0);
    if (!end) continue;
    if (ch === '.' && /(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])$/i.test(text.slice(Math.max(0, i - 8), i))) continue;
    if (ch === '\n') depth = 0;
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return spans;
}

/** Trims a span to at most `max` characters around `focus`, cutting at spaces. */
export function trimSpan(text: string, span: Span, focus: Span = span, max = MAX_QUOTE_CHARS): Span {
  if (span.end - span.start <= max) return span;
  const mid = Math.floor((focus.start + focus.end) / 2);
  let start = Math.max(span.start, Math.min(focus.start, mid - Math.floor(max / 2)));
  let end = Math.min(span.end, start + max);
  start = Math.max(span.start, end - max);
  if (start > span.start) {
    const space = text.indexOf(' ', start);
    if (space > 0 && space < end) start = space + 1;
  }
  if (end < span.end) {
    const space = text.lastIndexOf(' ', end);
    if (space > start) end = space;
  }
  while (end > start && /[\s,;:(“"–-]/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * The chosen sentence, joined with the parts after it that complete it: a lead-in ending in `:` is
 * nothing without what follows, and a `;`-list item is continued while the next one still shows
 * the question's words — so the part that answers is not cut off at the first `;`.
 */
function continued(text: string, sentences: Span[], scores: number[], at: number, max: number): Span {
  let span = sentences[at];
  for (let i = at + 1; i < sentences.length; i++) {
    const end = text[span.end - 1];
    const lead = end === ':';
    if (!(lead || (end === ';' && laterHit(text, sentences, scores, i, span.start + max)))) break;
    if (sentences[i].end - span.start > max) break;
    span = { start: span.start, end: sentences[i].end };
    if (lead && scores[i] === 0 && i > at + 1) break;
  }
  return span;
}

/**
 * True when part `i` of a `;`-list, or a later part of the same list within `limit`, shows the question's
 * words: the answering part may stand after one that does not (`X chủ trì …; rà soát …; <the asked task>`).
 */
function laterHit(text: string, sentences: Span[], scores: number[], i: number, limit: number): boolean {
  for (let j = i; j < sentences.length && sentences[j].end <= limit; j++) {
    if (scores[j] > 0) return true;
    if (text[sentences[j].end - 1] !== ';') return false;
  }
  return false;
}

/** How many of the (folded) terms a folded text contains as whole words, weighted. */
export function termHits(folded: string, terms: readonly string[], weight: (t: string) => number = () => 1): number {
  let score = 0;
  const padded = ` ${folded.replace(/[^\p{L}\p{N}/-]+/gu, ' ')} `;
  for (const t of terms) if (padded.includes(` ${t} `)) score += weight(t);
  return score;
}

/**
 * The sentence of `text` that best matches `terms` (folded words), trimmed. With `around`, the sentence containing that span.
 * @example bestQuote('Kiểm soát khai thác cát. Xây dựng hạ tầng.', ['khai', 'thac', 'cat']) // 'Kiểm soát khai thác cát.'
 */
export function bestQuote(
  text: string,
  terms: readonly string[],
  options: { around?: Span; weight?: (t: string) => number; max?: number } = {},
): string {
  const sentences = sentenceSpans(text);
  if (sentences.length === 0) return '';
  let chosen = sentences[0];
  let focus: Span | undefined;
  const folded = foldedText(text).folded;
  const scores = sentences.map((s) => termHits(folded.slice(s.start, s.end), terms, options.weight));
  if (options.around) {
    const a = options.around;
    const at = Math.max(
      0,
      sentences.findIndex((s) => a.start >= s.start && a.start < s.end),
    );
    chosen = continued(text, sentences, scores, at, options.max ?? MAX_QUOTE_CHARS);
    focus = { start: Math.max(a.start, chosen.start), end: Math.min(a.end, chosen.end) };
  } else {
    let best = -1;
    let at = 0;
    scores.forEach((score, i) => {
      if (score > best) {
        best = score;
        at = i;
      }
    });
    chosen = continued(text, sentences, scores, at, options.max ?? MAX_QUOTE_CHARS);
  }
  const span = trimSpan(text, chosen, focus ?? chosen, options.max);
  return text.slice(span.start, span.end);
}
