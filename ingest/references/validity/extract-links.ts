/**
 * @module ingest/references/validity/extract-links
 * Validity relations read from the sentence around each reference: the verb before it (`Nghị định
 * này thay thế Nghị định số …`, `Bãi bỏ Điều 165 của Luật …`, `Căn cứ Luật …`), the passive after
 * it (`Luật … số 11/2022/QH15 hết hiệu lực kể từ ngày …`), and, for the items of an amending
 * article that name only a part (`a) Sửa đổi, bổ sung khoản 1 Điều 34 như sau:`, `Điều 5 được sửa
 * đổi, bổ sung như sau:`), the document the article or title named last.
 *
 * In a sentence, the first reference — and each after a `;` or a verb — is a head the verb governs;
 * a reference inside another's description (`… của Chính phủ sửa đổi, bổ sung một số điều của
 * Nghị định số 163/2013/NĐ-CP`, `đã được sửa đổi, bổ sung theo Luật số …`) is not.
 */
import type { Clause, DocumentType, Reference, Span, ValidityLink, ValidityRelation } from '../../../core/types.ts';
import { PROPOSAL } from '../../../core/patterns.ts';
import { parenSpans, quotedSpans } from '../scan.ts';
import { completePart, partsIn } from './parts.ts';
import { ENDS_FORCE, EXCEPT, PASSIVE_PART, SELF_GUIDE_PREFIX, VALIDITY_CUES } from './patterns.ts';
import { insideBlock } from './quote-blocks.ts';
import { blankSpans, type Sentence, sentencesOf } from './sentences.ts';
import { firstDate } from './vn-date.ts';

export interface LinksInput {
  cleanText: string;
  /** Folded clean text (same offsets). */
  folded: string;
  clauses: Clause[];
  references: Reference[];
  /** Multi-paragraph quotations (new wording): their clauses are skipped. */
  blocks: Span[];
}

/** Text between a verb and its document longer than this is not governed by it (unless `kèm theo` ends it). */
const MAX_GOVERNED_GAP = 130;
/**
 * A changing verb in an act's name: `Luật sửa đổi, bổ sung …`, `Nghị định sửa đổi …`, and a law named for the law it
 * amends (`Luật Xây dựng sửa đổi 62/2020/QH14`, Luật ban hành VBQPPL: an amending law's name), not `Luật này sửa đổi`.
 */
const NAMED_ACT =
  /\b(?:luat|nghi dinh|thong tu|quyet dinh|nghi quyet|phap lenh)\s*$|(?<!phap )\b(?:bo luat|luat)\s+(?!nay\b)[a-z]+(?:\s+[a-z]+){0,5}\s*$/;
/**
 * `Luật Xây dựng 2014, sửa đổi, bổ sung tại khoản 24 Điều 1 Luật số 62/2020/QH14`: a reduced passive after an act's
 * mention — the act after `tại|bởi|theo` made the change (reported-links.ts reads it), this document makes none.
 */
const REDUCED_PASSIVE_BEFORE = /(?:,|\bda)\s*$/;
const AGENT_AFTER = /^\s*,?\s*(?:boi|tai|theo)\b/;
const PASSIVE_BEFORE = /\b(?:duoc|bi|cap|de nghi)\s*$/;
const CHANGES = new Set<ValidityRelation>(['amends', 'repeals', 'replaces']);
/**
 * `Đề nghị cơ quan có thẩm quyền nghiên cứu sửa đổi …`, `kiến nghị bãi bỏ …`: a request to change an act changes
 * nothing (Luật Ban hành VBQPPL: only the issuing act amends, replaces or repeals); `Theo đề nghị của …` names the
 * proposer of this very act.
 */
const PROPOSED_BEFORE = new RegExp(`${PROPOSAL}[^.;:]{0,80}$`);

interface Cue {
  relation: ValidityRelation;
  start: number;
  end: number;
}

/** Every cue in `masked` (folded, masked), in order; overlapping ones keep the longest. */
function cuesIn(masked: string): Cue[] {
  const found: Cue[] = [];
  for (const { relation, re } of VALIDITY_CUES) {
    const pattern = new RegExp(re.source, re.flags);
    for (let m = pattern.exec(masked); m; m = pattern.exec(masked)) {
      found.push({ relation, start: m.index, end: m.index + m[0].length });
      if (m[0].length === 0) pattern.lastIndex++;
    }
  }
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Cue[] = [];
  for (const c of found) if (!out.some((o) => c.start < o.end && c.end > o.start)) out.push(c);
  return out;
}

/** `hướng dẫn` governs only when this document is the one guiding (`Thông tư này hướng dẫn …`, the title). */
function cueAllowed(cue: Cue, masked: string): boolean {
  const before = masked.slice(0, cue.start);
  if (cue.relation === 'guides') return SELF_GUIDE_PREFIX.test(before);
  // `Luật sửa đổi, bổ sung …` names another act; `đã được sửa đổi, bổ sung theo …` describes the one cited.
  if (CHANGES.has(cue.relation) && PROPOSED_BEFORE.test(before)) return false;
  // A Căn cứ line states what the act rests on (NĐ 30/2020): a changing verb there describes an act it lists (`…; Thông
  // tư số /2026/TT-BCT … sửa đổi, bổ sung một số điều của Thông tư số 38/2025/TT-BCT`, a form's unnumbered line).
  if (CHANGES.has(cue.relation) && BASIS_LINE.test(masked)) return false;
  if (CHANGES.has(cue.relation) && REDUCED_PASSIVE_BEFORE.test(before) && AGENT_AFTER.test(masked.slice(cue.end)))
    return false;
  return !NAMED_ACT.test(before) && !PASSIVE_BEFORE.test(before);
}

/** The region between a verb and its document names parts, `một số điều`, `của`: not a clause of its own. */
function governs(masked: string, cue: Cue, to: number): boolean {
  const { relation, end: from } = cue;
  const gap = masked.slice(from, to);
  // `Thay thế Phụ lục A của QCVN … ban hành kèm theo Thông tư số …`: an item that opens with the verb.
  const opens = /^\s*(?:[\da-z]{1,3}[.)]\s*)?$/.test(masked.slice(0, cue.start));
  if (opens && /\b(?:kem theo|ban hanh kem theo)\s*$/.test(gap)) return true;
  if (gap.length > MAX_GOVERNED_GAP || /[:.]\s/.test(gap)) return false;
  // `Bãi bỏ Điều 8, 9 của …`, `Sửa đổi, bổ sung một số điều của …`: between a changing verb and its
  // document stand only parts and link words; `cấp sửa đổi, bổ sung Giấy phép … tại Nghị định …` is
  // a licence, not an amendment.
  if (relation === 'guides' || relation === 'basis') return true;
  // `Bãi bỏ Điều 1 và Điều 2 quy định về quy hoạch chi tiết … tại Nghị định số …`: parts, then what they provide.
  const described = PARTS_DESCRIBED.exec(gap);
  if (described && partsIn(gap, gap).length > 0) return onlyPartWords(gap.slice(0, described.index));
  return onlyPartWords(gap);
}

/** `… quy định về <subject> tại|của`: the description of the parts a changing verb names, before their act. */
const PARTS_DESCRIBED = /\bquy dinh(?: ve)?\b[^,;:]*\b(?:tai|cua)\s*$/;

/** True when `text` holds only parts and link words (`khoản 2 Điều 3 của`). */
function onlyPartWords(text: string): boolean {
  return text
    .split(/[\s,;]+/)
    .filter(Boolean)
    .every((w) => GAP_WORDS.has(w) || PART_ID.test(w));
}

/** Words that may stand between a changing verb and the document it changes. */
const GAP_WORDS = new Set(
  'va cua tai cac mot so nhung noi dung quy dinh dieu khoan diem phu luc mau chuong muc tieu ban hanh kem theo thuoc nhu sau bo toan doan cum tu'.split(
    ' ',
  ),
);

/** Parts named in [from, to) of the sentence, or the `một số …` words when it names them only as some. */
function partsBetween(s: Sentence, text: string, from: number, to: number): { parts: string[]; some: string | null } {
  const original = text.slice(s.span.start + from, s.span.start + to);
  const parts = partsIn(original, s.masked.slice(from, to));
  const some = /\bmot so\b[^;]*?(?=\s+(?:cua|tai|ban hanh|thuoc)\b|$)/.exec(s.masked.slice(from, to));
  return {
    parts,
    some: parts.length === 0 && some ? original.slice(some.index, some.index + some[0].length).trim() : null,
  };
}

interface Context {
  targetKey: string;
  part: string | null;
}

/** Validity links of a document, in text order, and the relation each governed reference now carries. */
export function extractLinks(input: LinksInput): { links: ValidityLink[]; retyped: Map<Reference, ValidityRelation> } {
  const { cleanText: text, folded, references, blocks } = input;
  const masks = [...quotedSpans(text), ...parenSpans(text), ...blocks];
  const masked = blankSpans(folded, masks);
  const sorted = [...input.clauses].sort((a, b) => a.span.start - b.span.start);
  const links: ValidityLink[] = [];
  const retyped = new Map<Reference, ValidityRelation>();
  const maskedAt = (at: number) => masked[at] === ' ' && folded[at] !== ' ';
  let context: Context | null = null;
  let titleContext: Context | null = null;
  // `Bãi bỏ các văn bản sau:`, `Thông tư này bãi bỏ:`: the verb stands in a lead-in, its documents in the items below.
  const leadIns = new Map<string, ValidityRelation>();

  const push = (s: Sentence, link: Omit<ValidityLink, 'clauseId' | 'quote' | 'span' | 'sourceKey'>) => {
    const quote = text.slice(s.span.start, s.span.end).trim();
    const lead = text.slice(s.span.start, s.span.end).indexOf(quote);
    const span = { start: s.span.start + lead, end: s.span.start + lead + quote.length };
    const duplicate = links.some(
      (l) =>
        l.relation === link.relation &&
        l.targetKey === link.targetKey &&
        l.targetPart === link.targetPart &&
        l.clauseId === s.clause.id,
    );
    if (!duplicate) links.push({ clauseId: s.clause.id, quote, span, ...link, sourceKey: null });
  };

  for (const clause of sorted) {
    if (insideBlock(blocks, clause.span.start)) continue;
    const clauseText = text.slice(clause.span.start, clause.span.end);
    let clauseSetContext = false;
    let clauseLinked = false;
    const listed = clause.parentId ? leadIns.get(clause.parentId) : undefined;
    const sentences = sentencesOf(clause, text, masked);
    for (const s of sentences) {
      const refs = references.filter(
        (r) => r.span.start >= s.span.start && r.span.end <= s.span.end && !maskedAt(r.span.start),
      );
      const cues = cuesIn(s.masked);
      const local = (at: number) => at - s.span.start;
      const heads: { ref: Reference; relation: ValidityRelation | null; regionStart: number }[] = [];
      let previous = null as { ref: Reference; head: boolean } | null;
      for (const ref of refs) {
        const gapStart: number = previous ? local(previous.ref.span.end) : 0;
        const gap = s.masked.slice(gapStart, local(ref.span.start));
        const semi = gap.lastIndexOf(';');
        const tailStart: number = semi >= 0 ? gapStart + semi + 1 : gapStart;
        const tailCue: Cue | undefined = cues
          .filter((c) => c.start >= tailStart && c.end <= local(ref.span.start))
          .pop();
        let head: boolean;
        const listedAt = !tailCue && semi < 0 ? listedParts(gap, heads[heads.length - 1]?.relation ?? null) : -1;
        if (!previous || semi >= 0) head = true;
        else if (listedAt >= 0) head = true;
        else if (/^\s*(?:,|va|hoac)\s*$/.test(gap)) {
          const lastHead = heads[heads.length - 1];
          head = sameType(ref.target.type, previous.ref.target.type)
            ? previous.head
            : !!lastHead && sameType(ref.target.type, lastHead.ref.target.type);
        } else if (
          !tailCue &&
          /(?:,|\bva|\bhoac)\s*$/.test(gap) &&
          (sameType(ref.target.type, previous.ref.target.type) ||
            (previous.head && ref.target.symbol !== null && BASIS_LINE.test(s.masked)))
        )
          // `Căn cứ Thông tư số 23/2024/TT-BCT … quy định về … và Thông tư số 38/2025/TT-BCT …`: a second act of the
          // same kind after the first one's description stands where the first does; in a Căn cứ line any numbered
          // act does (`… Quyết định số 564/QĐ-SCT … về việc … và Kế hoạch số 3281/KH-SCT …`).
          head = previous.head;
        else head = !!tailCue && /^[\s,]*(?:va\s+|dong thoi\s+)?$/.test(s.masked.slice(tailStart, tailCue.start));
        previous = { ref, head };
        if (!head) continue;
        const cue =
          tailCue && cueAllowed(tailCue, s.masked) && governs(s.masked, tailCue, local(ref.span.start))
            ? tailCue
            : null;
        const inherited = !cue && semi < 0 && heads.length > 0 ? heads[heads.length - 1].relation : null;
        const afterSemi = !cue && semi >= 0 && heads.length > 0 ? heads[heads.length - 1].relation : null;
        // The first document of an item under a lead-in (`a) Điều 30, khoản 2 Điều 33 Nghị định …`) takes its verb.
        const item = !cue && heads.length === 0 && listed ? ITEM_MARK.exec(s.masked) : null;
        heads.push({
          ref,
          relation:
            cue?.relation ??
            inherited ??
            afterSemi ??
            (item ? (listed ?? null) : null) ??
            // `Căn cứ Luật sửa đổi, bổ sung một số điều của Luật … số 70/2025/QH15;`: the act a Căn cứ line names first
            // is a basis even when its own name holds a verb (the amending law is the basis, NĐ 30/2020 form).
            (heads.length === 0 && BASIS_LINE.test(s.masked) ? 'basis' : null),
          regionStart: cue ? cue.end : item ? item[0].length : listedAt >= 0 ? gapStart + listedAt : tailStart,
        });
      }
      if (s === sentences[sentences.length - 1] && !heads.some((h) => h.relation !== null)) {
        const lead = listLeadIn(s.masked, cues);
        if (lead) leadIns.set(clause.id, lead);
      }

      // `X … hết hiệu lực kể từ ngày …`: the heads before it that no verb governs are replaced.
      const lastRef = refs[refs.length - 1];
      const ends = lastRef ? ENDS_FORCE.exec(s.masked.slice(local(lastRef.span.end))) : null;
      const endsAt = ends && lastRef ? local(lastRef.span.end) + ends.index : -1;
      const exceptMatch = endsAt >= 0 ? EXCEPT.exec(s.masked.slice(endsAt)) : null;
      const exception =
        exceptMatch && endsAt >= 0
          ? text
              .slice(s.span.start + endsAt + exceptMatch.index, s.span.end)
              .replace(/^,?\s*/, '')
              .trim() || null
          : null;
      const endDate = endsAt >= 0 ? firstDate(s.masked.slice(endsAt)) : null;

      for (const h of heads) {
        let relation = h.relation;
        if (relation === null && endsAt >= 0) relation = 'replaces';
        if (relation === null) continue;
        if (relation === 'basis' && !BASIS_LINE.test(s.masked)) continue;
        // A `Căn cứ …` sentence inside a numbered part is the body's "based on" (a report's account), not the basis
        // block NĐ 30/2020 puts between the title and the operative part.
        if (relation === 'basis' && clause.parentId !== null) continue;
        const { parts, some } = partsBetween(s, text, h.regionStart, local(h.ref.span.start));
        // `Thay thế Phụ lục A của …`: replacing a part amends the document.
        if (relation === 'replaces' && parts.length > 0) relation = 'amends';
        retyped.set(h.ref, relation);
        const base = {
          relation,
          targetKey: h.ref.target.key,
          date: relation === 'replaces' ? (endDate?.iso ?? null) : null,
          exception: relation === 'replaces' ? exception : null,
        };
        const named = parts.length > 0 ? parts : relation === 'repeals' && some ? [some] : [null];
        for (const part of named) push(s, { ...base, targetPart: part });
        clauseLinked = true;
        if (CHANGES.has(relation)) {
          context = { targetKey: h.ref.target.key, part: parts.length === 1 ? parts[0] : null };
          clauseSetContext = true;
          if (clause.kind === 'preamble' && !titleContext) titleContext = context;
        }
      }
      if (heads.some((h) => h.relation !== null) || refs.length > heads.length) continue;

      // An item naming only a part: `Bãi bỏ điểm d khoản 2 Điều 38.`, `Điều 5 được sửa đổi, bổ sung như sau:`.
      if (!context) continue;
      const self = selfTarget(s, text);
      if (!self) continue;
      for (const part of self.parts)
        push(s, {
          relation: self.relation,
          targetKey: context.targetKey,
          targetPart: completePart(part, context.part),
          date: null,
          exception: null,
        });
      clauseLinked = true;
    }
    // A new article or chapter that changes nothing named ends the amending context.
    if (!clauseSetContext && !clauseLinked && /^\s*(?:Điều\s+\d+|Chương\s+[IVXLC]+)\b/u.test(clauseText))
      context = titleContext;
  }
  return { links, retyped };
}

/**
 * Where the next item of a changing verb's list starts in `gap` (the text since the last document), or -1: `Bãi bỏ
 * khoản 3 Điều 5 Nghị định số 08/2022/NĐ-CP … quy định …, khoản 2 Điều 3 Thông tư số 02/2022/TT-BTNMT`: after the first
 * document's description, a `,` or `và` then only parts and link words name what the same verb changes in the next.
 */
function listedParts(gap: string, lastRelation: ValidityRelation | null): number {
  if (lastRelation === null || !CHANGES.has(lastRelation)) return -1;
  const separator = /(?:,|\bva\b)\s*(?=(?:cac\s+)?(?:diem|khoan|dieu|muc|chuong|phu luc)\s)/g;
  for (let m = separator.exec(gap); m; m = separator.exec(gap)) {
    if (onlyPartWords(gap.slice(m.index + m[0].length))) return m.index + m[0].length;
  }
  return -1;
}

/** A part's number or letter as the gap words check it: `5`, `2a`, `1.2`, `III`, `d`. */
const PART_ID = /^(?:\d+[a-z]?(?:\.\d+)*|[ivxlc]+|[a-z])$/;

/** A sentence that opens the basis block's line: `Căn cứ …` (after an item marker in some layouts). */
const BASIS_LINE = /^\s*(?:[\da-z]{1,3}[.)]\s*)?can cu\b/;

/** An item's marker at the start of its sentence: `a) `, `2. `. */
const ITEM_MARK = /^\s*[\da-zđ]{1,3}[.)]\s*/;

/**
 * The relation a list lead-in gives its items: a changing verb (or `hết hiệu lực`) in a sentence that
 * ends with `:` — `Bãi bỏ các văn bản pháp luật sau:`, `Thông tư này bãi bỏ:`, `Các văn bản sau đây hết
 * hiệu lực:` — but not `… như sau:`, which opens new wording.
 */
function listLeadIn(masked: string, cues: readonly Cue[]): ValidityRelation | null {
  if (!/:\s*$/.test(masked) || /\bnhu sau\s*:\s*$/.test(masked)) return null;
  const cue = cues.find((c) => CHANGES.has(c.relation) && cueAllowed(c, masked));
  if (cue) return cue.relation;
  return ENDS_FORCE.test(masked) ? 'replaces' : null;
}

/** A sentence that changes a part with no document named: its relation and parts, or null. */
function selfTarget(s: Sentence, text: string): { relation: ValidityRelation; parts: string[] } | null {
  const lead = /^\s*(?:[\da-z]{1,3}[.)]\s*)?/.exec(s.masked)?.[0].length ?? 0;
  const body = s.masked.slice(lead);
  const active = /^(sua doi,? bo sung|sua doi|bo sung|bai bo|thay the)\b/.exec(body);
  const passive = active ? null : PASSIVE_PART.exec(s.masked);
  if (!active && !passive) return null;
  const verb = (active ?? passive)![active ? 1 : 2];
  let from: number;
  let to: number;
  if (active) {
    from = lead + active[0].length;
    const stop = /\b(?:nhu sau|bang)\b|:|\.\s*$/.exec(s.masked.slice(from));
    to = stop ? from + stop.index : s.masked.length;
  } else {
    from = lead;
    to = passive!.index + passive![0].lastIndexOf(passive![2]);
  }
  const region = s.masked.slice(from, to);
  // `… của Luật này`, `… tại Nghị định này`: the document itself, not the one amended.
  if (/\bnay\b/.test(region) || /\bcum tu\b/.test(region)) return null;
  const parts = partsIn(text.slice(s.span.start + from, s.span.start + to), region);
  if (parts.length === 0) return null;
  const relation: ValidityRelation = verb === 'bai bo' ? 'repeals' : 'amends';
  return { relation, parts };
}

const sameType = (a: DocumentType | null, b: DocumentType | null) => a !== null && a === b;
