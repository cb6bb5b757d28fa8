/**
 * @module search/english-dates — a date written in English (`17 January 2026`, `June 3, 2026`, `June 2026`) in the
 * forms Vietnamese documents write it.
 *
 * NĐ 30/2020 (Phụ lục I) dates a document `ngày 17 tháng 01 năm 2026`, with a leading zero for days 1–9 and months 1–2;
 * its body and letters cite dates as `17/01/2026` or `3/6/2026`, zero or not. A question naming the day reaches
 * those clauses only through the digits in that order: the month's name alone (`tháng 1`) matches every date of the
 * month, and the bare numbers match any figure.
 */
import { ENGLISH_MONTHS } from '../core/patterns.ts';

/** A date the question names, with the Vietnamese forms of it. */
export interface EnglishDate {
  /** The words as typed (`17 January 2026`). */
  text: string;
  renderings: string[];
}

const MONTH = ENGLISH_MONTHS.map((m) => m.toLowerCase()).join('|');
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** `17 January 2026`, `17th of January 2026`, `17 January`. */
const DAY_MONTH = new RegExp(`\\b${DAY}\\s+(?:of\\s+)?(${MONTH})\\b(?:,?\\s+(\\d{4})\\b)?`, 'gi');
/** `January 17, 2026`, `January 17`. */
const MONTH_DAY = new RegExp(`\\b(${MONTH})\\s+${DAY}\\b(?!\\s*(?:\\d|:))(?:,?\\s+(\\d{4})\\b)?`, 'gi');
/** `January 2026`, `in January of 2026`. */
const MONTH_YEAR = new RegExp(`\\b(${MONTH})\\s+(?:of\\s+)?(\\d{4})\\b`, 'gi');

const two = (n: number): string => String(n).padStart(2, '0');

/** The month's number from its English name. */
const monthOf = (name: string): number => ENGLISH_MONTHS.findIndex((m) => m.toLowerCase() === name.toLowerCase()) + 1;

/**
 * The dates of an English question in Vietnamese document forms, each day once.
 * @example englishDates('Between 17 January and 30 June 2026')[1].renderings
 * // ['ngày 30/6/2026', 'ngày 30/06/2026', 'ngày 30 tháng 6 năm 2026', 'ngày 30 tháng 06 năm 2026']
 */
export function englishDates(text: string): EnglishDate[] {
  const out: EnglishDate[] = [];
  const taken: Array<[number, number]> = [];
  const push = (at: number, typed: string, day: number | undefined, month: number, year: string | undefined) => {
    if (taken.some(([s, e]) => at < e && at + typed.length > s)) return;
    if (day !== undefined && (day < 1 || day > 31)) return;
    taken.push([at, at + typed.length]);
    out.push({ text: typed, renderings: renderings(day, month, year) });
  };
  for (const m of text.matchAll(DAY_MONTH)) push(m.index, m[0], Number(m[1]), monthOf(m[2]), m[3]);
  for (const m of text.matchAll(MONTH_DAY)) push(m.index, m[0], Number(m[2]), monthOf(m[1]), m[3]);
  for (const m of text.matchAll(MONTH_YEAR)) push(m.index, m[0], undefined, monthOf(m[1]), m[2]);
  return out;
}

/** Slashed forms with and without the leading zeros, then the header's words; a month alone gets `tháng M/YYYY`. */
function renderings(day: number | undefined, month: number, year: string | undefined): string[] {
  const forms = new Set<string>();
  if (day === undefined) {
    for (const mo of [String(month), two(month)]) {
      forms.add(`tháng ${mo}/${year}`);
      forms.add(`tháng ${mo} năm ${year}`);
    }
    return [...forms];
  }
  // `ngày` first: a slashed date's digits index as single numbers, and `ngày 17` is the pair that finds the day.
  const tail = year ? `/${year}` : '';
  for (const d of [String(day), two(day)])
    for (const mo of [String(month), two(month)]) forms.add(`ngày ${d}/${mo}${tail}`);
  if (year) for (const mo of [String(month), two(month)]) forms.add(`ngày ${two(day)} tháng ${mo} năm ${year}`);
  return [...forms];
}
