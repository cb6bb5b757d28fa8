/** @module ingest/facts/responsibilities — who must do what: the roles each clause states, and those it inherits from the lead-in above it. */
import type { Body, Clause, Responsibility, ResponsibilityRole, Span } from '../../core/types.ts';
import { addresseeLines } from './addressee-lines.ts';
import { documentBodyContext } from './body-context.ts';
import { canonicalBody } from './bodies.ts';
import { type Chain, type ClauseRoles, clauseRoles, dedupeRoles, type StatedRole } from './clause-roles.ts';
import { isLeadIn } from './clause-index.ts';
import { closingParagraphs } from './closing-paragraphs.ts';
import { representatives } from './representatives.ts';
import { executingRoles } from './executing-clause.ts';
import { labelledOwner, labelledRoles } from './labelled-roles.ts';
import { letterAddressee, referentRoles } from './letter-addressee.ts';
import { tableRoles } from './table-roles.ts';
import { leaderOfTeam } from './team-roles.ts';

const SKIPPED_KINDS = new Set<Clause['kind']>(['preamble', 'closing', 'recipients', 'signature']);

const INHERITED_ROLES: Record<Chain, ReadonlySet<ResponsibilityRole>> = {
  own: new Set(),
  directed: new Set(['lead', 'direct']),
  none: new Set(['lead', 'direct', 'implement']),
};

/**
 * An article or item titled after its holder (`Điều 5. Trách nhiệm của Bộ Xây dựng`, `1. Trách nhiệm của Bộ Công
 * Thương`, `Nhiệm vụ, quyền hạn của Ủy ban nhân dân cấp tỉnh`): Luật ban hành VBQPPL drafting names the body in the title and lists its tasks below.
 */
const HOLDER_TITLE =
  /^\s*(?:Điều\s+\d+[a-zđ]?\s*[.:]\s*|(?:\d+(?:\.\d+)*|[IVXLC]+)[.)]\s*|[a-zđ]\)\s*)?(?:Trách nhiệm|Nhiệm vụ|Nhiệm vụ,? quyền hạn|Quyền hạn)(?:,?\s*(?:nhiệm vụ|quyền hạn|trách nhiệm))*(?:\s+(?:thi hành|thực hiện|quản lý nhà nước))?\s+của\s+/iu;

/** A role a clause states, as a fact of that clause. */
function statedFact(clause: Clause, r: StatedRole): Responsibility {
  return {
    clauseId: clause.id,
    role: r.role,
    body: r.body,
    bodyText: r.bodyText,
    inherited: false,
    sourceClauseId: clause.id,
    span: r.span,
  };
}

function holderOfTitle(clause: Clause, context: ReturnType<typeof documentBodyContext>): Responsibility[] {
  const m = HOLDER_TITLE.exec(clause.text.normalize('NFC'));
  if (!m || clause.text.length > 200) return [];
  const rest = clause.text.slice(m[0].length);
  const roles = clauseRoles(rest, clause.span.start + m[0].length, context);
  return roles.stated.filter((r) => r.role === 'lead').map((r) => statedFact(clause, r));
}

const ARTICLE_NUMBER = /^\s*Điều\s+\d+[a-zđ]?\s*[.:]\s*/iu;

/**
 * An article titled by a body's name alone heads that body's tasks: the implementation chapter of a decree or
 * circular gives each body an article (`Điều 21. Bộ Giao thông vận tải`, `Điều 7. Binh chủng Hóa học`), its
 * khoản then say only what to do. The whole title must be the name, so `Điều 25. Thanh tra lại` names nobody.
 */
function holderOfArticle(clause: Clause, context: ReturnType<typeof documentBodyContext>): Responsibility[] {
  if (clause.kind !== 'article') return [];
  const m = ARTICLE_NUMBER.exec(clause.text);
  if (!m) return [];
  const title = clause.text
    .slice(m[0].length)
    .split('\n')[0]
    .replace(/[.:;\s]+$/u, '');
  if (title.length === 0 || title.length > 120) return [];
  const roles = clauseRoles(title, clause.span.start + m[0].length, context);
  return roles.stated
    .filter((r) => r.role === 'lead' && r.bodyText.length === title.length)
    .map((r) => statedFact(clause, r));
}

const overlaps = (a: Span, b: Span) => a.start < b.end && b.start < a.end;

/**
 * A clause's own roles once the letter's addressee is read where the clause calls it by name or short form
 * (`Đề nghị Công ty bổ sung …`): the addressee leads, the writer asking does not, and a role read on the same words
 * (`Công ty bổ sung tài liệu` misread as a firm's name) is the addressee's. The clause then has a subject of its own.
 */
function withAddressee(own: ClauseRoles, referents: readonly StatedRole[], writer: Body | null): ClauseRoles {
  if (!referents.length) return own;
  const kept = own.stated
    .filter((r) => !(r.role === 'lead' && writer !== null && r.body.name === writer.name))
    .map((r) => {
      const a = referents.find((x) => overlaps(x.span, r.span));
      return a ? { ...a, role: r.role } : r;
    });
  return { ...own, stated: dedupeRoles([...referents, ...kept]), chain: own.chain === 'directed' ? 'directed' : 'own' };
}

const spanKey = (f: Responsibility) => `${f.sourceClauseId}|${f.span.start}`;
/**
 * Roles of labelled lines (`Đơn vị chủ trì: X`), keyed by the clause they assign (see `labelledOwner`),
 * and their spans, so their coordination is inherited as a lead-in's is.
 */
function labelledFacts(
  clauses: readonly Clause[],
  byId: ReadonlyMap<string, Clause>,
  context: ReturnType<typeof documentBodyContext>,
): { byOwner: Map<string, Responsibility[]>; spans: Set<string> } {
  const parents = new Set(clauses.map((c) => c.parentId));
  const out = new Map<string, Responsibility[]>();
  const spans = new Set<string>();
  for (const clause of clauses) {
    if (SKIPPED_KINDS.has(clause.kind)) continue;
    const roles = labelledRoles(clause.text, clause.span.start, context);
    if (roles.length === 0) continue;
    const parent = clause.parentId ? byId.get(clause.parentId) : undefined;
    const owner = labelledOwner(clause, parent, parents.has(clause.id));
    const facts = roles.map((r) => statedFact(clause, r));
    for (const f of facts) spans.add(spanKey(f));
    out.set(owner, [...(out.get(owner) ?? []), ...facts]);
  }
  return { byOwner: out, spans };
}

const LISTED = new Set<Clause['kind']>(['item', 'subitem', 'point', 'bullet']);
/** A lead-in that hands work out (`Giao X …:`, `đề nghị X …:`, `X chủ trì …:`), not one that narrates (`X thông báo như sau:`). */
const ASSIGNS =
  /(?:^|[\s,;:])(?:[Gg]iao|[Đđ]ề nghị|[Yy]êu cầu|[Pp]hân công)\s+(?:cho\s+)?(?:(?:phòng|sở|ban|cục|bộ|trung tâm)\s+)?\p{Lu}|chủ trì/u;

/**
 * The lead-in paragraph each numbered clause follows as a sibling (`Giao phòng Quản lý Công nghiệp triển khai các
 * công việc:` then `1. …`, `2. …` under the same heading): the list it hands out is its own, as if nested under it.
 */
function siblingLeadIns(clauses: readonly Clause[]): Map<string, Clause> {
  const out = new Map<string, Clause>();
  const open = new Map<string | null, Clause | null>();
  for (const c of clauses) {
    const leadIn = open.get(c.parentId) ?? null;
    if (c.kind === 'paragraph') open.set(c.parentId, isLeadIn(c) ? c : null);
    else if (LISTED.has(c.kind) && leadIn) out.set(c.id, leadIn);
    else if (!LISTED.has(c.kind)) open.set(c.parentId, null);
  }
  return out;
}

/**
 * True when a lead-in names the body it hands its list to after the cue (`Giao phòng X …:`, `đề nghị Bộ Xây dựng …:`):
 * its writer's own name before the cue (`UBND tỉnh … báo cáo và đề nghị … như sau:`) hands nothing out.
 */
function handsOut(leadIn: Clause, facts: readonly Responsibility[]): boolean {
  const cue = ASSIGNS.exec(leadIn.text);
  if (!cue) return false;
  const after = leadIn.span.start + cue.index;
  return facts.some((f) => !f.inherited && f.role === 'lead' && f.span.start >= after);
}

const ACTOR_ORDER: readonly ResponsibilityRole[] = ['implement', 'direct', 'lead'];

/** The bodies that act for a clause that names none: its implementers, else its directing bodies, else its leads. */
function inheritedActors(facts: Responsibility[]): Responsibility[] {
  for (const role of ACTOR_ORDER) {
    const found = facts.filter((f) => f.role === role);
    if (found.length) return found;
  }
  return [];
}

/**
 * Responsibilities of every clause of a document, stated and inherited. Pure.
 *
 * Roles, as decided for vankien:
 * - lead: the subject of an item or paragraph (`X chủ trì`, `Giao X chủ trì`, `X lãnh đạo ...`,
 *   `X chỉ đạo ...`, or just `X tiếp tục đẩy mạnh ...`): the body answering for it;
 * - direct: `Y` in `X lãnh đạo Y chỉ đạo các sở ...` (Y passes the task on);
 * - implement: a body told to carry the task out: `Chỉ đạo Sở Tài chính ...` under a lead-in,
 *   `X chỉ đạo Z ...`, `X lãnh đạo Y <verb>` when Y does not pass it on;
 * - coordinate: `phối hợp với X`;
 * - advise / monitor: the body doing `tham mưu` / `theo dõi, kiểm tra, đôn đốc, giám sát, thanh tra`;
 * - report: the body that reports; the body reported to (`báo cáo ... về X`) gets monitor.
 *
 * Inheritance: a clause that names no subject inherits its parent's lead, direct and implement
 * (and coordinate when the parent is a lead-in ending with `:`); a clause opening with
 * `Chỉ đạo X` inherits lead and direct only; a clause with its own subject inherits nothing; no
 * clause inherits a role it states itself; a closing paragraph after the last item inherits nothing.
 * Verbs without a stated body (`tham mưu ...` in a sub-item) go to the inherited actor: the
 * implementer, else the directing body, else the lead. Inherited facts keep the source clause
 * and the span of the words in it.
 *
 * @example extractResponsibilities(clauses, { place: 'Cần Thơ', issuer: 'Thành ủy Cần Thơ' })
 */
export function extractResponsibilities(
  clauses: Clause[],
  context: { place: string | null; issuer: string | null },
): Responsibility[] {
  const bodyContext = documentBodyContext(clauses, context);
  const byId = new Map(clauses.map((c) => [c.id, c]));
  const labelled = labelledFacts(clauses, byId, bodyContext);
  const closing = closingParagraphs(clauses);
  const leadIns = siblingLeadIns(clauses);
  const tabled = tableRoles(clauses, bodyContext);
  // `Kính gửi: - Sở Công Thương;` names whom the letter goes to, not who acts.
  const addressed = addresseeLines(clauses);
  const letterTo = letterAddressee(clauses, bodyContext);
  const writer = context.issuer ? canonicalBody(context.issuer, bodyContext) : null;
  const effective = new Map<string, Responsibility[]>();
  const out: Responsibility[] = [];
  for (const clause of clauses) {
    if (SKIPPED_KINDS.has(clause.kind) || addressed.has(clause.id)) continue;
    const own = withAddressee(
      clauseRoles(clause.text, clause.span.start, bodyContext),
      referentRoles(clause.text, clause.span.start, letterTo),
      writer,
    );
    const assigned = [
      ...(labelled.byOwner.get(clause.id) ?? []).map((f) => ({ ...f, clauseId: clause.id })),
      ...(tabled.get(clause.id) ?? []).map((r) => statedFact(clause, r)),
    ];
    const titled =
      own.stated.some((r) => r.role === 'lead') || assigned.some((r) => r.role === 'lead')
        ? []
        : [...holderOfTitle(clause, bodyContext), ...holderOfArticle(clause, bodyContext)];
    const leader = leaderOfTeam(clause.text, clause.span.start, bodyContext).map((r) => statedFact(clause, r));
    // The closing article's executors (`… chịu trách nhiệm thi hành Quyết định này`): the verb names the role.
    const executors = executingRoles(clause, bodyContext).map((r) => statedFact(clause, r));
    const stated: Responsibility[] = [
      ...own.stated.map((r) => statedFact(clause, r)),
      ...assigned,
      ...titled,
      ...leader,
      ...executors,
    ];
    const leadIn = leadIns.get(clause.id);
    // A lead-in that names no body leaves the clause to its parent's.
    const introduced = leadIn && handsOut(leadIn, effective.get(leadIn.id) ?? []) ? leadIn : undefined;
    const parent = introduced ?? (clause.parentId ? byId.get(clause.parentId) : undefined);
    const above = parent ? (effective.get(parent.id) ?? []) : [];
    // A closing paragraph (`Trên đây là …`) speaks for the document, not for the item it follows.
    const inheritable = new Set(closing.has(clause.id) ? [] : INHERITED_ROLES[own.chain]);
    // A clause that states a lead or implementer of its own (`Chỉ đạo Sở Xây dựng chủ trì ...`) keeps it.
    for (const r of own.stated) if (r.role !== 'coordinate') inheritable.delete(r.role);
    if (own.chain === 'none' && parent && isLeadIn(parent)) inheritable.add('coordinate');
    // A labelled `Đơn vị phối hợp:` holds for every task of its group, as its `Đơn vị chủ trì:` does.
    const fromLabel = (f: Responsibility) =>
      !closing.has(clause.id) && own.chain === 'none' && f.role === 'coordinate' && labelled.spans.has(spanKey(f));
    const inherited = above
      .filter((f) => inheritable.has(f.role) || fromLabel(f))
      .map((f) => ({ ...f, clauseId: clause.id, inherited: true }));
    const actors = inheritedActors(inherited);
    const delegated = own.pending.flatMap((role) =>
      actors.map((a) => ({ ...a, role, clauseId: clause.id, inherited: true })),
    );
    const facts = dedupeRoles([...stated, ...inherited, ...delegated]);
    effective.set(clause.id, facts);
    out.push(...facts);
  }
  // The people under `Đại diện X` stand for X: leads of the heading, passed to no member line.
  out.push(...representatives(clauses, bodyContext));
  return out;
}
