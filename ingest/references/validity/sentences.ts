/**
 * @module ingest/references/validity/sentences
 * A clause cut into sentences, with a folded copy in which quotations and parentheses are blanked:
 * a verb inside `(được sửa đổi, bổ sung bởi …)` or inside quoted new wording is not the clause's own.
 */
import type { Clause, Span } from '../../../core/types.ts';

/** A sentence ends at `.`, `!`, `?` before a capital or a number, and at a line break. */
const SENTENCE_END = /[.!?…]+["”’)]*\s+(?=[\p{Lu}\d“"(])|\n+/gu;

export interface Sentence {
  clause: Clause;
  span: Span;
  /** Folded text of the sentence with masked spans blanked (same length as the span). */
  masked: string;
}

/** `folded` with every span of `masks` blanked: the same length, so offsets still hold. */
export function blankSpans(folded: string, masks: readonly Span[]): string {
  // Slices between the masks in order, not one string per character: the text is the whole document's.
  const spans = masks
    .map((m) => ({ start: Math.max(0, m.start), end: Math.min(folded.length, m.end) }))
    .filter((m) => m.end > m.start)
    .sort((a, b) => a.start - b.start);
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of spans) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    parts.push(folded.slice(at, from), ' '.repeat(end - from));
    at = end;
  }
  parts.push(folded.slice(at));
  return parts.join('');
}

/** The sentences of `clause` in order; `maskedText` is the whole document's folded text with masks blanked. */
export function sentencesOf(clause: Clause, text: string, maskedText: string): Sentence[] {
  const { start, end } = clause.span;
  const out: Sentence[] = [];
  const slice = text.slice(start, end);
  let from = 0;
  const push = (to: number) => {
    const a = start + from;
    const b = start + to;
    if (maskedText.slice(a, b).trim()) out.push({ clause, span: { start: a, end: b }, masked: maskedText.slice(a, b) });
  };
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(slice); m; m = SENTENCE_END.exec(slice)) {
    const to = m.index + m[0].length;
    push(to);
    from = to;
  }
  push(slice.length);
  return out;
}
