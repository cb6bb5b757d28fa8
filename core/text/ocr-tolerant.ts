/**
 * @module core/text/ocr-tolerant
 * OCR-tolerant comparison of header words: accent-folded tokens compared by an edit distance in
 * which look-alike glyphs (`rn`/`m`, `0`/`o`, `6`/`ố` … from `core/lexicon/ocr-confusions.json`)
 * cost little. One mechanism for every slip, instead of a pattern per typo.
 */
import confusions from '../lexicon/ocr-confusions.json' with { type: 'json' };
import { memoize } from '../memo.ts';
import { latinLetters } from './lookalikes.ts';
import { foldedWord } from './vietnamese.ts';

interface Confusion {
  kind: 'folded' | 'shape';
  from: string;
  to: string;
}

/** Cost of one look-alike substitution; a plain edit costs 1. */
const SHAPE_COST = 0.4;

const SHAPES: ReadonlyArray<readonly [string, string]> = (confusions.entries as Confusion[])
  .filter((c) => c.kind === 'shape')
  .flatMap((c) => [
    [c.from.toLowerCase(), c.to.toLowerCase()] as const,
    [c.to.toLowerCase(), c.from.toLowerCase()] as const,
  ]);

/** Confusions by the last character of their `from` side, so the distance loop looks at few. */
const SHAPES_BY_END = new Map<string, Array<readonly [string, string]>>();
for (const pair of SHAPES) {
  const end = pair[0][pair[0].length - 1];
  SHAPES_BY_END.set(end, [...(SHAPES_BY_END.get(end) ?? []), pair]);
}

/** The comparison form: folded, lowercase, punctuation as spaces, one space between words. */
export function ocrForm(text: string): string {
  // Word by word through the memoized fold (the same as folding the whole text: tone placement looks only
  // within a word): header matching folds the same few words thousands of times a document.
  return latinLetters(text)
    .split(' ')
    .map(foldedWord)
    .join(' ')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** A cue phrase's form: the same phrases are compared with every clause. */
const phraseForm = memoize(ocrForm, 4096);

/** The longest side of a confusion: a cell looks back at most this many rows. */
const LONGEST_SHAPE = Math.max(1, ...SHAPES.map(([x]) => x.length));

/** The distance matrix `ocrDistance` fills, kept between calls. */
let scratch = new Float64Array(1024);

/**
 * Weighted edit distance between two comparison forms: insert, delete, substitute cost 1; a
 * confusion from the table (one or two characters either side) costs `SHAPE_COST`. With `max`, the
 * computation stops once the distance must exceed it and returns some value above `max` (header
 * matching asks only "within the allowed edits?" of thousands of windows per document).
 * @example ocrDistance('ket luan', 'ket luan') // 0
 */
export function ocrDistance(a: string, b: string, max = Number.POSITIVE_INFINITY): number {
  const n = a.length;
  const m = b.length;
  const w = m + 1;
  // One flat matrix: a cell reads its own row, the row above, and for a two-character confusion the one above that.
  // Reused between calls (every cell read is written first in this call): header matching makes thousands a document.
  if (scratch.length < (n + 1) * w) scratch = new Float64Array(Math.max((n + 1) * w, 2 * scratch.length));
  const d = scratch;
  for (let j = 0; j <= m; j++) d[j] = j;
  let above = 0; // rows in a row whose every cell exceeds `max`
  for (let i = 1; i <= n; i++) {
    const row = i * w;
    const prev = row - w;
    const ai = a.charCodeAt(i - 1);
    const shapes = SHAPES_BY_END.get(a[i - 1]);
    d[row] = i;
    let rowMin = i;
    for (let j = 1; j <= m; j++) {
      let best = d[prev + j - 1] + (ai === b.charCodeAt(j - 1) ? 0 : 1);
      if (d[prev + j] + 1 < best) best = d[prev + j] + 1;
      if (d[row + j - 1] + 1 < best) best = d[row + j - 1] + 1;
      if (shapes !== undefined) {
        for (const [x, y] of shapes) {
          if (x.length <= i && y.length <= j && a.startsWith(x, i - x.length) && b.startsWith(y, j - y.length)) {
            best = Math.min(best, d[(i - x.length) * w + j - y.length] + SHAPE_COST);
          }
        }
      }
      d[row + j] = best;
      if (best < rowMin) rowMin = best;
    }
    // Costs are never negative: once the rows a cell can read all exceed `max`, so does every later row.
    above = rowMin > max ? above + 1 : 0;
    if (above >= LONGEST_SHAPE) return rowMin;
  }
  return d[n * w + m];
}

/** Edits a phrase of this length may carry and still be the phrase: none for short words, then about one in six. */
export function allowedEdits(length: number): number {
  if (length <= 4) return 0;
  if (length <= 10) return 1;
  return Math.floor(length / 6);
}

/**
 * True when `text` is `phrase` up to OCR slips (both in any form: accents, case, punctuation ignored).
 * @example ocrEquals('KÉT LUẬN', 'Kết luận') // true
 * @example ocrEquals('QUY ĐỊNH', 'Quyết định') // false: two edits in a short phrase
 */
export function ocrEquals(text: string, phrase: string): boolean {
  return formsMatch(ocrForm(text), phraseForm(phrase));
}

/** `ocrEquals` over two comparison forms. */
function formsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const allowed = allowedEdits(b.length);
  if (Math.abs(a.length - b.length) > allowed) return false;
  return ocrDistance(a, b, allowed) <= allowed;
}

/** Comparison forms of the phrases callers look for (cue lists: a few hundred at most), computed once. */

/**
 * Length (in words of `text`) of the prefix of `text` that is `phrase` up to OCR slips, or 0.
 * @example ocrStartsWith('BIÊN BẢN THẨM ĐỊNH', 'Biên bản') // 2
 */
export function ocrStartsWith(text: string, phrase: string): number {
  const words = ocrForm(text).split(' ');
  const want = phraseForm(phrase);
  const count = want.split(' ').length;
  // A slip may split or join a word: try one word fewer and one more.
  for (const k of [count, count - 1, count + 1]) {
    if (k < 1 || k > words.length) continue;
    // The words are comparison forms already (and `ocrForm` of a form is the form).
    if (formsMatch(words.slice(0, k).join(' '), want)) return k;
  }
  return 0;
}
