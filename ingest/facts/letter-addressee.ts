/**
 * @module ingest/facts/letter-addressee — the body a letter asks to act when its text names it only by the short form
 * of its addressee. A Công văn (NĐ 30/2020, Phụ lục I) names its addressee once, after `Kính gửi:`, or defines a short
 * name for it (`Công ty Cổ phần X (sau đây gọi là Công ty)`), then asks it to act by that short name: `Đề nghị Công ty
 * bổ sung …`, `đề nghị Quý cơ quan …`, `Sau khi hoàn thiện, Công ty nộp lại hồ sơ …`, or by its full name ending a
 * lead-in (`Sở Công Thương đề nghị Công ty cổ phần Mông Sơn:`). Those words are the addressee, not a new body.
 */
import { ADDRESSEE_CUE } from '../../core/patterns.ts';
import type { Clause } from '../../core/types.ts';
import { type BodyContext, bodyFromMention } from './bodies.ts';
import { UNIT_WORDS } from './body-lexicon.ts';
import { matchHead, parseBodyAt, printedMention } from './body-mentions.ts';
import type { StatedRole } from './clause-roles.ts';
import { contentStart, execAt, type MatchText, matchText } from './match-text.ts';
import ENTERPRISE_NAMES from '../../core/lexicon/enterprise-names.json' with { type: 'json' };
import { foldedForm } from '../../core/text/vietnamese.ts';

/** A letter's addressee: the body, its full name and the short forms the letter calls it by, folded. */
export interface LetterAddressee {
  role: Omit<StatedRole, 'role' | 'span'>;
  /** The full name, folded (`cong ty co phan mong son`). */
  name: string;
  /** Short forms, folded: the name's head (`cong ty`) and any defined short name. */
  shortForms: string[];
  /** Each short form as printed, lowercased (`công ty`). */
  printed: Map<string, string>;
}

/** `Kính gửi: X` to the end of its line, folded (the colon may be lost in conversion). */
const TO_LINE = /kinh gui\s*:?[ \t]*([^\n]+)/;
/** `(sau đây gọi là Công ty)`, `(sau đây gọi tắt là "Công ty")`, folded: the short name a letter defines. */
const DEFINED = /\(\s*sau day (?:duoc )?goi (?:tat )?la\s+["“]?([a-z ]+?)["”]?\s*\)/g;
/** `Quý cơ quan`, `Quý đơn vị`: the honorific forms of address NĐ 30/2020 letters use for whoever they are sent to. */
const HONORIFIC = /quy (?:co quan|don vi)(?![a-z0-9])/y;
/** What may follow a name that ends its phrase: a colon, a list's or a sentence's mark. */
const PHRASE_END = /\s*[:;,.]/y;
/** A lowercase folded word. */
const WORD = /[a-z]+/y;
/** Words a name may hold at most (a longer line is prose run on after the name). */
const MAX_NAME_WORDS = 16;

/** The enterprise forms of Luật Doanh nghiệp 2020 (`cổ phần`, `TNHH`), folded: lowercase words that go on with a firm's name. */
const ENTERPRISE_WORDS: readonly string[] = ENTERPRISE_NAMES.forms.map(foldedForm);
const UNIT_FORMS = new Set(UNIT_WORDS.map(([form]) => form));

const printedLower = (mt: MatchText, start: number, end: number) =>
  mt.source.slice(mt.toSource(start), mt.toSource(end)).normalize('NFC').toLowerCase();

function isCapitalAt(mt: MatchText, i: number): boolean {
  const c = mt.source[mt.toSource(i)] ?? '';
  return c !== c.toLowerCase();
}

/** The addressee named from offset `i` of `mt` up to `end`: the lexicon's reading when it takes the whole name, else the name as printed. */
function addresseeAt(mt: MatchText, i: number, end: number, context: BodyContext): LetterAddressee | null {
  if (!isCapitalAt(mt, i)) return null;
  const printed = mt.text.slice(i, end).trim();
  if (printed.split(' ').length > MAX_NAME_WORDS || printed.split(' ').length < 2) return null;
  const parsed = parseBodyAt(mt, i);
  const head = matchHead(mt, i);
  if (!head) return null;
  const mention =
    parsed && parsed.end >= i + printed.length ? parsed : printedMention(mt, i, i + printed.length, 'organ');
  const body = bodyFromMention(mention, context);
  return {
    role: { body, bodyText: mt.source.slice(mt.toSource(i), mt.toSource(i + printed.length)) },
    name: printed,
    shortForms: [mt.text.slice(i, head.end)],
    printed: new Map([[mt.text.slice(i, head.end), printedLower(mt, i, head.end)]]),
  };
}

/**
 * The addressee of a letter: the name after its first `Kính gửi:` (in the header or a paragraph of its own), with the
 * short names the letter defines for it. Null for a document with no `Kính gửi:` line naming one body.
 */
export function letterAddressee(clauses: readonly Clause[], context: BodyContext): LetterAddressee | null {
  const toClause = clauses.slice(0, 4).find((c) => TO_LINE.test(matchText(c.text).text));
  if (!toClause) return null;
  const mt = matchText(toClause.text);
  const to = TO_LINE.exec(mt.text) as RegExpExecArray;
  const from = to.index + to[0].length - to[1].length;
  // The name ends where its line, an address in brackets or a full stop does.
  const tail = /\s*(?:\(|[.;]\s*$|[.;]\s)/.exec(mt.text.slice(from));
  const found = addresseeAt(mt, from, tail ? from + tail.index : from + to[1].length, context);
  if (!found) return null;
  // `Công ty Cổ phần X (sau đây gọi là Công ty)`: the short name stands for the addressee it follows.
  for (const clause of clauses.slice(0, 8)) {
    const mt = matchText(clause.text);
    for (const m of mt.text.matchAll(DEFINED)) {
      const before = mt.text.slice(0, m.index).trimEnd();
      if (!before.endsWith(found.name) || found.shortForms.includes(m[1])) continue;
      const at = m.index + m[0].indexOf(m[1]);
      found.shortForms.push(m[1]);
      found.printed.set(m[1], printedLower(mt, at, at + m[1].length));
    }
  }
  return found;
}

/**
 * After the addressee's name, what a letter puts when it proposes to it rather than asks it to act, folded: `… báo
 * cáo và đề nghị Bộ Xây dựng nội dung như sau:`, `đề nghị UBND tỉnh một số nội dung sau:` (a kiến nghị to a superior).
 */
const PROPOSES = /\s*(?:(?:mot so|cac|nhung)\s+)?(?:noi dung|van de|kien nghi|de xuat)(?![a-z0-9])|\s*nhu sau/y;

/** Where the words naming the addressee from `i` end, or null: its full name, or a short form not going on with another name. */
function referentEnd(mt: MatchText, i: number, addressee: LetterAddressee, asked: boolean): number | null {
  const t = mt.text;
  // The full name counts where the letter asks (after `đề nghị`); elsewhere it narrates (`của Bộ Xây dựng`).
  if (asked && t.startsWith(addressee.name, i)) return i + addressee.name.length;
  const honorific = execAt(HONORIFIC, t, i);
  if (honorific) return i + honorific[0].length;
  const at = t.startsWith('quy ', i) ? i + 4 : i;
  // A short form is a name: printed with its capital and marks (`Công ty`, not `bổ sung` folded to `bo`).
  if (!isCapitalAt(mt, at)) return null;
  for (const form of addressee.shortForms) {
    if (!t.startsWith(form, at)) continue;
    const end = at + form.length;
    if (printedLower(mt, at, end) !== addressee.printed.get(form)) continue;
    if (end === t.length || execAt(PHRASE_END, t, end)) return end;
    if (t[end] !== ' ' || isCapitalAt(mt, end + 1)) continue;
    // `Công ty cổ phần Y`, `Ủy ban nhân dân huyện Y`: another body's name goes on; `Công ty bổ sung …`: the verb of
    // the short name.
    if (ENTERPRISE_WORDS.some((w) => t.startsWith(`${w} `, end + 1) || t.startsWith(`${w},`, end + 1))) continue;
    if (UNIT_FORMS.has(execAt(WORD, t, end + 1)?.[0] ?? '')) continue;
    return end;
  }
  return null;
}

/** Offsets where a clause's subject or an asked body may stand: its opening, after a cue, after `,` `;` `.`. */
function subjectSlots(mt: MatchText): Map<number, boolean> {
  const t = mt.text;
  const slots = new Map<number, boolean>([[contentStart(mt), false]]);
  for (const m of t.matchAll(/[,;.] /g)) slots.set(m.index + 2, false);
  for (const m of t.matchAll(new RegExp(ADDRESSEE_CUE.source, 'g'))) slots.set(m.index + m[0].length, true);
  return slots;
}

/**
 * The lead roles a clause gives a letter's addressee by naming it: its full name or short form where a subject or
 * an asked body stands, before a verb or the lead-in's colon. `offset` is the clause's start in the document.
 * @example referentRoles('Đề nghị Công ty bổ sung hồ sơ.', 0, addressee) // lead: the addressee, words `Công ty`
 */
export function referentRoles(text: string, offset: number, addressee: LetterAddressee | null): StatedRole[] {
  if (!addressee) return [];
  const mt = matchText(text);
  const out: StatedRole[] = [];
  for (const [slot, asked] of subjectSlots(mt)) {
    const end = referentEnd(mt, slot, addressee, asked);
    if (end === null || execAt(PROPOSES, mt.text, end)) continue;
    const start = mt.toSource(slot);
    const stop = mt.toSource(end);
    out.push({
      ...addressee.role,
      role: 'lead',
      bodyText: text.slice(start, stop),
      span: { start: offset + start, end: offset + stop },
    });
  }
  return out;
}
