/**
 * @module answer/answer-type
 * The type of value a question asks for (a sum of money, a quantity in tonnes, hectares or cubic
 * metres, a percentage, a date or deadline) and where a clause states a value of that type. A clause
 * that shows the question's topic but no such value does not answer it: the answerer abstains.
 */
import { foldKeepingOffsets } from '../core/text/vietnamese.ts';
import type { Span } from '../core/types.ts';
import { countedWords } from '../search/counted-answer.ts';
import { ALIASES } from '../search/data/abbreviations.ts';
import { detectLanguage, wordLanguage } from '../search/query-language.ts';
import { tokenize } from '../search/tokenize.ts';
import measures from './data/measure-words.json' with { type: 'json' };
import sums from './data/sum-words.json' with { type: 'json' };

/** What kind of value answers the question. `number` is any figure with a unit, sum or share. */
export type ValueType = 'money' | 'mass' | 'area' | 'volume' | 'length' | 'percentage' | 'number' | 'date';

const NUM = String.raw`\d[\d.,]*(?:\s*(?:nghin|ngan|trieu|ty|thousand|million|billion))?`;
/** The count in words the genre brackets after a figure (`02 (hai) bản`, `05 (năm) cơ sở`), folded. */
const COUNT_WORDS = String.raw`(?:\s*\([a-z ]{2,24}\))?`;

/** Units by value type, on folded text: what the question names and what a clause must state. */
const UNIT_IN_TEXT: Record<Exclude<ValueType, 'number' | 'date'>, RegExp> = {
  // A bare `đ` only after a sum written as one (`500.000đ`, `5 triệu đ`): `Trung tâm Đăng kiểm 2401D` is a code.
  // A sum in billions may drop its `đồng` (`vốn điều lệ từ 09 tỷ lên 20 tỷ`), never `tỷ lệ`, a share.
  money: new RegExp(
    `${NUM}\\s*(?:dong|vnd|vnđ|usd)|\\d{1,3}(?:[.,]\\d{3})+\\s*d\\b|${NUM}\\s*(?:nghin|ngan|trieu|ty)\\s*d\\b|\\d[\\d.,]*\\s*(?:(?:nghin|ngan|trieu)\\s+)?ty\\b(?!\\s*(?:le|trong)\\b)`,
    'g',
  ),
  mass: new RegExp(`${NUM}\\s*(?:tan|kg|kilogam)\\b`, 'g'),
  // Units spelled out as well as abbreviated (NĐ 30/2020 writes both): `héc ta`, `mét vuông`, `lít`, `ki-lô-mét`.
  area: new RegExp(
    `${NUM}\\s*(?:ha|hec\\s*-?\\s*ta|hecta|m2|m²|km2|km²|(?:ki-?lo-?)?met vuong|km vuong)(?![a-z])`,
    'g',
  ),
  volume: new RegExp(`${NUM}\\s*(?:m3|m³|met khoi|lit)(?![a-z])`, 'g'),
  length: new RegExp(`${NUM}\\s*(?:km|ki-?lo-?met|met|m)(?![a-z0-9])(?!\\s+(?:vuong|khoi)\\b)`, 'g'),
  percentage: /\d+(?:[.,]\d+)?\s*(?:%|phan tram|percent)/g,
};

/**
 * Dates and time limits in folded text: `ngày 15/12`, `trước ngày 30 tháng 6 năm 2025`, `chậm nhất
 * tháng 11`, `quý III`, `trong 30 ngày`, `năm 2025`, `hằng năm`, `trước ngày 18 hằng tháng`, `trước 15h00
 * ngày 15/6/2026`, `không quá 10 ngày làm việc`, `02 năm` (a period, for `bao lâu`); a clock time (`từ 10h00`,
 * `trước 16 giờ 00 ngày thứ Sáu`), for `mấy giờ`, with the day it falls on (`từ 13h30’ ngày 03/6/2026`), in the
 * invitation form of NĐ 30/2020 too (`vào lúc 08 giờ 00 phút, ngày 15 tháng 7 năm 2026`); a day and month without `ngày` (`trước 30 tháng 01 hằng năm`) is a date, not a period;
 * the day a text takes effect as the genre states it, by its signing (`có hiệu lực kể từ ngày ký`, NĐ 30/2020 closing
 * article; `hiệu lực thi hành từ ngày ban hành`) — after `hiệu lực` only: `tính từ ngày công bố quyết định` anchors a period.
 */
const DATE_IN_TEXT =
  /(?<=hieu luc(?:\s+thi hanh)?\s+)(?:ke tu|tu)\s+ngay\s+(?:ky|ban hanh|cong bo)\b(?:\s+ban hanh)?|(?:(?:truoc|cham nhat|den het|den|tu|ke tu|khong qua|toi da|it nhat|toi thieu)\s+)?(?:\d{1,2}\s*(?:h|gio)\s*\d{0,2}(?:\s*phut)?[’'′]?\s*(?:,\s*)?ngay\s+\d{1,2}\s*(?:\/\s*\d{1,2}(?:\s*\/\s*\d{4})?|thang\s+\d{1,2}(?:\s+nam\s+\d{4})?)|\d{1,2}\s*(?:h|gio)\s*\d{2}(?![0-9])(?:\s*phut)?[’'′]?(?:\s*(?:,\s*)?ngay\s+thu\s+(?:hai|ba|tu|nam|sau|bay))?|ngay\s+\d{1,2}\s+(?:hang|moi)\s+thang|ngay\s+\d{1,2}(?:\s*(?:\/|-|thang)\s*\d{1,2})(?:\s*(?:\/|-|nam)\s*\d{4})?|\d{1,2}\s+thang\s+\d{1,2}(?:\s+nam\s+\d{4})?(?![0-9])|\d{1,2}\/\d{1,2}(?:\/\d{4})?|thang\s+\d{1,2}(?:\s*(?:\/|nam)\s*\d{4})?|quy\s+(?:[ivx]+|\d)\b(?:\s*(?:\/|nam)\s*\d{4})?|nam\s+(?:19|20)\d{2}|(?:trong|truoc|sau)\s+(?:thoi han\s+)?\d+(?:\s*\([a-z ]{2,24}\))?\s+(?:ngay|thang|nam)(?:\s+lam viec)?(?!\s*\d)|hang\s+(?:nam|quy|thang)|dinh ky\s+(?:\d+\s+)?(?:thang|quy|nam)|\d{1,3}(?:\s*\([a-z ]{2,24}\))?\s+(?:ngay|thang|nam|gio|tuan)(?:\s+lam viec)?(?![a-z0-9]))/g;

/** The day a text takes effect by its signing (`kể từ ngày ký`), and a period it may anchor (`24 tháng `). */
const SIGNING_DAY = /^(?:ke tu|tu)\s+ngay\s+(?:ky|ban hanh|cong bo)\b/;
const PERIOD_BEFORE = /\d+\s+(?:ngay|thang|nam|gio|tuan)(?:\s+lam viec)?\s*,?\s*$/;

/** A document symbol or `số N` right before a date: the date names that document, not a time limit. */
const CITED_DOCUMENT_BEFORE = /(?:\d+\/[a-z0-9./-]*[a-z]{2,}[a-z0-9-]*|\bso\s+\d+)\s*,?\s*$/;

/** Folded question words that name each type of value (the question's unit, or its subject). */
const ASKED: ReadonlyArray<{ type: ValueType; words: RegExp }> = [
  // Money first: `giá một tấn` asks for a price, not a weight. Bare `tien`, `dong`, `phi` are also `tiến`,
  // `cộng đồng`, `phi nông nghiệp`: only fee words of the genre (`lệ phí`, `mức phí`) and English `in dong`.
  // A contribution (`mức đóng`, `phải đóng`, `pay`, `premium`) is money; bare `đóng` is not (`hoạt động bao nhiêu năm`).
  {
    type: 'money',
    words:
      /\b(?:bao nhieu tien|so tien|tien phat|bi phat|phat muc|tien ho tro|ty dong|trieu dong|bao nhieu dong|muc phat|phat tien|phat bao nhieu|don gia|muc gia|gia (?:ban|ca|moi|mot|thanh)|kinh phi|ngan sach|von dau tu|chi phi|le phi|muc phi|phi tham dinh|tien thue|phu cap|cong tac phi|(?:muc|phai) dong|dong (?:bao hiem|bhyt|bhxh|thue|phi)|allowances?|fine|penalty|price|cost|budget|funding|money|fees?|charges?|tariffs?|rent|contributions?|premiums?|pays?|paid|vnd|usd|(?:in|of|billion|million) dong)\b/,
  },
  { type: 'percentage', words: /\b(?:phan tram|ty le|percent(?:age)?|per cent|share|rate)\b|%/ },
  { type: 'mass', words: /\b(?:tan|tonnes?|tons?|kg)\b/ },
  { type: 'area', words: /\b(?:ha|hec ?ta|hecta|hectares?|dien tich|what area|how much area|area of)\b/ },
  { type: 'volume', words: /\b(?:m3|met khoi|cubic)\b/ },
  { type: 'length', words: /\b(?:km|kilomet|chieu dai|kilometres?|length)\b/ },
  // A distance asks metres only beside a quantity word: `what did the check conclude about the distance` asks no figure.
  {
    type: 'length',
    words: new RegExp(
      `\\b(?:${measures.distanceWords.join('|')})\\b.*\\b(?:${measures.quantityWords.join('|')})\\b|\\b(?:${measures.quantityWords.join('|')})\\b.*\\b(?:${measures.distanceWords.join('|')})\\b`,
    ),
  },
];

/**
 * Folded question words that ask for a date, a time limit or a period (`đến bao giờ`, `bao lâu một lần`, `until when`),
 * or a clock time (`mấy giờ`, `khung giờ nào`, `what time`: a time of day, not a count of hours like `bao nhiêu giờ`).
 */
/** `trước ngày`, `từ ngày` ask a date only when the question does not give it (`hiệu lực từ ngày 01/01/2026` is its given). */
const DATE_ASKED =
  /\b(?:khi nao|bao gio|bao lau|ngay nao|thang nao|nam nao|thoi han nao|(?:truoc|den|tu) ngay(?!\s*\d)|han chot|cham nhat|may gio|luc nao|khung gio|gio nao|until when|by when|how long|how often|how soon|what date|which date|which day|by what date|from what date|(?:what|which|at what)\s+(?:[a-z]+\s+)?(?:time|hours))\b/;

const alternatives = (words: readonly string[]) => words.map((w) => w.replace(/ /g, '\\s+')).join('|');
/** A period's own word (`thời gian đào tạo`, `maximum duration`), not a span the question is set in (`trong thời gian`, `in the period`). */
const PERIOD_WORD = new RegExp(
  `(?<!\\b(?:trong|in|during|within|over|for|of)\\s+(?:the\\s+)?)\\b(?:${alternatives(measures.periodWords)})\\b`,
);
/** A length word measuring an activity within the next words (`minimum length of initial safety training`). */
const LENGTH_OF_ACTIVITY = new RegExp(
  `\\b(?:${alternatives(measures.lengthWords)})\\b(?:\\s+[a-z0-9]+){0,4}?\\s+(?:${alternatives(measures.activities)})\\b`,
);
/** A unit named for the answer (`in metres`, `tính bằng mét`), by value type. */
const NAMED_UNIT = Object.entries(measures.namedUnits).map(([type, units]) => ({
  type: type as ValueType,
  words: new RegExp(`\\b(?:in|bang|tinh bang|theo)\\s+(?:${alternatives(units)})\\b`),
}));

/** The value type of a unit the question names for its answer (`How long, in metres, …` asks metres), if any. */
function namedUnitType(folded: string): ValueType | null {
  return NAMED_UNIT.find((u) => u.words.test(folded))?.type ?? null;
}

/** True when the question asks how long something lasts by naming the period or an activity's length (data: measure-words.json). */
function asksPeriod(folded: string): boolean {
  return PERIOD_WORD.test(folded) || LENGTH_OF_ACTIVITY.test(folded);
}

/** `bao lâu`, `how long`: a length of time, not how often (`bao lâu một lần`) nor a point in time. */
const DURATION_ASKED = /\b(?:bao lau|how long)\b(?!\s+(?:mot lan|mot dot|between))/;
/** A count of time units as stated (`24 tháng`, `trong 05 (năm) ngày làm việc`, `không quá 02 năm`), not a date. */
const PERIOD_STATED = /^(?:[a-z ]*\s)?\d{1,3}(?:\s*\([a-z ]{2,24}\))?\s+(?:ngay|thang|nam|gio|tuan)\b(?!\s*\d)/;

/**
 * True when the question asks how long (`Giấy phép có thời hạn bao lâu?`) and the value, folded, is a period: of a
 * sentence stating both a period and a date (`có thời hạn 02 năm …, nộp trước ngày 30/6/2026`), the period answers.
 */
export function periodAnswersDuration(question: string, foldedValue: string): boolean {
  return DURATION_ASKED.test(foldKeepingOffsets(question)) && PERIOD_STATED.test(foldedValue);
}

/** True when the question asks for a date, a time limit or a period — unless it names another unit for the answer. */
export function asksDate(question: string): boolean {
  const folded = foldKeepingOffsets(question);
  const named = namedUnitType(folded);
  if (named !== null) return named === 'date';
  return DATE_ASKED.test(folded) || asksPeriod(folded);
}

/**
 * The type of value an open question asks for, if any: a date or period (`khi nào`, `bao lâu`), a sum, share
 * or quantity by its unit, a count of what follows `bao nhiêu` (`number`); null for anything else.
 */
export function askedType(question: string): ValueType | null {
  if (asksDate(question)) return 'date';
  const type = askedValueType(question);
  if (type !== 'number') return type;
  return askedUnit(question) ? 'number' : null;
}

/** The value type a quantity question asks for: its unit or subject, else any figure. */
export function askedValueType(question: string): ValueType {
  const folded = unitWordsAsWritten(question);
  // The word counted (`bao nhiêu mét`, `how many tonnes`) says it first: `mét từ khu tồn trữ` asks a length, not `tồn`.
  const counted = /\b(?:bao nhieu|(?<!nha )may|how many|how much)\s+([a-z0-9]+(?:\s+(?:vuong|khoi)\b)?)/.exec(
    folded,
  )?.[1];
  const unit = counted && COUNTED_UNITS.find((u) => u.words.test(counted));
  if (unit) return unit.type;
  const named = namedUnitType(folded);
  if (named !== null && named !== 'date') return named;
  // `length of training` asks a period, which `asksDate` reads: not metres.
  const period = asksPeriod(folded);
  for (const a of ASKED) if (a.words.test(folded) && !(period && a.type === 'length')) return a.type;
  return 'number';
}

/**
 * Unit symbols and question words whose folded form is also a common Vietnamese word: `ha` (hectare) is
 * `hạ tầng`, `hạ du`, `Hà Nội` once folded, `tan` (tonne, written `tấn`) is `Tân`, `may` (`mấy`, how many)
 * is `nhà máy`. Each word is read in its own language (`wordLanguage`): written with tones, or bare in a
 * question with tones, it reads as the unit or question word only in its own spelling; bare in a question typed
 * without any tone it is read as folded (`nha may`, the factory, excepted where it counts); in an English
 * question only a symbol both languages write (`ha`) keeps its reading — `may` there is the modal verb.
 */
const UNIT_SPELLINGS: Readonly<Record<string, { vi: readonly string[]; en: boolean }>> = {
  ha: { vi: ['ha'], en: true },
  tan: { vi: ['tấn'], en: false },
  may: { vi: ['mấy'], en: false },
};

/** The question folded (offsets kept), with words that only fold to a unit symbol or question word blanked out. */
function unitWordsAsWritten(question: string): string {
  const text = question.normalize('NFC');
  let folded = foldKeepingOffsets(text);
  const tokens = tokenize(text);
  const language = detectLanguage(text, tokens);
  if (language === 'vi-nodiac') return folded;
  for (const t of tokens) {
    const spellings = t.kind === 'word' ? UNIT_SPELLINGS[t.folded] : undefined;
    if (!spellings) continue;
    const lang = wordLanguage(t, language);
    const reads = lang === 'en' ? spellings.en : lang === 'vi-nodiac' || spellings.vi.includes(t.exact);
    if (!reads) folded = `${folded.slice(0, t.start)}${'_'.repeat(t.end - t.start)}${folded.slice(t.end)}`;
  }
  return folded;
}

/** Unit words right after `bao nhiêu` / `how many`, by the type of value they count (folded). */
const COUNTED_UNITS: ReadonlyArray<{ type: ValueType; words: RegExp }> = [
  { type: 'money', words: /^(?:tien|dong|vnd|usd)$/ },
  { type: 'percentage', words: /^(?:phan|percent)$/ },
  { type: 'mass', words: /^(?:tan|kg|kilogam|tonnes?|tons?)$/ },
  { type: 'area', words: /^(?:ha|hec|hecta|hectares?|m2|met vuong)$/ },
  { type: 'volume', words: /^(?:m3|khoi|met khoi|lit|litres?|liters?)$/ },
  { type: 'length', words: /^(?:m|met|km|kilomet|metres?|meters?|kilometres?|kilometers?)$/ },
];

/**
 * English counting words and the Vietnamese word a clause counts them with (`how many working days` → `ngày làm`,
 * `how many people` → `người`), folded (data: measure-words.json).
 */
const ENGLISH_COUNTED: Readonly<Record<string, string>> = measures.englishCounted;

/**
 * The counting word a question asks a figure of: the word after `bao nhiêu` or `mấy` (`bao nhiêu giờ`,
 * `mấy đơn vị`, `bao nhiêu ngày làm việc`), or an English time unit in Vietnamese (`how many working
 * days` → `ngày làm`). A clause answers with a number before it. The Vietnamese is read by search's `countedWords`,
 * which ranking reads the same question with.
 */
export function askedUnit(question: string): string[] | null {
  const folded = foldKeepingOffsets(question);
  const en = /\bhow many\s+(working\s+)?([a-z]+)/.exec(folded);
  if (en) {
    const word = ENGLISH_COUNTED[en[2]]?.split(' ');
    return word ? (en[1] ? [...word, 'lam'] : word) : null;
  }
  return countedWords(unitWordsAsWritten(question), 'answer');
}

/** A figure's count in words in brackets: Vietnamese number syllables only (`(hai mươi lăm)`), not `Điều 7 (sửa đổi)`. */
const NUMBER_SYLLABLE =
  'không|một|mốt|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|trăm|nghìn|ngàn|triệu|tỷ|linh|lẻ|rưỡi';
const COUNT_IN_WORDS = new RegExp(`(\\d)\\s*\\((?:${NUMBER_SYLLABLE})(?:\\s+(?:${NUMBER_SYLLABLE}))*\\)(?=\\s)`, 'giu');

/**
 * A stated value without the count's words in brackets, which the genre writes after the figure (`10 (mười) năm`,
 * `05 (năm) ngày làm việc`): the answer states the figure once (`10 năm`).
 * @example plainCount('tối thiểu 10 (mười) năm') // 'tối thiểu 10 năm'
 */
export const plainCount = (stated: string): string => stated.replace(COUNT_IN_WORDS, '$1');

/** `countedForms` by asked unit: the abbreviation list is folded once per unit, not once per clause read. */
const COUNTED_FORMS = new Map<string, string>();

/**
 * The ways a clause writes the counted unit, as a folded pattern: the asked words (the second optional), and for a
 * unit that opens a name the genre abbreviates (search/data/abbreviations.ts), the whole name and its abbreviations —
 * `bao nhiêu cụm công nghiệp` is answered by `37 CCN` and quoted as `15 cụm công nghiệp`, not `15 cụm công`.
 */
function countedForms(unit: readonly string[]): string {
  const asked = unit.join(' ');
  const known = COUNTED_FORMS.get(asked);
  if (known !== undefined) return known;
  const named = ALIASES.filter((a) => !a.cased && !a.toFull).flatMap((a) => {
    const full = a.full.map(foldKeepingOffsets);
    if (!full.some((f) => f === asked || f.startsWith(`${asked} `))) return [];
    return [...full, ...a.abbr.map(foldKeepingOffsets)];
  });
  const forms = [...new Set(named)]
    .sort((a, b) => b.length - a.length)
    .map((f) => f.replace(/[.*+?^${}()|[\]\\&-]/g, '\\$&').replace(/ /g, '\\s+'));
  const pattern = `(?:${[...forms, `${unit[0]}(?:\\s+${unit[1] ?? '(?!)'}\\b)?`].join('|')})`;
  COUNTED_FORMS.set(asked, pattern);
  return pattern;
}

/** Spans of values of `type` in a text (folded with offsets kept); a `number` may also be a count of `unit`. */
export function valuesIn(text: string, type: ValueType, unit: readonly string[] | null = null): Span[] {
  const folded = foldKeepingOffsets(text);
  // A count of what the question counts (`bao nhiêu xe`, `how many people`) is answered by that count alone: a figure
  // in another unit (`cách kho ít nhất 50m`) measures something else; a bare figure (`đạt bao nhiêu`) takes any unit.
  // The unit's second word is optional in the clause (`15 ngày` answers `bao nhiêu ngày làm việc`); a figure in
  // brackets after its words (`năm (05) ngày`) counts too.
  const res: RegExp[] =
    type === 'date'
      ? [DATE_IN_TEXT]
      : type === 'number' && unit
        ? [new RegExp(`\\(?${NUM}\\)?${COUNT_WORDS}\\s+${countedForms(unit)}\\b`, 'g')]
        : type === 'number'
          ? Object.values(UNIT_IN_TEXT)
          : type === 'money'
            ? [UNIT_IN_TEXT.money]
            : [UNIT_IN_TEXT[type]];
  const spans: Span[] = [];
  for (const re of res) {
    for (const m of folded.matchAll(new RegExp(re.source, 'g'))) {
      // Digits inside a symbol (`113/2017/NĐ-CP`) are no value, nor is the date a cited document was issued; a
      // figure with its unit then `/` is a rate (`50 triệu đồng/học sinh`, `1,2 triệu tấn/năm`, `60 km/h`), a value.
      const after = type === 'date' ? /^[\d/-]/ : /^[\d-]/;
      if (/[\d/]$/.test(folded.slice(0, m.index)) || after.test(folded.slice(m.index + m[0].length))) continue;
      if (type === 'date' && CITED_DOCUMENT_BEFORE.test(folded.slice(Math.max(0, m.index - 40), m.index))) continue;
      // `24 tháng kể từ ngày ký`: the signing day anchors the period before it (`statedSpan` keeps it), no value apart.
      if (
        type === 'date' &&
        SIGNING_DAY.test(m[0]) &&
        PERIOD_BEFORE.test(folded.slice(Math.max(0, m.index - 30), m.index))
      )
        continue;
      spans.push({ start: m.index, end: m.index + m[0].trimEnd().length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}

/** What a sum of money is: a fee or charge (Luật Phí và lệ phí) or a fine (the decrees on administrative sanctions). */
export type SumKind = 'fee' | 'fine';

/**
 * Folded words naming a fee or a fine, in questions (English too) and in clauses (`Mức thu lệ phí:`, `Phạt tiền từ`);
 * data: sum-words.json, with their sources.
 */
const sumWords = (words: readonly string[]) => new RegExp(`\\b(?:${words.join('|')})\\b`, 'g');
const FEE_WORDS = sumWords(sums.fee.words);
const FINE_WORDS = sumWords(sums.fine.words);

/** The kind of sum a question asks for (`lệ phí … bao nhiêu` a fee, `bị phạt bao nhiêu` a fine); null when it names neither or both. */
export function askedSum(question: string): SumKind | null {
  const folded = foldKeepingOffsets(question);
  const fee = new RegExp(FEE_WORDS.source).test(folded);
  const fine = new RegExp(FINE_WORDS.source).test(folded);
  return fee === fine ? null : fee ? 'fee' : 'fine';
}

/**
 * The kind of a sum stated at `at` in folded text: the last fee or fine word before it in its sentence (`Phạt tiền từ
 * 1.000.000 đồng … đối với hành vi không nộp lệ phí` is a fine; `Mức thu lệ phí: 100.000 đồng` a fee); null if none.
 */
function sumKindAt(folded: string, at: number): SumKind | null {
  const before = folded.slice(Math.max(0, at - 200), at);
  // The sentence opens after the last stop followed by a space (`3.000.000` holds dots).
  const sentence = before.slice(Math.max(0, ...[...before.matchAll(/[.!?](?=\s)|\n/g)].map((m) => m.index + 1)));
  let last: { at: number; kind: SumKind } | null = null;
  for (const [re, kind] of [
    [FEE_WORDS, 'fee'],
    [FINE_WORDS, 'fine'],
  ] as const)
    for (const m of sentence.matchAll(re)) if (!last || m.index > last.at) last = { at: m.index, kind };
  return last?.kind ?? null;
}

/**
 * The sums of `values` (spans of `text`) that may answer a question asking `asked`: a fee question takes no fine and a
 * fine question no fee (the genre keeps them apart: Luật Phí và lệ phí beside the decrees on sanctions); a sum whose
 * sentence names neither stays.
 */
export function sumsOfKind(text: string, values: readonly Span[], asked: SumKind | null): Span[] {
  if (asked === null) return [...values];
  const folded = foldKeepingOffsets(text);
  return values.filter((v) => {
    const kind = sumKindAt(folded, v.start);
    return kind === null || kind === asked;
  });
}
