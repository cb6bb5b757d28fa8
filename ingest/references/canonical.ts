/**
 * @module ingest/references/canonical
 * Canonical forms: document symbols (`31- CTr/TW`, `104-CTr/Tu` → `31-CTr/TW`, `104-CTr/TU`) and
 * the node keys every mention of one document meets at.
 *
 * Key scheme (one node per document, whatever the form or file of the mention):
 * - numbered: the canonical symbol, `41-NQ/TW`, `524/QĐ-TTg`, `30/2020/NĐ-CP`. Symbols of local
 *   bodies (Party committees below the centre, `UBND`, `HĐND`, departments) repeat in every
 *   province, so they carry the place: `27-CTr/TU@can-tho`. When one text cites a symbol with two
 *   different years (Party numbers restart each term) each gets its year: `05-NQ/TU@can-tho~2016`.
 * - laws by name: `LUAT:bao-ve-moi-truong:2014` (`LUAT:bao-ve-moi-truong` when no year is given).
 * - congress resolutions: `NQ-DH:toan-quoc:XIII`, `NQ-DH:tinh-soc-trang:XIII`.
 * - plenum resolutions the alias table does not know: `NQ-HNTW:7:XI` (known ones get their symbol).
 * - a short form nothing in the text resolves (`Kết luận 81`): `KL:81`.
 * - technical standards by their sign, spacing made regular: `QCVN 01:2019/BCT`, `TCVN 5945:2005`.
 */
import { latinLookalikes } from '../../core/text/lookalikes.ts';
import { mergeKeys } from '../../core/document-key.ts';
import {
  BLANK_PARTY_SYMBOL,
  BLANK_STATE_SYMBOL,
  CITED_PARTY_SYMBOL,
  CITED_STATE_SYMBOL,
  ISSUER_SPELLING,
  LAW_SYMBOL,
  LOCAL_BODY_PLACE,
  LOCAL_STATE_ISSUER,
  NATIONAL_PARTY_ISSUER,
  SYMBOL_CODE_SPELLING,
  SYMBOL_TYPE_CODES,
  TECHNICAL_STANDARD,
  TYPE_NAMES,
} from '../../core/patterns.ts';
import { canonicalTones, foldAccents, foldedForm, titleCase } from '../../core/text/vietnamese.ts';
import type { DocumentKey, DocumentType, PartialDate } from '../../core/types.ts';
import { PLENUM_ISSUER, type PlenumResolution, plenumResolution } from './aliases.ts';

export interface CanonicalSymbol {
  /** `41-NQ/TW`, `524/QĐ-TTg`; for a blank draft number `-CTr/TU` or `/KH-UBND`. */
  symbol: string;
  /** `41`, `02`; null when the number is blank. */
  number: string | null;
  type: DocumentType | null;
  /** The issuer part of the symbol: `TW`, `TU`, `ĐU`, `TTg`, `UBND-KT`, `QH14`. */
  issuer: string;
}

const upperFold = (s: string) => foldAccents(s).toUpperCase();

/** `2` → `02`, `0041` → `41`: numbers below 10 are printed with a leading zero. */
function canonicalNumber(n: string): string {
  const stripped = n.replace(/^0+(?=\d)/, '');
  return stripped.length < 2 ? stripped.padStart(2, '0') : stripped;
}

function codeOf(code: string): { spelled: string; type: DocumentType | null } {
  const key = upperFold(code);
  return { spelled: SYMBOL_CODE_SPELLING[key] ?? code.toUpperCase(), type: SYMBOL_TYPE_CODES[key] ?? null };
}

function issuerOf(issuer: string): string {
  return issuer
    .replace(/\s+/g, '')
    .split(/([-.])/)
    .map((part) => ISSUER_SPELLING[upperFold(part)] ?? part.toUpperCase())
    .join('');
}

function party(m: RegExpExecArray): CanonicalSymbol {
  const number = canonicalNumber(m[1]);
  const { spelled, type } = codeOf(m[2]);
  const issuer = issuerOf(m[3]);
  return { symbol: `${number}-${spelled}/${issuer}`, number, type, issuer };
}

function state(m: RegExpExecArray): CanonicalSymbol {
  const number = canonicalNumber(m[1]);
  const year = m[2] ? `${m[2]}/` : '';
  const code = codeOf(m[3]);
  if (code.type) {
    const issuer = issuerOf(m[4]);
    return { symbol: `${number}/${year}${code.spelled}-${issuer}`, number, type: code.type, issuer };
  }
  // A State Công văn has no type code: `9387/UBND-KT`, `4919/VPCP-KTTH`.
  const issuer = issuerOf(`${m[3]}-${m[4]}`);
  return { symbol: `${number}/${year}${issuer}`, number, type: 'CV', issuer };
}

function law(m: RegExpExecArray): CanonicalSymbol {
  const number = canonicalNumber(m[1]);
  return { symbol: `${number}/${m[2]}/${m[3].toUpperCase()}`, number, type: 'LUAT', issuer: m[3].toUpperCase() };
}

/** A fresh copy of a global pattern, so concurrent scans never share `lastIndex`. */
export function fresh(re: RegExp): RegExp {
  return new RegExp(re.source, re.flags);
}

const SYMBOL_FORMS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => CanonicalSymbol]> = [
  [CITED_PARTY_SYMBOL, party],
  [CITED_STATE_SYMBOL, state],
  [LAW_SYMBOL, law],
];

export interface FoundSymbol {
  canonical: CanonicalSymbol;
  start: number;
  end: number;
}

/** Every symbol in `text`, any form, in text order; of overlapping matches the earliest wins. */
export function findSymbols(raw: string): FoundSymbol[] {
  // Look-alike letters of other scripts (`ВСТ-ВТC`) read as the Latin ones they print as; offsets are kept.
  const text = latinLookalikes(raw);
  const all: FoundSymbol[] = [];
  for (const [pattern, build] of SYMBOL_FORMS) {
    const re = fresh(pattern);
    for (let m = re.exec(text); m; m = re.exec(text)) {
      all.push({ canonical: build(m), start: m.index, end: m.index + m[0].length });
    }
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: FoundSymbol[] = [];
  for (const s of all) if (!out.length || s.start >= out[out.length - 1].end) out.push(s);
  return out;
}

/** The first symbol in `raw`, any form, with its span in `raw`. */
export function findSymbol(raw: string): FoundSymbol | null {
  const text = latinLookalikes(raw);
  let best: FoundSymbol | null = null;
  for (const [pattern, build] of SYMBOL_FORMS) {
    const m = fresh(pattern).exec(text);
    if (m && (!best || m.index < best.start))
      best = { canonical: build(m), start: m.index, end: m.index + m[0].length };
  }
  return best;
}

/**
 * The canonical form of the first symbol in `raw` (a header's `Số ...` cell or a citation), or null.
 * Tolerates stray spaces, line breaks, dash variants and case slips; a blank draft number gives `number: null`.
 * @example canonicalSymbol('2449 -CV/ĐU') // { symbol: '2449-CV/ĐU', number: '2449', type: 'CV', issuer: 'ĐU' }
 */
export function canonicalSymbol(raw: string): CanonicalSymbol | null {
  const text = latinLookalikes(raw.normalize('NFC'));
  const found = findSymbol(text);
  if (found) return found.canonical;
  const blankParty = BLANK_PARTY_SYMBOL.exec(text);
  if (blankParty) {
    const { spelled, type } = codeOf(blankParty[1]);
    const issuer = issuerOf(blankParty[2]);
    return { symbol: `-${spelled}/${issuer}`, number: null, type, issuer };
  }
  const blankState = BLANK_STATE_SYMBOL.exec(text);
  if (blankState) {
    const { spelled, type } = codeOf(blankState[1]);
    const issuer = issuerOf(blankState[2]);
    return type ? { symbol: `/${spelled}-${issuer}`, number: null, type, issuer } : null;
  }
  return null;
}

/** True when the symbol's issuer numbers documents locally, so the symbol repeats across provinces. */
export function isLocalSymbol(symbol: string): boolean {
  if (/\/QH\d+$/.test(symbol)) return false;
  const party = /^[^/]*-[^/]+\/(.+)$/.exec(symbol);
  if (party) return !NATIONAL_PARTY_ISSUER.test(upperFold(party[1]));
  const issuer = symbol.split('/').pop() ?? '';
  const stateIssuer =
    issuer.includes('-') && SYMBOL_TYPE_CODES[upperFold(issuer.split('-')[0])]
      ? issuer.split('-').slice(1).join('-')
      : issuer;
  return LOCAL_STATE_ISSUER.test(upperFold(stateIssuer));
}

/** `Cần Thơ` → `can-tho`. */
export function slug(text: string): string {
  return foldedForm(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** The place a local body's name carries: `Thành ủy Cần Thơ` → `Cần Thơ`; null for central bodies or a bare `Thành ủy`. */
export function placeOfIssuer(issuer: string | null): string | null {
  if (!issuer) return null;
  const text = canonicalTones(issuer.replace(/\s+/g, ' ').trim());
  const m = LOCAL_BODY_PLACE.exec(foldedForm(text));
  if (!m) return null;
  const place = text.slice(text.length - m[1].length);
  return /^\p{Lu}/u.test(place) ? place : titleCase(place);
}

/** True when a body's name says which place it belongs to (`Thành ủy Cần Thơ`), or it is a central body. */
function namesItsPlace(issuer: string): boolean {
  return placeOfIssuer(issuer) !== null;
}

/** ISO date from day, month, year strings. */
export function isoDate(day: string, month: string, year: string): PartialDate {
  return `${year}-${month.padStart(2, '0')}-${day.padStart(2, '0')}`;
}

/** Year of a partial date, or null. */
export function yearOf(date: PartialDate | null): string | null {
  return date ? date.slice(0, 4) : null;
}

export interface NumberedKeyInput {
  symbol: string;
  type?: DocumentType | null;
  /** Issuer as the citation names it (`Thành ủy`, `Bộ Chính trị`). */
  issuer?: string | null;
  date?: PartialDate | null;
  subject?: string | null;
  name?: string | null;
  /** The place a local symbol belongs to (the issuer's, else the citing document's). */
  place?: string | null;
  /**
   * The place to name a bare local issuer by (`Thành ủy` → `Thành ủy Cần Thơ`); defaults to `place`.
   * Pass null when `place` is only the citing document's place line, which may be a provincial capital.
   */
  issuerPlace?: string | null;
  /** Year qualifier, only when one text cites the symbol with two different years. */
  year?: string | null;
}

/**
 * The key of a numbered document.
 * @example numberedKey({ symbol: '27-CTr/TU', issuer: 'Thành ủy', place: 'Cần Thơ' }).key // '27-CTr/TU@can-tho'
 */
export function numberedKey(input: NumberedKeyInput): DocumentKey {
  const parsed = canonicalSymbol(input.symbol);
  const symbol = parsed?.symbol ?? input.symbol;
  const local = isLocalSymbol(symbol);
  const place = local ? (placeOfIssuer(input.issuer ?? null) ?? input.place ?? null) : null;
  let issuer = input.issuer ? canonicalTones(input.issuer.trim()) : null;
  // `Thành ủy` in a Cần Thơ text is `Thành ủy Cần Thơ`.
  const issuerPlace = input.issuerPlace === undefined ? place : input.issuerPlace;
  if (issuer && local && issuerPlace && !namesItsPlace(issuer)) issuer = `${issuer} ${issuerPlace}`;
  const key = `${symbol}${place ? `@${slug(place)}` : ''}${input.year ? `~${input.year}` : ''}`;
  return {
    key,
    type: input.type ?? parsed?.type ?? null,
    symbol,
    number: parsed?.number ?? null,
    issuer,
    date: input.date ?? null,
    subject: input.subject ?? null,
    name: input.name ?? null,
  };
}

/** Key of a law named by its title: `Luật Bảo vệ môi trường`, 2014 → `LUAT:bao-ve-moi-truong:2014`. */
export function lawKey(name: string, year: string | null): DocumentKey {
  const title = canonicalTones(name.replace(/\s+/g, ' ').trim());
  const core = title.replace(/^Luật\s+/u, '');
  return {
    key: `LUAT:${slug(core)}${year ? `:${year}` : ''}`,
    type: 'LUAT',
    symbol: null,
    number: null,
    issuer: 'Quốc hội',
    date: year,
    subject: null,
    name: year ? `${title} năm ${year}` : title,
  };
}

export interface CongressInput {
  /** `toan-quoc`, or the level word (`tỉnh`, `thành phố`, `huyện` ...) with a place. */
  level: string | null;
  place: string | null;
  /** Roman numeral: `XIII`. */
  term: string;
  /** First year of the congress' term (`nhiệm kỳ 2015 - 2020` → 2015). */
  startYear: string | null;
  name: string;
  /** False when `place` was not named but taken from the citing document's place line: the issuer is not named by it. */
  placeNamesIssuer?: boolean;
}

/** Key of a congress resolution: `NQ-DH:toan-quoc:XIII`, `NQ-DH:tinh-soc-trang:XIII`; null without a place. */
export function congressKey(input: CongressInput): DocumentKey | null {
  const term = input.term.toUpperCase();
  const national = input.level === null;
  if (!national && !input.place) return null;
  const body = national ? 'toan-quoc' : `${slug(input.level ?? '')}-${slug(input.place ?? '')}`;
  const issuer = national
    ? 'Đại hội đại biểu toàn quốc của Đảng'
    : input.placeNamesIssuer === false
      ? `Đại hội Đảng bộ ${input.level}`
      : `Đại hội Đảng bộ ${input.level} ${input.place}`;
  return {
    key: `NQ-DH:${body}:${term}`,
    type: 'NQ',
    symbol: null,
    number: null,
    issuer,
    date: input.startYear,
    subject: null,
    name: canonicalTones(input.name.replace(/\s+/g, ' ').trim()),
  };
}

/** Key of a resolution the plenum table knows, with its date, subject and plenum name. */
export function resolutionKey(known: PlenumResolution): DocumentKey {
  return numberedKey({
    symbol: known.symbol,
    type: 'NQ',
    issuer: PLENUM_ISSUER,
    date: known.date,
    subject: known.subject,
    name: `Nghị quyết Trung ương ${known.plenum} khóa ${known.term}`,
  });
}

/** Key of a plenum resolution: its symbol when the alias table knows it, else `NQ-HNTW:7:XI`. */
export function plenumKey(plenum: number, term: string, name: string, context: string): DocumentKey {
  const known = plenumResolution(plenum, term, context);
  const display = canonicalTones(name.replace(/\s+/g, ' ').trim());
  if (known) return resolutionKey(known);
  return {
    key: `NQ-HNTW:${plenum}:${term.toUpperCase()}`,
    type: 'NQ',
    symbol: null,
    number: null,
    issuer: PLENUM_ISSUER,
    date: null,
    subject: null,
    name: display,
  };
}

/** A standard's sign found in a text, canonical, with its span. */
export interface FoundStandard {
  key: DocumentKey;
  start: number;
  end: number;
}

/**
 * Every technical standard's sign in `text` (see TECHNICAL_STANDARD), keyed by its regular spelling: `QCVN01: 2019/BCT`
 * and `QCVN 01:2019/BCT` are one node, and an older `TCVN 6304-1997` is `TCVN 6304:1997`.
 * @example findStandards('theo QCVN 01: 2019/BCT')[0].key.key // 'QCVN 01:2019/BCT'
 */
export function findStandards(text: string): FoundStandard[] {
  const out: FoundStandard[] = [];
  const re = fresh(TECHNICAL_STANDARD);
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const type = m[1] as 'QCVN' | 'TCVN';
    const number = m[2];
    const year = m[3] ?? m[4] ?? null;
    const issuer = m[5] ?? null;
    const sign = `${type} ${number}${year ? `:${year}` : ''}${issuer ? `/${issuer}` : ''}`;
    out.push({
      key: { key: sign, type, symbol: sign, number, issuer: null, date: year, subject: null, name: null },
      start: m.index,
      end: m.index + m[0].length,
    });
  }
  return out;
}

/** Key of a short form nothing resolves: `Kết luận 81` → `KL:81`. */
export function partialKey(type: DocumentType, number: string): DocumentKey {
  const n = canonicalNumber(number);
  return { key: `${type}:${n}`, type, symbol: null, number: n, issuer: null, date: null, subject: null, name: null };
}

/** The place slug and year qualifiers of a numbered key: `27-CTr/TU@can-tho~2021`. */
export function keyQualifiers(key: string): { place: string | null; year: string | null } {
  const m = /@([a-z0-9-]+)|~(\d{4})/g;
  let place: string | null = null;
  let year: string | null = null;
  for (let r = m.exec(key); r; r = m.exec(key)) {
    if (r[1]) place = r[1];
    if (r[2]) year = r[2];
  }
  return { place, year };
}

/** The key of a stored document's own node, from its metadata; null when it has no symbol. */
export function documentKeyOf(meta: {
  type: DocumentType | null;
  symbol: string | null;
  issuer: string | null;
  place: string | null;
  date: PartialDate | null;
  title: string | null;
}): DocumentKey | null {
  if (!meta.symbol) return null;
  return numberedKey({
    symbol: meta.symbol,
    type: meta.type,
    issuer: meta.issuer,
    date: meta.date,
    subject: meta.title,
    place: placeOfIssuer(meta.issuer) ?? meta.place,
  });
}

/** Type names and codes a query may use (`kl`, `nghị quyết`), folded. */
function queryType(word: string): DocumentType | null {
  const w = word.trim();
  for (const t of TYPE_NAMES) if (t.folded.includes(w)) return t.type;
  return SYMBOL_TYPE_CODES[w.toUpperCase()] ?? null;
}

/**
 * A lookup key from what a user types: a symbol (`81-KL/TW`), a short form (`kl 81`, `Kết luận 81`),
 * a plenum name (`nghị quyết trung ương 7 khóa XI`), a law (`Luật Bảo vệ môi trường 2014`), or a node key.
 * Local symbols come back without a place: look them up by `symbol`.
 */
export function parseDocumentKey(query: string): DocumentKey | null {
  const q = query.normalize('NFC').replace(/\s+/g, ' ').trim();
  if (!q) return null;
  if (/^(?:LUAT|NQ-DH|NQ-HNTW):/.test(q)) {
    return {
      key: q,
      type: q.startsWith('LUAT') ? 'LUAT' : 'NQ',
      symbol: null,
      number: null,
      issuer: null,
      date: null,
      subject: null,
      name: null,
    };
  }
  const standard = findStandards(q)[0];
  if (standard && standard.start === 0 && standard.end === q.length) return standard.key;
  const folded = foldedForm(q);
  const sym = findSymbol(q);
  if (sym) {
    const before = foldedForm(q.slice(0, sym.start))
      .replace(/\bso\b|[:\s]+$/g, '')
      .trim();
    const named = before ? queryType(before) : null;
    const type = named === 'QDi' && sym.canonical.type === 'QD' ? 'QDi' : (sym.canonical.type ?? named);
    const key = numberedKey({ symbol: sym.canonical.symbol, type });
    // A query names no place: the bare symbol is the lookup key.
    return { ...key, key: sym.canonical.symbol };
  }
  // `nghị quyết trung ương 7 khóa XI`, optionally with words of its subject to tell a plenum's resolutions apart.
  const plenum = /^nghi quyet (?:hoi nghi )?(?:trung uong|tw) ?(\d{1,2}) ?\(?khoa ([ivxl]+)\)?(?![a-z])(.*)$/.exec(
    folded,
  );
  if (plenum) return plenumKey(Number(plenum[1]), plenum[2], q.slice(0, q.length - plenum[3].length), plenum[3]);
  const lawQuery = /^((?:bo )?luat) (.+?)(?: (?:nam )?(\d{4}))?$/.exec(folded);
  if (lawQuery) {
    const name = q.slice(0, lawQuery[1].length + 1 + lawQuery[2].length);
    return lawKey(
      name.replace(/^(bộ )?luật/iu, (m) => (m.length > 5 ? 'Bộ luật' : 'Luật')),
      lawQuery[3] ?? null,
    );
  }
  const short = /^([a-z ]+?) ?(?:so )?(\d{1,4})$/.exec(folded);
  if (short) {
    const type = queryType(short[1]);
    if (type) return partialKey(type, short[2]);
  }
  return null;
}

export { mergeKeys };
