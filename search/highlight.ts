/** @module search/highlight — spans of a clause's text that matched the query's terms. */

import type { Span } from '../core/types.ts';
import type { WeightedTerm } from './query.ts';
import { adjacent, fold, tokenize } from './tokenize.ts';

/**
 * Offsets into `text` of the words that match a query term, neighbouring matched words merged into
 * one span. Accented query words match their own spelling; words typed without diacritics match any.
 * @example highlight('Khai thác cát trên sông Hậu', analyzeQuery('khai thac cat').terms) // [{ start: 0, end: 13 }]
 */
export function highlight(text: string, terms: readonly WeightedTerm[]): Span[] {
  const exact = new Set<string>();
  const folded = new Set<string>();
  for (const t of terms) {
    if (t.term.includes(' ')) continue; // bigrams: their syllables are terms too
    (t.field === 'exact' ? exact : folded).add(t.term);
  }
  // A folded term that came from an accented one highlights only the accented spelling (`quan` is not `quán`).
  for (const e of exact) if (fold(e) !== e) folded.delete(fold(e));
  for (const e of exact) if (fold(e) === e) folded.delete(e);
  const tokens = tokenize(text);
  const spans: Span[] = [];
  let previous: (typeof tokens)[number] | null = null;
  for (const tok of tokens) {
    const hit =
      !tok.stop &&
      (exact.has(tok.exact) ||
        folded.has(tok.folded) ||
        (tok.number !== undefined && (exact.has(tok.number) || folded.has(tok.number))));
    if (!hit) {
      previous = null;
      continue;
    }
    const last = spans[spans.length - 1];
    if (previous && last && adjacent(text, previous, tok)) last.end = tok.end;
    else spans.push({ start: tok.start, end: tok.end });
    previous = tok;
  }
  return spans;
}
