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

/**
 * One anchor: a run of numbers (`7/2026` → 7, 2026; a full date as day, month, year), a folded name — a party's
 * (`party`: a company or cooperative the question names after its type words) or another — or a vehicle's
 * registration plate, folded to its letters and digits (`29C-123.45` → `29c12345`).
 */
export type Anchor = { numbers: number[] } | { name: string; party?: true } | { plate: string };

import ENTITIES from '../core/lexicon/enterprise-names.json' with { type: 'json' };
const alternatives = (words: readonly string[]) =>
  [...words]
    .sort((a, b) => b.length - a.length)
    .map((w) => w.replace(/\./g, '\\.').replace(/ /g, '\\s+'))
    .join('|');
/** `Công ty TNHH `, `Hợp tác xã `: a party's type words and legal forms, any case; its name follows (`PARTY_NAME`). */
const PARTY_OPENER = new RegExp(
  `(?<![\\p{L}])(?:${alternatives(ENTITIES.openers)})(?:\\s+(?:${alternatives(ENTITIES.forms)})(?![\\p{L}]))*[ \\t]+`,
  'giu',
);
/** The name itself: capitalized words (or numbers), up to six (`Thái Thịnh`), a lower-case word between them kept (`Hóa chất Việt Trì`). */
const PARTY_NAME =
  /^[\p{Lu}\d][\p{L}\d&-]*(?:(?:[ \t]+(?!(?:và|hoặc|của|với|tại|and|or|of)(?![\p{L}]))\p{Ll}+)?[ \t]+[\p{Lu}\d][\p{L}\d&-]*){0,5}/u;
/** A registration plate: province digits, series letters (and a digit), serial of four or five digits. */
const PLATE = /(?<![\p{L}\d])\d{2}[ \t]?\p{Lu}{1,2}\d?[ \t]*[-–.]?[ \t]*\d{3}\.?\d{1,2}(?![\p{L}\d])/gu;
const compact = (text: string) => foldText(text).replace(/[^\p{L}\p{N}]+/gu, '');

/**
 * The numbers of a text in reading order, each digit group on its own (`03/6/2026` → 3, 6, 2026) except the
 * thousands groups of one figure (`1.500.000` → 1500000), so a sum matches however its thousands are written.
 */
function numbersIn(text: string): number[] {
  return (text.match(/\d{1,3}(?:\.\d{3})+(?![\d.]*\d)|\d+/g) ?? []).map((n) => Number(n.replace(/\./g, '')));
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

/** Party names typed after a business or cooperative's type words (`Công ty Cổ phần Hóa chất Việt Trì`), folded. */
function partiesIn(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(PARTY_OPENER)) {
    const name = PARTY_NAME.exec(text.slice(m.index + m[0].length))?.[0].split(/[ \t]+/);
    // One word is a common noun capitalized (`Công ty Mỏ`), not a name; a date after the name is not part of it.
    const end = name?.findIndex((w) => /^(?:tháng|năm|ngày|quý)$/iu.test(w)) ?? -1;
    const words = end >= 0 ? name?.slice(0, end) : name;
    if (words && words.length >= 2) out.push(foldText(words.join(' ')));
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
  const parties = q.lang === 'vi-nodiac' ? [] : partiesIn(q.text);
  const names = q.lang === 'vi-nodiac' ? [] : namesIn(q.text, q.lang === 'en');
  // A name inside a party's is that party's (`Công ty TNHH Thái Thịnh` reads `Thái Thịnh` once).
  for (const name of names) if (!parties.some((p) => ` ${p} `.includes(` ${name} `))) anchors.push({ name });
  for (const name of parties) anchors.push({ name, party: true });
  const plates = [...q.text.matchAll(PLATE)];
  for (const m of plates) anchors.push({ plate: compact(m[0]) });
  // Document symbols, plates and the dates already read are left out of the free numbers.
  const taken = [
    ...findSymbols(q.text),
    ...q.slots.mentions.map((m) => ({ start: m.at, end: m.at + m.mention.length })),
    ...plates.map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  for (const date of q.slots.dates) {
    const [y, m, d] = date.split('-').map(Number);
    anchors.push({ numbers: [d, m, y] });
  }
  const dateNumbers = new Set(q.slots.dates.flatMap((d) => d.split('-').map(Number)));
  // A digit glued to a letter is a unit's (`m3`, `CO2`), not a figure asked.
  for (const m of q.text.matchAll(/(?<![\p{L}\d])\d+(?:[/.,-]\d+)*/gu)) {
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
  if ('plate' in anchor) return compact(text).includes(anchor.plate);
  return ` ${foldText(text).replace(/[^\p{L}\p{N}]+/gu, ' ')} `.includes(` ${anchor.name} `);
}
