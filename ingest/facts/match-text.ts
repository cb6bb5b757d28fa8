/** @module ingest/facts/match-text — the form fact patterns match on (abbreviations expanded, accents and case folded), with every offset mapped back to the source. */
import { memoize } from '../../core/memo.ts';
import { matchMarker } from '../../core/patterns.ts';
import { MappedText } from '../../core/text/mapped-text.ts';
import { foldedWord } from '../../core/text/vietnamese.ts';
import { BODY_ABBREVIATIONS } from './body-aliases.ts';

export interface MatchText {
  /** The text as given. */
  readonly source: string;
  /** Abbreviations expanded, then lowercase without diacritics (`UBND tỉnh` → `uy ban nhan dan tinh`). */
  readonly text: string;
  /** Offset in `source` of offset `i` of `text`. */
  toSource(i: number): number;
  /** The first offset of `text` at or after offset `s` of `source`. */
  fromSource(s: number): number;
}

const FULL_FORMS = new Map(BODY_ABBREVIATIONS);
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const ABBREVIATION = new RegExp(
  `(?<![\\p{L}\\p{N}&/-])(?:${[...FULL_FORMS.keys()]
    .sort((a, b) => b.length - a.length)
    .map(escapeRegExp)
    .join('|')})(?![\\p{L}\\p{N}&])`,
  'gu',
);
const WORD = /[\p{L}\p{M}\p{N}]+/gu;
const DASHES = /[‐‑–—]/;

/** Expand known abbreviations, keeping a map to the source (`UBND` → `Ủy ban nhân dân`). */
export function expandAbbreviations(source: string): MappedText {
  return MappedText.from(source).replace(ABBREVIATION, (m) => FULL_FORMS.get(m[0]) ?? m[0]);
}

/**
 * Build the match form of a text. Pure; the forms of texts seen lately are kept, since the fact extractors each build
 * the form of the same clause texts (roles, labelled roles, executing clauses, addressees, targets).
 */
export const matchText: (source: string) => MatchText = memoize(buildMatchText, 2048);

function buildMatchText(source: string): MatchText {
  const expanded = expandAbbreviations(source);
  const e = expanded.text;
  const parts: string[] = [];
  const origin: number[] = [];
  let last = 0;
  const copyGap = (to: number) => {
    for (let k = last; k < to; k++) {
      parts.push(DASHES.test(e[k]) ? '-' : e[k]);
      origin.push(expanded.toOriginal(k));
    }
  };
  for (const m of e.matchAll(WORD)) {
    copyGap(m.index);
    const folded = foldedWord(m[0]);
    parts.push(folded);
    for (let k = 0; k < folded.length; k++) {
      origin.push(expanded.toOriginal(m.index + (folded.length === m[0].length ? k : 0)));
    }
    last = m.index + m[0].length;
  }
  copyGap(e.length);
  origin.push(source.length);
  const text = parts.join('');
  return {
    source,
    text,
    toSource: (i) => origin[Math.max(0, Math.min(i, text.length))],
    fromSource: (s) => {
      let lo = 0;
      let hi = text.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (origin[mid] < s) lo = mid + 1;
        else hi = mid;
      }
      return lo;
    },
  };
}

/** The source words behind a range of match text. */
export function sourceSlice(mt: MatchText, start: number, end: number): string {
  return mt.source.slice(mt.toSource(start), mt.toSource(end));
}

/** Where a clause's own words start in its match text: after its marker (`3.4.`, `-`) and any quote mark. */
export function contentStart(mt: MatchText): number {
  const marker = matchMarker(mt.source);
  let i = mt.fromSource(marker?.length ?? 0);
  while (i < mt.text.length && /[\s\-+•*"“'‘(]/.test(mt.text[i])) i++;
  return i;
}

/** `re` (sticky) matched at offset `i` of `text`, or null: a cue tested where a scan stands, without slicing the text. */
export function execAt(re: RegExp, text: string, i: number): RegExpExecArray | null {
  re.lastIndex = i;
  return re.exec(text);
}
