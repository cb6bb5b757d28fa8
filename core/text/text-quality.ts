/**
 * @module core/text/text-quality
 * How much of a text reads as Vietnamese: the share of its lowercase words that are well-formed
 * Vietnamese syllables spelled with Vietnamese letters. A PDF text layer whose fonts map glyphs to
 * the wrong code points (`&Ӝ1* HOÀ XÃ`, `Công YăQ Vӕ`) or a poor OCR layer made without Vietnamese
 * (`Cdn c* Ludt X} l! vi phqm hdnh chinh`) scores far below real text, whatever the document says.
 */
import { foldAccents } from './vietnamese.ts';

/** Letters of the Vietnamese alphabet with every tone and vowel mark (NFC), plus the Latin letters loanwords use. */
const VIETNAMESE_LETTERS = /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/u;

/**
 * A syllable's shape on its folded form: onset, vowel nucleus, coda (the phonotactics every
 * Vietnamese grammar gives: 17 + 10 onsets, 1–3 vowels, codes c/ch/m/n/ng/nh/p/t or a semivowel).
 */
const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnprstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?$/;

/**
 * True when a word, folded, has the shape of a Vietnamese syllable (`can`, `to`, `tong`), so it may be one typed
 * without diacritics; `container`, `sodium`, `logistics` cannot be.
 * @example isSyllableShaped('container') // false
 */
export const isSyllableShaped = (word: string): boolean => SYLLABLE.test(foldAccents(word.toLowerCase()));

/** Marked letters (anything but a-z): real Vietnamese prose carries them on most syllables. */
const MARKED = /[^a-z]/u;

export interface TextQuality {
  /** Lowercase-led words counted (all-caps abbreviations, numbers and codes are left out). */
  words: number;
  /** Share of counted words that are well-formed syllables in Vietnamese letters. */
  wellFormed: number;
  /** Share of counted words carrying a diacritic. */
  marked: number;
}

/** How one word counts: left out, or counted (and whether well-formed, and marked). */
const WordClass = { Skipped: 0, Counted: 1, WellFormed: 2, WellFormedMarked: 3 } as const;
type WordClass = (typeof WordClass)[keyof typeof WordClass];

function classify(raw: string): WordClass {
  if (raw === '' || /\d/.test(raw) || !/\p{L}/u.test(raw)) return WordClass.Skipped;
  const word = raw.toLowerCase();
  const vietnamese = VIETNAMESE_LETTERS.test(word.replace(/[^\p{L}]/gu, ''));
  // Codes and all-caps words (`TTr`, `UBND`) are not prose; a word with letters from another
  // script (`WӍQK`) is counted, as the misreading it is.
  if (vietnamese && (!/^\p{L}\p{Ll}*$/u.test(raw) || (raw.length > 1 && raw === raw.toUpperCase()))) {
    return WordClass.Skipped;
  }
  if (vietnamese && raw.length === 1 && raw === raw.toUpperCase()) return WordClass.Skipped;
  if (!(vietnamese && /^\p{L}+$/u.test(word) && SYLLABLE.test(foldAccents(word)))) return WordClass.Counted;
  return MARKED.test(word) ? WordClass.WellFormedMarked : WordClass.WellFormed;
}

/** @example textQuality('Ủy ban nhân dân tỉnh').wellFormed // 1 */
export function textQuality(text: string): TextQuality {
  let words = 0;
  let good = 0;
  let marked = 0;
  // A document repeats a few thousand syllables: each is judged once (the whole text is read for every document).
  const seen = new Map<string, WordClass>();
  for (const raw of text.normalize('NFC').split(/[\s,.;:!?()"'“”‘’«»/\\[\]{}|*_=+<>-]+/u)) {
    let c = seen.get(raw);
    if (c === undefined) {
      c = classify(raw);
      seen.set(raw, c);
    }
    if (c === WordClass.Skipped) continue;
    words++;
    if (c >= WordClass.WellFormed) good++;
    if (c === WordClass.WellFormedMarked) marked++;
  }
  return { words, wellFormed: words === 0 ? 1 : good / words, marked: words === 0 ? 1 : marked / words };
}

/** Below these, a text of at least `MIN_WORDS` words is not Vietnamese as written (calibrated on text and OCR pages of the archive's dev split). */
export const MIN_WELL_FORMED = 0.75;
export const MIN_MARKED = 0.2;
export const MIN_WORDS = 30;

/** True when a text long enough to judge reads as garbled: wrong glyph mapping, or OCR without Vietnamese. */
export function looksGarbled(text: string): boolean {
  const q = textQuality(text);
  return q.words >= MIN_WORDS && (q.wellFormed < MIN_WELL_FORMED || q.marked < MIN_MARKED);
}

/** Letters and marks of other scripts and blocks a wrongly mapped font prints for Vietnamese ones (`Ӌ`, `ѭ`, `˯`, combining marks). */
const FOREIGN_SCRIPT =
  /[ÄÅÆÇËÎÏÐÑÖØÛÜÞßäåæçëîïðñöøûüþÿ\u0100-\u0101\u0104-\u010f\u0112-\u0127\u012a-\u0167\u016a-\u019f\u01a2-\u01ae\u01b1-\u036f\u0370-\u052f]/u;
/** Symbols no name, title or place is spelled with (`]'HTJONG`, `X}`, `c{r`), and a digit inside a lowercase word (`tl4o`). */
const JUNK_TOKEN = /[[\]{}|\\*$#@+=<>^~`¬]|\p{Ll}\d|\d\p{Ll}{2}/u;

/**
 * True when a short field (an issuer, a title, a name) reads as Vietnamese as written: no letter of
 * another script, and under a quarter of its words spelled with symbols. A header cell of a broken
 * font or a poor OCR fails, so the field is left empty rather than filled with garbage.
 * @example readsAsVietnamese('Ủy ban nhân dân tỉnh Lào Cai') // true
 * @example readsAsVietnamese('Ĉ2¬1 .,ӆ0 TRA') // false
 */
export function readsAsVietnamese(value: string): boolean {
  if (FOREIGN_SCRIPT.test(value.normalize('NFC'))) return false;
  const words = value.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  const junk = words.filter((w) => JUNK_TOKEN.test(w)).length;
  return junk * 4 <= words.length;
}
