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
import howMany from './data/how-many-words.json' with { type: 'json' };
import type { GlossaryExpansion } from './glossary.ts';

/** Whose reading of a "how many N": search's ranking (`countedNouns`) or the answerer's (`askedUnit` in answer/). */
export type CountReading = 'ranking' | 'answer';

/**
 * Words after `bao nhiêu` that are not what it counts, folded, by reading (data: how-many-words.json, with their
 * source): function words (`bao nhiêu là đủ`, `bao nhiêu thì`), and for the answerer the quantifiers of a rate
 * (`bao nhiêu mỗi năm`). The readings' lists grew apart; unifying them changes what is read.
 */
const NOT_COUNTED: Record<CountReading, ReadonlySet<string>> = {
  ranking: new Set([...howMany.notCounted, ...howMany.notCountedByRanking]),
  answer: new Set([...howMany.notCounted, ...howMany.notCountedByAnswer]),
};
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

/**
 * `bao nhiêu` and the one or two words after it, folded; the answerer reads `mấy` too (`mấy đơn vị`), not after `nha`
 * (`nhà máy` folded), and letters only (`bao nhiêu m2` is `m`, which its unit list reads as an area). Ranking reads
 * `bao nhiêu` alone and whole words, whatever stands between them (`bao nhiêu tấn/năm` → `tấn năm`).
 */
const HOW_MANY: Record<CountReading, RegExp> = {
  ranking: /(?<![a-z0-9])bao[^a-z0-9]+nhieu[^a-z0-9]+([a-z0-9]+)(?:[^a-z0-9]+([a-z0-9]+))?/,
  answer: /\b(?:bao nhieu|(?<!nha )may)\s+([a-z]+)(?:\s+([a-z]+))?/,
};

/**
 * The one reader of a Vietnamese "how many N", on folded text: the word after the first `bao nhiêu` and the word
 * after that, if any (`bao nhiêu đơn vị` → `['don', 'vi']`); null when none, or when a word that counts nothing
 * follows (`NOT_COUNTED`). Folded, `mấy` is also `máy`: the answerer blanks it where it is written so.
 * @example countedWords('ke hoach duoc lap theo de nghi cua bao nhieu don vi?', 'ranking') // ['don', 'vi']
 * @example countedWords('tang binh quan bao nhieu moi nam?', 'answer') // null
 */
export function countedWords(folded: string, reading: CountReading): [string] | [string, string] | null {
  const m = HOW_MANY[reading].exec(folded);
  // A word with a digit is no noun (`bao nhiêu m2` asks an area, `bao nhiêu 2` is a typo).
  if (!m || NOT_COUNTED[reading].has(m[1]) || /\d/.test(m[1])) return null;
  return m[2] && !/\d/.test(m[2]) ? [m[1], m[2]] : [m[1]];
}

/** The nouns after a Vietnamese `bao nhiêu` (`countedNouns`): the two-word reading, then its head. */
function countedAfter(text: string): string[] {
  const words = countedWords(foldedForm(text).toLowerCase(), 'ranking');
  if (!words) return [];
  const [head, next] = words;
  const two = next === undefined ? undefined : `${head} ${next}`;
  if (NOT_A_COUNT.has(head) || (two && NOT_A_COUNT.has(two))) return [];
  return two ? [two, head] : [head];
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
