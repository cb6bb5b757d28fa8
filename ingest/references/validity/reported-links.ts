/**
 * @module ingest/references/validity/reported-links
 * Changes a document reports between two other acts: `Nghị định số 105/2017/NĐ-CP …, được sửa đổi, bổ sung bởi
 * Nghị định số 17/2020/NĐ-CP`, `Luật Sở hữu trí tuệ số 50/2005/QH11 được sửa đổi, bổ sung bởi Luật số 36/2009/QH12,
 * Luật số 42/2019/QH14`, `(đã được sửa đổi, bổ sung tại khoản 9 Điều 1 Nghị định số 58/2026/NĐ-CP)`. The genre cites
 * an act together with the acts that changed it (Căn cứ lines, a provision's place, consolidated texts): a third
 * party's statement that the agent changes the subject, not a change the citing document makes. Each becomes a link
 * whose `sourceKey` is the agent, read in the citing clause, so a status can cite that clause.
 */
import type { Clause, DocumentType, Reference, Span, ValidityLink, ValidityRelation } from '../../../core/types.ts';
import { quotedSpans } from '../scan.ts';
import { partsIn } from './parts.ts';
import { blankSpans, sentencesOf } from './sentences.ts';

export interface ReportedInput {
  cleanText: string;
  /** Folded clean text (same offsets). */
  folded: string;
  clauses: Clause[];
  references: Reference[];
  /** Multi-paragraph quotations (new wording): their clauses are skipped. */
  blocks: Span[];
}

/**
 * `(đã) được sửa đổi, bổ sung (một số điều) bởi|theo|tại`, `bị bãi bỏ bởi`, `được thay thế bởi`, and reduced after a
 * comma (`Luật Xây dựng 2014, sửa đổi, bổ sung tại …`): the passive with its agent's preposition. Without the preposition (`Điều 5 được sửa đổi như sau`) the sentence changes a part itself.
 */
const PASSIVE_REPORT =
  /(?:\b(?:da\s+)?(?:duoc|bi)\s+|,\s*(?:da\s+)?)(sua doi,? bo sung|sua doi|bo sung|thay the|bai bo|huy bo)(?:\s+mot so (?:dieu|noi dung))?\s*,?\s*(?:boi|theo|tai)\b/g;

const RELATION_OF: Record<string, ValidityRelation> = {
  'sua doi, bo sung': 'amends',
  'sua doi bo sung': 'amends',
  'sua doi': 'amends',
  'bo sung': 'amends',
  'thay the': 'replaces',
  'bai bo': 'repeals',
  'huy bo': 'repeals',
};

/**
 * Acts whose force another act changes, by rank: Luật ban hành VBQPPL lets an act be changed only by an act of the
 * same or a higher rank (a law by a law or a Quốc hội resolution, a decree by a decree, a Government resolution or a
 * law, …), so a decree does not amend the law a described act implements. A rule or charter (`Quy định`, `Quy chế`)
 * is issued by a decision.
 */
const ACT_RANK: Partial<Record<DocumentType, number>> = { LUAT: 3, NQ: 2, ND: 2, TT: 1, QD: 1, CT: 1, QDi: 0, QC: 0 };
const rankOf = (r: Reference): number => {
  const type = r.target.type;
  if (type === 'NQ' && /\/QH\d*$/i.test(r.target.symbol ?? '')) return 3;
  return type === null ? -1 : (ACT_RANK[type] ?? -1);
};

/** Between the subject's mention and the passive: its description (`quy định về …, `), at most this long. */
const MAX_SUBJECT_GAP = 200;
/** Between the preposition and the first agent: the agent's parts (`khoản 9 Điều 1`, `các`). */
const MAX_AGENT_GAP = 120;
/** `các Luật:`, `các văn bản sau:`: the agents' kind before the colon that opens their list. */
const AGENTS_LEAD_IN =
  /^\s*(?:cac|nhung)\s+(?:luat|nghi dinh|nghi quyet|thong tu|quyet dinh|van ban)(?:\s+sau(?:\s+day)?)?\s*:\s*/;
/** Words that open another statement: a gap holding one is not an agent's parts. */
const OTHER_STATEMENT = /\b(?:quy dinh|de nghi|kien nghi|duoc|bi|huong dan|can cu|thuc hien)\b/;
/** The same for a subject's description, which may state what the act provides (`… quy định về kinh doanh khí`). */
const OTHER_THAN_SUBJECT = /\b(?:de nghi|kien nghi|duoc|bi|can cu|thuc hien|quy dinh tai|theo quy dinh)\b/;
/** The parts a mention names just before the act (`Điều 5 của`, `khoản 2 Điều 3`). */
const PARTS_BEFORE =
  /(?:(?:cac\s+)?(?:diem|khoan|dieu|muc|chuong|phu luc|mau so)\s+[\da-z.]+(?:\s*(?:,|va)\s*[\da-z.]+)*\s*)+(?:cua\s+|tai\s+|thuoc\s+)?$/;

/**
 * Links the document reports between other acts, in text order (`sourceKey` the agent, `targetKey` the subject).
 * @example reportedLinks(input).map((l) => [l.sourceKey, l.relation, l.targetKey]) // [['17/2020/nđ-cp', 'amends', '105/2017/nđ-cp']]
 */
export function reportedLinks(input: ReportedInput): ValidityLink[] {
  const { cleanText: text, folded, blocks } = input;
  // Quoted new wording is the changed text, not a report; parentheses stay: `(được sửa đổi, bổ sung bởi …)` is one.
  const masked = blankSpans(folded, [...quotedSpans(text), ...blocks]);
  const acts = input.references.filter((r) => rankOf(r) >= 0).sort((a, b) => a.span.start - b.span.start);
  const links: ValidityLink[] = [];
  for (const clause of input.clauses) {
    if (blocks.some((b) => clause.span.start >= b.start && clause.span.start < b.end)) continue;
    for (const s of sentencesOf(clause, text, masked)) {
      const refs = acts.filter(
        (r) => r.span.start >= s.span.start && r.span.end <= s.span.end && masked[r.span.start] !== ' ',
      );
      if (refs.length < 2) continue;
      const local = (r: Reference) => ({ start: r.span.start - s.span.start, end: r.span.end - s.span.start });
      for (const m of s.masked.matchAll(PASSIVE_REPORT)) {
        const at = m.index ?? 0;
        const after = agentsAfter(
          refs.filter((r) => local(r).start >= at + m[0].length),
          s.masked,
          at + m[0].length,
          local,
        );
        if (after.length === 0) continue;
        const subject = subjectOf(
          refs.filter((r) => local(r).end <= at),
          s.masked,
          at,
          local,
          rankOf(after[0]),
        );
        if (!subject) continue;
        const agents = after.filter((a) => a.target.key !== subject.target.key);
        if (agents.length === 0) continue;
        let relation = RELATION_OF[m[1]];
        const before = s.masked.slice(0, local(subject).start);
        const named = PARTS_BEFORE.exec(before);
        const original = text.slice(s.span.start, s.span.end);
        // A part repealed or replaced leaves the act in force (`Điều 5 Nghị định … đã bị bãi bỏ bởi …`); replacing a
        // part amends the act, as in the document's own changes.
        const parts =
          named && relation !== 'amends' ? partsIn(original.slice(named.index, local(subject).start), named[0]) : [];
        if (relation === 'replaces' && parts.length > 0) relation = 'amends';
        const quote = original.trim();
        const lead = original.indexOf(quote);
        const span = { start: s.span.start + lead, end: s.span.start + lead + quote.length };
        for (const agent of agents)
          for (const part of relation === 'repeals' && parts.length > 0 ? parts : [null]) {
            const link: ValidityLink = {
              clauseId: clause.id,
              relation,
              targetKey: subject.target.key,
              targetPart: part,
              quote,
              span,
              date: null,
              exception: null,
              sourceKey: agent.target.key,
            };
            if (!links.some((l) => sameLink(l, link))) links.push(link);
          }
      }
    }
  }
  return links;
}

/** True when `gap` is a mention's description: short, one statement, no list or sentence break. */
function isDescription(gap: string, max: number, other: RegExp = OTHER_STATEMENT): boolean {
  return gap.length <= max && !/[;:]|\.\s/.test(gap) && !other.test(gap);
}

/**
 * The act the passive is about: the nearest mention before it that an agent of `agentRank` may change, reached
 * across descriptions only. `Nghị định số 65/2023/NĐ-CP quy định chi tiết … Luật Sở hữu trí tuệ … được sửa đổi, bổ
 * sung bởi Nghị định số 15/2026/NĐ-CP`: the law sits in the decree's description and no decree amends a law, so the
 * subject is the decree; an earlier report in the chain (`…, được sửa đổi, bổ sung theo Luật số 09/2022/QH15, được
 * sửa đổi, bổ sung bởi Nghị định …`) is part of the description.
 */
function subjectOf(
  before: Reference[],
  masked: string,
  at: number,
  local: (r: Reference) => { start: number; end: number },
  agentRank: number,
): Reference | null {
  let end = at;
  for (let i = before.length - 1; i >= 0; i--) {
    const r = before[i];
    const gap = masked.slice(local(r).end, end).replace(PASSIVE_REPORT, (p) => ' '.repeat(p.length));
    if (!isDescription(gap, MAX_SUBJECT_GAP, OTHER_THAN_SUBJECT)) return null;
    if (rankOf(r) <= agentRank) return r;
    end = local(r).start;
  }
  return null;
}

/**
 * The agents after the preposition: the first act (after its parts), then each act of the same type joined to the
 * previous one by `,` or `và` (`bởi Luật số 36/2009/QH12, Luật số 42/2019/QH14`). A different type after `và` opens
 * the sentence's next item (`… bởi Luật số 48/2014/QH13 và Điều 7 Nghị định số …`).
 */
function agentsAfter(
  refs: Reference[],
  masked: string,
  from: number,
  local: (r: Reference) => { start: number; end: number },
): Reference[] {
  const [first, ...rest] = refs;
  if (!first) return [];
  // A list announced by its kind and a colon (`bởi các Luật: Luật số 09/2022/QH15, …`), as the genre opens any list.
  const lead = masked.slice(from, local(first).start).replace(AGENTS_LEAD_IN, '');
  if (!isDescription(lead, MAX_AGENT_GAP) || /[()]/.test(lead)) return [];
  const out = [first];
  for (const r of rest) {
    const gap = masked.slice(local(out[out.length - 1]).end, local(r).start);
    if (r.target.type !== first.target.type) break;
    if (!/(?:,|\bva)\s*(?:cac\s+)?$/.test(gap) || /[()]/.test(gap) || !isDescription(gap, 80)) break;
    out.push(r);
  }
  return out;
}

const sameLink = (a: ValidityLink, b: ValidityLink) =>
  a.clauseId === b.clauseId &&
  a.relation === b.relation &&
  a.targetKey === b.targetKey &&
  a.targetPart === b.targetPart &&
  a.sourceKey === b.sourceKey;
