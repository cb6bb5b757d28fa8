/** @module ingest/facts/body-mentions — finds the words naming a body in match text: head, field, owner, unit and place, and lists of bodies. */
import { foldedForm, matchForm } from '../../core/text/vietnamese.ts';
import { BODY_ABBREVIATIONS } from './body-aliases.ts';
import { genericUnits } from './generic-units.ts';
import {
  BODY_HEADS,
  type BodyHead,
  FIELD_NAMES,
  IN_NAME_STOPS,
  NAME_STOPS,
  UNIT_WORDS,
  type Unit,
} from './body-lexicon.ts';
import type { MatchText } from './match-text.ts';
import { titleEnd } from './office-titles.ts';

/** A body named in the text. Offsets are into the match text. */
export interface BodyMention {
  start: number;
  end: number;
  head: BodyHead;
  /** `các huyện ủy`: the class, not one body. */
  plural: boolean;
  /** Field of a Sở or Bộ (`Tài chính`). */
  field: string | null;
  /** For a party group: the body it sits in (`Ban cán sự đảng` → `Ủy ban nhân dân tỉnh`). */
  inner: BodyMention | null;
  /** For a department: the committee or organ it belongs to (`Ban Tuyên giáo` → `Tỉnh ủy`). */
  owner: BodyMention | null;
  unit: Unit | null;
  /** Place named right after the unit or committee (`thành phố Cần Thơ` → `Cần Thơ`). */
  place: string | null;
  /** The units of a class, as printed (`huyện, thị xã, thành phố` in `UBND các huyện, thị xã, thành phố`). */
  unitClass?: string;
}

/** A body known only by the name printed between `start` and `end` (an open-class name, not in the lexicon). */
export function printedMention(mt: MatchText, start: number, end: number, kind: BodyHead['kind']): BodyMention {
  const printed = mt.source.slice(mt.toSource(start), mt.toSource(end)).trim();
  return {
    start,
    end,
    head: { name: printed.charAt(0).toUpperCase() + printed.slice(1), forms: [], kind },
    plural: false,
    field: null,
    inner: null,
    owner: null,
    unit: null,
    place: null,
  };
}

const HEAD_FORMS = BODY_HEADS.flatMap((head) => head.forms.map((form) => ({ form, head }))).sort(
  (a, b) => b.form.length - a.form.length,
);
const FIELDS = FIELD_NAMES.map((name) => ({ name, form: foldedForm(name) })).sort(
  (a, b) => b.form.length - a.form.length,
);
const ABBREVIATIONS = new Set(BODY_ABBREVIATIONS.map(([abbr]) => abbr));
const LIST_SEPARATOR = /^(?:\s*,\s*(?:va\s+)?|\s+va\s+)/;
const WORD_CHAR = /[a-z0-9]/;

const endsWord = (t: string, i: number) => i >= t.length || !WORD_CHAR.test(t[i]);
const startsWord = (t: string, i: number) => i === 0 || !WORD_CHAR.test(t[i - 1]);
const skipSpace = (t: string, i: number) => (t[i] === ' ' ? i + 1 : i);

function isCapital(mt: MatchText, i: number): boolean {
  const c = mt.source[mt.toSource(i)] ?? '';
  return c !== c.toLowerCase();
}

/**
 * A capitalized field right after a head that is otherwise capitalized (`giao phòng Quản lý Công nghiệp`, `đề nghị
 * sở Xây dựng`): writers lowercase the head of a name often, its field seldom, so the field marks the name.
 */
function namedField(mt: MatchText, head: BodyHead, start: number, end: number): boolean {
  if (head.field !== true || mt.text[end] !== ' ' || !isCapital(mt, end + 1)) return false;
  // Not the tail of a longer head (`phòng` in `Văn phòng Sở`).
  return !HEAD_FORMS.some(({ form }) => {
    const from = end - form.length;
    return from >= 0 && from < start && mt.text.startsWith(form, from) && startsWord(mt.text, from);
  });
}

export function matchHead(mt: MatchText, i: number): { head: BodyHead; end: number } | null {
  if (!startsWord(mt.text, i)) return null;
  for (const { form, head } of HEAD_FORMS) {
    const end = i + form.length;
    if (
      mt.text.startsWith(form, i) &&
      endsWord(mt.text, end) &&
      (!head.capital || isCapital(mt, i) || namedField(mt, head, i, end))
    ) {
      return { head, end };
    }
  }
  return null;
}

const WORD_AT = /^[a-z0-9]+/;
const UNIT_FORMS = new Set(UNIT_WORDS.map(([form]) => form));

/** True when the name may end before offset `i`: punctuation or the end, a capitalized word, or a unit (`tỉnh`). */
function nameBoundary(mt: MatchText, i: number): boolean {
  const t = mt.text;
  if (i >= t.length || t[i] !== ' ') return true;
  const w = WORD_AT.exec(t.slice(i + 1));
  return !w || isCapital(mt, i + 1) || UNIT_FORMS.has(w[0]);
}

/** Lowercase syllables the first word of a name may take before the genre ends it (`Quản lý đô thị`, `Phát triển quỹ đất`). */
const MAX_NAME_SYLLABLES = 6;
/** The lead verbs that end a body's name (`… chủ trì`, `… có trách nhiệm`), folded. */
const LEAD_CUE = '(?:chu tri|phoi hop|co trach nhiem|chiu trach nhiem|lam dau moi|la dau moi)(?![a-z0-9])';
/** A lead cue after `,` that ends a name (`Phòng Quản lý đô thị, chủ trì …`). */
const ROLE_AFTER_COMMA = new RegExp(`^, ${LEAD_CUE}`);
/**
 * What a letter's writer says of itself right after its name (NĐ 30/2020 Công văn: `… nhận được Văn bản số …`,
 * `… cơ bản nhất trí với …`, `… có ý kiến như sau`), folded: like a lead verb, it ends the name before it.
 */
export const WRITER_CUE =
  '(?:(?:da )?nhan duoc|da (?:tiep )?nhan|co y kien|(?:co ban )?(?:nhat tri|thong nhat) (?:voi|ve))(?![a-z0-9])';
const LEAD_CUE_AT = new RegExp(`^ (?:${LEAD_CUE}|${WRITER_CUE})`);
/** Words a name read on to its lead verb may hold at most. */
const MAX_NAME_WORDS = 12;

/**
 * Where a name starting at `end` runs on to the lead verb that ends it (`Công ty Cổ phần đầu tư xây dựng hạ tầng và
 * giao thông có trách nhiệm`): through words that are no body's head and no stop other than the ones names hold; null
 * when punctuation or another word comes first.
 */
function toLeadCue(mt: MatchText, end: number): number | null {
  const t = mt.text;
  let at = end;
  for (let n = 0; n < MAX_NAME_WORDS; n++) {
    if (LEAD_CUE_AT.test(t.slice(at))) return at === end ? null : at;
    if (t[at] !== ' ') return null;
    const w = WORD_AT.exec(t.slice(at + 1));
    if (!w || matchHead(mt, at + 1)) return null;
    const printed = mt.source.slice(mt.toSource(at + 1), mt.toSource(at + 1 + w[0].length)).normalize('NFC');
    if (!isCapital(mt, at + 1) && NAME_STOPS.has(printed.toLowerCase()) && !IN_NAME_STOPS.has(printed)) return null;
    at += 1 + w[0].length;
  }
  return null;
}

/**
 * Where the lowercase syllables completing a capitalized word end: NĐ 30/2020 capitalizes only the
 * first syllable of each part of a name (`Quản lý Năng lượng`, `Khu kinh tế`, `Điện lực`). Two
 * syllables when a boundary follows them, one that is no verb or function word when a stop or a boundary
 * follows it, else none (the lowercase words are prose). With `long` (the first word of a name, whose part is often
 * wholly lowercase after its first syllable: `Phòng Quản lý đô thị`, `Trung tâm Phát triển quỹ đất`), the name runs
 * on to where the genre ends it: a verb or function word, a unit, the end of the line or sentence, or a comma before
 * another body or a lead cue.
 */
function compoundEnd(mt: MatchText, end: number, long = false): number {
  const t = mt.text;
  const syllable = (at: number) => {
    if (t[at] !== ' ' || isCapital(mt, at + 1)) return null;
    const w = WORD_AT.exec(t.slice(at + 1));
    if (!w || UNIT_FORMS.has(w[0])) return null;
    const printed = mt.source.slice(mt.toSource(at + 1), mt.toSource(at + 1 + w[0].length));
    const end = at + 1 + w[0].length;
    const word = printed.normalize('NFC').toLowerCase();
    return NAME_STOPS.has(word) && !(word === 'số' && !beforeNumeral(mt, end)) ? null : end;
  };
  if (long) {
    const cue = toLeadCue(mt, end);
    if (cue !== null) return cue;
    let at = end;
    for (let n = 0, next = syllable(at); next !== null && n < MAX_NAME_SYLLABLES; n++, next = syllable(at)) at = next;
    if (at > end && syllable(at) === null && genreEnds(mt, at)) return at;
  }
  const one = syllable(end);
  if (one === null) return end;
  const two = syllable(one);
  if (two === null) return one;
  // Two more lowercase syllables and no boundary: prose follows the name (`Công ty TNHH MTV hạ tầng kỹ thuật`).
  return nameBoundary(mt, two) ? two : end;
}

/**
 * True when a numeral follows `i`. `số` ends a name before one (`Công ty … số 1`, `… số 23/2024`) and is a word of it
 * elsewhere (`Cục Thương mại điện tử và Kinh tế số`, `Trung tâm Chuyển đổi số tỉnh`): the genre's names of `digital`.
 */
const beforeNumeral = (mt: MatchText, i: number) => /^ \d/.test(mt.text.slice(i, i + 2));

/** True when a body's name may end at `i` by the genre: a verb or function word, a unit, a capital, `.:;()` or the end, or `,` before a body or a lead cue. */
function genreEnds(mt: MatchText, i: number): boolean {
  const t = mt.text;
  if (i >= t.length || /^\s*[.:;()\n]/.test(t.slice(i))) return true;
  if (t[i] === ',') return ROLE_AFTER_COMMA.test(t.slice(i)) || (t[i + 1] === ' ' && matchHead(mt, i + 2) !== null);
  // A space before a word no syllable took: a stop, a unit or a capital.
  return t[i] === ' ' && WORD_AT.test(t.slice(i + 1));
}

/**
 * Capitalized words from `i` (at most `max`), joined by `và` when `joined`: a place or an unlisted field.
 * A field (`joined`) also takes the lowercase syllables completing each word and ` - ` joins (`Kế hoạch - Tổng hợp`).
 */
function capitalizedRun(mt: MatchText, i: number, max: number, joined: boolean): { text: string; end: number } | null {
  const t = mt.text;
  let at = i;
  let end = -1;
  let words = 0;
  // The part after `và` closes the name (`Cục Kỹ thuật an toàn và Môi trường công nghiệp`): like the first, it may run
  // on in lowercase to where the genre ends a name.
  let closing = false;
  while (words < max) {
    const m = WORD_AT.exec(t.slice(at));
    if (!m || !isCapital(mt, at)) break;
    end = at + m[0].length;
    if (joined) end = compoundEnd(mt, end, words === 0 || closing);
    words++;
    closing = false;
    if (joined && t.startsWith(' - ', end) && isCapital(mt, end + 3)) {
      at = end + 3;
      continue;
    }
    if (joined && commaJoinedPart(mt, end)) {
      at = end + 2;
      continue;
    }
    if (t[end] !== ' ') break;
    const next = end + 1;
    if (joined && t.startsWith('va ', next) && isCapital(mt, next + 3) && !matchHead(mt, next + 3)) {
      at = next + 3;
      closing = true;
    } else at = next;
  }
  if (end < 0) return null;
  return { text: mt.source.slice(mt.toSource(i), mt.toSource(end)), end };
}

/** Lowercase words after a head up to a unit's number (`… xây dựng số 1`), folded; no punctuation between. */
export const NUMBERED_NAME = /^((?: [a-z]+){1,10}? so \d+)(?![a-z0-9])/;
/** Lowercase words after a head up to the end of a heading (`8. Các Ban Quản lý dự án đầu tư xây dựng`), folded. */
export const HEADING_NAME = /^((?: [a-z]+){2,10})\s*:?\s*$/;

/** `, Hạ tầng và Đô thị` (NĐ 45/2025 names: `Phòng Kinh tế, Hạ tầng và Đô thị`): a comma joining parts of one name, closed by `và`. */
const COMMA_PART = /^, [a-z]+(?: [a-z]+){0,3} va [a-z]/;

function commaJoinedPart(mt: MatchText, end: number): boolean {
  const m = COMMA_PART.exec(mt.text.slice(end));
  // Each part capitalized, and the first no body of its own (`Sở Tài chính, Sở Xây dựng và …` is a list).
  return m !== null && isCapital(mt, end + 2) && isCapital(mt, end + m[0].length - 1) && !matchHead(mt, end + 2);
}

function matchField(mt: MatchText, i: number, lowercase: boolean): { name: string; end: number } | null {
  for (const { name, form } of FIELDS) {
    if (mt.text.startsWith(form, i) && endsWord(mt.text, i + form.length)) return { name, end: i + form.length };
  }
  const run = capitalizedRun(mt, i, 6, true);
  if (run) return { name: run.text, end: run.end };
  // A name wholly lowercase after its head (`Công ty cổ phần xi măng Hà Tiên`): read to where the genre ends it, then
  // any capitalized words; one numbered or ending a heading is read whole (`lowercaseNamed`).
  const rest = mt.text.slice(i - 1);
  if (!lowercase || NUMBERED_NAME.test(rest) || HEADING_NAME.test(rest)) return null;
  const end = compoundEnd(mt, i - 1, true);
  const syllables = mt.text.slice(i, end).split(' ').length;
  const place = mt.text[end] === ' ' ? capitalizedRun(mt, end + 1, 6, true) : null;
  // Two lowercase words and no capitalized tail are as often an adverb after a bare head (`đề nghị Công ty kịp thời
  // báo cáo`) as a name.
  if (syllables < 2 || (syllables < 3 && !place)) return null;
  const last = place?.end ?? end;
  return { name: mt.source.slice(mt.toSource(i), mt.toSource(last)), end: last };
}

/** The unit word at `i` as the genre prints it (`tỉnh`, `TP`), and where it ends; not `tỉnh ủy`, a committee. */
function unitWordAt(mt: MatchText, at: number): { unit: Unit; end: number } | null {
  const t = mt.text;
  for (const [form, unit] of UNIT_WORDS) {
    const end = at + form.length;
    if (!t.startsWith(form, at) || !endsWord(t, end)) continue;
    if (t.startsWith(' uy', end) && endsWord(t, end + 3)) return null;
    const printed = mt.source.slice(mt.toSource(at), mt.toSource(end));
    if (matchForm(printed) !== matchForm(unit) && !ABBREVIATIONS.has(printed)) return null;
    return { unit, end };
  }
  return null;
}

/**
 * `các huyện, thị xã, thành phố` after a body (Luật Tổ chức chính quyền địa phương: the units of a level): the class of
 * bodies at every unit listed; the first unit gives the level.
 */
function matchUnitClass(mt: MatchText, i: number): { unit: Unit; printed: string; end: number } | null {
  const t = mt.text;
  if (!t.startsWith(' cac ', i)) return null;
  const first = unitWordAt(mt, i + 5);
  if (!first) return null;
  let end = first.end;
  for (let sep = LIST_SEPARATOR.exec(t.slice(end)); sep; sep = LIST_SEPARATOR.exec(t.slice(end))) {
    const next = unitWordAt(mt, end + sep[0].length);
    if (!next) break;
    end = next.end;
  }
  return { unit: first.unit, printed: mt.source.slice(mt.toSource(i + 5), mt.toSource(end)), end };
}

/** `tỉnh`, `thành phố Cần Thơ`, `của tỉnh`, `cấp tỉnh` after a body. */
function matchUnit(mt: MatchText, i: number): { unit: Unit; place: string | null; end: number } | null {
  const t = mt.text;
  let at = i;
  if (t[at] !== ' ') return null;
  at++;
  if (t.startsWith('cua ', at)) at += 4;
  else if (t.startsWith('cap ', at)) at += 4;
  const found = unitWordAt(mt, at);
  if (!found) return null;
  const place = t[found.end] === ' ' ? capitalizedRun(mt, found.end + 1, 4, false) : null;
  return { unit: found.unit, place: place?.text ?? null, end: place?.end ?? found.end };
}

/** The owner after a department: `Tỉnh ủy`, `Trung ương`, `Ủy ban nhân dân tỉnh`, with an optional `của`. */
function matchOwner(mt: MatchText, i: number): BodyMention | null {
  if (mt.text[i] !== ' ') return null;
  let at = i + 1;
  if (mt.text.startsWith('cua ', at)) at += 4;
  const owner = parseBodyAt(mt, at);
  return owner && (owner.head.kind === 'committee' || owner.head.kind === 'organ') && !owner.plural ? owner : null;
}

/**
 * The body named at offset `i` of the match text, or null.
 * @example parseBodyAt(matchText('Ban Tuyên giáo Tỉnh ủy chủ trì'), 0) // head Ban Tuyên giáo, owner Tỉnh ủy
 */
export function parseBodyAt(mt: MatchText, i: number, plural = false): BodyMention | null {
  const t = mt.text;
  // `Giám đốc Sở Công Thương`: a duty given to the head of a body is the body's.
  const titled = titleEnd(t, i);
  if (titled !== null) {
    const held = parseBodyAt(mt, titled, plural);
    return held && { ...held, start: i };
  }
  let at = i;
  let isPlural = plural;
  if (t.startsWith('cac ', at)) {
    isPlural = true;
    at += 4;
  }
  const found = matchHead(mt, at);
  // Not in the lexicon: the class of units a letter addresses (`các cơ quan, đơn vị có liên quan`).
  if (!found) return isPlural && at > i ? genericUnits(mt, i) : null;
  const { head } = found;
  const mention: BodyMention = {
    start: i,
    end: found.end,
    head,
    plural: isPlural && (head.kind === 'committee' || head.kind === 'party-group'),
    field: null,
    inner: null,
    owner: null,
    unit: null,
    place: null,
  };
  if (head.kind === 'party-group') {
    const inner = parseBodyAt(mt, skipSpace(t, found.end));
    if (inner && !inner.plural && inner.head.kind !== 'collective' && inner.head.kind !== 'party-group') {
      mention.inner = inner;
      mention.end = inner.end;
      return mention;
    }
  }
  if (head.field) {
    if (t[found.end] !== ' ') return null;
    // A head printed as the lexicon spells it (`Công ty`, not `Ban quản lý`) marks a name even before lowercase words.
    const printedHead = mt.source.slice(mt.toSource(at), mt.toSource(found.end)).normalize('NFC');
    const field = matchField(mt, found.end + 1, head.lowercaseName === true && printedHead === head.name);
    if (!field) return null;
    mention.field = field.name;
    mention.end = field.end;
  }
  if (head.kind === 'department' || head.name === 'Các ban xây dựng Đảng' || head.name === 'Các đảng ủy trực thuộc') {
    const owner = matchOwner(mt, mention.end);
    if (owner) {
      mention.owner = owner;
      mention.end = owner.end;
      return mention;
    }
    if (head.ownerRequired) return null;
  }
  if (head.kind === 'committee') {
    const place = t[mention.end] === ' ' ? capitalizedRun(mt, mention.end + 1, 4, false) : null;
    if (place && !matchHead(mt, mention.end + 1)) {
      mention.place = place.text;
      mention.end = place.end;
    }
    return mention;
  }
  if (!head.unit) {
    const units = matchUnitClass(mt, mention.end);
    if (units) {
      mention.unit = units.unit;
      mention.unitClass = units.printed;
      mention.end = units.end;
      return mention;
    }
    const unit = matchUnit(mt, mention.end);
    if (unit) {
      mention.unit = unit.unit;
      mention.place = unit.place;
      mention.end = unit.end;
    }
  }
  return mention;
}

/** The mention a unit at the end of a list also qualifies (`Viện kiểm sát nhân dân, Công an thành phố`). */
function qualifiable(m: BodyMention): BodyMention | null {
  if (m.inner) return qualifiable(m.inner);
  if (m.owner || m.unit || m.head.unit || m.head.allLevels) return null;
  return m.head.kind === 'organ' || m.head.kind === 'collective' ? m : null;
}

/**
 * Bodies listed from offset `i`: `A, B và C`. A unit after the last one qualifies the others
 * (`Ủy ban Mặt trận Tổ quốc Việt Nam, các đoàn thể chính trị - xã hội tỉnh`); a list opened
 * with `các` names classes (`Các huyện ủy, thị ủy, thành ủy`).
 */
export function parseBodyList(mt: MatchText, i: number): BodyMention[] {
  const list: BodyMention[] = [];
  let m = parseBodyAt(mt, i);
  const plural = m?.plural || (m !== null && mt.text.startsWith('cac ', i));
  while (m) {
    list.push(m);
    const sep = LIST_SEPARATOR.exec(mt.text.slice(m.end));
    if (!sep) break;
    const at = m.end + sep[0].length;
    const next = parseBodyAt(mt, at, plural && !isCapital(mt, at));
    if (!next) break;
    m = next;
  }
  const last = list[list.length - 1];
  const unitSource = last && (last.inner ?? last);
  // `UBND các xã, phường` names a class of its own units, not a unit for the bodies before it.
  if (unitSource?.unit && !unitSource.unitClass) {
    for (const earlier of list.slice(0, -1)) {
      const target = qualifiable(earlier);
      if (target) {
        target.unit = unitSource.unit;
        target.place = unitSource.place;
      }
    }
  }
  return list;
}

/** Every body named anywhere in the text, left to right, without overlaps. */
export function findBodyMentions(mt: MatchText): BodyMention[] {
  const out: BodyMention[] = [];
  const t = mt.text;
  for (let i = 0; i < t.length; i++) {
    if (!WORD_CHAR.test(t[i]) || !startsWord(t, i)) continue;
    const m = parseBodyAt(mt, i);
    if (m) {
      out.push(m);
      i = m.end - 1;
    }
  }
  return out;
}
