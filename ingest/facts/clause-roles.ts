/** @module ingest/facts/clause-roles — the responsibilities one clause states in its own words: its subject, the chain of direction, coordination, advice, monitoring, reporting. */
import {
  ADDRESSEE_CUE,
  ADVISE_CUE,
  ASSIGN_OPENER,
  COORDINATE_CUE,
  COORDINATE_OPENER,
  DIRECT_VERB,
  DIRECTED_OPENER,
  DIRECTS_BODY,
  LEAD_VERB,
  LEADS_BODY,
  MONITOR_CUE,
  QUOTED,
  REPORT_CUE,
  SEGMENT_END,
} from '../../core/patterns.ts';
import type { Body, ResponsibilityRole, Span } from '../../core/types.ts';
import { type BodyContext, bodyFromMention, canonicalBody } from './bodies.ts';
import { type BodyMention, findBodyMentions, parseBodyList, printedMention, WRITER_CUE } from './body-mentions.ts';
import { contentStart, execAt, type MatchText, matchText, sourceSlice } from './match-text.ts';
import { actorSubject, lowercaseNamed, openSubject } from './open-bodies.ts';

/** `do` right before a body: the agent of a passive (`… do X thực hiện`), folded. */
const AGENT_BEFORE = /(?:^|\s)do\s$/;
/** `… được giao cho X`, `… được phân công cho X`: the body a passive assignment hands its task to, folded. */
const GIVEN_TO = /(?:^|\s)duoc (?:giao|phan cong)(?: nhiem vu)? cho\s$/;
/**
 * What the agent of a passive assignment does, right after its name, folded: the verbs of carrying a task out that
 * decrees and plans put after `do X` (`thẩm quyền … do Ủy ban nhân dân cấp xã thực hiện`, `xe ô tô do Văn phòng Sở
 * bố trí`, `kinh phí do Sở Tài chính bảo đảm`). Not the verbs of
 * authorship (`do X ban hành`, `do X giao`, `do X ký`): the body that wrote a document or gave a task does not carry it out.
 */
const AGENT_VERB =
  /\s*(?:thuc hien|chu tri|dam nhiem|dam nhan|to chuc(?: thuc hien)?|chiu trach nhiem|cap|bo tri|bao dam|dam bao|tiep nhan|giai quyet|xu ly|kiem tra|tham dinh|huong dan|cung cap)(?![a-z0-9])/y;

/**
 * What a letter's writer narrates of itself right after its name, folded: the receipt a Công văn opens with
 * (`Ủy ban nhân dân tỉnh nhận được Văn bản số …`, NĐ 30/2020), an opinion (`… có ý kiến như sau`, `… cơ bản
 * nhất trí …`), a negation (`Sở Công Thương không chịu trách nhiệm …`): the body is given no task.
 */
const NARRATES = new RegExp(String.raw`^\s*(?:${WRITER_CUE}|khong(?![a-z0-9]))`);

/**
 * The closing formula after the writer's name, folded (NĐ 30/2020): `phúc đáp để X biết`, `thông báo đến X để biết`,
 * `thông báo để X được biết, thực hiện`, `thông báo cho X được biết và thực hiện`, after the writer's place (`Sở Công
 * Thương Lào Cai thông báo …`). Group 1 or 2 holds the slot where the body told stands.
 */
const TOLD =
  /^(?:\s+[a-z]+){0,2}?\s*(?:thong bao|phuc dap|tra loi)(?:\s+(?:den|cho|toi)\s+([^;.]+?))?(?:\s+de\s+(?:([^;.]+?)\s+)?|\s+(?=duoc\s))(?:duoc\s+)?biet(?![a-z])/;

/**
 * The body told in a closing formula's slot: the lexicon's, else the name as printed — the formula makes whatever
 * stands there the addressee, as a column header does a cell (`Công ty cổ phần Mông Sơn`).
 */
function toldBody(mt: MatchText, from: number, slot: string): BodyMention[] {
  const listed = parseBodyList(mt, from);
  if (listed.length) return listed;
  const printed = sourceSlice(mt, from, from + slot.length);
  return /^\p{Lu}/u.test(printed) && slot.split(' ').length <= 12
    ? [printedMention(mt, from, from + slot.length, 'organ')]
    : [];
}

/** A role whose body is named in the clause. */
export interface StatedRole {
  role: ResponsibilityRole;
  body: Body;
  bodyText: string;
  /** Span of `bodyText` in the document (the clause's offset added). */
  span: Span;
}

/**
 * How a clause relates to the responsibility stated above it:
 * - `own`: it names its own subject (`Ban Tuyên giáo Tỉnh ủy chủ trì ...`) and inherits nothing;
 * - `directed`: it opens with `Chỉ đạo X ...`, so X implements for the lead it inherits;
 * - `none`: it names no subject and inherits lead, direction and implementation.
 */
export type Chain = 'own' | 'directed' | 'none';

export interface ClauseRoles {
  stated: StatedRole[];
  chain: Chain;
  /** Roles whose verb stands in this clause but whose body is the inherited actor (`tham mưu ...` under a lead-in). */
  pending: ResponsibilityRole[];
}

/** Who does the verbs of a clause: `first` up to `firstEnd`, `rest` after (`X chỉ đạo Z ...; X ...`). */
interface Actors {
  first: BodyMention[];
  firstEnd: number;
  rest: BodyMention[];
}

const isClass = (b: BodyMention) => b.plural || b.head.kind === 'collective' || b.head.allLevels === true;

/**
 * The bodies an `đề nghị` / `yêu cầu` / `giao` cue from offset `from` names: the first cue followed by a body, or
 * with `adjacent`, only a cue right at `from` (after the subject that asks).
 */
function addressees(mt: MatchText, from: number, adjacent: boolean): BodyMention[] {
  const t = mt.text;
  const cue = new RegExp(ADDRESSEE_CUE.source, 'g');
  cue.lastIndex = from;
  for (let m = cue.exec(t); m; m = cue.exec(t)) {
    if (adjacent && t.slice(from, m.index).trim() !== '') return [];
    const list = parseBodyList(mt, m.index + m[0].length);
    // Away from a subject, only a named body: `yêu cầu các cấp ủy, chính quyền …` addresses everyone, no one in particular.
    if (list.length && (adjacent || !isClass(list[0]))) return list;
    if (adjacent) return [];
  }
  return [];
}

/** Addressees of cues that open a later segment (after `;` or `.`), a subject of its own. */
function segmentAddressees(mt: MatchText, from: number): BodyMention[] {
  const out: BodyMention[] = [];
  for (const m of mt.text.slice(from).matchAll(new RegExp(ADDRESSEE_CUE.source, 'g'))) {
    const at = from + m.index;
    if (!/[;.]\s*$/.test(mt.text.slice(Math.max(0, at - 3), at))) continue;
    const list = parseBodyList(mt, at + m[0].length);
    if (list.length && !isClass(list[0])) out.push(...list);
  }
  return out;
}

/** True when a mention names the document's issuer (`Sở Công Thương` in a letter of `Sở Công Thương tỉnh Lào Cai`). */
function isWriter(m: BodyMention, context: BodyContext): boolean {
  if (!context.issuer) return false;
  const issuer = canonicalBody(context.issuer, context);
  const named = bodyFromMention(m, context);
  return issuer.name === named.name && (issuer.level === named.level || named.level === null);
}

const allActors = (bodies: BodyMention[]): Actors => ({ first: bodies, firstEnd: 0, rest: bodies });

/**
 * What follows a subject, folded: a lowercase word (its verb) — not punctuation going on with a list, not a passive
 * (`… Công an được thực hiện`), a preposition or a conjunction, which make the name part of the adverbial.
 */
const VERB_AFTER = /^ (?!(?:duoc|bi|la|cua|va|hoac|voi|theo|tai|thuoc|ve|trong|tren|noi)(?![a-z0-9]))[a-z]/;
/** Words a fronted adverbial may hold before its comma (`Thực hiện ý kiến chỉ đạo của … (dự kiến …),` ≈ 35). */
const MAX_ADVERBIAL_WORDS = 40;
/** A sentence opened by its date narrates what happened (`Ngày 03 tháng 7 năm 2025, Cục … nhận được …`, `Đến ngày 12/6/2026, Sở Xây dựng có Văn bản …`), folded. */
const DATED_OPENING = /^(?:(?:vao|den|tu|sau)\s+)?ngay\s+\d/;

/**
 * The subject after a fronted adverbial (`Căn cứ nội dung văn bản, Sở Công Thương tổ chức thực hiện`, `Trong thời
 * hạn 07 ngày, kể từ …, Bộ Quốc phòng chủ trì …`): Vietnamese sets the adverbial off with a comma and the subject
 * follows it. The first comma of the opening sentence that a body list follows with its verb; not a comma inside a
 * list of bodies (`… của Bộ Công an, Bộ Quốc phòng …`).
 */
function frontedSubject(
  mt: MatchText,
  from: number,
  context: BodyContext,
  mentionsOf: () => readonly BodyMention[],
): BodyMention[] {
  const t = mt.text;
  if (DATED_OPENING.test(t.slice(from))) return [];
  const end = segmentEnd(t, from);
  const mentions = mentionsOf();
  for (let c = t.indexOf(', ', from); c >= 0 && c < end; c = t.indexOf(', ', c + 1)) {
    // An adverbial runs a few dozen words at most; further on, a sentence without stops (footnotes run into the
    // text, lists) has lost its subject.
    if (t.slice(from, c).split(' ').length > MAX_ADVERBIAL_WORDS) break;
    if (mentions.some((m) => m.end === c)) continue;
    const list = parseBodyList(mt, c + 2);
    if (!list.length) {
      // `Khi kết thúc công tác thẩm định, cơ quan chuyên môn về xây dựng có trách nhiệm …`: an actor named by its role.
      const actor = actorSubject(mt, c + 2);
      if (actor) return [actor];
      continue;
    }
    const after = t.slice(list[list.length - 1].end);
    const printed = sourceSlice(mt, list[0].start, list[list.length - 1].end);
    // A title in capitals (`… BỔ SUNG ĐỂ ĐẢM BẢO …`) is no name; the writer asking (`…, Văn phòng UBND tỉnh đề nghị các
    // cơ quan …`) hands the task to its addressees, read apart.
    if (
      (/\s/.test(printed) && printed === printed.toUpperCase()) ||
      new RegExp(`^\\s${ADDRESSEE_CUE.source}`).test(after)
    )
      return [];
    // The writer stating its own act (`Sau khi xem xét …, Sở Công Thương xây dựng Kế hoạch …`, `Bằng văn bản này, Cục
    // Hóa chất thông báo …`) narrates, as `… nhận được …` does: no task.
    if (list.some((m) => isWriter(m, context))) return [];
    if (VERB_AFTER.test(after)) return list;
  }
  return [];
}

function segmentEnd(t: string, from: number): number {
  const m = SEGMENT_END.exec(t.slice(from));
  return m ? from + m.index : t.length;
}

/** Body names and quoted titles blotted out, so cue words inside them (`Ủy ban Kiểm tra`) do not count. */
function maskedText(t: string, mentions: readonly BodyMention[]): string {
  const chars = t.split('');
  for (const m of mentions) for (let i = m.start; i < m.end; i++) chars[i] = '#';
  for (const q of t.matchAll(QUOTED)) for (let i = q.index; i < q.index + q[0].length; i++) chars[i] = '#';
  return chars.join('');
}

/**
 * The roles a clause states. `offset` is the clause's start in the document's clean text.
 * @example clauseRoles('6. Giao Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở Tài chính ...', 0, context)
 * // lead Ban Tuyên giáo Tỉnh ủy, coordinate Sở Tài chính
 */
export function clauseRoles(text: string, offset: number, context: BodyContext): ClauseRoles {
  const mt = matchText(text);
  const t = mt.text;
  // The clause's body mentions, read once: the fronted-subject search and the lead scan both walk them.
  let mentionsFound: BodyMention[] | undefined;
  const mentionsOf = () => {
    mentionsFound ??= findBodyMentions(mt);
    return mentionsFound;
  };
  const stated: StatedRole[] = [];
  const pending = new Set<ResponsibilityRole>();
  const add = (role: ResponsibilityRole, m: BodyMention) => {
    const start = mt.toSource(m.start);
    const end = mt.toSource(m.end);
    stated.push({
      role,
      body: bodyFromMention(m, context),
      bodyText: text.slice(start, end),
      span: { start: offset + start, end: offset + end },
    });
  };

  let chain: Chain = 'none';
  let actors: Actors | null = null;
  const subjects: BodyMention[] = [];
  const p = contentStart(mt);
  const opening = t.slice(p);
  const assign = ASSIGN_OPENER.exec(opening);
  const directed = DIRECTED_OPENER.exec(opening);
  const coordinate = COORDINATE_OPENER.exec(opening);
  if (directed) {
    const doers = parseBodyList(mt, p + directed[0].length);
    if (doers.length) {
      chain = 'directed';
      for (const z of doers) add('implement', z);
      actors = allActors(doers);
    }
  } else if (coordinate) {
    for (const w of parseBodyList(mt, p + coordinate[0].length)) add('coordinate', w);
  } else {
    const at = assign ? p + assign[0].length : p;
    subjects.push(...parseBodyList(mt, at));
    // Bodies are an open class: a name the lexicon misses still leads when a lead verb follows it.
    const open = subjects.length ? null : (lowercaseNamed(mt, at) ?? openSubject(mt, at) ?? actorSubject(mt, at));
    if (open) subjects.push(open);
    if (!subjects.length) subjects.push(...frontedSubject(mt, at, context, mentionsOf));
    // `Sở Công Thương đề nghị Sở Xây dựng …`, `Căn cứ nội dung trên, đề nghị X …`: the addressee acts, the writer asks.
    const asked = addressees(mt, subjects.length ? subjects[subjects.length - 1].end : at, subjects.length > 0);
    if (asked.length) subjects.splice(0, subjects.length, ...asked);
    else if (subjects.length) {
      const end = subjects[subjects.length - 1].end;
      // `…; đề nghị Phòng Kế hoạch - Tổng hợp nghiên cứu, tổng hợp`: a later sentence or segment asks another body.
      const later = segmentAddressees(mt, end);
      if (NARRATES.test(t.slice(end))) subjects.splice(0, subjects.length);
      subjects.push(...later);
      // `Sở Công Thương phúc đáp để Công ty cổ phần Mông Sơn biết và thực hiện`: the closing formula of a letter
      // (NĐ 30/2020) hands the matter to the body told, not to the writer.
      const told = TOLD.exec(t.slice(end, segmentEnd(t, end)));
      const slot = told?.[2] ?? told?.[1];
      if (told && slot) {
        const at = end + told[0].indexOf(slot, told[2] ? told[0].indexOf(' de ') : 0);
        subjects.splice(0, subjects.length, ...toldBody(mt, at, slot));
      } else if (told) subjects.splice(0, subjects.length);
    }
  }

  if (subjects.length) {
    chain = 'own';
    for (const s of subjects) add('lead', s);
    actors = allActors(subjects);
    const after = subjects[subjects.length - 1].end;
    const leads = LEADS_BODY.exec(t.slice(after));
    const directs = DIRECTS_BODY.exec(t.slice(after));
    if (leads) {
      // `X lãnh đạo Y [chỉ đạo Z] ...`: Y directs when it passes the task on, else implements.
      const led = parseBodyList(mt, after + leads[0].length);
      if (led.length) {
        const ledEnd = led[led.length - 1].end;
        const onward = DIRECTS_BODY.exec(t.slice(ledEnd));
        const doers = onward ? parseBodyList(mt, ledEnd + onward[0].length) : [];
        const passesOn = onward !== null || DIRECT_VERB.test(t.slice(ledEnd));
        for (const y of led) add(passesOn ? 'direct' : 'implement', y);
        for (const z of doers) add('implement', z);
        actors = allActors(doers.length ? doers : led);
      }
    } else if (directs) {
      // `X chỉ đạo Z ...`: Z does the first segment; X resumes after it.
      const doers = parseBodyList(mt, after + directs[0].length);
      if (doers.length) {
        for (const z of doers) add('implement', z);
        actors = { first: doers, firstEnd: segmentEnd(t, after), rest: subjects };
      }
    }
  }

  const mentions = mentionsOf();
  // A body followed by `chủ trì` anywhere leads (`...; giao Sở Tài chính chủ trì ...`).
  for (const m of mentions) {
    if (m.start > p && LEAD_VERB.test(t.slice(m.end)) && !subjects.some((s) => s.start === m.start)) {
      add('lead', m);
      if (chain === 'none') {
        chain = 'own';
        actors = allActors([m]);
      }
    }
  }

  // `… do Ủy ban nhân dân cấp tỉnh thực hiện`: the agent of a passive assignment (a decree handing a task
  // down) leads it.
  // `Nhiệm vụ này được giao cho Sở Công Thương`: the body given the task by a passive leads it.
  for (const m of mentions) {
    const agent = AGENT_BEFORE.test(t.slice(0, m.start)) && execAt(AGENT_VERB, t, m.end) !== null;
    if ((agent || GIVEN_TO.test(t.slice(0, m.start))) && !subjects.includes(m)) {
      add('lead', m);
      if (chain === 'none') {
        chain = 'own';
        actors = allActors([m]);
      }
    }
  }

  const masked = maskedText(t, mentions);
  const actorsAt = (i: number) => (actors ? (i < actors.firstEnd ? actors.first : actors.rest) : null);
  const byActor = (role: ResponsibilityRole, i: number) => {
    const who = actorsAt(i);
    if (!who) pending.add(role);
    else for (const a of who) add(role, a);
  };

  for (const c of masked.matchAll(COORDINATE_CUE)) {
    const at = c.index + c[0].length;
    if (coordinate && c.index === p) continue;
    for (const w of parseBodyList(mt, at)) add('coordinate', w);
  }

  // `báo cáo [...] về X` / `báo cáo X`: the actor reports, X receives the report and follows up.
  const recipientEnds: number[] = [];
  for (const r of masked.matchAll(REPORT_CUE)) {
    const from = r.index + r[0].length + 1;
    const end = segmentEnd(t, r.index);
    let recipients = parseBodyList(mt, from);
    for (let v = t.indexOf(' ve ', from - 1); !recipients.length && v >= 0 && v < end; v = t.indexOf(' ve ', v + 1)) {
      recipients = parseBodyList(mt, v + 4);
    }
    if (!recipients.length) continue;
    byActor('report', r.index);
    for (const x of recipients) {
      add('monitor', x);
      recipientEnds.push(x.end);
    }
  }
  for (const a of masked.matchAll(ADVISE_CUE)) byActor('advise', a.index);
  for (const m of masked.matchAll(MONITOR_CUE)) {
    // `báo cáo về Ban Thường vụ theo dõi, chỉ đạo`: the recipient's follow-up, already recorded.
    if (recipientEnds.some((e) => m.index >= e && m.index <= e + 3)) continue;
    byActor('monitor', m.index);
  }

  return { stated: dedupeRoles(stated), chain, pending: [...pending] };
}

const roleKey = (r: { role: ResponsibilityRole; body: Body }) =>
  `${r.role}|${r.body.name}|${r.body.level}|${r.body.place}`;

/** First occurrence of each role and body. */
export function dedupeRoles<T extends { role: ResponsibilityRole; body: Body }>(roles: T[]): T[] {
  const seen = new Set<string>();
  return roles.filter((r) => {
    const key = roleKey(r);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
