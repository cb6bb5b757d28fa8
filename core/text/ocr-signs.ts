/**
 * @module core/text/ocr-signs
 * Repairs OCR look-alikes inside document signs (`105/2025/NĐ.. CP`, `464/QÐ-BCT` with an eth, `512/QĐÐ - UBND`,
 * `l05/2025/NĐ-CP`): a token shaped like a sign (NĐ 30/2020 Phụ lục I, Ký hiệu; HD 36-HD/VPTW) that does not parse
 * as one has each character read by its slot (number, type code and issuer, the dash between them) through the
 * confusion table `core/lexicon/ocr-sign-confusions.json`, and is kept repaired only when it then parses. Text
 * elsewhere is never touched, so a sentence's `l` or `O` stays as printed.
 */
import table from '../lexicon/ocr-sign-confusions.json' with { type: 'json' };
import { DASH, PARTY_SYMBOL, STATE_SYMBOL, SYMBOL_TYPE_CODES } from '../patterns.ts';
import type { TextEdit } from './mapped-text.ts';
import { foldAccents } from './vietnamese.ts';

type Slot = 'digit' | 'letter' | 'dash' | 'marker';
interface Confusion {
  slot: Slot;
  from: string;
  to: string;
}

const CONFUSIONS = table.entries as Confusion[];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&');
const fromsOf = (slot: Slot) =>
  CONFUSIONS.filter((c) => c.slot === slot)
    .map((c) => c.from)
    .sort((a, b) => b.length - a.length);

const DIGIT = `[0-9${fromsOf('digit')
  .filter((f) => f.length === 1)
  .map(escapeRegExp)
  .join('')}]`;
const LETTER = `[A-Za-zĐđ${fromsOf('letter')
  .filter((f) => f.length === 1)
  .map(escapeRegExp)
  .join('')}]`;
const ISSUER = `[A-Za-zĐđ&0-9${fromsOf('letter')
  .filter((f) => f.length === 1)
  .map(escapeRegExp)
  .join('')}]{1,12}`;
/** The dash between code and issuer as OCR prints it: a real dash, or a look-alike from the table. */
const STATE_DASH = `(?:${DASH}|${fromsOf('dash').map(escapeRegExp).join('|')})`;
/** Up to two stray spaces by a separator (the grammar allows one). */
const SP = '[ ]{0,2}';

/** Sign-shaped: a State sign `{number}/[{year}/]{code}{dash}{issuer}`, its characters and separators loosely read. */
export const STATE_SIGN_SHAPE = new RegExp(
  `(?<![\\p{L}\\d/])(?<!\\d\\.)(${DIGIT}{1,5}(?:\\.${DIGIT}{1,3})?)${SP}/${SP}(?:(${DIGIT}{4})${SP}/${SP})?` +
    `(${LETTER}{1,8})${SP}(${STATE_DASH})${SP}(${ISSUER}(?:[-.]${ISSUER}){0,7})(?![\\p{L}\\d])`,
  'gu',
);
/** Sign-shaped: a Party sign `{number}-{code}/{issuer}`; its dash is a real one (a dot there is a list marker). */
export const PARTY_SIGN_SHAPE = new RegExp(
  `(?<![\\p{L}\\d/])(${DIGIT}{1,5})${SP}${DASH}${SP}(${LETTER}{1,5})${SP}/${SP}(${ISSUER}(?:[-.]${ISSUER}){0,7})(?![\\p{L}\\d])`,
  'gu',
);

const anchored = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'u');
const STATE_WHOLE = anchored(STATE_SYMBOL);
const PARTY_WHOLE = anchored(PARTY_SYMBOL);

/** Replaces each table entry of `slot` in `text`, longest first, reading left to right. */
function readSlot(text: string, slot: Slot): string {
  const entries = CONFUSIONS.filter((c) => c.slot === slot).sort((a, b) => b.from.length - a.from.length);
  if (entries.length === 0) return text;
  const re = new RegExp(entries.map((e) => escapeRegExp(e.from)).join('|'), 'gu');
  return text.replace(re, (m) => entries.find((e) => e.from === m)?.to ?? m);
}

const hasDigit = (s: string) => /\d/.test(s);
/** An issuer keeps its digits (`QH15`, `CT05`); only its letters' look-alikes are read. */
const readLetters = (s: string) => readSlot(s, 'letter');

/** The repaired State sign, or null when the token is no sign even repaired. */
export function repairStateSign(token: string): string | null {
  if (STATE_WHOLE.test(token)) return null;
  const m = new RegExp(STATE_SIGN_SHAPE.source, 'u').exec(token);
  if (m?.index !== 0 || m[0].length !== token.length) return null;
  const [, number, year, code, dash, issuer] = m;
  if (!hasDigit(number) && !hasDigit(year ?? '')) return null;
  const spelled = readLetters(code);
  // A dot or comma for the dash is read as one only before a known type code's issuer (`NĐ.. CP`), not in any
  // `12/abc.def`.
  if (!new RegExp(`^${DASH}$`, 'u').test(dash) && !SYMBOL_TYPE_CODES[foldAccents(spelled).toUpperCase()]) return null;
  const repaired = `${readSlot(number, 'digit')}/${year ? `${readSlot(year, 'digit')}/` : ''}${spelled}-${readLetters(issuer)}`;
  return STATE_WHOLE.test(repaired) ? repaired : null;
}

/** The repaired Party sign, or null. */
export function repairPartySign(token: string): string | null {
  if (PARTY_WHOLE.test(token)) return null;
  const m = new RegExp(PARTY_SIGN_SHAPE.source, 'u').exec(token);
  if (m?.index !== 0 || m[0].length !== token.length) return null;
  const [, number, code, issuer] = m;
  if (!hasDigit(number)) return null;
  const repaired = `${readSlot(number, 'digit')}-${readLetters(code)}/${readLetters(issuer)}`;
  return PARTY_WHOLE.test(repaired) ? repaired : null;
}

/**
 * A Government resolution of a series (`66.16/2026/NQ-CP`) OCR'd with a space after the series' dot (`66. 16/…`):
 * the prefixes a text also prints glued (`66.16/`) are the series it cites, so only those are joined; a list's
 * `3. 105/2025/NĐ-CP` stays a list item.
 */
function seriesPrefixes(text: string): Set<string> {
  return new Set([...text.matchAll(/(?<![\d.])(\d{1,3})\.\d{1,3}[ ]?\//g)].map((m) => m[1]));
}

const SPACED_SERIES = /(?<![\d.])(\d{1,3})\.[ ](?=\d{1,3}[ ]?\/)/g;

/** A point marker OCR read as a look-alike symbol at a line's start (`©) Khoản 1 Điều 4`): its letter. */
const MARKER = new RegExp(
  `^([ ]*)(${fromsOf('marker').map(escapeRegExp).join('|') || '(?!)'})(?=\\)[ ]?\\p{L})`,
  'gmu',
);

/** The edits that repair the signs of `text` and its look-alike point markers: where, how long, the repaired text. */
export function signRepairs(text: string): TextEdit[] {
  const edits: TextEdit[] = [];
  const series = seriesPrefixes(text);
  if (series.size > 0)
    for (const m of text.matchAll(SPACED_SERIES))
      if (series.has(m[1])) edits.push({ start: m.index, end: m.index + m[0].length, text: `${m[1]}.` });
  for (const [shape, repair] of [
    [STATE_SIGN_SHAPE, repairStateSign],
    [PARTY_SIGN_SHAPE, repairPartySign],
  ] as const) {
    for (const m of text.matchAll(new RegExp(shape.source, 'gu'))) {
      const repaired = repair(m[0]);
      if (repaired !== null && !edits.some((e) => e.start < m.index + m[0].length && m.index < e.end))
        edits.push({ start: m.index, end: m.index + m[0].length, text: repaired });
    }
  }
  for (const m of text.matchAll(MARKER)) {
    const start = m.index + m[1].length;
    const to = CONFUSIONS.find((c) => c.slot === 'marker' && c.from === m[2])?.to ?? m[2];
    edits.push({ start, end: start + m[2].length, text: to });
  }
  return edits.sort((a, b) => a.start - b.start);
}
