/** @module answer/answer-draft — an answer being written: sentences, and numbered citations cut from stored clause text. */

import type { Clause } from '../core/types.ts';
import { bestQuote, MAX_JOINED_CHARS, type QuoteOptions } from './quote.ts';
import { MIN_QUOTE_CHARS } from './verify-citations.ts';
import type { Citation } from './types.ts';

/** A clause as the answerer reads it: id, document, label and stored text. */
export type ClauseRef = Pick<Clause, 'id' | 'documentId' | 'label' | 'text'>;

/** How `AnswerDraft.quote` cuts: `QuoteOptions` with the whole-clause length fixed, switched off by `whole: false`. */
export type DraftQuoteOptions = Omit<QuoteOptions, 'max' | 'whole'> & { whole?: boolean };

export class AnswerDraft {
  readonly sentences: string[] = [];
  readonly citations: Citation[] = [];

  /** Adds a citation (merging duplicates) and returns its marker, `[1]`. */
  cite(clause: ClauseRef, quote: string): string {
    const q = quote.trim();
    let i = this.citations.findIndex((c) => c.clauseId === clause.id && c.quote === q);
    if (i < 0) {
      this.citations.push({ clauseId: clause.id, documentId: clause.documentId, label: clause.label, quote: q });
      i = this.citations.length - 1;
    }
    return `[${i + 1}]`;
  }

  /**
   * `“quote” [n]` for a quote cut from the clause: the best sentence for `terms` (one holding a value of the
   * asked type first, when `values` are given), or the one around `around`; a short clause is quoted whole unless
   * `whole: false` (a header's date line or a signature's name quoted for itself: the block's other lines are other
   * fields); `densest` as in `QuoteOptions`.
   */
  quote(clause: ClauseRef, terms: readonly string[], options: DraftQuoteOptions = {}): string {
    const { whole = true, ...rest } = options;
    const q = wideEnough(
      clause.text,
      bestQuote(clause.text, terms, { ...rest, whole: whole ? MAX_JOINED_CHARS : undefined }),
    );
    if (!q) return '';
    const { before, after } = cutMarks(clause.text, q);
    return `“${before}${q}${after}” ${this.cite(clause, q)}`;
  }

  /** Adds a sentence, closed with a full stop unless it ends a sentence or leads into a list (`:`). */
  add(sentence: string): this {
    const s = sentence.trim();
    if (s) this.sentences.push(/[.!?:]$/.test(s) ? s : `${s}.`);
    return this;
  }

  /** The sentences, one a line: the lead sentence first, then each source with its quote. */
  get text(): string {
    return this.sentences.join('\n');
  }

  get empty(): boolean {
    return this.sentences.length === 0;
  }
}

const letters = (s: string) => s.match(/[\p{L}\p{N}]/gu)?.length ?? 0;

/**
 * A quote too short to verify (a signer's name alone on its line, `Lê Trí Hà`) widened to the lines
 * around it in the clause (`CHÁNH VĂN PHÒNG\nLê Trí Hà`): the citation check wants a passage, not a name.
 */
export function wideEnough(text: string, quote: string): string {
  if (!quote || letters(quote) >= MIN_QUOTE_CHARS) return quote;
  const at = text.indexOf(quote);
  if (at < 0) return quote;
  let start = at;
  let end = at + quote.length;
  while (letters(text.slice(start, end)) < MIN_QUOTE_CHARS && (start > 0 || end < text.length)) {
    if (start > 0) start = Math.max(0, text.lastIndexOf('\n', start - 2) + 1);
    else end = text.indexOf('\n', end + 1) < 0 ? text.length : text.indexOf('\n', end + 1);
  }
  return text.slice(start, end).trim();
}

/**
 * `…` where a quote starts or ends inside a sentence of its clause, so a trimmed quote does not read as
 * the whole passage. Shown only in the answer text: the citation keeps the exact words.
 */
export function cutMarks(text: string, quote: string): { before: string; after: string } {
  const at = text.indexOf(quote);
  if (at < 0) return { before: '', after: '' };
  const head = text.slice(0, at).trimEnd();
  const tail = text.slice(at + quote.length).trimStart();
  const opensSentence = head === '' || /[.;:!?…\n]$/.test(head) || /\n\s*$/.test(text.slice(0, at));
  const endsSentence = tail === '' || /[.;:!?…]$/.test(quote) || /^[\n]/.test(text.slice(at + quote.length));
  return { before: opensSentence ? '' : '…', after: endsSentence ? '' : '…' };
}
