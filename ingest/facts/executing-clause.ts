/**
 * @module ingest/facts/executing-clause — who carries out a decision: the closing article NĐ 30/2020 gives every
 * Quyết định, Nghị định, Thông tư (`Chánh Văn phòng UBND tỉnh; Giám đốc Sở Công Thương; … chịu trách nhiệm thi hành
 * Quyết định này`, `Các ông (bà) Chánh Văn phòng, Trưởng phòng … và ông X căn cứ Quyết định thi hành`). The verb
 * says the role, so whatever stands before it is the list of executors — titles, bodies, persons: an open class,
 * as a task table's column header makes its cells bodies.
 */
import type { Clause } from '../../core/types.ts';
import { type BodyContext, canonicalBody } from './bodies.ts';
import type { StatedRole } from './clause-roles.ts';
import { parseBodyAt } from './body-mentions.ts';
import { matchText } from './match-text.ts';
import { titleEnd } from './office-titles.ts';

/** The executing verb and the document it executes, folded (`chịu trách nhiệm thi hành Quyết định này`, `căn cứ Quyết định thi hành`). */
const EXECUTES =
  /(?:chiu|co) trach nhiem (?:thi hanh|to chuc thuc hien|thuc hien) (?:quyet dinh|nghi dinh|thong tu|chi thi|nghi quyet|quy dinh|quy che|ke hoach) nay|thi hanh (?:quyet dinh|nghi dinh|thong tu|chi thi|nghi quyet|quy dinh|quy che) nay|can cu (?:quyet dinh|nghi dinh|thong tu|chi thi|nghi quyet|quy dinh)(?: nay)? (?:de )?thi hanh/;

/**
 * True when a text holds the closing article's executing cue (`… chịu trách nhiệm thi hành Quyết định này`).
 * @example closesWithExecutors('Điều 3. Chánh Văn phòng … căn cứ Quyết định thi hành.') // true
 */
export function closesWithExecutors(text: string): boolean {
  return EXECUTES.test(matchText(text).text);
}

/** The words before the list that are no executor: the article number, `Các ông (bà)`. */
const LIST_OPENING =
  /^\s*(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*|\d+[.)]\s*|[-–+]\s*)?(?:(?:Các\s+)?[Ôô]ng\s*(?:\(bà\)|\/\s*bà|,\s*bà)\s*)?/u;

/** One executor of the list: a name opening with a capital, or a person (`ông Đặng Văn Thức`). */
const NAMED = /^(?:\p{Lu}|(?:ông|bà)\s+\p{Lu})/u;
/** `;` always separates executors; `,` and `và` only before one (`Thủ trưởng các sở, ban, ngành` is one). */
const SEMICOLON_SEPARATOR = /\s*;\s*/u;
const JOIN = /\s*,\s*(?:và\s+)?|\s+và\s+/gu;
/** An item longer than this is prose, not a name: the clause is no executing article. */
const MAX_ITEM_WORDS = 20;

/**
 * The executors a closing article names, as lead roles of the clause (`offset`: the clause's start in the
 * document); empty for any other clause.
 * @example executingRoles('Điều 3. Chánh Văn phòng, Trưởng phòng Quản lý công nghiệp và ông Đặng Văn Thức căn cứ Quyết định thi hành.', 0, context)
 * // lead: Chánh Văn phòng; Trưởng phòng Quản lý công nghiệp; ông Đặng Văn Thức
 */
export function executingRoles(clause: Pick<Clause, 'text' | 'span'>, context: BodyContext): StatedRole[] {
  const text = clause.text;
  const mt = matchText(text);
  const cue = EXECUTES.exec(mt.text);
  if (!cue) return [];
  const cueAt = mt.toSource(cue.index);
  // The sentence holding the cue (`Quyết định có hiệu lực … . Chánh Văn phòng … thi hành`).
  const sentenceStart = Math.max(0, text.lastIndexOf('. ', cueAt) + 1, text.lastIndexOf('\n', cueAt) + 1);
  const sentence = text.slice(sentenceStart, cueAt);
  const opening = LIST_OPENING.exec(sentence)?.[0].length ?? 0;
  const out: StatedRole[] = [];
  let from = sentenceStart + opening;
  const list = text.slice(from, cueAt);
  const items = list.split(SEMICOLON_SEPARATOR).flatMap(splitAtJoins);
  for (const raw of items) {
    const item = raw.trim();
    const start = text.indexOf(item, from);
    if (item.length === 0 || start < 0) continue;
    from = start + item.length;
    if (item.split(/\s+/).length > MAX_ITEM_WORDS) return [];
    if (!NAMED.test(item)) continue;
    out.push({
      role: 'lead',
      body: canonicalBody(item, context),
      bodyText: item,
      span: { start: clause.span.start + start, end: clause.span.start + start + item.length },
    });
  }
  return out;
}

/**
 * `A, B` and `A và B` are two executors when B opens one — a title, a body, a person (`… Sở Công Thương và ông
 * Đặng Văn Thức`), a class (`… và các tổ chức, cá nhân có liên quan`); else the join is inside a name (`Thủ trưởng
 * các sở, ban, ngành`, `Công ty Cổ phần đầu tư phát triển Đô thị và Khu công nghiệp`).
 */
function splitAtJoins(part: string): string[] {
  const out: string[] = [];
  let start = 0;
  for (const m of part.matchAll(JOIN)) {
    const right = part.slice(m.index + m[0].length);
    const mt = matchText(right);
    if (/^(?:ông|bà|các)\s/u.test(right) || titleEnd(mt.text, 0) !== null || parseBodyAt(mt, 0) !== null) {
      out.push(part.slice(start, m.index));
      start = m.index + m[0].length;
    }
  }
  return [...out, part.slice(start)];
}
