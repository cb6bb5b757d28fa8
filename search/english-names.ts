/**
 * @module search/english-names — Vietnamese names an English question types without diacritics (`Tien Dat`, `Lao Cai`,
 * `Dong Khe`), found by the store rather than a list.
 *
 * Capitalized words in a row are a name only if the store writes them together: `Tien Dat` is the folded `Tiến Đạt`
 * of a company, `Dong Khe` the quarry `Đồng Khê`, while `Is Tien` or `Which Form` is no phrase of any clause. A name so
 * found is the most specific thing a question says, and its words are syllables of it, not English to translate
 * (`Dong` is not `đồng`, money).
 */

/** A run of two or more capitalized words of English letters: `Tien Dat`, `Is Tien Dat`, `Ngoi Nhu`. */
const CAPITALIZED_RUN = /\b[A-Z][a-z]*(?:[ \t]+[A-Z][a-z]*)+\b/g;

/**
 * The folded names in an English question the store holds as written (words in order, adjacent), longest first in
 * each run of capitalized words; a sentence's first word joins a name only when the store says so.
 * @example heldNames('Is Tien Dat still licensed?', (p) => p === 'tien dat') // ['tien dat']
 */
export function heldNames(text: string, holds: (phrase: string) => boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(CAPITALIZED_RUN)) {
    const words = m[0].toLowerCase().split(/\s+/);
    let i = 0;
    while (i < words.length - 1) {
      let found = 0;
      for (let n = words.length - i; n >= 2; n--) {
        const phrase = words.slice(i, i + n).join(' ');
        if (!holds(phrase)) continue;
        out.push(phrase);
        found = n;
        break;
      }
      i += found > 0 ? found : 1;
    }
  }
  return out;
}
