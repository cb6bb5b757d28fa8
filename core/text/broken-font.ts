/**
 * @module core/text/broken-font
 * Reads back text whose PDF fonts mapped glyphs to wrong code points (`pdftotext` of a font subset
 * without a ToUnicode map): `WӍQK` for `tỉnh`, `FӫD` for `của`, `ÿӏQK` for `định`. The damage is a
 * substitution the document applies the same way everywhere — one font shifts ASCII by a constant
 * (glyph index = code − 29), Vietnamese letters land in another Unicode block at a constant offset — so
 * it is learned from the document itself: the shift and each foreign character's letter are the
 * choices that turn the most words into Vietnamese syllables, scored by how often each syllable
 * occurs in well-read text (`syllable-lexicon`). No table per file or per font.
 */
import lexicon from '../lexicon/syllables.json' with { type: 'json' };
import { syllableCount } from './syllable-lexicon.ts';
import { isSyllableShaped } from './text-quality.ts';

const LOWER = 'aàáảãạăằắẳẵặâầấẩẫậbcdđeèéẻẽẹêềếểễệghiìíỉĩịklmnoòóỏõọôồốổỗộơờớởỡợpqrstuùúủũụưừứửữựvxyỳýỷỹỵ';
const LETTERS = new Set([...LOWER, ...LOWER.toUpperCase(), 'f', 'j', 'w', 'z', 'F', 'J', 'W', 'Z']);
/** Shifts tried for the ASCII font: a glyph index differs from its code by a few dozen at most. */
const MAX_SHIFT = 64;
/** A shift is kept when it explains this much more than any other (wrong shifts fit a few words by chance), and at least this much. */
const SHIFT_MARGIN = 1.3;
const MIN_SHIFT_WORDS = 8;
/** Distinct words learned from: a few pages carry every letter a font uses, and learning stays fast on long texts. */
const LEARN_WORDS = 4000;
/** Rounds of learning: letters learned in one round constrain the words of the next. */
const ROUNDS = 3;

/** A character no Vietnamese text spells with: a letter or mark of another block, a stray symbol. */
function isForeign(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code < 0xa0 || LETTERS.has(c)) return false;
  return !/[\p{P}\p{Zs}\p{Sc}°±×÷§©®™•№]/u.test(c);
}

/** A character as the ASCII font prints it, shifted back; null when the shift leaves printable ASCII. */
function shifted(c: string, shift: number): string | null {
  const code = c.codePointAt(0) ?? 0;
  if (code >= 0x80) return null;
  const to = code + shift;
  return to >= 0x20 && to < 0x7f ? String.fromCharCode(to) : null;
}

/** Lexicon syllables by their pattern: every letter outside a–z as `?` (`tỉnh` → `t?nh`). */
let patterns: Map<string, string[]> | null = null;
function lexiconPatterns(words: Iterable<string>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const w of words) {
    const key = w.replace(/[^a-z]/g, '?');
    const list = out.get(key);
    if (list) list.push(w);
    else out.set(key, [w]);
  }
  return out;
}

function patternsOf(): Map<string, string[]> {
  patterns ??= lexiconPatterns(Object.keys(lexicon.entries));
  return patterns;
}

/** A word's reading in one font: each character read back, `null` where still unknown. */
type Reading = Array<string | null>;

/**
 * What must be learned to read a character in one font: a foreign character itself, or an ASCII code the
 * shift carries past ASCII (the font's accented glyphs: `đRjQ` is `đoàn`); null when it reads directly.
 */
function keyOf(c: string, shift: number): string | null {
  if (isForeign(c)) return c;
  if (shift === 0 || (c.codePointAt(0) ?? 0) >= 0x80) return null;
  return shifted(c, shift) === null ? `\u0001${c}` : null;
}

function readWord(word: string[], shift: number, mapping: Map<string, string>): Reading {
  return word.map((c) => {
    const key = keyOf(c, shift);
    if (key !== null) return mapping.get(key) ?? null;
    return shift === 0 ? c : (shifted(c, shift) ?? c);
  });
}

/** The letters of a reading between its leading and trailing punctuation, lowercased; null when not a word. */
function core(reading: Reading): { start: number; end: number } | null {
  let start = 0;
  let end = reading.length;
  const letter = (c: string | null) => c === null || LETTERS.has(c);
  while (start < end && !letter(reading[start])) start++;
  while (end > start && !letter(reading[end - 1])) end--;
  if (start === end) return null;
  for (let i = start; i < end; i++) if (!letter(reading[i])) return null;
  return { start, end };
}

/** The lexicon syllables a reading with unknown letters may be, with the letter each unknown stands for. */
function candidates(reading: Reading): Array<{ word: string; count: number }> {
  const span = core(reading);
  if (!span || span.end - span.start > 7) return [];
  const letters = reading.slice(span.start, span.end).map((c) => (c === null ? null : c.toLowerCase()));
  const key = letters.map((c) => (c === null || !/[a-z]/.test(c) ? '?' : c)).join('');
  const out: Array<{ word: string; count: number }> = [];
  for (const word of patternsOf().get(key) ?? []) {
    const chars = [...word];
    if (letters.every((c, i) => c === null || c === chars[i])) out.push({ word, count: syllableCount(word) });
  }
  return out;
}

/** The ASCII shift that turns the most words that are not syllables into syllables; 0 when none stands out. */
function learnShift(words: string[][]): number {
  const score = new Map<number, number>();
  for (const word of words) {
    if (candidates(readWord(word, 0, new Map())).length > 0) continue;
    if (!word.some((c) => /[A-Za-z0-9]/.test(c))) continue;
    for (let k = -MAX_SHIFT; k <= MAX_SHIFT; k++) {
      if (k === 0) continue;
      const r = readWord(word, k, new Map());
      const fits = candidates(r);
      if (fits.length === 0) continue;
      // Frequent syllables are evidence, rare ones chance; unknown letters (any syllable may fit them) weaken it.
      const unknown = r.filter((c) => c === null).length;
      const top = Math.max(...fits.map((f) => f.count));
      // Prose is in lower case: a reading in capitals mid-sentence is likelier a wrong shift.
      const known = r.filter((c): c is string => c !== null && /\p{L}/u.test(c));
      const capitals = known.length > 1 && known.every((c) => c !== c.toLowerCase()) ? 0.25 : 1;
      score.set(k, (score.get(k) ?? 0) + (capitals * Math.log2(2 + top)) / (1 + unknown));
    }
  }
  const ranked = [...score].sort((a, b) => b[1] - a[1]);
  const [best, second] = ranked;
  if (!best || best[1] < MIN_SHIFT_WORDS || (second && best[1] < SHIFT_MARGIN * second[1])) return 0;
  return best[0];
}

/**
 * Each foreign character's letter: the one that makes the words holding it the most frequent
 * syllables, summed over the document; an unclear choice goes to the offset most characters of its
 * Unicode block were found at (the font shifted the whole block).
 */
function learnMapping(words: string[][], shifts: number[]): Map<string, string> {
  const mapping = new Map<string, string>();
  for (let round = 0; round < ROUNDS; round++) {
    const votes = new Map<string, Map<string, number>>();
    for (const word of words) {
      // A word that reads as a syllable as printed is clean text, no evidence about the broken font.
      if (candidates(readWord(word, 0, mapping)).some((f) => f.count > 0) && !word.some(isForeign)) continue;
      for (const shift of shifts) {
        const keys = word.map((c) => keyOf(c, shift));
        for (const u of new Set(keys.filter((k): k is string => k !== null))) {
          const without = new Map(mapping);
          without.delete(u);
          const r = readWord(word, shift, without);
          const span = core(r);
          if (!span) continue;
          const best = new Map<string, number>();
          for (const { word: w, count } of candidates(r)) {
            const chars = [...w];
            const at = keys.slice(span.start, span.end).map((k, i) => (k === u ? chars[i] : null));
            const letter = at.find((c) => c !== null);
            if (!letter || at.some((c) => c !== null && c !== letter)) continue;
            const weight = Math.log2(2 + count);
            if (weight > (best.get(letter) ?? 0)) best.set(letter, weight);
          }
          const tally = votes.get(u) ?? new Map<string, number>();
          for (const [letter, w] of best) tally.set(letter, (tally.get(letter) ?? 0) + w);
          votes.set(u, tally);
        }
      }
    }
    const chosen = new Map<string, { letter: string; margin: number; tally: Map<string, number> }>();
    for (const [u, tally] of votes) {
      const ranked = [...tally].sort((a, b) => b[1] - a[1]);
      if (!ranked.length || ranked[0][1] < 2) continue;
      chosen.set(u, { letter: ranked[0][0], margin: ranked[0][1] - (ranked[1]?.[1] ?? 0), tally });
    }
    // The offset of each block, from its clear choices (either case of the letter: blocks alternate
    // capitals and small letters differently).
    const offsets = new Map<number, Map<number, number>>();
    for (const [u, c] of chosen) {
      if (c.margin < 2 || [...u].length !== 1) continue;
      const block = (u.codePointAt(0) ?? 0) >> 8;
      const m = offsets.get(block) ?? new Map<number, number>();
      for (const l of new Set([c.letter, c.letter.toUpperCase()])) {
        const d = (l.codePointAt(0) ?? 0) - (u.codePointAt(0) ?? 0);
        m.set(d, (m.get(d) ?? 0) + 1);
      }
      offsets.set(block, m);
    }
    const next = new Map<string, string>();
    for (const [u, c] of chosen) {
      let letter = c.letter;
      const block = [...u].length === 1 ? (u.codePointAt(0) ?? 0) >> 8 : -1;
      const along = [...(offsets.get(block) ?? [])].sort((a, b) => b[1] - a[1])[0];
      const shiftedLetter = along && along[1] >= 3 ? String.fromCodePoint((u.codePointAt(0) ?? 0) + along[0]) : null;
      if (shiftedLetter && (c.tally.get(shiftedLetter.toLowerCase()) ?? 0) > 0) letter = shiftedLetter;
      else if ([...u].length === 1 && u !== u.toLowerCase()) letter = letter.toUpperCase();
      next.set(u, letter);
    }
    mapping.clear();
    for (const [u, l] of next) mapping.set(u, l);
  }
  return mapping;
}

/** A symbol or number as the genre prints it (`1050/QĐ-SCT`, `01/TTr-CT05`, `466/PC-VPUBND`). */
const SYMBOL = /^\d[\d.]*\/[\p{Lu}\d]+(?:[/-][\p{L}\d]+)*[.,;:)]?$/u;

function score(reading: Reading): number {
  // Control characters are never printed text: they are punctuation a shifted font moved out of place.
  if (reading.some((c) => c !== null && /[\u0000-\u0008\u000e-\u001f]/.test(c))) return -2;
  if (reading.every((c) => c !== null) && SYMBOL.test(reading.join(''))) return 0.5;
  const span = core(reading);
  if (!span) return reading.some((c) => c === null || /\p{L}/u.test(c)) ? -1 : 0;
  const letters = reading.slice(span.start, span.end);
  if (letters.some((c) => c === null)) return -1;
  const word = letters.join('');
  const count = syllableCount(word);
  if (count > 0) return 1 + Math.log2(1 + count);
  return isSyllableShaped(word) && [...word.toLowerCase()].every((c) => LOWER.includes(c)) ? 0.5 : -1;
}

/**
 * A reading as text: unknown characters as printed; a learned letter of no case of its own in capitals
 * when the letters read directly around it are all capitals (`1˯L` → `Nơi`, `&Ӝ1*` → `CỘNG`).
 */
function cased(reading: Reading, chars: string[], shift: number): string {
  const direct = reading.filter(
    (c, i): c is string => c !== null && keyOf(chars[i], shift) === null && /\p{L}/u.test(c),
  );
  const capitals = direct.length > 0 && direct.every((c) => c !== c.toLowerCase());
  return reading
    .map((c, i) => {
      if (c === null) return chars[i];
      const key = keyOf(chars[i], shift);
      // A character with a case of its own was given the letter of that case.
      const caseless = key !== null && (key.length > 1 || key.toLowerCase() === key.toUpperCase());
      return caseless && capitals ? c.toUpperCase() : c;
    })
    .join('');
}

/** Punctuation a word keeps as printed around a shifted core (`(J͵L` → `(gửi`). */
const OUTER = /^([(“"'[]?)(.*?)([,.;:)”"'!?\]]*)$/su;

function decodeWord(word: string, shift: number, mapping: Map<string, string>): string {
  const chars = [...word];
  const plain = readWord(chars, 0, mapping);
  let best = { text: cased(plain, chars, 0), score: score(plain) };
  // A word printed as a syllable, a number or a date stays as printed: the broken font is read back only where needed.
  if (shift === 0 || (best.score > 0.5 && !chars.some(isForeign)) || /^[\d.,/:-]+$/.test(word)) return best.text;
  // An abbreviation as printed (`UBND`, `KT`) may stand: a shifted reading must then be a syllable seen in text.
  if (/^[A-ZĐ&-]{2,8}$/u.test(word)) best.score = 0.25;
  const m = OUTER.exec(word);
  const variants: Array<[string, string, string]> = [['', word, '']];
  if (m && (m[1] || m[3])) variants.push([m[1], m[2], m[3]]);
  for (const [before, middle, after] of variants) {
    const inner = [...middle];
    const r = readWord(inner, shift, mapping);
    const s = score(r);
    if (s > best.score) best = { text: before + cased(r, inner, shift) + after, score: s };
  }
  return best.text;
}

export interface BrokenFontReading {
  text: string;
  /** The ASCII shift learned (0 when no font shifted ASCII). */
  shift: number;
  /** Foreign characters read as Vietnamese letters. */
  letters: number;
}

/**
 * The text read back through the substitution learned from it; null when nothing was learned.
 * Callers keep the reading only when it reads as Vietnamese (`looksGarbled`).
 * @example decodeBrokenFont(pdftotextOfBrokenPdf)?.text // '… kiểm tra việc chấp hành …'
 */
export function decodeBrokenFont(text: string): BrokenFontReading | null {
  const tokens = text.normalize('NFC').split(/(\s+)/);
  const words = [...new Set(tokens.filter((t, i) => i % 2 === 0 && t))].slice(0, LEARN_WORDS).map((t) => [...t]);
  const shift = learnShift(words);
  const mapping = learnMapping(words, shift === 0 ? [0] : [0, shift]);
  if (shift === 0 && mapping.size === 0) return null;
  const cache = new Map<string, string>();
  const out = tokens.map((t, i) => {
    if (i % 2 === 1 || !t) return t;
    let d = cache.get(t);
    if (d === undefined) {
      d = decodeWord(t, shift, mapping);
      cache.set(t, d);
    }
    return d;
  });
  return { text: out.join(''), shift, letters: mapping.size };
}
