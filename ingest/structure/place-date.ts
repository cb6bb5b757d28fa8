/**
 * @module ingest/structure/place-date
 * The place–date line of a header (`Lào Cai, ngày 09 tháng 4 năm 2026`), tolerant of what real
 * headers do to it: blanks in drafts (`ngày    tháng 5 năm 2026`), glued words (`tháng 4năm`),
 * emphasis, OCR slips in the three keywords (`ngdy … thdng … ndm`).
 */
import { foldAccents, isMostlyUpper, titleCase } from '../../core/text/vietnamese.ts';
import type { PartialDate } from '../../core/types.ts';

/** Per-character folded lowercase form: same length as the text, so offsets carry over. */
function foldKeepOffsets(text: string): string {
  let out = '';
  for (const c of text) {
    const f = foldAccents(c.toLowerCase());
    out += f.length === c.length ? f : c;
  }
  return out;
}

const BLANK = '[\\s.…_]*';
/** `ngày D tháng M năm YYYY`; each keyword may carry one OCR slip. Groups: day, month, year. */
const FULL_DATE = new RegExp(
  `(?<![a-z])ng[a-z]?y\\s*(\\d{1,2}|${BLANK})\\s*th[a-z]{1,2}ng\\s*(\\d{1,2}|${BLANK})\\s*n[a-z]m\\s*(\\d{4})(?!\\d)`,
  'u',
);
/** OCR lost the day: `… tháng 7 năm 2026`. Groups: month, year. */
const MONTH_YEAR = /(?<![a-z])t[a-z]{2,4}ng\s*(\d{1,2})\s*n[a-z]m\s*(\d{4})(?!\d)/u;

/**
 * A form's or template's date with the year left blank too (`ngày … tháng … năm 20…`, `năm ……`): no
 * date at all, but the line is still the place–date line and names the place. It closes the line.
 */
const BLANK_YEAR = new RegExp(
  `(?<![a-z])ng[a-z]?y\\s*(?:\\d{1,2}|${BLANK})\\s*th[a-z]{1,2}ng\\s*(?:\\d{1,2}|${BLANK})\\s*n[a-z]m(?:\\s*20)?[\\s.…_]*[)*]?\\s*$`,
  'u',
);
/** What a form leaves for the place (`…………, ngày`, `(1)……, ngày`): dots, a footnote mark. */
const BLANK_PLACE = /^[\s.…_,]*(?:\(\d{1,2}\)|\d{1,2}\))?[\s.…_,]*$/u;

/** OCR garbled the day and month (`ngày0) thángh năm 2026`, `ngày 2/ tháng € năm 2025`): only the year is read. Group: year. */
const YEAR_ONLY = /(?<![a-z])ng[a-z]?y\s?\S{0,3}\s*th[a-z]{1,3}ng\s?\S{0,3}\s*n[a-z]m\s*(\d{4})(?!\d)/u;
/** A Công văn's subject, which the left column prints beside the place–date. */
const ABOUT = /^(?:V\/v|V\/V|Vv|Về việc)\s/u;

/** `2026`, `04`, `09` → `2026-04-09`; blank parts shorten the date (`2026-05`, `2026`). */
export function isoDate(year: string, month: string, day: string): PartialDate {
  const mm =
    /^\d+$/.test(month.trim()) && Number(month) >= 1 && Number(month) <= 12 ? month.trim().padStart(2, '0') : null;
  const dd =
    mm && /^\d+$/.test(day.trim()) && Number(day) >= 1 && Number(day) <= 31 ? day.trim().padStart(2, '0') : null;
  return [year, mm, dd].filter(Boolean).join('-');
}

/** How a Biên bản opens on its date (NĐ 30/2020 Phụ lục III: the minutes' own time and place). */
const MINUTES_OPENING = /^(?:hôm nay|vào hồi|vào lúc)/iu;

/** A Biên bản's opening with its date in figures (`Hôm nay, ngày 29/6/2026, Sở Công Thương …`). Groups: day, month, year. */
const MINUTES_NUMERIC_DATE =
  /^\s*(?:hom nay|vao hoi|vao luc)[^.;]{0,40}?(?<![a-z])ngay\s*(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*(\d{4})(?!\d)/u;

/** Words that may stand before the date on its line: a place, or the opening of a Biên bản. */
function placeBefore(prefix: string): { ok: boolean; place: string | null } {
  const afterNumber = prefix.replace(/^.*?\bS[ốoỐO6]\s*:?\s*\S*\s*/u, '');
  const text = (
    afterNumber === prefix
      ? prefix
      : // What is left of a symbol before the place (`II /2026/QĐ-UBND Lào Cai`, `/SCT - CN Lào Cai`).
        afterNumber.replace(/^.*\/\S*\s+/u, '').replace(/^[-–]\s*[\p{Lu}\d&]{1,8}\s+(?=\p{Lu})/u, '')
  )
    .replace(/[,\s]+$/, '')
    .trim();
  if (!text) return { ok: true, place: null };
  if (MINUTES_OPENING.test(text)) return { ok: true, place: null };
  const words = text.split(/\s+/);
  if (words.length > 6) return { ok: false, place: null };
  if (!words.every((w) => /^[\p{Lu}\d]/u.test(w) || /^(?:và|-)$/u.test(w))) return { ok: false, place: null };
  const place = text.replace(/,$/, '').replace(/^[-–•\s]+/, '');
  return { ok: true, place: isMostlyUpper(place) ? titleCase(place) : place };
}

/**
 * What follows the year shows a sentence, not a place–date line: NĐ 30/2020 Phụ lục I mục 4 prints
 * the place and date alone, closing at the year. A date that runs on into words (`… năm 2024 của
 * Chính phủ)` of an annex caption, `Ngày 25 tháng 3 năm 2026, Bộ Công Thương ban hành …` opening a
 * letter's body) dates something else.
 */
function runsOnAfterYear(before: string, after: string): boolean {
  // A Biên bản states its own date in its opening sentence (`Hôm nay, ngày 14 tháng 11 năm 2025, tại …`).
  if (MINUTES_OPENING.test(before.trim())) return false;
  return /^\s*\p{Ll}{2,}/u.test(after) || /^\s*,\s*\S+(?:\s+\S+){2,}/u.test(after);
}

/**
 * `Cần Thơ, ngày 09 tháng 7 năm 2024` → place and (partial) ISO date; null when the text is not a
 * place–date line (a date inside a sentence, `Căn cứ … ngày …`, is not).
 */
export function parsePlaceDate(text: string): { place: string | null; date: PartialDate | null } | null {
  const folded = foldKeepOffsets(text);
  const full = FULL_DATE.exec(folded);
  if (full) {
    if (runsOnAfterYear(text.slice(0, full.index), text.slice(full.index + full[0].length))) return null;
    const { ok, place } = placeBefore(text.slice(0, full.index));
    return ok ? { place, date: isoDate(full[3], full[2], full[1]) } : null;
  }
  const partial = MONTH_YEAR.exec(folded);
  if (partial) {
    if (runsOnAfterYear(text.slice(0, partial.index), text.slice(partial.index + partial[0].length))) return null;
    // The garbled day's `ngày` (`ngàyOẨ`) goes with it.
    const before = text
      .slice(0, partial.index)
      .replace(/\S*$/, '')
      .replace(/(^|\s)ng\S*\s*$/u, '$1');
    const { ok, place } = placeBefore(before);
    return ok ? { place, date: isoDate(partial[2], partial[1], '') } : null;
  }
  const year = YEAR_ONLY.exec(folded);
  if (year && !runsOnAfterYear(text.slice(0, year.index), text.slice(year.index + year[0].length))) {
    const { ok, place } = placeBefore(text.slice(0, year.index));
    return ok ? { place, date: year[1] } : null;
  }
  const blank = BLANK_YEAR.exec(folded);
  if (blank) {
    const before = text.slice(0, blank.index);
    if (BLANK_PLACE.test(before)) return { place: null, date: null };
    const { ok, place } = placeBefore(before);
    return ok ? { place, date: null } : null;
  }
  const minutes = MINUTES_NUMERIC_DATE.exec(folded);
  return minutes ? { place: null, date: isoDate(minutes[3], minutes[2], minutes[1]) } : null;
}

/**
 * A cell where text extraction glued the subject of the left column to the place–date of the
 * right one (`V/v triển khai thực hiện thủ tục cấp Hà Nội, ngày 02 tháng 4 năm 2026`): the two
 * parts, split before the place's capitalized words. Any other text comes back whole.
 */
export function splitSubjectFromPlaceDate(text: string): string[] {
  if (!ABOUT.test(text)) return [text];
  const folded = foldKeepOffsets(text);
  const m = FULL_DATE.exec(folded) ?? MONTH_YEAR.exec(folded) ?? YEAR_ONLY.exec(folded) ?? BLANK_YEAR.exec(folded);
  if (!m) return [text];
  // The date opens at its `ngày` (MONTH_YEAR matches from `tháng`, the day lost).
  const day = [...folded.slice(0, m.index + 4).matchAll(/(?<![a-z])ng[a-z]?y/gu)].pop();
  const prefix = text.slice(0, day?.index ?? m.index);
  const place = /(?:^|\s)((?:\p{Lu}[\p{L}.]*\s+){0,3}\p{Lu}[\p{L}.]*),?\s*$/u.exec(prefix);
  if (!place) return [text];
  const at = place.index + place[0].indexOf(place[1]);
  const subject = text.slice(0, at).trim();
  return subject.length > 4 ? [subject, text.slice(at).trim()] : [text];
}
