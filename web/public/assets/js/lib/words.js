/** @module web/lib/words — accent- and word-aware matching for filters: "thu gom chat thai" finds "chất thải rắn được thu gom". */

/** Lowercase without diacritics (đ → d), whitespace collapsed. */
export function fold(s) {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** The folded words of `s` (letters and digits; `7,5` stays one word). */
export function words(s) {
  return fold(s)
    .split(/[^\p{L}\p{N},.]+/u)
    .map((w) => w.replace(/^[.,]+|[.,]+$/g, ''))
    .filter(Boolean);
}

/**
 * True when every word of `needle` is a whole word of `haystack`, in any order, ignoring accents and case.
 * An empty needle matches everything.
 * @example matchesWords('Tỷ lệ chất thải rắn được thu gom', 'thu gom chat thai') // true
 * @example matchesWords('Tỷ lệ chất thải rắn được thu gom', 'ran thu g') // false: "g" is not a word there
 */
export function matchesWords(haystack, needle) {
  const wanted = words(needle);
  if (wanted.length === 0) return true;
  const have = new Set(words(haystack));
  return wanted.every((w) => have.has(w));
}
