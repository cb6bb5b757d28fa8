/**
 * @module core/text/syllable-lexicon
 * How often each Vietnamese syllable occurs in well-read text (`core/lexicon/syllables.json`, built by
 * `scripts/build-syllable-lexicon.ts`): the statistics that tell a right reading of a garbled word from a wrong one.
 */
import lexicon from '../lexicon/syllables.json' with { type: 'json' };
import { isSyllableShaped } from './text-quality.ts';

const COUNTS = new Map<string, number>(Object.entries(lexicon.entries as Record<string, number>));

/** Lowercase words of a text spelled as Vietnamese syllables (NFC), in order. */
export function syllablesOf(text: string): string[] {
  return (
    text
      .normalize('NFC')
      .toLowerCase()
      .match(/\p{L}+/gu) ?? []
  ).filter(
    (w) =>
      /^[a-zàáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]+$/u.test(w) && isSyllableShaped(w),
  );
}

/** How often the syllable occurs in the lexicon's text (0 when never or not a syllable). @example syllableCount('tỉnh') > 0 */
export function syllableCount(word: string): number {
  return COUNTS.get(word.normalize('NFC').toLowerCase()) ?? 0;
}
