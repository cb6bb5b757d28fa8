/**
 * @module answer/kinds/roles
 * Who leads, who coordinates, who reports to whom: read from the stored responsibilities of the best
 * matching clause — stated in it, or inherited from its parent's lead-in (then both are quoted).
 */
import type { StoredClause } from '../../core/store/index.ts';
import { foldAccents, matchForm } from '../../core/text/vietnamese.ts';
import type { Responsibility, ResponsibilityRole, Span } from '../../core/types.ts';
import { closesWithExecutors } from '../../ingest/facts/executing-clause.ts';
import { foldText } from '../../search/analyzer.ts';
import { AnswerDraft } from '../answer-draft.ts';
import { type AskedQuestion, namingForms } from '../named-bodies.ts';
import { clausesById, leadClausesIn, responsibilitiesOf, spanInClause } from '../clause-facts.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { sentenceSpans } from '../quote.ts';
import { headingsOf, type Reranked, rerank, topicShare } from '../rerank.ts';
import { joinList, roleSentence } from '../templates.ts';
import { capitalize, statedLimit, VALUE_NAMES } from './value.ts';

const fold = (s: string) => foldAccents(s).toLowerCase().replace(/\s+/g, ' ');

/** Bodies with a role, each once, in stored order. */
function bodiesWith(list: readonly Responsibility[], role: ResponsibilityRole): Responsibility[] {
  const seen = new Set<string>();
  return list.filter((r) => r.role === role && !seen.has(r.body.name) && seen.add(r.body.name));
}

/** A class of bodies (`Các cấp ủy đảng`, `Chính quyền các cấp`, `Các sở, ban, ngành`), not one body. */
const isClass = (r: Responsibility) => /^(?:Các|Chính quyền các cấp)(?!\p{L})/u.test(r.body.name);

/** How many clauses after a class-led pick may answer instead, and how close their fit must be. */
const NAMED_LOOKAHEAD = 3;
const NAMED_RUNNER_UP = 0.85;
const fitOf = (r: { clauseId: string }) => ('fit' in r ? (r.fit as number) : null);

/** True when `words` stand in `text` as whole words: a body written `Sở` is not named by `số`, nor `Bộ` by `bố trí`. */
function holdsWords(text: string, words: string): boolean {
  for (let at = text.indexOf(words); at >= 0; at = text.indexOf(words, at + 1)) {
    const before = at === 0 ? '' : text[at - 1];
    const after = text[at + words.length] ?? '';
    if (!/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}

/**
 * Drops bodies the question itself names (the actor of "X phối hợp với ai?"), unless nothing is left and `keepAll`.
 * @example notAsked({ text: 'ai cap giay phep cho dn khong thuoc bo quoc phong', lang: 'vi-nodiac' }, [leadBoQuocPhong], false) // []
 */
export function notAsked(question: AskedQuestion, list: Responsibility[], keepAll = true): Responsibility[] {
  // Written with diacritics, compared with them: folded, `bố trí` would name a body written `Bộ`.
  const form = question.lang === 'vi-nodiac' ? fold : (s: string) => matchForm(s).replace(/\s+/g, ' ');
  const forms = namingForms(question).map(form);
  const named = (r: Responsibility) =>
    forms.some((f) => holdsWords(f, form(r.body.name)) || holdsWords(f, form(r.bodyText)));
  const kept = list.filter((r) => !named(r));
  return kept.length > 0 || !keepAll ? kept : list;
}

interface Pick {
  clauseId: string;
  main: Responsibility[];
  /** For report questions: who receives the reports. */
  recipients: Responsibility[];
}

function pickFor(ctx: ComposeContext, clauseId: string, list: readonly Responsibility[], text: string): Pick | null {
  switch (ctx.q.kind) {
    case 'lead': {
      // A body the question names is its context (`… cho doanh nghiệp không thuộc Bộ Quốc phòng`), not its answer.
      const leads = notAsked(ctx.q, bodiesWith(list, 'lead'), false);
      return leads.length ? { clauseId, main: leads, recipients: [] } : null;
    }
    case 'coordinate': {
      const partners = notAsked(ctx.q, bodiesWith(list, 'coordinate'));
      if (partners.length) return { clauseId, main: partners, recipients: [] };
      // `A, B, C phối hợp chặt chẽ ...`: the bodies that lead together are the ones coordinating.
      const leads = bodiesWith(list, 'lead').filter((r) => !r.inherited);
      return leads.length > 1 && /phối hợp/i.test(text) ? { clauseId, main: leads, recipients: [] } : null;
    }
    case 'report': {
      const reporters = bodiesWith(list, 'report');
      if (!reporters.length) return null;
      const names = new Set(reporters.map((r) => r.body.name));
      const recipients = bodiesWith(list, 'monitor').filter((r) => !names.has(r.body.name));
      return { clauseId, main: reporters, recipients };
    }
    default:
      return null;
  }
}

/** The verbs a text gives a leading body, as written (`lãnh đạo`, not the question's `chủ trì`). */
const LEAD_VERBS =
  /^[\s,:]*(chủ trì|lãnh đạo(?:,? chỉ đạo)?|chỉ đạo|làm đầu mối|là đầu mối|là cơ quan đầu mối|có trách nhiệm|chịu trách nhiệm)(?![\p{L}])/iu;

/** The heading of a party of a Biên bản: `Đại diện` and the body. */
const PARTY = /^Đại diện\s+(.+?)\s*:?\s*$/u;

/** The title closing a team member's line (see ingest/facts/team-roles.ts). */
const TEAM_LEADER = /[,;–-]\s*(Trưởng đoàn|Tổ trưởng|Trưởng tổ|Trưởng ban|Trưởng nhóm)\s*[;.]?\s*$/u;

/**
 * The verb the documents use for a lead: the words right after the body where the text names it, else
 * at the opening of the clause that states the task (`- Chủ trì tham mưu …` under `2. Sở Tài chính`).
 */
function statedVerb(fact: Responsibility, source: StoredClause | undefined, clause: StoredClause): string | null {
  const span = source && spanInClause(source, fact.span);
  const after = span ? source.text.slice(span.end, span.end + 40).normalize('NFC') : '';
  const opening = clause.text
    .normalize('NFC')
    .replace(/^\s*(?:[-–+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\))\s*/u, '')
    .replace(/^(?:khẩn trương|tiếp tục|kịp thời)\s+/iu, '');
  const m = LEAD_VERBS.exec(after) ?? LEAD_VERBS.exec(opening);
  if (m) return m[1].toLowerCase();
  // The executors a closing article lists carry the decision out; they lead no task.
  if (source && closesWithExecutors(source.text)) return 'chịu trách nhiệm thi hành';
  // A person listed under `Đại diện Sở Công Thương` (ingest/facts/representatives.ts) stands for that body.
  const party = source?.parentId === clause.id ? PARTY.exec(opening) : null;
  if (party) return `đại diện ${party[1]}`;
  // A member line of a team (`Ông: X - Phó Giám đốc Sở …, Trưởng đoàn;`): the person is the team's leader.
  const title = source && TEAM_LEADER.exec(source.text.normalize('NFC'));
  return title ? `là ${title[1].toLowerCase()}` : null;
}

/** The role of the answer's sentence: the kind's own, `direct` when the text says the body leads and directs. */
function sentenceRole(ctx: ComposeContext, verb: string | null): ResponsibilityRole {
  if (ctx.q.kind === 'coordinate' || ctx.q.kind === 'report') return ctx.q.kind;
  return verb?.startsWith('lãnh đạo') ? 'direct' : 'lead';
}

/**
 * A follow-up (`còn ai phối hợp?`) stays on what the earlier answer quoted: only those clauses are read
 * (the ranking, when the earlier answer's labels are not found).
 */
async function followedFirst(
  ctx: ComposeContext,
  ranked: Reranked[],
): Promise<Array<{ clauseId: string; text: string }>> {
  const labels = ctx.q.follows ?? [];
  if (labels.length === 0) return ranked;
  const rows = await ctx.db.query<{ id: string; text: string; label: string }>(
    'select id, text, label from clauses where label = any($1::text[])',
    [labels],
  );
  const order = (r: { label: string }) => labels.indexOf(r.label);
  const followed = rows.sort((a, b) => order(a) - order(b)).map((r) => ({ clauseId: r.id, text: r.text }));
  // Only those clauses: another clause of the document (`5- Ban Tuyên giáo … phối hợp với các đơn vị liên quan`)
  // is another topic; when the quoted clauses name no such body the open answer says what they do say.
  return followed.length > 0 ? followed : ranked;
}

/** How many of the best clauses lend their document to the search for its lead clause. */
const LEAD_DOCUMENTS = 3;
/** How much of the topic the best clause shows that a clause naming the lead must show too. */
const LEAD_TOPIC_SHARE = 0.6;

/**
 * A clause of the best clauses' documents that names a lead for the topic, when none of the best does: a decree
 * states a competence once (`Thẩm quyền cấp … Giấy phép … do Ủy ban nhân dân cấp xã thực hiện`, or one point of a
 * procedure: `d) … Ủy ban nhân dân cấp tỉnh cấp lại …`), while the clauses a search finds for the licence are its
 * conditions, files and forms, which name nobody.
 */
async function leadInDocuments(ctx: ComposeContext, ranked: readonly Reranked[]): Promise<Reranked | null> {
  const top = ranked.slice(0, LEAD_DOCUMENTS);
  if (top.length === 0) return null;
  const seen = new Set(ranked.map((r) => r.clauseId));
  const found = await leadClausesIn(ctx.db, [...new Set(top.map((r) => r.documentId))]);
  const candidates = found.filter((c) => !seen.has(c.id));
  if (candidates.length === 0) return null;
  const headings = await headingsOf(
    ctx,
    candidates.map((c) => c.id),
  );
  const bar = Math.max(...top.map((r) => r.match)) * LEAD_TOPIC_SHARE;
  let best: Reranked | null = null;
  for (const clause of candidates) {
    const doc = ctx.documentsById.get(clause.documentId);
    const match = topicShare(ctx, doc)(`${foldText(clause.text)} ${foldText(headings.get(clause.id))}`);
    if (match < bar || (best && match <= best.match)) continue;
    best = {
      clauseId: clause.id,
      documentId: clause.documentId,
      label: clause.label,
      text: clause.text,
      score: 0,
      match,
      fit: match,
      kind: clause.kind,
      rank: ranked.length,
      shares: { clause: match, sentence: match, heading: 0 },
    };
  }
  return best;
}

/**
 * A question asking who carries a decision out (`Ai chịu trách nhiệm thi hành quyết định …`, `Who is responsible for
 * implementing the decision …`), folded: NĐ 30/2020 names them in the decision's closing article, not in its tasks.
 */
const ASKS_EXECUTORS =
  /\bthi hanh (?:quyet dinh|nghi dinh|thong tu|chi thi|nghi quyet)\b|\b(?:implement|execut|enforc|carr(?:y|ies|ying) out)\w* (?:the |this )?(?:decision|decree|circular|directive|resolution)\b/;

/**
 * The ranking with the closing article of the best documents first when the question asks who executes a decision:
 * the tasks a search finds for the decision's subject (`Xây dựng quyết định công nhận …` in a plan) name who
 * drafts or checks, not who carries it out.
 * @example executorsFirst({ kind: 'lead', text: 'Ai chịu trách nhiệm thi hành quyết định …?' }, [planRow, closingArticle]) // [closingArticle, planRow]
 */
export function executorsFirst<T extends { documentId: string; text: string }>(
  q: { kind: string; text: string },
  ranked: T[],
): T[] {
  if (q.kind !== 'lead' || !ASKS_EXECUTORS.test(fold(q.text))) return ranked;
  const documents = new Set(ranked.slice(0, LEAD_DOCUMENTS).map((r) => r.documentId));
  const closing = ranked.find((r) => documents.has(r.documentId) && closesWithExecutors(r.text));
  return closing ? [closing, ...ranked.filter((r) => r !== closing)] : ranked;
}

/** Answers lead, coordinate and report questions; null when no best clause carries such a fact. */
export async function answerRoles(ctx: ComposeContext): Promise<KindAnswer> {
  // The best-fitting clause that carries such a fact; a clause of the document the question names comes first.
  const reranked = executorsFirst(ctx.q, await rerank(ctx));
  const ranked = await followedFirst(ctx, reranked);
  const facts = await responsibilitiesOf(
    ctx.db,
    ranked.map((r) => r.clauseId),
  );
  let pick: Pick | null = null;
  let at = -1;
  for (const [i, r] of ranked.entries()) {
    pick = pickFor(ctx, r.clauseId, facts.get(r.clauseId) ?? [], r.text);
    at = i;
    if (pick) break;
  }
  // A follow-up stays on the clauses quoted before; a new lead question may look further in the same documents.
  if (!pick && ctx.q.kind === 'lead' && ranked === reranked) {
    const found = await leadInDocuments(ctx, reranked);
    if (found) {
      const more = await responsibilitiesOf(ctx.db, [found.clauseId]);
      for (const [id, list] of more) facts.set(id, list);
      ranked.push(found);
      at = ranked.length - 1;
      pick = pickFor(ctx, found.clauseId, facts.get(found.clauseId) ?? [], found.text);
    }
  }
  if (!pick) return null;
  // `Các cấp ủy, chính quyền … tổ chức quán triệt` names a class; a close runner-up that names the body
  // assigned (`Ban Tuyên giáo Tỉnh ủy chủ trì …`) answers "which body" better.
  if (ctx.q.kind === 'lead' && pick.main.every(isClass)) {
    const bar = fitOf(ranked[at]);
    for (const r of ranked.slice(at + 1, at + 1 + NAMED_LOOKAHEAD)) {
      const fit = fitOf(r);
      if (bar === null || fit === null || fit < bar * NAMED_RUNNER_UP) continue;
      const named = pickFor(ctx, r.clauseId, facts.get(r.clauseId) ?? [], r.text);
      if (named && !named.main.every(isClass)) {
        pick = named;
        break;
      }
    }
  }
  const sources = [...new Set(pick.main.map((r) => r.sourceClauseId))];
  const clauses = await clausesById(ctx.db, [pick.clauseId, ...sources]);
  const clause = clauses.get(pick.clauseId);
  if (!clause) return null;

  const draft = new AnswerDraft();
  const names = pick.main.map((r) => r.body.name);
  if (ctx.q.kind === 'report' && pick.recipients.length > 0) {
    draft.add(
      `${roleSentence('report', names, ctx.lang)}; ${roleSentence(
        'recipient',
        pick.recipients.map((r) => r.body.name),
        ctx.lang,
      )}`,
    );
  } else {
    const first = pick.main[0];
    const verb = statedVerb(first, clauses.get(first.sourceClauseId), clause);
    const role = sentenceRole(ctx, verb);
    draft.add(
      (role === 'lead' || role === 'direct') && verb && ctx.lang === 'vi'
        ? `${joinList(names, ctx.lang)} ${verb}`
        : roleSentence(role, names, ctx.lang),
    );
  }
  const stated = (list: Responsibility[]) => list.find((r) => !r.inherited && r.sourceClauseId === clause.id);
  const own = (ctx.q.kind === 'report' && stated(pick.recipients)) || stated(pick.main);
  // A reporting duty is its recipient and its time limit together (`báo cáo Bộ trưởng … trước 30 tháng 01 hằng
  // năm`): asked whom to report to or by when, the answer states both.
  const limit =
    ctx.q.kind === 'report' && own ? statedLimit(dutySentence(clause.text, spanInClause(clause, own.span))) : null;
  if (limit) draft.add(`${capitalize(VALUE_NAMES[ctx.lang].date)}: ${limit}`);
  draft.add(`${clause.label}: ${quoteOf(draft, clause, ctx.words, own)}`);
  for (const id of sources) {
    const source = clauses.get(id);
    if (!source || id === clause.id) continue;
    const fact = pick.main.find((r) => r.sourceClauseId === id)!;
    // A member line under its party's heading is quoted as itself; a lead-in above the clause is named as such.
    const lead =
      source.parentId === clause.id
        ? source.label
        : ctx.lang === 'en'
          ? `Named in the lead-in of ${source.label}`
          : `Nêu ở phần dẫn của ${source.label}`;
    draft.add(`${lead}: ${quoteOf(draft, source, ctx.words, fact)}`);
  }
  return draft;
}

/** The sentence of a clause holding a fact's words (the whole clause when the span is not found). */
function dutySentence(text: string, span: Span | undefined): string {
  const s = span && sentenceSpans(text).find((p) => span.start >= p.start && span.start < p.end);
  return s ? text.slice(s.start, s.end) : text;
}

/** `“quote” [n]` around the fact's words, or the best sentence for the question. */
function quoteOf(
  draft: AnswerDraft,
  clause: StoredClause,
  words: readonly string[],
  fact?: Responsibility | false,
): string {
  return draft.quote(clause, words, { around: fact ? spanInClause(clause, fact.span) : undefined });
}
