/**
 * @module core/text/ocr-tolerant
 * OCR-tolerant comparison of header words: accent-folded tokens compared by an edit distance in
 * which look-alike glyphs (`rn`/`m`, `0`/`o`, `6`/`ố` … from `core/lexicon/ocr-confusions.json`)
 * cost little. One mechanism for every slip, instead of a pattern per typo.
 */
import confusions from '../lexicon/ocr-confusions.json' with { type: 'json' };
import { foldedForm } from './vietnamese.ts';

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
  return foldedForm(text)
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/**
 * Weighted edit distance between two comparison forms: insert, delete, substitute cost 1; a
 * confusion from the table (one or two characters either side) costs `SHAPE_COST`.
 * @example ocrDistance('ket luan', 'ket luan') // 0
 */
export function ocrDistance(a: string, b: string): number {
  const n = a.length;
  const m = b.length;
  const d: number[][] = Array.from({ length: n + 1 }, (_, i) => {
    const row = new Array<number>(m + 1).fill(0);
    row[0] = i;
    return row;
  });
  for (let j = 0; j <= m; j++) d[0][j] = j;
  for (let i = 1; i <= n; i++) {
    for (let j = 1; j <= m; j++) {
      let best = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      for (const [x, y] of SHAPES_BY_END.get(a[i - 1]) ?? []) {
        if (x.length <= i && y.length <= j && a.startsWith(x, i - x.length) && b.startsWith(y, j - y.length)) {
          best = Math.min(best, d[i - x.length][j - y.length] + SHAPE_COST);
        }
      }
      d[i][j] = best;
    }
  }
  return d[n][m];
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
  const a = ocrForm(text);
  const b = ocrForm(phrase);
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > allowedEdits(b.length)) return false;
  return ocrDistance(a, b) <= allowedEdits(b.length);
}

/**
 * Length (in words of `text`) of the prefix of `text` that is `phrase` up to OCR slips, or 0.
 * @example ocrStartsWith('BIÊN BẢN THẨM ĐỊNH', 'Biên bản') // 2
 */
export function ocrStartsWith(text: string, phrase: string): number {
  const words = ocrForm(text).split(' ');
  const want = ocrForm(phrase);
  const count = want.split(' ').length;
  // A slip may split or join a word: try one word fewer and one more.
  for (const k of [count, count - 1, count + 1]) {
    if (k < 1 || k > words.length) continue;
    if (ocrEquals(words.slice(0, k).join(' '), want)) return k;
  }
  return 0;
}
