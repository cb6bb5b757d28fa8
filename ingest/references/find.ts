/**
 * @module ingest/references/find
 * Finds every mention of another document in a clean text, with its exact span: numbered citations
 * (`Nghị quyết số 41-NQ/TW ngày 15/11/2004 của Bộ Chính trị (khóa IX) “Về ...”`, bare symbols, State
 * and law symbols), technical standards by sign (`QCVN 01:2019/BCT`), plenum and congress resolutions by name, laws
 * by title, short forms
 * (`Kết luận 81`), prior references (`Nghị quyết nêu trên`) and `(viết tắt là ...)` abbreviations.
 * Self references (`Chỉ thị này`) are recognized and left out. Pure: text in, mentions out.
 */
import {
  ABBREVIATION,
  CITED_DATE,
  CITED_ISSUER,
  CONGRESS_RESOLUTION,
  ISSUER_HEAD,
  LAW_NAME,
  LAW_NAME_DATED,
  LAW_YEAR,
  NUMBER_WORDS,
  PLENUM_RESOLUTION,
  PRIOR_REFERENCE,
  SELF_REFERENCE,
  SHORT_NUMBER,
  SUBJECT_OPEN,
  SUBJECT_VE_VIEC,
  TERM,
  TERM_YEARS,
  TYPE_NAMES,
} from '../../core/patterns.ts';
import { canonicalTones } from '../../core/text/vietnamese.ts';
import type { DocumentType, PartialDate, Span } from '../../core/types.ts';
import { canonicalSymbol, findStandards, findSymbols, fresh, isoDate } from './canonical.ts';
import { quoteAt, within } from './scan.ts';
import { foldKeepingOffsets } from '../../core/text/vietnamese.ts';

export type MentionKind = 'standard' | 'symbol' | 'plenum' | 'congress' | 'law' | 'alias' | 'short' | 'prior';

/** One mention of a document, as the text gives it. */
export interface Mention {
  kind: MentionKind;
  /** The mention proper: type name through symbol (`Kết luận số 81-KL/TW`), or the name form. */
  span: Span;
  /** The mention with what follows it: date, issuer, term, quoted subject. */
  extent: Span;
  /** The quoted subject (quotes included), whose words describe the cited document. */
  subjectSpan: Span | null;
  type: DocumentType | null;
  /** Canonical symbol of a numbered mention. */
  symbol: string | null;
  number: string | null;
  /** Issuer as cited (`Bộ Chính trị`, `Thành ủy`), tones canonical. */
  issuer: string | null;
  date: PartialDate | null;
  /** Term of the issuing body (`IX`). */
  term: string | null;
  subject: string | null;
  /** Name form as written (plenum, congress, law). */
  name: string | null;
  law: { year: string | null } | null;
  congress: { level: string | null; place: string | null; term: string; startYear: string | null } | null;
  plenum: { plenum: number; term: string; context: string } | null;
  /** Index (into `abbreviations`) of the `(viết tắt là ...)` this mention stands inside, or whose short name it repeats. */
  abbreviation: number | null;
  /** True when inside the abbreviation's parentheses (it restates its antecedent). */
  definesAbbreviation: boolean;
}

export interface Abbreviation {
  /** The parentheses. */
  span: Span;
  /** Folded short name. */
  folded: string;
}

export interface FoundMentions {
  mentions: Mention[];
  abbreviations: Abbreviation[];
  /** Spans of self references (`Chỉ thị này`), for callers that want them. */
  selfReferences: Span[];
}

// A standard's sign outranks the State symbol read inside it (`QCVN 06:2022/BXD-Quy chuẩn …` is no `2022/BXD-QUY`).
const PRIORITY: Record<MentionKind, number> = {
  standard: -1,
  symbol: 0,
  plenum: 1,
  congress: 2,
  law: 3,
  alias: 4,
  short: 5,
  prior: 6,
};

const TYPE_BY_NAME = new Map<string, DocumentType>();
for (const t of TYPE_NAMES) for (const f of t.folded) TYPE_BY_NAME.set(f, t.type);
const NAMES = [...TYPE_BY_NAME.keys()].sort((a, b) => b.length - a.length).join('|');
/** A type name (folded), word-bounded. */
const TYPE_NAME = new RegExp(`(?<![a-z0-9])(${NAMES})(?![a-z0-9])`, 'g');
/** A type name right before a symbol: `Chương trình hành động số`, `Nghị quyết chuyên đề số:`. */
const HEAD = new RegExp(`(?<![a-z0-9])(${NAMES})((?: [a-z]+){0,3}?)\\s*(?:so\\s*:?\\s*)?$`);
const NOT_BETWEEN = /\b(?:cua|va|cac|voi|theo|tai|trong|tren|ve|nay)\b/;

function blank(kind: MentionKind, span: Span): Mention {
  return {
    kind,
    span,
    extent: { ...span },
    subjectSpan: null,
    type: null,
    symbol: null,
    number: null,
    issuer: null,
    date: null,
    term: null,
    subject: null,
    name: null,
    law: null,
    congress: null,
    plenum: null,
    abbreviation: null,
    definesAbbreviation: false,
  };
}

interface Tail {
  date: PartialDate | null;
  issuer: string | null;
  term: string | null;
  subject: string | null;
  subjectSpan: Span | null;
  end: number;
}

/** Date, issuer, term and quoted subject following a mention, in any order. */
export function parseTail(text: string, folded: string, from: number): Tail {
  const tail: Tail = { date: null, issuer: null, term: null, subject: null, subjectSpan: null, end: from };
  // Each step reads one part at `at` and returns where it ends, or null when the part is not there.
  const steps: Array<(rest: string, at: number) => number | null> = [
    (rest, at) => {
      const m = tail.date ? null : CITED_DATE.exec(rest);
      if (!m) return null;
      tail.date = m[1] ? isoDate(m[1], m[2], m[3]) : isoDate(m[4], m[5], m[6]);
      return at + m[0].length;
    },
    (rest, at) => {
      const m = tail.issuer ? null : CITED_ISSUER.exec(rest);
      if (!m || !ISSUER_HEAD.test(m[1])) return null;
      const issuer = text.slice(at + m[0].length - m[1].length, at + m[0].length).trim();
      if (!/^\p{Lu}/u.test(issuer)) return null;
      tail.issuer = canonicalTones(issuer);
      return at + m[0].length;
    },
    (rest, at) => {
      const m = tail.term ? null : TERM.exec(rest);
      if (!m) return null;
      tail.term = m[1].toUpperCase();
      return at + m[0].length;
    },
    (rest, at) => {
      const m = tail.subject ? null : SUBJECT_OPEN.exec(rest);
      const quote = m ? quoteAt(text, at + m[0].length) : null;
      if (!quote) return null;
      tail.subjectSpan = quote;
      tail.subject = canonicalTones(text.slice(quote.start + 1, quote.end - 1).trim());
      return quote.end;
    },
    (rest, at) => {
      // `về việc phê duyệt Đề án “...”`: to the end of a quote opened before the sentence ends.
      const m = tail.subject ? null : SUBJECT_VE_VIEC.exec(rest);
      if (!m) return null;
      const start = at + m[0].length;
      const stop = /[;.\n]|$/.exec(text.slice(start, start + 300));
      let end = start + (stop?.index ?? 0);
      const open = text.slice(start, end).search(/[“"]/);
      if (open >= 0) end = quoteAt(text, start + open)?.end ?? end;
      tail.subjectSpan = { start, end };
      tail.subject = canonicalTones(text.slice(start, end).trim());
      return end;
    },
  ];
  for (let at = from, step = 0; step < steps.length; step++) {
    const rest = folded.slice(at, at + 300);
    const next = steps.reduce<number | null>((found, read) => found ?? read(rest, at), null);
    if (next === null) break;
    at = next;
    tail.end = at;
  }
  return tail;
}

function typeOfName(foldedName: string): DocumentType | null {
  return TYPE_BY_NAME.get(foldedName) ?? null;
}

/** Numbered mentions: every symbol, with the type name before it and what follows it. */
function findNumbered(text: string, folded: string): Mention[] {
  const out: Mention[] = [];
  for (const found of findSymbols(text)) {
    const { canonical } = found;
    if (!canonical.number) continue;
    const lineStart = text.lastIndexOf('\n', found.start - 1) + 1;
    const before = folded.slice(Math.max(lineStart, found.start - 90), found.start);
    const head = HEAD.exec(before);
    let start = found.start;
    let named: DocumentType | null = null;
    if (head && !NOT_BETWEEN.test(head[2])) {
      const headStart = found.start - before.length + head.index;
      const between = text.slice(headStart + head[1].length, headStart + head[1].length + head[2].length);
      if (!/\p{Lu}/u.test(between)) {
        start = headStart;
        named = typeOfName(head[1]);
      }
    }
    const mention = blank('symbol', { start, end: found.end });
    mention.symbol = canonical.symbol;
    mention.number = canonical.number;
    // The symbol's code decides, except that a Party `QĐ` is a Quy định when the text says so.
    mention.type = named === 'QDi' && canonical.type === 'QD' ? 'QDi' : (canonical.type ?? named);
    if (canonical.type === 'CV' && named && named !== 'CV') mention.type = named;
    const tail = parseTail(text, folded, found.end);
    Object.assign(mention, {
      date: tail.date,
      issuer: tail.issuer,
      term: tail.term,
      subject: tail.subject,
      subjectSpan: tail.subjectSpan,
    });
    mention.extent = { start, end: tail.end };
    out.push(mention);
  }
  return out;
}

/** `QCVN 01:2019/BCT của Bộ Công Thương`, `TCVN 5945:2005`: technical standards by their sign, with the issuer after. */
function findStandardSigns(text: string, folded: string): Mention[] {
  return findStandards(text).map((found) => {
    const mention = blank('standard', { start: found.start, end: found.end });
    Object.assign(mention, { type: found.key.type, symbol: found.key.symbol, number: found.key.number });
    const tail = parseTail(text, folded, found.end);
    Object.assign(mention, { issuer: tail.issuer, subject: tail.subject, subjectSpan: tail.subjectSpan });
    mention.extent = { start: found.start, end: tail.end };
    return mention;
  });
}

function plenumNumber(raw: string | undefined): number | null {
  if (!raw) return null;
  return /^\d+$/.test(raw) ? Number(raw) : (NUMBER_WORDS[raw] ?? null);
}

/** `Nghị quyết Trung ương 7 khóa XI` and its variants. */
function findPlenums(text: string, folded: string): Mention[] {
  const out: Mention[] = [];
  const re = fresh(PLENUM_RESOLUTION);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const plenum = plenumNumber(m[1] ?? m[2]);
    const termAt = m.index + m[0].lastIndexOf(m[3]);
    if (plenum === null || text.slice(termAt, termAt + m[3].length) !== m[3].toUpperCase()) continue;
    const span = { start: m.index, end: m.index + m[0].length };
    const mention = blank('plenum', span);
    mention.type = 'NQ';
    mention.name = text.slice(span.start, span.end);
    const tail = parseTail(text, folded, span.end);
    Object.assign(mention, { date: tail.date, subject: tail.subject, subjectSpan: tail.subjectSpan });
    mention.extent = { start: span.start, end: tail.end };
    mention.plenum = { plenum, term: m[3].toUpperCase(), context: folded.slice(span.end, span.end + 250) };
    out.push(mention);
  }
  return out;
}

/** `Nghị quyết Đại hội Đảng bộ tỉnh Sóc Trăng lần thứ XIII, nhiệm kỳ 2015-2020`, `Nghị quyết Đại hội XIII của Đảng`. */
function findCongresses(text: string, folded: string): Mention[] {
  const out: Mention[] = [];
  const re = fresh(CONGRESS_RESOLUTION);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const term = m[4];
    const termAt = m.index + m[0].length - term.length;
    if (text.slice(termAt, termAt + term.length) !== term.toUpperCase()) continue;
    let level: string | null = null;
    let place: string | null = null;
    if (m[2]) {
      const levelAt = m.index + m[0].indexOf(m[2], m[0].indexOf('dang bo'));
      level = text.slice(levelAt, levelAt + m[2].length).toLowerCase();
      if (m[3]) {
        const placeAt = levelAt + m[2].length;
        const raw = text.slice(placeAt, placeAt + m[3].length).trim();
        place = /^\p{Lu}/u.test(raw) ? raw : null;
      }
    } else if (!m[1] && !/^ cua dang\b/.test(folded.slice(m.index + m[0].length, m.index + m[0].length + 12))) {
      continue; // `Nghị quyết Đại hội lần thứ X` without a body: whose congress is unclear.
    }
    const span = { start: m.index, end: m.index + m[0].length };
    const mention = blank('congress', span);
    mention.type = 'NQ';
    mention.name = text.slice(span.start, span.end);
    const years = TERM_YEARS.exec(folded.slice(span.end, span.end + 40));
    mention.extent = { start: span.start, end: span.end + (years ? years[0].length : 0) };
    mention.congress = { level, place, term: term.toUpperCase(), startYear: years?.[1] ?? null };
    out.push(mention);
  }
  return out;
}

/**
 * After a law's name: `, sử dụng vũ khí, … và công cụ hỗ trợ` up to ` ngày 29 …`, ` số 14/2017/QH14` or ` năm 2017`.
 * One word a step (`và` is a word): the same matches as words grouped up to six a step, without trying every
 * grouping of a long run that never reaches a date (4.6 s of a 47 s parse profile).
 */
const LAW_TITLE_RUN_ON = /^((?:,? \p{Ll}+)+?)(?= (?:ngày \d|số \d|năm \d))/u;

/** `Luật Bảo vệ Môi trường năm 2014`, `Luật Đất đai`. */
function findLaws(text: string): Mention[] {
  const out: Mention[] = [];
  // `Luật Quản lý, sử dụng vũ khí, vật liệu nổ và công cụ hỗ trợ ngày 29 tháng 6 năm 2024`: a title
  // with commas runs on, in lower case, to its date or number; once seen, the same words run on
  // wherever the title stands again (a title line in capitals, a mention without date).
  const runOns = new Map<string, string>();
  const names = [...text.matchAll(fresh(LAW_NAME)), ...text.matchAll(fresh(LAW_NAME_DATED))]
    .map((m) => ({ index: m.index, name: m[1].replace(/\s+$/, '') }))
    .sort((a, b) => a.index - b.index);
  for (const { index, name } of names) {
    const runOn = LAW_TITLE_RUN_ON.exec(text.slice(index + name.length, index + name.length + 90));
    if (runOn) runOns.set(foldKeepingOffsets(name), foldKeepingOffsets(runOn[1]));
  }
  for (const found of names) {
    let { name } = found;
    const runOn = runOns.get(foldKeepingOffsets(name));
    const after = text.slice(found.index + name.length, found.index + name.length + (runOn?.length ?? 0));
    if (runOn && foldKeepingOffsets(after) === runOn) name += after;
    const m = { index: found.index };
    const end = m.index + name.length;
    const year = LAW_YEAR.exec(text.slice(end, end + 40));
    const span = { start: m.index, end: end + (year ? year[0].length : 0) };
    const mention = blank('law', span);
    mention.type = 'LUAT';
    mention.name = name;
    mention.law = { year: year ? (year[1] ?? year[2]) : null };
    if (year?.[2]) {
      // `Luật Bảo vệ môi trường số 72/2020/QH14`: one mention, the number a field of the named law.
      const symbol = canonicalSymbol(year[0]);
      mention.symbol = symbol?.symbol ?? null;
      mention.number = symbol?.number ?? null;
    }
    out.push(mention);
  }
  return out;
}

/** Short forms, prior references and self references after a type name. */
function findTypeNameForms(text: string, folded: string): { mentions: Mention[]; self: Span[] } {
  const mentions: Mention[] = [];
  const self: Span[] = [];
  const re = fresh(TYPE_NAME);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const end = m.index + m[0].length;
    const rest = folded.slice(end, end + 40);
    const type = typeOfName(m[1]);
    const selfRef = SELF_REFERENCE.exec(rest);
    const prior = selfRef ? null : PRIOR_REFERENCE.exec(rest);
    // Short forms need the capital of a proper name: `Kết luận 81`, not `kết luận 3 nội dung`.
    const short = selfRef || prior || !/^\p{Lu}/u.test(text[m.index]) ? null : SHORT_NUMBER.exec(rest);
    if (selfRef) self.push({ start: m.index, end: end + selfRef[0].length });
    else if (prior) {
      const mention = blank('prior', { start: m.index, end: end + prior[0].length });
      mention.type = type;
      mentions.push(mention);
    } else if (short) {
      const mention = blank('short', { start: m.index, end: end + short[0].length });
      mention.type = type;
      mention.number = short[1];
      mentions.push(mention);
    }
  }
  return { mentions, self };
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `(viết tắt là ...)` and the later mentions that repeat its short name. */
function findAbbreviations(folded: string): { abbreviations: Abbreviation[]; repeats: Mention[] } {
  const abbreviations: Abbreviation[] = [];
  const repeats: Mention[] = [];
  const re = fresh(ABBREVIATION);
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const short = m[1].replace(/^[“"]|[”"]$/g, '').trim();
    if (short.length < 4) continue;
    const index = abbreviations.push({ span: { start: m.index, end: m.index + m[0].length }, folded: short }) - 1;
    const again = new RegExp(`(?<![a-z0-9])${escapeRegExp(short)}(?![a-z0-9])`, 'g');
    again.lastIndex = m.index + m[0].length;
    for (let r = again.exec(folded); r; r = again.exec(folded)) {
      const mention = blank('alias', { start: r.index, end: r.index + r[0].length });
      mention.abbreviation = index;
      repeats.push(mention);
    }
  }
  return { abbreviations, repeats };
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * Every mention of another document in `text` (a document's clean text), in text order.
 * Where forms overlap the more specific wins (a symbol over a short form over a prior reference).
 */
export function findMentions(text: string, folded: string = foldKeepingOffsets(text)): FoundMentions {
  const { abbreviations, repeats } = findAbbreviations(folded);
  const typeForms = findTypeNameForms(text, folded);
  const candidates = [
    ...findStandardSigns(text, folded),
    ...findNumbered(text, folded),
    ...findPlenums(text, folded),
    ...findCongresses(text, folded),
    ...findLaws(text),
    ...repeats,
    ...typeForms.mentions,
  ].sort((a, b) => PRIORITY[a.kind] - PRIORITY[b.kind] || a.span.start - b.span.start);
  const numberedLaws = candidates.filter((c) => c.kind === 'law' && c.symbol);
  const kept: Mention[] = [];
  for (const c of candidates) {
    if (c.kind === 'symbol' && numberedLaws.some((l) => within(c.span, l.span))) continue;
    if (kept.some((k) => overlaps(k.span, c.span))) continue;
    kept.push(c);
  }
  kept.sort((a, b) => a.span.start - b.span.start);
  abbreviations.forEach((abbr, index) => {
    for (const m of kept) {
      if (m.span.start >= abbr.span.start && m.span.end <= abbr.span.end) {
        m.abbreviation = index;
        m.definesAbbreviation = true;
      }
    }
  });
  const self = typeForms.self.filter((s) => !kept.some((k) => overlaps(k.span, s)));
  return { mentions: kept, abbreviations, selfReferences: self };
}
