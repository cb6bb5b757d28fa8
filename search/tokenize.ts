/** @module search/tokenize — Vietnamese text → tokens with spans (syllables, numbers, document symbols) and the index terms they yield. */

import { PARTY_SYMBOL, STATE_SYMBOL } from '../core/patterns.ts';
import { foldAccents, foldedWord, foldWord, matchForm, matchWord } from '../core/text/vietnamese.ts';
import { STOPWORDS } from './data/stopwords.ts';

/** `word`: one syllable (`khai`); `number`: `2025`, `74,8`; `symbol`: a whole document symbol (`81-kl/tw`). */
export type TokenKind = 'word' | 'number' | 'symbol';

/** One token of a text, with its span [start, end) in that text. */
export interface Token {
  kind: TokenKind;
  /** The text as written. */
  surface: string;
  /** Matching form (`matchForm`): NFC, one tone style, lowercase. */
  exact: string;
  /** Matching form without diacritics, `đ` → `d`. */
  folded: string;
  start: number;
  end: number;
  /** True for function syllables that are not indexed (see `data/stopwords.ts`). */
  stop: boolean;
  /** For symbols: the number part (`81`), also indexed so `kết luận 81` finds `81-KL/TW`. */
  number?: string;
}

/** The two lexical fields of a text: term → frequency, and each field's length (sum of frequencies). */
export interface FieldTerms {
  exact: Map<string, number>;
  folded: Map<string, number>;
  exactLen: number;
  foldedLen: number;
}

const STOP = new Set(STOPWORDS.map((w) => matchForm(w)));
const WORD = /[\p{L}\p{M}]+(?:&[\p{L}\p{M}]+)*|\d+(?:[.,]\d+)*/gu;
const DASHES = /[‐‑–—]/g;

/** Folding of a matching form: diacritics off, `đ` → `d`. */
export function fold(matchFormText: string): string {
  return foldAccents(matchFormText);
}

/**
 * Canonical matching form of a document symbol as printed: spaces and line breaks out, one dash, lowercase.
 * @example normalizeSymbol('Số 2449 -CV/ĐU'.slice(3)) // '2449-cv/đu'
 */
export function normalizeSymbol(printed: string): string {
  return matchForm(printed.replace(/\s+/g, '').replace(DASHES, '-'));
}

/** Spans of document symbols in `text` (Party first, then State), with their number part. */
export function findSymbols(text: string): Array<{ start: number; end: number; number: string }> {
  if (!text.includes('/')) return []; // both patterns have a slash; most clauses have none
  // Same-length copy: line breaks and tabs become spaces, so `31-\nCTr/TW` matches and spans stay valid.
  const flat = text.replace(/[\n\r\t\u00a0]/g, ' ');
  const found: Array<{ start: number; end: number; number: string }> = [];
  const overlaps = (s: number, e: number) => found.some((f) => s < f.end && e > f.start);
  for (const re of [PARTY_SYMBOL, STATE_SYMBOL]) {
    for (const m of flat.matchAll(new RegExp(re.source, re.flags))) {
      const start = m.index ?? 0;
      const end = start + m[0].length;
      if (!overlaps(start, end)) found.push({ start, end, number: m[1] });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * Walks `text` in order: each syllable or number (`word`, with its start) and each document symbol, kept whole.
 * The one reading behind `tokenize` and `foldedTokens`.
 */
function walkTokens(
  text: string,
  word: (surface: string, start: number) => void,
  symbol: (found: { start: number; end: number; number: string }) => void,
): void {
  let from = 0;
  const words = (upTo: number) => {
    const part = from === 0 && upTo === text.length ? text : text.slice(from, upTo);
    // exec, not matchAll: the iterator and its copies cost more than the words (the callbacks never use WORD).
    WORD.lastIndex = 0;
    for (let m = WORD.exec(part); m !== null; m = WORD.exec(part)) word(m[0], from + m.index);
  };
  for (const s of findSymbols(text)) {
    words(s.start);
    symbol(s);
    from = s.end;
  }
  words(text.length);
}

/**
 * Splits `text` into tokens: syllables and numbers, with every document symbol kept whole.
 * @example tokenize('Kết luận số 81-KL/TW').map((t) => t.exact) // ['kết', 'luận', 'số', '81-kl/tw']
 */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  walkTokens(
    text,
    (surface, start) => {
      const exact = matchWord(surface);
      tokens.push({
        kind: /^\d/.test(surface) ? 'number' : 'word',
        surface,
        exact,
        folded: foldWord(exact),
        start,
        end: start + surface.length,
        stop: STOP.has(exact),
      });
    },
    (s) => {
      const surface = text.slice(s.start, s.end);
      const exact = normalizeSymbol(surface);
      tokens.push({
        kind: 'symbol',
        surface,
        exact,
        folded: fold(exact),
        start: s.start,
        end: s.end,
        stop: false,
        number: s.number,
      });
    },
  );
  return tokens;
}

/**
 * The folded forms of `tokenize(text)` alone, without building the tokens: a search compares every candidate's
 * word sequence (near-duplicates), and the token objects cost it more than the words.
 * @example foldedTokens('Kết luận số 81-KL/TW') // ['ket', 'luan', 'so', '81-kl/tw']
 */
export function foldedTokens(text: string): string[] {
  const folded: string[] = [];
  walkTokens(
    text,
    (surface) => folded.push(foldedWord(surface)),
    (s) => folded.push(fold(normalizeSymbol(text.slice(s.start, s.end)))),
  );
  return folded;
}

/** True when only spaces separate two tokens (punctuation breaks a phrase). */
export function adjacent(text: string, a: Token, b: Token): boolean {
  return /^\s*$/.test(text.slice(a.end, b.start));
}

/**
 * The bigrams of a token list: pairs of neighbouring non-stopword syllables or numbers with only
 * spaces between them, as `[first, second]` index pairs.
 */
export function bigramPairs(text: string, tokens: readonly Token[]): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i];
    const b = tokens[i + 1];
    if (a.stop || b.stop || a.kind === 'symbol' || b.kind === 'symbol') continue;
    if (adjacent(text, a, b)) pairs.push([i, i + 1]);
  }
  return pairs;
}

/**
 * Index terms of a text per field: unigrams (non-stopwords, symbols whole plus their number) and
 * adjacent-syllable bigrams (`khai thác`, `thác cát`).
 * @example fieldTerms('khai thác cát').exact // Map { 'khai' => 1, 'thác' => 1, 'cát' => 1, 'khai thác' => 1, 'thác cát' => 1 }
 */
export function fieldTerms(text: string, tokens: readonly Token[] = tokenize(text)): FieldTerms {
  const exact = new Map<string, number>();
  const folded = new Map<string, number>();
  const add = (e: string, f: string) => {
    exact.set(e, (exact.get(e) ?? 0) + 1);
    folded.set(f, (folded.get(f) ?? 0) + 1);
  };
  for (const t of tokens) {
    if (t.stop) continue;
    add(t.exact, t.folded);
    if (t.number && t.number !== t.exact) add(t.number, t.number);
  }
  for (const [i, j] of bigramPairs(text, tokens)) {
    add(`${tokens[i].exact} ${tokens[j].exact}`, `${tokens[i].folded} ${tokens[j].folded}`);
  }
  let len = 0;
  for (const tf of exact.values()) len += tf;
  return { exact, folded, exactLen: len, foldedLen: len };
}
