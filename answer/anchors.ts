/**
 * @module answer/anchors
 * The specific things a question pins its answer to — numbers, full dates and Vietnamese names — and whether
 * a text shows them. The classic unanswerable question is on a topic the store covers but about a name, number
 * or date it lacks (`xe của Công ty Thái Thịnh`, `kỳ thi ngày 7/7/2026`): the clause an answer finds is on the
 * topic, not about the anchor, which no share of topic words tells apart.
 */
import { findSymbols, foldText } from '../search/analyzer.ts';
import { isEnglishGlossaryWord } from '../search/glossary.ts';
import type { ClassifiedQuestion } from './types.ts';

/** One anchor: a run of numbers (`7/2026` → 7, 2026; a full date as day, month, year) or a folded name. */
export type Anchor = { numbers: number[] } | { name: string };

/** The numbers of a text in reading order, each digit group on its own (`03/6/2026` → 3, 6, 2026). */
function numbersIn(text: string): number[] {
  return (text.match(/\d+/g) ?? []).map(Number);
}

/** Runs of capitalized words (`Đặng Văn Thức`, `Sin Quyền`), acronyms (`VLNCN`) not counted. */
const NAME_RUN = /\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+)+/gu;
const vietnamese = (w: string) => /[^\p{ASCII}]/u.test(w);

/**
 * Names typed in the question: a run of capitalized words holding a Vietnamese letter. The run's first word is
 * dropped when it opens the question (`Ông Đặng Văn Thức`), and a name keeps two words at least; in English the glossary's words are dropped
 * (`Green and Clean Cần Thơ` → `can tho`), since the corpus has them in Vietnamese.
 */
function namesIn(text: string, english: boolean): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NAME_RUN)) {
    let words = m[0].split(/[ \t]+/);
    if (!words.some(vietnamese)) continue;
    // A run opening the question may be its first word capitalized (`Theo Kế hoạch`): two words must stay.
    if (m.index === 0 || /[.?!:]\s*$/.test(text.slice(0, m.index))) words = words.slice(1);
    if (words.length < 2) continue;
    if (english) words = words.filter((w) => vietnamese(w) || !isEnglishGlossaryWord(w.toLowerCase()));
    if (words.length > 0) out.push(foldText(words.join(' ')));
  }
  return out;
}

/**
 * The question's anchors: its full dates, the other numbers outside the documents it names (`19 đơn vị`,
 * `tháng 7/2026`, `2025`), and its Vietnamese names. A question typed without diacritics has no names to tell.
 * @example questionAnchors(classifyQuestion('Xe của Công ty Thái Thịnh chạy tuyến nào năm 2026?')) // [{ name: 'thai thinh' }, { numbers: [2026] }]
 */
export function questionAnchors(q: ClassifiedQuestion): Anchor[] {
  const anchors: Anchor[] = [];
  const names = q.lang === 'vi-nodiac' ? [] : namesIn(q.text, q.lang === 'en');
  for (const name of names) anchors.push({ name });
  // Document symbols and the dates already read are left out of the free numbers.
  const taken = [
    ...findSymbols(q.text),
    ...q.slots.mentions.map((m) => ({ start: m.at, end: m.at + m.mention.length })),
  ];
  for (const date of q.slots.dates) {
    const [y, m, d] = date.split('-').map(Number);
    anchors.push({ numbers: [d, m, y] });
  }
  const dateNumbers = new Set(q.slots.dates.flatMap((d) => d.split('-').map(Number)));
  for (const m of q.text.matchAll(/\d+(?:[/.,-]\d+)*/g)) {
    if (taken.some((s) => m.index >= s.start && m.index < s.end)) continue;
    const numbers = numbersIn(m[0]);
    if (q.slots.dates.length > 0 && numbers.every((n) => dateNumbers.has(n))) continue;
    anchors.push({ numbers });
  }
  return anchors;
}

/** True when the numbers stand one after another among a text's numbers. */
function runIn(run: readonly number[], numbers: readonly number[]): boolean {
  for (let i = 0; i + run.length <= numbers.length; i++) if (run.every((n, j) => numbers[i + j] === n)) return true;
  return false;
}

/**
 * True when a text shows the anchor: its numbers in a row, or its name as whole words (folded).
 * @example anchorShown({ numbers: [7, 2026] }, 'Kỳ kiểm tra tháng 7 năm 2026') // true
 */
export function anchorShown(anchor: Anchor, text: string): boolean {
  if ('numbers' in anchor) return runIn(anchor.numbers, numbersIn(text));
  return ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${anchor.name} `);
}
