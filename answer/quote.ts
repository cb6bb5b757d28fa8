/**
 * @module answer/quote
 * Picks the words to quote from a clause: the sentence that best matches the question, or the one
 * around a fact's span, trimmed at word boundaries. Quotes are slices of the stored text, so they are
 * exact substrings by construction.
 */
import type { Span } from '../core/types.ts';
import { foldedText } from './folded-text.ts';

/** Longest quote, in characters. */
export const MAX_QUOTE_CHARS = 450;

/**
 * Sentence-like spans of a clause text: split after `.`, `;`, `!`, `?` before a space, and at line
 * breaks — but not inside “quoted titles” or (brackets) — an exception listed in brackets (`(trừ dầu khí; các loại
 * nước …)`) belongs to its sentence — and not after item markers (`1.`, `3.4.`, `a.`).
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
  const bracketed = closedBrackets(text);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '“') depth++;
    else if (ch === '”') depth = Math.max(0, depth - 1);
    const end = ch === '\n' || (/[.;!?…]/.test(ch) && /\s/.test(text[i + 1] ?? ' ') && depth === 0 && !bracketed[i]);
    if (!end) continue;
    if (ch === '.' && /(?:^|\s)(?:\d{1,2}(?:\.\d{1,2})*|[a-zđ])$/i.test(text.slice(Math.max(0, i - 8), i))) continue;
    if (ch === '\n') depth = 0;
    push(i + 1);
    start = i + 1;
  }
  push(text.length);
  return spans;
}

/** An aside in brackets longer than this is no aside: its `;` and `.` split as anywhere. */
const MAX_ASIDE_CHARS = 200;

/**
 * Which characters stand inside a bracket closed on the same line, within `MAX_ASIDE_CHARS` (a stray `(` of OCR
 * text, or an item marker `a)`, marks nothing).
 */
function closedBrackets(text: string): boolean[] {
  const inside: boolean[] = new Array(text.length).fill(false);
  const open: number[] = [];
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') open.length = 0;
    else if (ch === '(') open.push(i);
    else if (ch === ')' && open.length > 0) {
      const from = open.pop() as number;
      if (i - from <= MAX_ASIDE_CHARS) inside.fill(true, from, i);
    }
  }
  return inside;
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

/** How many of the (folded) terms a folded text contains as whole words, weighted. */
export function termHits(folded: string, terms: readonly string[], weight: (t: string) => number = () => 1): number {
  let score = 0;
  const padded = ` ${folded.replace(/[^\p{L}\p{N}/-]+/gu, ' ')} `;
  for (const t of terms) if (padded.includes(` ${t} `)) score += weight(t);
  return score;
}

/** Characters over which a term's nearness to a value halves. */
const NEAR_CHARS = 20;

/**
 * How near `value` the question's (folded) terms stand within `sentence` of the folded text: each term counts its
 * weight, halved at 20 characters from the value and fading further, at its nearest whole-word occurrence; 0 when none
 * stands there. Terms of one letter are no evidence. A term shared by two values counts for both, so the terms only
 * one of them stands beside decide.
 */
export function termNearness(
  folded: string,
  sentence: Span,
  value: Span,
  terms: readonly string[],
  weight: (t: string) => number = () => 1,
): number {
  const text = folded.slice(sentence.start, sentence.end);
  let score = 0;
  for (const t of new Set(terms)) {
    if (t.length < 2) continue;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, 'gu');
    let nearest = Number.POSITIVE_INFINITY;
    for (const m of text.matchAll(re)) {
      const p = sentence.start + m.index;
      nearest = Math.min(nearest, p < value.start ? value.start - p : Math.max(0, p - value.end));
    }
    if (nearest < Number.POSITIVE_INFINITY) score += weight(t) / (1 + nearest / NEAR_CHARS);
  }
  return score;
}

/** A quote of several `;`/`:`-joined parts may run this much longer than one sentence: the answering part follows. */
export const MAX_JOINED_CHARS = 450;

export interface QuoteOptions {
  /** Quote the sentence holding this span (a fact's), continued while later parts show the terms. */
  around?: Span;
  weight?: (t: string) => number;
  max?: number;
  /**
   * Spans of values of the type the question asks for (a date, a sum, a share): a sentence that shows the
   * terms and holds one is quoted before one that shows more terms but holds none.
   */
  values?: readonly Span[];
  /**
   * A sentence longer than `max`, holding neither `around` nor a value, is cut where the terms stand densest rather
   * than kept from its opening: for questions asking what, not who (the opening names who acts).
   */
  densest?: boolean;
  /**
   * A clause no longer than this is quoted whole: its other sentences hold what the best one leaves out (the
   * body, the value, the condition), and a short clause costs the reader nothing to read in full.
   */
  whole?: number;
}

interface Window {
  span: Span;
  parts: number;
  hits: number;
  value: boolean;
}

/** A window ending in a lead-in (`… như sau:`) says nothing without the part after it. */
function endsLeadIn(text: string, span: Span): boolean {
  return text[span.end - 1] === ':';
}

/**
 * Runs of consecutive parts of one sentence (joined where a part ends in `;` or `:`), from each start
 * (or only from `from`), within `limit` characters — a single part is always a candidate.
 */
function windows(text: string, parts: readonly Span[], from: number | null, limit: number): Span[][] {
  const out: Span[][] = [];
  for (let i = from ?? 0; i < (from === null ? parts.length : from + 1); i++) {
    const run = [parts[i]];
    out.push([...run]);
    for (let j = i + 1; j < parts.length; j++) {
      if (!/[;:]/.test(text[run[run.length - 1].end - 1])) break;
      if (parts[j].end - parts[i].start > limit) break;
      run.push(parts[j]);
      out.push([...run]);
    }
  }
  return out;
}

/**
 * The words of `text` that answer best: the sentence — or run of `;`-joined parts of one sentence — that
 * shows most of `terms` (folded words), holding a value of the asked type when `values` are given; with
 * `around`, the sentence holding that span, continued while later parts show the terms. Trimmed to `max`.
 * @example bestQuote('Kiểm soát khai thác cát. Xây dựng hạ tầng.', ['khai', 'thac', 'cat']) // 'Kiểm soát khai thác cát.'
 */
export function bestQuote(text: string, terms: readonly string[], options: QuoteOptions = {}): string {
  const parts = sentenceSpans(text);
  if (parts.length === 0) return '';
  const all = { start: parts[0].start, end: parts[parts.length - 1].end };
  if (options.whole !== undefined && all.end - all.start <= options.whole) return text.slice(all.start, all.end);
  const max = options.max ?? MAX_QUOTE_CHARS;
  const folded = foldedText(text).folded;
  const a = options.around;
  const at = a
    ? Math.max(
        0,
        parts.findIndex((s) => a.start >= s.start && a.start < s.end),
      )
    : null;
  const values = options.values ?? [];
  let best: Window | null = null;
  for (const run of windows(text, parts, at, Math.max(max, MAX_JOINED_CHARS))) {
    const span = { start: run[0].start, end: run[run.length - 1].end };
    const last = run[run.length - 1] === parts[parts.length - 1];
    const hits = termHits(folded.slice(span.start, span.end), terms, options.weight);
    // A value counts where the run shows the topic too: a date elsewhere in the clause answers nothing.
    const value = hits > 0 && values.some((v) => v.start >= span.start && v.start < span.end);
    const w: Window = { span, parts: run.length, hits, value };
    if (endsLeadIn(text, span) && !last && run.length < parts.length) {
      // Only a run that cannot take the next part may end on a lead-in.
      const next = parts[parts.indexOf(run[run.length - 1]) + 1];
      if (next && next.end - span.start <= Math.max(max, MAX_JOINED_CHARS)) continue;
    }
    if (!best || better(w, best)) best = w;
  }
  const chosen = best?.span ?? parts[0];
  // One long part is cut around the fact or the value; else it keeps its opening, which names who acts.
  if (chosen.end - chosen.start <= max || (best && best.parts > 1 && chosen.end - chosen.start <= MAX_JOINED_CHARS)) {
    return text.slice(chosen.start, chosen.end);
  }
  const value = values.find((v) => v.start >= chosen.start && v.start < chosen.end);
  if (options.densest && !a && !value) {
    const span = densestWindow(text, folded, chosen, terms, options.weight, max);
    return text.slice(span.start, span.end);
  }
  const focus = a ? { start: Math.max(a.start, chosen.start), end: Math.min(a.end, chosen.end) } : (value ?? chosen);
  const span = trimSpan(text, chosen, focus, max);
  return text.slice(span.start, span.end);
}

/**
 * The `max` characters of a long sentence that show most of the terms: its opening unless a later stretch shows more
 * (`Trong thời gian chờ … đề nghị Bộ … chỉ đạo … tổ chức kiểm tra và cấp Biên bản xác nhận …`: what a letter asks for
 * stands past its first characters, after who is asked).
 */
function densestWindow(
  text: string,
  folded: string,
  sentence: Span,
  terms: readonly string[],
  weight: ((t: string) => number) | undefined,
  max: number,
): Span {
  let best = sentence.start;
  let most = termHits(folded.slice(sentence.start, sentence.start + max), terms, weight);
  for (let i = sentence.start + 1; i < sentence.end; i++) {
    if (text[i - 1] !== ' ') continue;
    const hits = termHits(folded.slice(i, Math.min(sentence.end, i + max)), terms, weight);
    if (hits > most) {
      most = hits;
      best = i;
    }
  }
  return trimSpan(text, { start: best, end: sentence.end }, { start: best, end: best + max }, max);
}

/**
 * A holds the asked value where B does not, else shows more terms, else lies within B (parts that add no
 * term are left out); between runs apart, the earlier one stays.
 */
function better(a: Window, b: Window): boolean {
  if (a.value !== b.value) return a.value;
  if (a.hits !== b.hits) return a.hits > b.hits;
  const within = a.span.start >= b.span.start && a.span.end <= b.span.end;
  return within && a.span.end - a.span.start < b.span.end - b.span.start;
}
