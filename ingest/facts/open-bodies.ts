/**
 * @module ingest/facts/open-bodies — bodies no lexicon head names (`Viễn thông Lào Cai: chủ trì, phối hợp …`,
 * `Trung tâm X chủ trì …`): bodies are an open class, so a short capitalized name in subject position that a
 * lead verb follows is a body too. The lexicon stays the prior: this is tried only where it finds nothing.
 */
import { foldedForm } from '../../core/text/vietnamese.ts';
import { type BodyMention, HEADING_NAME, matchHead, NUMBERED_NAME, printedMention } from './body-mentions.ts';
import { NAME_STOPS } from './body-lexicon.ts';
import actorHeads from './actor-heads.json' with { type: 'json' };
import { execAt, type MatchText } from './match-text.ts';

/** What a lead body does right after its name, `:` allowed between (`X: chủ trì`, `X là đầu mối`), folded; sticky. */
const LEAD_AFTER =
  /\s*:?\s*(?:chu tri|la dau moi|lam dau moi|la co quan dau moi|chiu trach nhiem|co trach nhiem)(?![a-z0-9])/y;

/** Words a name may hold at most: longer, it is prose. */
const MAX_WORDS = 9;

/**
 * The subject at offset `i` of the match text when a lead verb follows it within a short name that opens
 * with a capital, holds no sentence punctuation and does not open with a verb or function word; or null.
 * @example openSubject(matchText('Viễn thông Lào Cai: chủ trì, phối hợp …'), 0) // `Viễn thông Lào Cai`
 */
export function openSubject(mt: MatchText, i: number): BodyMention | null {
  const t = mt.text;
  let words = 0;
  for (let at = i + 1; at <= t.length && words <= MAX_WORDS; at++) {
    if (at < t.length && t[at] !== ' ' && t[at] !== ':') continue;
    if (t[at] === ' ') words++;
    if (execAt(LEAD_AFTER, t, at)) return mention(mt, i, at);
  }
  return null;
}

function mention(mt: MatchText, start: number, end: number): BodyMention | null {
  const printed = mt.source.slice(mt.toSource(start), mt.toSource(end)).trim();
  const words = printed.split(/\s+/);
  if (words.length < 2 || words.length > MAX_WORDS || /[,;.()]/.test(printed)) return null;
  const first = words[0];
  if (first.charAt(0) === first.charAt(0).toLowerCase()) return null;
  if (NAME_STOPS.has(first.normalize('NFC').toLowerCase())) return null;
  // A name: another capitalized word besides the first (`Viễn thông Lào Cai`), not a sentence.
  if (!words.slice(1).some((w) => w.charAt(0) !== w.charAt(0).toLowerCase())) return null;
  if (/^(?:cac|nhung|moi)\b/.test(foldedForm(first))) return null;
  return printedMention(mt, start, end, 'organ');
}

/**
 * A body whose head the lexicon knows but whose name goes on in lowercase (`Ban Quản lý dự án đầu tư xây
 * dựng số 1`, `Các Ban Quản lý dự án đầu tư xây dựng` as an item heading naming a class): NĐ 30/2020 capitalizes only the
 * first syllable of such names, so the capitalized-field rule misses them. Taken only where the name
 * plainly ends: at a unit number, or at the end of a heading. Null otherwise.
 */
export function lowercaseNamed(mt: MatchText, i: number): BodyMention | null {
  const t = mt.text;
  const at = t.startsWith('cac ', i) ? i + 4 : i;
  const found = matchHead(mt, at);
  if (!found?.head.field) return null;
  const rest = t.slice(found.end);
  // A heading's lowercase words name a body only for a class (`Các Ban Quản lý dự án …`): a single head
  // before lowercase words is as often a task (`4. Tổ chức thực hiện`, `2. Phòng cháy và chữa cháy`).
  const m = NUMBERED_NAME.exec(rest) ?? (at > i ? HEADING_NAME.exec(rest) : null);
  if (!m) return null;
  const end = found.end + m[1].length;
  for (let k = found.end + 1; k < end; k++) if (t[k - 1] === ' ' && isCapitalAt(mt, k)) return null;
  return printedMention(mt, i, end, 'organ');
}

function isCapitalAt(mt: MatchText, i: number): boolean {
  const c = mt.source[mt.toSource(i)] ?? '';
  return c !== c.toLowerCase();
}

/** Openings of the role nouns normative texts name their actors by, folded (learned: actor-heads.json). */
const ACTOR_HEADS: readonly string[] = actorHeads.heads.map((h) => h.head);
/** The responsibility cue an actor phrase stands before, a modal `phải` allowed before it and no part of the name (`Nhà thầu chính phải chịu trách nhiệm`), folded; sticky. */
const RESPONSIBLE_AFTER = / (?:phai )?(?:co trach nhiem|chiu trach nhiem|chu tri)(?![a-z0-9])/y;
/** Words an actor phrase may hold at most (`cơ quan chuyên môn về xây dựng`, `Người thuê vận tải hoặc người vận tải`). */
const MAX_ACTOR_WORDS = 8;

/**
 * The actor at offset `i` when a learned role noun opens a phrase that runs, without sentence punctuation, to a
 * responsibility cue: the genre's assignment sentence `<actor> có trách nhiệm …` makes the phrase the body answering
 * for the task, though written in lowercase (`Chủ đầu tư`, `cơ quan chuyên môn về xây dựng`). More than the role
 * noun alone: `Cơ quan chủ trì quyết định …` names the lead by its role, not a body; nor a passive (`được giao`).
 * @example actorSubject(matchText('Hội đồng thẩm định có trách nhiệm thẩm định …'), 0) // `Hội đồng thẩm định`
 */
export function actorSubject(mt: MatchText, i: number): BodyMention | null {
  const t = mt.text;
  const head = ACTOR_HEADS.find((h) => t.startsWith(h, i) && !/[a-z0-9]/.test(t[i + h.length] ?? ''));
  if (!head) return null;
  let words = 1;
  for (let at = i; at < t.length && words <= MAX_ACTOR_WORDS; at++) {
    // A comma or `và` joins verbs as often as names (`Tổ chức kiểm tra, giám sát và chịu trách nhiệm …`).
    if (/[,.;:()\n]/.test(t[at]) || t.startsWith(' va ', at)) return null;
    if (t[at] !== ' ') continue;
    if (at > i + head.length && execAt(RESPONSIBLE_AFTER, t, at)) {
      return / duoc /.test(t.slice(i, at + 1)) ? null : printedMention(mt, i, at, 'organ');
    }
    words++;
  }
  return null;
}
