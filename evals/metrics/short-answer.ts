/**
 * @module evals/metrics/short-answer
 * Is the short answer in the answer text? Bodies, symbols and dates: the gold answer or one of its
 * aliases stands in the text as a run of whole words (folded, abbreviations expanded), or, for a
 * listed answer (`A, B và C`), every item does. Targets: the gold value with its unit (`74,8%` =
 * `74.8 %`). `strict` looks only at the answerer's own words (quoted passages removed), so a quote
 * that happens to contain the name does not count — except for `content` questions, whose answer is
 * the quoted clause by design.
 */
import { ENGLISH_MONTHS } from '../../core/patterns.ts';
import { containsWords, expandDefined, withoutQuotes } from '../text-forms.ts';

export interface ShortAnswerGold {
  kind: string;
  answer: string | null;
  answerAliases?: readonly string[];
}

export interface ShortAnswerVerdict {
  /** The answer states it in its own words. */
  strict: boolean;
  /** The answer states it, or one of its quotes contains it. */
  lenient: boolean;
}

/** Values with their unit in a gold answer: `74,8%` → `[{ value: 74.8, unit: '%' }]`. */
export function valuesIn(text: string): Array<{ value: number; unit: string }> {
  const out: Array<{ value: number; unit: string }> = [];
  for (const m of text.matchAll(/(?<![\d.,])(\d+(?:[.,]\d+)?)\s*(%|ha|km|m3|tấn|mg\/l)?/giu)) {
    out.push({ value: Number(m[1].replace(',', '.')), unit: (m[2] ?? '').toLowerCase() });
  }
  return out;
}

/** True when `text` states `value` with `unit` (decimal comma or point, optional space before the unit). */
export function statesValue(text: string, value: number, unit: string): boolean {
  return valuesIn(text).some((v) => v.value === value && (unit === '' || v.unit === unit));
}

/**
 * Scores one answer against the gold short answer (null gold: nothing to find, always false). `defined`: the
 * abbreviations the cited documents define for themselves (`definedAbbreviations`), read written out, so `37 CCN`
 * counts for `37 cụm công nghiệp` where the document wrote `cụm công nghiệp (CCN)`.
 * @example judgeShortAnswer('Ban Tuyên giáo Tỉnh uỷ chủ trì [1]', { kind: 'lead', answer: 'Ban Tuyên giáo Tỉnh ủy' }) // { strict: true, lenient: true }
 */
export function judgeShortAnswer(
  written: string,
  gold: ShortAnswerGold,
  defined: ReadonlyMap<string, string> = new Map(),
): ShortAnswerVerdict {
  if (gold.answer === null) return { strict: false, lenient: false };
  const answerText = expandDefined(written, defined);
  const forms = [gold.answer, ...(gold.answerAliases ?? [])].flatMap((f) => [f, ...dateForms(f)]);
  const own = withoutQuotes(answerText);
  const says = (text: string) =>
    forms.some((f) => {
      const items = listItems(f);
      return containsWords(text, f) || (items.length > 0 && items.every((i) => containsWords(text, i)));
    });
  if (gold.kind === 'target') {
    const wanted = forms.flatMap(valuesIn).filter((v) => v.unit !== '' || forms.length === 1);
    // A count whose unit is a word (`37 cụm công nghiệp`) has no unit to compare: its words are stated whole.
    const found = (text: string) =>
      wanted.length === 0 ? says(text) : wanted.some((v) => statesValue(text, v.value, v.unit));
    return { strict: found(own), lenient: found(answerText) };
  }
  const lenient = says(answerText);
  // A content answer is quoted clauses by design: the quote is the answer.
  return { strict: gold.kind === 'content' ? lenient : says(own), lenient };
}

/**
 * The ways a text may write an ISO date (`2016-06-13`): `13/6/2016`, `13/06/2016`, `ngày 13 tháng 6 năm 2016`,
 * `13 June 2016`, `June 13, 2016`; nothing for other answers.
 */
export function dateForms(answer: string): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(answer.trim());
  if (!m) return [];
  const [, y, mm, dd] = m;
  const d = String(Number(dd));
  const mo = String(Number(mm));
  const name = ENGLISH_MONTHS[Number(mm) - 1];
  return [
    `${d}/${mo}/${y}`,
    `${dd}/${mm}/${y}`,
    `${dd}/${mo}/${y}`,
    `ngày ${d} tháng ${mo} năm ${y}`,
    `${d} ${name} ${y}`,
    `${name} ${d}, ${y}`,
  ];
}

/**
 * The items of a listed answer (`A, B và C` → `[A, B, C]`); empty for a single name, so only real lists match item by item.
 * @example listItems('Viện kiểm sát nhân dân, Tòa án nhân dân, Công an thành phố') // three items
 */
export function listItems(answer: string): string[] {
  const items = answer
    .split(/\s*[,;]\s*|\s+(?:và|and)\s+/u)
    .map((i) => i.trim().replace(/[.]$/, ''))
    .filter((i) => i.length > 0);
  return items.length > 1 ? items : [];
}
