/** @module answer/folded-text — a question's folded form with offsets kept, and whole-word phrase search on it. */

import { canonicalTones, foldAccents, repairGlyphs } from '../core/text/vietnamese.ts';

/** A text in two aligned forms: `text` (NFC, one tone style, case kept) and `folded` (same length, lowercase, no diacritics). */
export interface FoldedText {
  text: string;
  folded: string;
}

/**
 * Folds character by character so offsets in `folded` are offsets in `text`.
 * @example foldedText('Cần Thơ').folded // 'can tho'
 */
export function foldedText(input: string): FoldedText {
  const text = canonicalTones(repairGlyphs(input));
  let folded = '';
  for (const ch of text) {
    const f = foldAccents(ch).toLowerCase();
    // A precomposed letter folds to one letter; anything else keeps its length so offsets hold.
    folded += f.length === ch.length ? f : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length, ' ');
  }
  return { text, folded };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const cache = new Map<string, RegExp>();

/** A whole-word regex for a folded phrase: spaces match any run of spaces. */
export function phraseRegExp(phrase: string): RegExp {
  let re = cache.get(phrase);
  if (!re) {
    const body = escapeRegExp(phrase).replace(/ +/g, '\\s+');
    re = new RegExp(`(?<![a-z0-9])${body}(?![a-z0-9])`, 'g');
    cache.set(phrase, re);
  }
  re.lastIndex = 0;
  return re;
}

/** Offset of the first whole-word match of any phrase (string or regex) in `folded`, or -1. */
export function findFirst(folded: string, phrases: readonly (string | RegExp)[]): number {
  let best = -1;
  for (const p of phrases) {
    const m = (typeof p === 'string' ? phraseRegExp(p) : new RegExp(p.source, p.flags.replace('g', ''))).exec(folded);
    if (m && (best < 0 || m.index < best)) best = m.index;
  }
  return best;
}

/** Every whole-word match of `phrase` in `folded`, as [start, end) ranges. */
export function findAll(folded: string, phrase: string): Array<{ start: number; end: number }> {
  const out: Array<{ start: number; end: number }> = [];
  for (const m of folded.matchAll(phraseRegExp(phrase))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}

/** True when any phrase occurs in `folded` as whole words. */
export function hasAny(folded: string, phrases: readonly (string | RegExp)[]): boolean {
  return findFirst(folded, phrases) >= 0;
}
