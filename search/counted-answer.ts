/**
 * @module search/counted-answer
 * Which clauses answer a "how many N" by stating a count of N: "Kế hoạch … theo đề nghị của bao nhiêu đơn
 * vị?" is answered by "Xét đề nghị của 19 đơn vị gồm: Công ty …, Công ty …" and "Mỗi đợt có bao nhiêu
 * người?" by "Đối tượng: Theo danh sách đơn vị đăng ký (100 người)". Such a clause is long (the list of
 * the units it counts) or shares none of the question's subject words, so BM25 ranks the document's
 * opening or its closing formula first; the number written before the asked noun says which clause counts.
 */
import { foldedForm } from '../core/text/vietnamese.ts';
import nouns from './data/asked-nouns.json' with { type: 'json' };
import type { GlossaryExpansion } from './glossary.ts';

/**
 * Words after `bao nhiêu` that are not what it counts: function words and verbs the genre's questions put
 * there (`bao nhiêu là đủ`, `bao nhiêu thì`), folded.
 */
const NOT_COUNTED = new Set([
  'la',
  'thi',
  'va',
  'cua',
  'de',
  'duoc',
  'co',
  'trong',
  'tren',
  'o',
  'tai',
  'theo',
  'phan',
]);
/** A time or place noun is a how-long or a where: the asked fields of `labelled-answer.ts` answer those. */
const NOT_A_COUNT = new Set([...nouns.vi.time, ...nouns.vi.place, ...nouns.vi.measure]);

/**
 * The nouns (folded) a question asks to count: a Vietnamese `bao nhiêu N`, the two-word reading first, then
 * its head; an English `how many N`, the glossary's renderings of N (the expansions that start where the
 * one rendering `how many` ends). None when the question counts no noun or asks a time, a place or an amount.
 * @example countedNouns('Kế hoạch được lập theo đề nghị của bao nhiêu đơn vị?') // ['don vi', 'don']
 * @example countedNouns('Thủ tục giải quyết trong bao nhiêu ngày?') // []
 */
export function countedNouns(question: string, expansions: readonly GlossaryExpansion[] = []): string[] {
  const vietnamese = countedAfter(question);
  if (vietnamese.length > 0) return vietnamese;
  for (const e of expansions) {
    const phrase = foldedForm(e.phrase).toLowerCase();
    if (!phrase.startsWith('bao nhieu')) continue;
    // `how many days` rendered whole (`bao nhiêu ngày`) reads as Vietnamese.
    if (phrase !== 'bao nhieu') return countedAfter(phrase);
    const end = e.words?.[1];
    if (end === undefined) continue;
    return expansions
      .filter((n) => n.words?.[0] === end)
      .map((n) => foldedForm(n.phrase).toLowerCase())
      .filter((n) => !NOT_A_COUNT.has(n));
  }
  return [];
}

/** The nouns after a Vietnamese `bao nhiêu` (`countedNouns`). */
function countedAfter(text: string): string[] {
  const words =
    foldedForm(text)
      .toLowerCase()
      .match(/[a-z0-9]+/g) ?? [];
  for (let i = 0; i + 2 < words.length; i++) {
    if (words[i] !== 'bao' || words[i + 1] !== 'nhieu') continue;
    const head = words[i + 2];
    if (NOT_COUNTED.has(head) || /\d/.test(head)) return [];
    const next = words[i + 3];
    const two = next && !/\d/.test(next) ? `${head} ${next}` : undefined;
    if (NOT_A_COUNT.has(head) || (two && NOT_A_COUNT.has(two))) return [];
    return two ? [two, head] : [head];
  }
  return [];
}

/**
 * Whether a clause writes a count of the noun: a number right before it ("19 đơn vị", "(100 người)"), not a
 * date's or a symbol's last part ("03/6/2026 người", "số 12.5 người").
 * @example statesCount('Xét đề nghị của 19 đơn vị gồm:', 'don vi') // true
 */
export function statesCount(text: string, noun: string): boolean {
  const folded = foldedForm(text).toLowerCase();
  return new RegExp(`(?<![0-9a-z./-])\\d+(?:[.,]\\d{3})*\\s+${noun.replace(/ /g, '\\s+')}(?![a-z0-9])`).test(folded);
}

/**
 * A document's counting clauses, in its ranking order: those stating a count of the two-word noun when any
 * does, else of its head (`countedNouns`' order), so "đơn vị" is read before "đơn" (an application form).
 * @example countingClauses(['kh~1', 'kh~7'], new Map([['kh~7', 'Xét đề nghị của 19 đơn vị gồm: …']]), ['don vi', 'don']) // ['kh~7']
 */
export function countingClauses(
  ranking: readonly string[],
  texts: ReadonlyMap<string, string>,
  counted: readonly string[],
): string[] {
  for (const noun of counted) {
    const found = ranking.filter((id) => {
      const text = texts.get(id);
      return text !== undefined && statesCount(text, noun);
    });
    if (found.length > 0) return found;
  }
  return [];
}
