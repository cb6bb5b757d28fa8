/**
 * @module search/analyzer
 * The one text analyzer: indexing, querying, answering and briefing compare text through these
 * functions, so a word matches the same way everywhere. Matching form (NFC, one tone style, PDF
 * glyphs repaired, lowercase), folded form (no diacritics, `đ` → `d`), tokens with spans
 * (syllables, numbers, document symbols whole), index terms (unigrams + bigrams), English words and
 * their stems. Display text is never changed: these forms are for comparison only.
 */
import { foldedForm, matchForm } from '../core/text/vietnamese.ts';

export { foldedForm, matchForm } from '../core/text/vietnamese.ts';
export { englishWords, stemEnglish } from './glossary.ts';
export {
  adjacent,
  bigramPairs,
  type FieldTerms,
  fieldTerms,
  findSymbols,
  normalizeSymbol,
  type Token,
  type TokenKind,
  tokenize,
} from './tokenize.ts';

/**
 * The folded comparison form of any text — a question, a title, a clause, a body's name: matching
 * form without diacritics. Same as `foldedForm`; named for what callers use it for.
 * @example foldText('Thành uỷ Cần Thơ') // 'thanh uy can tho'
 */
export function foldText(text: string | null | undefined): string {
  return text ? foldedForm(text) : '';
}

/**
 * `foldText` with runs of white space made one space and the ends trimmed: for comparing names and phrases.
 * @example foldPhrase('  Ủy ban\nnhân dân ') // 'uy ban nhan dan'
 */
export function foldPhrase(text: string | null | undefined): string {
  return foldText(text).replace(/\s+/g, ' ').trim();
}

/**
 * The matching form of a text, or '' for none (for comparisons that keep diacritics).
 * @example exactText('Tỉnh Uỷ') // 'tỉnh ủy'
 */
export function exactText(text: string | null | undefined): string {
  return text ? matchForm(text) : '';
}
