/**
 * @module answer/read-mentions
 * Reads the things a question names: documents (`81-KL/TW`, `kết luận 81`, `Conclusion 81-KL/TW`),
 * places, years and full dates. Works on the folded form, so typing without diacritics reads the same.
 */
import { ENGLISH_MONTHS, PARTY_SYMBOL, STATE_SYMBOL, SYMBOL_TYPE_CODES, typeName } from '../core/patterns.ts';
import { canonicalTones } from '../core/text/vietnamese.ts';
import type { DocumentType } from '../core/types.ts';
import { findSymbols, foldText } from '../search/analyzer.ts';
import { PLACES } from './data/places.ts';
import { type FoldedText, findAll } from './folded-text.ts';
import { TYPE_WORDS } from './patterns.ts';
import type { DocumentMention } from './types.ts';

const DASHES = /[‐‑–—]/g;

/**
 * A key the store's lookups read (`lineage/findStart`, validity) for a mention: its symbol, else its
 * type and number in Vietnamese, whatever language the question was typed in.
 * @example mentionKey({ mention: 'Conclusion 81', type: 'KL', number: '81', symbol: null, at: 0 }) // 'Kết luận 81'
 */
export function mentionKey(m: DocumentMention): string {
  if (m.symbol) return m.symbol;
  const type = typeName(m.type);
  return type && m.number ? `${type} ${m.number}` : m.mention;
}

/** `81 - KL/TW` → `81-KL/TW`: spaces out, one dash. */
export function compactSymbol(printed: string): string {
  return printed.replace(/\s+/g, '').replace(DASHES, '-');
}

/** The form two symbols are compared in: compact, folded, lowercase (`2449-CV/ĐU` = `2449-cv/du`). */
export function symbolKey(symbol: string): string {
  return foldText(compactSymbol(symbol));
}

function typeOfSymbol(printed: string): DocumentType | null {
  const flat = printed.replace(/\s+/g, ' ');
  const party = new RegExp(PARTY_SYMBOL.source, 'u').exec(flat);
  const state = party ? null : new RegExp(STATE_SYMBOL.source, 'u').exec(flat);
  const code = party?.[2] ?? state?.[3];
  if (!code) return null;
  return SYMBOL_TYPE_CODES[foldText(code).toUpperCase()] ?? (state ? 'CV' : null);
}

/** Every type word of `TYPE_WORDS` in the folded text, longest first where two overlap. */
export function typeWordsIn(
  folded: string,
): Array<{ type: DocumentType; start: number; end: number; common: boolean }> {
  const found: Array<{ type: DocumentType; start: number; end: number; common: boolean }> = [];
  for (const t of TYPE_WORDS) {
    for (const w of t.words) {
      for (const r of findAll(folded, w)) {
        if (found.some((f) => r.start < f.end && r.end > f.start)) continue;
        found.push({ type: t.type, ...r, common: t.common ?? false });
      }
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

/**
 * A symbol's type code typed as a word before the number, as questions abbreviate (`nd 26/2026`,
 * `tt37/2020`, `kl 02`): any code with a number and year, the common ones with a bare number.
 */
const SHORT_FORM = /(?<![a-z0-9/])([a-z]{2,3})\s?(\d{1,5})(?:\s?\/\s?((?:19|20)\d{2}))?(?!\d|-|\/(?!(?:[a-z]|$)))/g;
const BARE_NUMBER_CODES: ReadonlySet<string> = new Set(['nq', 'kl', 'ct', 'ctr', 'kh', 'cv', 'qd', 'nd', 'tt']);

const PERIOD = /^(?:19|20)\d{2}\s*[-–—]\s*(?:19|20)\d{2}/;

/** Documents named with a symbol, a type word or a type code and a number, in order of appearance. */
export function readMentions(q: FoldedText): DocumentMention[] {
  const mentions: DocumentMention[] = [];
  const symbols = findSymbols(q.text);
  for (const s of symbols) {
    const printed = q.text.slice(s.start, s.end);
    mentions.push({
      mention: printed,
      type: typeOfSymbol(printed),
      number: s.number,
      symbol: compactSymbol(printed),
      at: s.start,
    });
  }
  for (const w of typeWordsIn(q.folded)) {
    const rest = q.folded.slice(w.end);
    const m = /^\s+(?:so\s+|no\.?\s*|number\s+)?(\d{1,5})(?![\d,.]\d)/.exec(rest);
    // `programme 2022–2025` names a period, not a number.
    if (!m || PERIOD.test(rest.slice(m[0].length - m[1].length))) continue;
    const numberAt = w.end + m[0].length - m[1].length;
    const symbol = symbols.find((s) => s.start === numberAt);
    if (symbol) {
      const found = mentions.find((x) => x.at === symbol.start);
      if (found) {
        found.type ??= w.type;
        found.mention = q.text.slice(w.start, symbol.end);
        found.at = w.start;
      }
      continue;
    }
    mentions.push({
      mention: q.text.slice(w.start, numberAt + m[1].length),
      type: w.type,
      number: m[1],
      symbol: null,
      at: w.start,
    });
  }
  for (const m of q.folded.matchAll(SHORT_FORM)) {
    const type = SYMBOL_TYPE_CODES[m[1].toUpperCase()];
    if (!type || (!m[3] && !BARE_NUMBER_CODES.has(m[1]))) continue;
    const end = m.index + m[0].length;
    if (mentions.some((x) => m.index < x.at + x.mention.length && x.at < end)) continue;
    mentions.push({ mention: q.text.slice(m.index, end), type, number: m[2], symbol: null, at: m.index });
  }
  return mentions.sort((a, b) => a.at - b.at);
}

/**
 * False when the words carry diacritics other than the place's: `Mông Sơn là ai` names a company and
 * asks who, not `Sơn La`. Words typed without diacritics (`son la`) and aliases (`hn`) stay a match.
 */
function spelledAs(typed: string, name: string): boolean {
  const lower = typed.toLowerCase().replace(/\s+/g, ' ');
  if (foldText(lower) === lower) return true;
  const canonical = canonicalTones(name.normalize('NFC')).toLowerCase();
  return foldText(lower) !== foldText(canonical) || lower === canonical;
}

/** Places named (canonical spelling), in order of appearance. */
export function readPlaces(q: FoldedText): string[] {
  const hits: Array<{ name: string; at: number }> = [];
  for (const p of PLACES) {
    for (const spelling of [foldText(p.name), ...(p.aliases ?? [])]) {
      const first = findAll(q.folded, spelling).find((hit) => spelledAs(q.text.slice(hit.start, hit.end), p.name));
      if (first) {
        hits.push({ name: p.name, at: first.start });
        break;
      }
    }
  }
  return hits.sort((a, b) => a.at - b.at).map((h) => h.name);
}

/** Month names as folded questions write them (`june`). */
const MONTHS = ENGLISH_MONTHS.map((m) => m.toLowerCase());

function iso(y: string, m: string | number, d: string | number): string | null {
  const month = Number(m);
  const day = Number(d);
  if (month < 1 || month > 12 || day < 1 || day > 31) return null;
  return `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Full dates named in the question, as `YYYY-MM-DD`. */
export function readDates(q: FoldedText): string[] {
  const out: string[] = [];
  const f = q.folded;
  for (const m of f.matchAll(/(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/])/g)) {
    out.push(iso(m[3], m[2], m[1]) ?? '');
  }
  for (const m of f.matchAll(/ngay\s+(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+((?:19|20)\d{2})/g))
    out.push(iso(m[3], m[2], m[1]) ?? '');
  const month = MONTHS.join('|');
  for (const m of f.matchAll(new RegExp(`(\\d{1,2})\\s+(${month})\\s+((?:19|20)\\d{2})`, 'g'))) {
    out.push(iso(m[3], MONTHS.indexOf(m[2]) + 1, m[1]) ?? '');
  }
  for (const m of f.matchAll(new RegExp(`(${month})\\s+(\\d{1,2}),?\\s+((?:19|20)\\d{2})`, 'g'))) {
    out.push(iso(m[3], MONTHS.indexOf(m[1]) + 1, m[2]) ?? '');
  }
  return [...new Set(out.filter(Boolean))];
}

/** Four-digit years (1950–2099) outside document symbols. */
export function readYears(q: FoldedText): number[] {
  const symbols = findSymbols(q.text);
  const years: number[] = [];
  for (const m of q.folded.matchAll(/(?<![\d,.])(19[5-9]\d|20\d{2})(?![\d,.]\d)/g)) {
    if (symbols.some((s) => m.index >= s.start && m.index < s.end)) continue;
    years.push(Number(m[1]));
  }
  return [...new Set(years)];
}
