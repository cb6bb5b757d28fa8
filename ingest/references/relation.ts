/**
 * @module ingest/references/relation
 * Types an edge from the words before a mention in its sentence: `triển khai thực hiện` implements,
 * `tiếp tục thực hiện` continues, `tổng kết ... thực hiện` reviews, `gửi kèm` attaches, anything
 * else cites. Quoted titles and parentheses before the mention are blanked first: the words of a
 * cited document's subject (“Về tiếp tục thực hiện ...”) describe that document, not the citing one.
 */
import { PROPOSED_CHANGE, RELATION_CUES } from '../../core/patterns.ts';
import type { RelationType, Span } from '../../core/types.ts';
import { fresh } from './canonical.ts';
import { sentenceStart } from './scan.ts';

export type Cue = (typeof RELATION_CUES)[number]['cue'];

/**
 * The cue that governs the end of `window` (folded text): the one ending last, the longer of two
 * ending together; null when there is none.
 * @example cueBefore('tiep tuc quan triet, trien khai thuc hien tot ') // 'continues'
 */
export function cueBefore(window: string): Cue | null {
  return lastCue(window)?.cue ?? null;
}

/** The governing cue of `window` with where it stands. */
function lastCue(window: string): { cue: Cue; start: number; end: number } | null {
  let best: { cue: Cue; start: number; end: number } | null = null;
  for (const { cue, re } of RELATION_CUES) {
    const pattern = fresh(re);
    for (let m = pattern.exec(window); m; m = pattern.exec(window)) {
      const end = m.index + m[0].length;
      if (!best || end > best.end || (end === best.end && m.index < best.start)) best = { cue, start: m.index, end };
    }
  }
  return best;
}

/** The relation a cue gives an edge; narrative (`Sau 10 năm thực hiện ...`) only cites. */
export function relationOfCue(cue: Cue | null): RelationType {
  return cue === null || cue === 'background' ? 'cites' : cue;
}

export interface RelationInput {
  /** Folded clean text (same offsets as the clean text). */
  folded: string;
  /** Clean text, for sentence boundaries. */
  text: string;
  mention: Span;
  /** Where the mention's clause starts: the sentence does not reach before it. */
  floor: number;
  /** True in a header block, where title lines run on (`Quán triệt, triển khai thực hiện\nKết luận số ...`). */
  joinLines: boolean;
  /** Quoted and parenthesized spans of the text. */
  masks: readonly Span[];
  /** True below a numbered part or in a paragraph under one: the body, where `căn cứ` is not the document's basis. */
  body?: boolean;
}

/**
 * `… đã ban hành Văn bản số …`: the document named is what the writer issued (a report's account of its own
 * letters), the object of `ban hành`, not of a verb before it. Folded, at the window's end.
 */
const ISSUED_BEFORE = /\bban hanh\s+(?:(?:van ban|cong van|ke hoach|quyet dinh|thong bao|huong dan)\s+)?(?:so\s+)?$/;
/** The cue word `căn cứ`: in the body it means "based on", so the document is cited (NĐ 30/2020 puts basis in the preamble). */
const BASIS_WORD = /^can cu$/;

/** The relation of one mention, read from its sentence. */
export function relationBefore(input: RelationInput): { relation: RelationType; cue: Cue | null } {
  const { folded, text, mention, floor, joinLines, masks } = input;
  const start = sentenceStart(text, mention.start, floor, joinLines);
  const chars = folded.slice(start, mention.start).split('');
  for (const m of masks) {
    if (m.end <= start || m.start >= mention.start) continue;
    if (m.start <= mention.start && m.end > mention.start) continue; // the mention stands inside it
    for (let i = Math.max(m.start, start); i < Math.min(m.end, mention.start); i++) chars[i - start] = ' ';
  }
  const window = chars.join('').replace(/\n/g, ' ');
  const found = lastCue(window);
  const cue = found?.cue ?? null;
  if (found && ISSUED_BEFORE.test(window.slice(found.end))) return { relation: 'cites', cue: null };
  // `… triển khai và đề xuất sửa đổi, bổ sung Quyết định số …`: the verb before governs the request, not the act.
  if (found && PROPOSED_CHANGE.test(window.slice(found.end))) return { relation: 'cites', cue: null };
  if (cue === 'implements' && input.body && BASIS_WORD.test(window.slice(found!.start, found!.end)))
    return { relation: 'cites', cue: null };
  if (cue === 'implements' && citesProvision(window)) return { relation: 'cites', cue: null };
  return { relation: relationOfCue(cue), cue };
}

/** The legal citing form between a verb and the document: `… quy định tại khoản 2 Điều 16 <doc>`, `theo quy định của <doc>`. */
const PROVISION_LINK = /\b(?:quy dinh (?:tai|cua|o)|theo quy dinh|tai (?:diem|khoan|dieu|chuong|muc|phu luc))\b/;

/**
 * Whether the words after the last implementing verb place the document as where a provision stands
 * (`Ủy ban nhân dân cấp xã thực hiện nhiệm vụ … quy định tại khoản 3 Điều 22 của Nghị định số …`): the
 * body cites that provision; it does not implement the document (the citing form of Luật ban hành VBQPPL).
 */
function citesProvision(window: string): boolean {
  const implementing = RELATION_CUES.find((c) => c.cue === 'implements');
  if (!implementing) return false;
  let end = -1;
  const pattern = fresh(implementing.re);
  for (let m = pattern.exec(window); m; m = pattern.exec(window)) end = m.index + m[0].length;
  return end >= 0 && PROVISION_LINK.test(window.slice(end));
}
