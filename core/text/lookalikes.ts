/**
 * @module core/text/lookalikes
 * Cyrillic and Greek letters that print exactly like Latin ones (`ВСТ-ВТC` with Cyrillic В, С, Т; `12/КН-UBND`)
 * are folded to the Latin letter where a token mixes them with Latin letters or digits, the mixed-script
 * test of UTS #39. The table is `core/lexicon/latin-lookalikes.json`. Every letter maps to one letter,
 * so offsets into the folded text are offsets into the original.
 */
import lookalikes from '../lexicon/latin-lookalikes.json' with { type: 'json' };

const LATIN_OF = new Map<string, string>(lookalikes.entries.map((e) => [e.from, e.to]));

/** A token as symbols and header words run: letters, digits and the joiners of a symbol. */
const TOKEN = /[\p{L}\p{M}\p{N}/\-.]+/gu;
const OTHER_SCRIPT = /[\u0370-\u03FF\u0400-\u04FF]/u;
const LATIN_OR_DIGIT = /[A-Za-z0-9\u00C0-\u024F\u1E00-\u1EFF]/u;

/** The Latin letter a Cyrillic or Greek look-alike stands for, or the letter itself. */
function latinOf(c: string): string {
  return LATIN_OF.get(c) ?? c;
}

/**
 * `text` with the look-alikes of mixed-script tokens in Latin; a token wholly in another script (a Greek
 * `α` in a formula, Cyrillic list markers), or holding a letter with no Latin twin, is kept as it is.
 * @example latinLookalikes('12/КН-UBND') // '12/KH-UBND' (Cyrillic К, Н)
 */
export function latinLookalikes(text: string): string {
  if (!OTHER_SCRIPT.test(text)) return text;
  return text.replace(TOKEN, (token) => {
    if (!OTHER_SCRIPT.test(token) || !LATIN_OR_DIGIT.test(token)) return token;
    const letters = [...token];
    if (letters.some((c) => OTHER_SCRIPT.test(c) && !LATIN_OF.has(c))) return token;
    return letters.map(latinOf).join('');
  });
}

/** Every look-alike in Latin, whatever surrounds it: for comparison forms only, never for stored text. */
export function latinLetters(text: string): string {
  return OTHER_SCRIPT.test(text) ? [...text].map(latinOf).join('') : text;
}
