/** @module briefing/sections — the sections of a briefing: assessments, targets, tasks with their bodies, and the documents' lineage. */
import { targetValue } from '../answer/templates.ts';
import type { LineageGraph, LineageNode } from '../lineage/index.ts';
import type { Clause, ParsedDocument, Responsibility, Target } from '../core/types.ts';
import { foldText } from '../search/analyzer.ts';
import { contextRole, isHeadingLine, type SentenceRole, sentenceRole } from './assessment.ts';
import { itemAt } from './items.ts';
import { locateInClause, sentenceAt } from './sentences.ts';
import type { BriefingItem, BriefingLang, BriefingSectionId } from './types.ts';
import { WORDING } from './wording.ts';

/** What every section builder reads. */
export interface SectionContext {
  docs: ParsedDocument[];
  clauseById: Map<string, Clause>;
  /** Clause id → relevance from the ranker (with ancestors' context). */
  ranked: Map<string, { score: number; own: number }>;
  /** Relevance of a piece of text to the topic, 0–1 (1: every topic word present); 0 below the words required. */
  relevance: (text: string) => number;
  /** Share of the topic's words a text has, with no floor (for titles of cited documents). */
  coverage: (text: string) => number;
  /** Folded place names asked for (empty: any). */
  places: string[];
  lang: BriefingLang;
}

/** A piece of text must reach this share of the topic's own score to count as about the topic. */
export const MIN_RELEVANCE = 0.3;
const MAX_TARGETS = 40;
const MAX_TASKS = 15;
const MAX_LINEAGE = 20;
const NOT_TASKS = new Set(['preamble', 'recipients', 'signature', 'closing']);

const placeMatches = (ctx: SectionContext, ...names: Array<string | null>) =>
  ctx.places.length === 0 || names.some((n) => n && ctx.places.some((p) => foldText(n).includes(p)));

function targetSummary(t: Target, lang: BriefingLang): string {
  const w = WORDING[lang];
  const value = t.unit === '%' ? `${t.valueText}%` : `${t.valueText}${t.unit ? ` ${t.unit}` : ''}`;
  const when = t.period ? `${t.period.from}–${t.period.to}` : t.deadline ? w.by(String(t.deadline)) : null;
  const scope = t.scope ? ` (${w.scope[t.scope] ?? t.scope})` : '';
  const parts = [`${t.indicator}${scope}: ${targetValue(t.comparator, value, lang)}`];
  if (when) parts.push(`(${when})`);
  if (t.place) parts.push(`— ${t.place}`);
  return parts.join(' ');
}

/** Targets whose sentence is about the topic, grouped by indicator, then place and deadline. */
export function targetItems(ctx: SectionContext): BriefingItem[] {
  const found: Array<{ item: BriefingItem; target: Target }> = [];
  for (const doc of ctx.docs) {
    for (const t of doc.targets) {
      const clause = ctx.clauseById.get(t.clauseId);
      if (!clause || !placeMatches(ctx, t.place, doc.metadata.place, doc.metadata.issuer)) continue;
      const at = locateInClause(clause.text, clause.span.start, t.span, t.valueText);
      const sentence = at ? sentenceAt(clause.text, at.start) : null;
      const said = sentence ? clause.text.slice(sentence.start, sentence.end) : '';
      const words = `${t.indicator} ${said}`;
      if (ctx.relevance(words) < MIN_RELEVANCE) continue;
      // A figure reported as reached (`đã đạt 95%`) is a result, not a target: the assessments quote it.
      if (said && sentenceRole(said, contextRole(clause, ctx.clauseById)) === 'assessment') continue;
      const item = itemAt('targets', clause, at?.start ?? null, targetSummary(t, ctx.lang));
      // One sentence may state several targets: each gets its own item.
      if (item) found.push({ item: { ...item, id: `targets:${t.clauseId}:${t.span.start}` }, target: t });
    }
  }
  found.sort(
    (a, b) =>
      foldText(a.target.indicator).localeCompare(foldText(b.target.indicator)) ||
      (a.target.place ?? '').localeCompare(b.target.place ?? '') ||
      (a.target.deadline ?? 0) - (b.target.deadline ?? 0),
  );
  return dedupe(found.map((f) => f.item)).slice(0, MAX_TARGETS);
}

function bodiesSummary(items: Responsibility[], lang: BriefingLang): string | null {
  const byRole = new Map<string, string[]>();
  for (const r of items) {
    const names = byRole.get(r.role) ?? [];
    if (!names.includes(r.body.name)) names.push(r.body.name);
    byRole.set(r.role, names);
  }
  if (byRole.size === 0) return null;
  const role = WORDING[lang].role as Record<string, string>;
  return [...byRole].map(([r, names]) => `${role[r] ?? r}: ${names.join('; ')}`).join('. ');
}

/** Opening paragraphs before the first numbered part describe the situation, not tasks (when there are parts). */
function isOpening(doc: ParsedDocument | undefined, clause: Clause): boolean {
  return (
    clause.kind === 'paragraph' &&
    clause.parentId === null &&
    Boolean(doc?.clauses.some((c) => c.kind === 'section' || c.kind === 'item'))
  );
}

/** The role of each sentence of the ranked clauses: by the headings above, else by its own words. */
function roleScorer(ctx: SectionContext, clause: Clause, role: SentenceRole): (text: string) => number {
  const context = contextRole(clause, ctx.clauseById);
  return (text) => (!isHeadingLine(text) && sentenceRole(text, context) === role ? ctx.relevance(text) : 0);
}

/**
 * The most relevant clauses whose topical sentence has `role`: tasks (with the bodies charged with them)
 * or assessments (results and shortcomings, which are not tasks). Sentences already quoted in `exclude`
 * (the targets) are not repeated.
 */
function clauseItems(ctx: SectionContext, role: SentenceRole, exclude: readonly BriefingItem[]): BriefingItem[] {
  const section: BriefingSectionId = role === 'task' ? 'tasks' : 'assessments';
  const quoted = new Set(exclude.map((i) => `${i.citation.clauseId}|${i.citation.quote}`));
  const docById = new Map(ctx.docs.map((d) => [d.id, d]));
  const bodies = new Map<string, Responsibility[]>();
  for (const doc of ctx.docs) {
    for (const r of doc.responsibilities) bodies.set(r.clauseId, [...(bodies.get(r.clauseId) ?? []), r]);
  }
  const order = new Map<string, number>();
  for (const [d, doc] of ctx.docs.entries()) for (const [i, c] of doc.clauses.entries()) order.set(c.id, d * 1e6 + i);
  const candidates: Array<{ item: BriefingItem; score: number }> = [];
  for (const [clauseId, rank] of ctx.ranked) {
    const clause = ctx.clauseById.get(clauseId);
    if (!clause || rank.own <= 0 || NOT_TASKS.has(clause.kind)) continue;
    // Opening paragraphs describe the situation: they may assess, never assign.
    if (role === 'task' && isOpening(docById.get(clause.documentId), clause)) continue;
    const charged = role === 'task' ? (bodies.get(clauseId) ?? []) : [];
    const summary = bodiesSummary(charged, ctx.lang);
    const score = roleScorer(ctx, clause, role);
    const topical = itemAt(section, clause, null, summary, score);
    if (!topical) continue;
    const relevance = score(topical.text);
    if (relevance < MIN_RELEVANCE) continue;
    let item: BriefingItem | null = topical;
    if (quoted.has(`${clauseId}|${topical.citation.quote}`)) {
      // The topical sentence is already a target: quote where the clause names who does it, if elsewhere.
      const own = charged.find((r) => !r.inherited && r.sourceClauseId === clauseId);
      const at = own ? locateInClause(clause.text, clause.span.start, own.span, own.bodyText) : null;
      item = at ? itemAt(section, clause, at.start, summary) : null;
      if (item && quoted.has(`${clauseId}|${item.citation.quote}`)) item = null;
    }
    if (item) candidates.push({ item, score: relevance + rank.score / 1000 });
  }
  candidates.sort((a, b) => b.score - a.score);
  return dedupe(candidates.slice(0, MAX_TASKS).map((c) => c.item)).sort(
    (a, b) => (order.get(a.citation.clauseId) ?? 0) - (order.get(b.citation.clauseId) ?? 0),
  );
}

/** The most relevant task clauses, each with the sentence on the topic and the bodies charged with it. */
export function taskItems(ctx: SectionContext, exclude: readonly BriefingItem[] = []): BriefingItem[] {
  return clauseItems(ctx, 'task', exclude);
}

/** The most relevant sentences that assess results or shortcomings on the topic (kết quả, hạn chế, nguyên nhân). */
export function assessmentItems(ctx: SectionContext, exclude: readonly BriefingItem[] = []): BriefingItem[] {
  return clauseItems(ctx, 'assessment', exclude);
}

const LINEAGE_RELATIONS = new Set(['implements', 'continues', 'reviews']);

/** A document's lineage one level up, as `lineage/` gives it. */
export type UpstreamGraph = Pick<LineageGraph, 'nodes' | 'edges'>;

/** A document as a briefing names it: its symbol, else its type and date (`Công văn ngày 13/06/2016`). */
function nodeName(node: LineageNode | undefined, fallback: string, lang: BriefingLang): string {
  if (!node) return fallback;
  if (node.symbol) return node.symbol;
  if (node.inCorpus && node.date) return WORDING[lang].documentOn(node.type, node.date);
  return node.title ?? fallback;
}

/**
 * A document's founding citation says it carries the cited one out (`thực hiện`, `triển khai`, `quán triệt`,
 * `tổng kết`, `sơ kết`); a `Căn cứ …` line of a State preamble names legal grounds, which count only on the topic.
 */
const CARRIES_OUT = /\b(?:thực hiện|triển khai|quán triệt|tổng kết|sơ kết)\b/iu;
const GROUNDS = /^\s*Căn cứ\b/iu;

/** True when the words just before the mention (the title may break the line: `Về việc triển khai thực hiện\nKết luận số 81-KL/TW`) say it is carried out. */
function carriesOut(text: string, mentionStart: number, said: string): boolean {
  return !GROUNDS.test(said) && CARRIES_OUT.test(text.slice(Math.max(0, mentionStart - 100), mentionStart));
}

/** A cited document's title must name at least this share of the topic's words for its citation to count. */
const MIN_BASIS_COVERAGE = 0.5;

/**
 * What the given documents rest on, limited to what bears on the topic: the document a contributing
 * document states it carries out (`thực hiện`, `tiếp tục thực hiện`, `tổng kết`, in its opening), and any
 * other basis or implementing citation whose sentence or cited title names the topic, or whose cited
 * document is itself quoted in the briefing. A generic legal basis (`Căn cứ Luật Tổ chức chính quyền
 * địa phương`) is left out. Each is quoted where the document says it.
 */
export function lineageItems(
  ctx: SectionContext,
  graphs: readonly UpstreamGraph[],
  quotedDocuments: ReadonlySet<string> = new Set(),
): BriefingItem[] {
  const docById = new Map(ctx.docs.map((d) => [d.id, d]));
  const founding = (clause: Clause) => clause.kind === 'preamble' || isOpening(docById.get(clause.documentId), clause);
  const items: BriefingItem[] = [];
  const seen = new Set<string>();
  const date = (id: string) => ctx.docs.find((d) => d.id === id)?.metadata.date ?? '9999';
  const edges = graphs.flatMap((g) => {
    const nodes = new Map(g.nodes.map((n) => [n.key, n]));
    return g.edges.map((e) => ({ edge: e, from: nodes.get(e.from), to: nodes.get(e.to) }));
  });
  edges.sort(
    (a, b) =>
      date(a.from?.documentId ?? '').localeCompare(date(b.from?.documentId ?? '')) ||
      Number(b.edge.basis) - Number(a.edge.basis),
  );
  for (const { edge, from, to } of edges) {
    if (!edge.basis && !LINEAGE_RELATIONS.has(edge.relation)) continue;
    const key = `${edge.from}|${edge.to}`;
    const clause = ctx.clauseById.get(edge.clauseId);
    if (seen.has(key) || !clause) continue;
    const at = locateInClause(clause.text, clause.span.start, null, edge.mention);
    const sentence = at ? sentenceAt(clause.text, at.start) : null;
    const said = sentence ? clause.text.slice(sentence.start, sentence.end) : '';
    const onTopic =
      (edge.basis &&
        LINEAGE_RELATIONS.has(edge.relation) &&
        founding(clause) &&
        at !== null &&
        carriesOut(clause.text, at.start, said)) ||
      (to?.documentId != null && quotedDocuments.has(to.documentId)) ||
      ctx.coverage(`${said} ${to?.title ?? ''}`) >= MIN_BASIS_COVERAGE;
    if (!onTopic) continue;
    seen.add(key);
    const relation = WORDING[ctx.lang].relation[edge.relation];
    const summary = `${nodeName(from, clause.documentId, ctx.lang)} ${relation} ${nodeName(to, edge.to, ctx.lang)}`;
    const item = itemAt('lineage', clause, at?.start ?? 0, summary);
    if (item) items.push(item);
  }
  return dedupe(items).slice(0, MAX_LINEAGE);
}

/** One item per sentence: an archive may hold the same document twice (a .docx and a .doc copy). */
function dedupe(items: BriefingItem[]): BriefingItem[] {
  const seen = new Set<string>();
  const key = (i: BriefingItem) => `${i.citation.label}\u0000${i.text}`;
  return items.filter((i) => !seen.has(i.id) && !seen.has(key(i)) && seen.add(i.id) && seen.add(key(i)));
}
