/**
 * @module core/text/vietnamese
 * Pure functions for matching Vietnamese text: one tone-mark placement, accent folding, casing.
 * Display text keeps the document's own spelling; these forms are for comparison and indexing.
 */

const TONE_MARKS = '\u0300\u0301\u0303\u0309\u0323';
/** `hoà`→`hòa`, `uỷ`→`ủy`, `khoẻ`→`khỏe`: an open syllable ending in oa/oe/uy carries the tone on its first vowel. */
const NEW_STYLE_TONE = new RegExp(`(?<![qQ])([oOuU])([aAeEyY])([${TONE_MARKS}])(?![\\p{L}\\p{M}])`, 'gu');

/** Repairs that every form of the text gets: PDF glyph stand-ins for ư/Ư (U+01A3, U+01A2). */
export function repairGlyphs(text: string): string {
  return text.replace(/\u01a3/g, 'ư').replace(/\u01a2/g, 'Ư');
}

/** NFC with one tone-mark placement, so `Tỉnh uỷ` and `Tỉnh ủy` compare equal. */
export function canonicalTones(text: string): string {
  return text.normalize('NFD').replace(NEW_STYLE_TONE, '$1$3$2').normalize('NFC');
}

const ASCII = /^[\x00-\x7f]*$/;

/** Remove all diacritics; `đ` becomes `d` explicitly (Unicode decomposition leaves it alone). */
export function foldAccents(text: string): string {
  if (ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
}

/** The matching form: repaired, NFC, one tone style, lowercase. */
export function matchForm(text: string): string {
  return canonicalTones(repairGlyphs(text)).toLowerCase();
}

/**
 * The folded matching form: `matchForm` without any diacritics. Tone placement only moves a mark and folding drops
 * every mark, so `canonicalTones` (two Unicode normalizations, the costliest step of parsing) is left out.
 */
export function foldedForm(text: string): string {
  return foldAccents(repairGlyphs(text).toLowerCase());
}

const foldCache = new Map<string, string>();

/** Fold one character; anything that would not stay one character becomes a space. */
function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    const folded = foldedForm(c);
    f = folded.length === 1 ? folded : ' ';
    foldCache.set(c, f);
  }
  return f;
}

/**
 * `foldedForm` that keeps offsets (for finding spans by folded patterns): `folded[i]` is the folded `text[i]`, so a match in the folded
 * text is a span of the clean text. @example foldKeepingOffsets('Kết luận') // 'ket luan'
 */
export function foldKeepingOffsets(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]);
  return out;
}

/** Distinct words a cache keeps before it starts over (a corpus has tens of thousands; a word form is ~50 bytes). */
const WORD_CACHE_SIZE = 200_000;

/** `fn` remembered per word: Unicode normalization dominated parsing, and a corpus repeats its words endlessly. */
function perWord(fn: (word: string) => string): (word: string) => string {
  const cache = new Map<string, string>();
  return (word) => {
    let form = cache.get(word);
    if (form === undefined) {
      form = fn(word);
      if (cache.size >= WORD_CACHE_SIZE) cache.clear();
      cache.set(word, form);
    }
    return form;
  };
}

/** `matchForm` of one word (no spaces: tone placement looks at word ends), memoized. */
export const matchWord = perWord(matchForm);
/** `foldedForm` of one word, memoized. */
export const foldedWord = perWord(foldedForm);
/** `foldAccents` of one word, memoized. */
export const foldWord = perWord(foldAccents);

/** True when most letters of the line are capitals (headings, header blocks, signature lines). */
export function isMostlyUpper(line: string): boolean {
  const letters = line.match(/\p{L}/gu);
  if (!letters || letters.length < 2) return false;
  const upper = letters.filter((c) => c === c.toUpperCase() && c !== c.toLowerCase()).length;
  return upper / letters.length >= 0.7;
}

/** Capitalize the first letter of each word: `CẦN THƠ` → `Cần Thơ`. */
export function titleCase(text: string): string {
  return text.toLowerCase().replace(/(^|[\s(“"-])(\p{L})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}

/** Lowercase everything but the first letter: `THÀNH ỦY` → `Thành ủy`. */
export function sentenceCase(text: string): string {
  const lower = text.toLowerCase();
  return lower.charAt(0).toUpperCase() + lower.slice(1);
}
