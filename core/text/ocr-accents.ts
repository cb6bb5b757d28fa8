/**
 * @module core/text/ocr-accents
 * An OCR squeezes the small marks over capitals: `CẤP GIẤY` reads `CÁP GIÁY`, `NGUY HIỂM` reads
 * `N GUY HIẾM`. A heading with a word no Vietnamese text spells so (`GIÁY`) was misread; its words are then
 * read back as the far commoner syllable with the same letters (syllable counts of `core/lexicon/syllables.json`),
 * keeping marks an OCR does not swap: a tone above the letter (sắc, hỏi, ngã) may turn into another above it,
 * never into a grave or a dot below (`ĐÓC` is `ĐỐC`, not `ĐỘC`).
 */
import lexicon from '../lexicon/syllables.json' with { type: 'json' };
import { syllableCount } from './syllable-lexicon.ts';
import { foldedWord } from './vietnamese.ts';

/** A reading replaces a word only when the lexicon sees it this many times more often. */
const COMMONER = 5;
/** A reading seen fewer times than this is no evidence. */
const MIN_COUNT = 20;

type Tone = 'level' | 'above' | 'grave' | 'dot';

function toneOf(word: string): Tone {
  const marks = word.normalize('NFD');
  if (marks.includes('\u0323')) return 'dot';
  if (marks.includes('\u0300')) return 'grave';
  return /[\u0301\u0309\u0303]/u.test(marks) ? 'above' : 'level';
}

/** Lexicon syllables by folded form, commonest first. */
let byFold: Map<string, Array<{ word: string; count: number }>> | null = null;

function readingsOf(folded: string): Array<{ word: string; count: number }> {
  if (!byFold) {
    byFold = new Map();
    for (const [word, count] of Object.entries(lexicon.entries as Record<string, number>)) {
      const key = foldedWord(word);
      byFold.set(key, [...(byFold.get(key) ?? []), { word, count }]);
    }
    for (const list of byFold.values()) list.sort((a, b) => b.count - a.count);
  }
  return byFold.get(folded) ?? [];
}

/** The commonest reading of a lowercase word an OCR could have misread as it, if far commoner than the word. */
function commonerReading(word: string): string | null {
  const tone = toneOf(word);
  const own = syllableCount(word);
  const best = readingsOf(foldedWord(word)).find((r) => r.word !== word && toneOf(r.word) === tone);
  return best && best.count >= MIN_COUNT && own * COMMONER < best.count ? best.word : null;
}

const CAPITALS = /^\p{Lu}+$/u;

/**
 * A capitalised heading with its misread marks restored; unchanged unless one of its words is spelled
 * as no syllable is while a common syllable has the same letters, or two letter runs are one syllable split.
 * @example restoreCapitalAccents('CÁP GIÁY PHÉP') // 'CẤP GIẤY PHÉP'
 */
export function restoreCapitalAccents(text: string): string {
  const words = text.split(' ');
  const unknown = (w: string) => CAPITALS.test(w) && syllableCount(w) === 0;
  const joined: string[] = [];
  let misread = false;
  for (let i = 0; i < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    // `N GUY`: neither half is a syllable, together they are a common one.
    if (b !== undefined && unknown(a) && unknown(b) && syllableCount(a + b) >= MIN_COUNT) {
      joined.push(a + b);
      misread = true;
      i++;
      continue;
    }
    if (unknown(a) && commonerReading(a.toLowerCase()) !== null) misread = true;
    joined.push(a);
  }
  if (!misread) return text;
  return joined
    .map((w) => {
      if (!CAPITALS.test(w)) return w;
      const reading = commonerReading(w.toLowerCase());
      return reading ? reading.toUpperCase() : w;
    })
    .join(' ');
}
