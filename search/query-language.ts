/** @module search/query-language — tells English queries from Vietnamese ones, with or without diacritics. */

import { ENGLISH_MARKERS } from './data/stopwords.ts';
import { englishWords, translateEnglish } from './glossary.ts';
import type { Token } from './tokenize.ts';

/** `vi`: Vietnamese with diacritics; `vi-nodiac`: typed without any; `en`: English. */
export type QueryLanguage = 'vi' | 'vi-nodiac' | 'en';

const MARKERS = new Set(ENGLISH_MARKERS);

/**
 * The language of a query. English needs evidence that cannot be a Vietnamese syllable typed
 * without diacritics: two English function words (`which`, `does`, `of` ...), or one plus a glossary phrase.
 * Proper names with diacritics (`Cần Thơ`) do not make an English query Vietnamese.
 * @example detectLanguage('Which body leads sand mining in Cần Thơ?', tokenize(...)) // 'en'
 */
export function detectLanguage(text: string, tokens: readonly Token[]): QueryLanguage {
  const words = englishWords(text);
  const markers = words.filter((w) => MARKERS.has(w)).length;
  const glossaryHits = markers >= 2 ? 0 : translateEnglish(text).covered;
  const foreignLetters = words.some((w) => /[fjwz]/.test(w));
  if (markers >= 2 || (markers >= 1 && glossaryHits >= 1) || (foreignLetters && glossaryHits >= 2)) return 'en';
  const accented = tokens.some((t) => t.kind === 'word' && t.folded !== t.exact);
  return accented ? 'vi' : 'vi-nodiac';
}

/**
 * The language one word of a question is read in. A word written with Vietnamese diacritics is Vietnamese as
 * written; a bare word is read as the question is: as written in a Vietnamese question with diacritics (`may` is
 * `may`, not `mấy`), folded in one typed without any (`may` may be `mấy`), English in an English one (`may` is
 * the modal verb). Folding a word before reading its language turns `Which body may inspect …` into a count.
 * @example wordLanguage(tokenize('Which body may inspect')[2], 'en') // 'en'
 */
export function wordLanguage(word: Token, questionLanguage: QueryLanguage): QueryLanguage {
  if (word.folded !== word.exact) return 'vi';
  return questionLanguage;
}
