/**
 * @module answer/kinds/lineage
 * Lineage questions from the citation graph — the walk of the lineage page (`lineage/`): what a
 * document rests on, replaces or amends (up), which documents implement, guide, replace or amend one
 * (down, whether or not it is stored), in the direction and for the relation the question asks
 * (`answer/lineage-question.ts`), narrowed by the type, issuer and place it asks for; every document
 * listed with the clause that states the relation. A document known only from citations answers from
 * its cited subject (`Kết luận 02 ... tổng kết Nghị quyết 41`); one the store neither holds nor cites is said to be unknown.
 */
import { type LineageEdge, type LineageNode, lineage } from '../../lineage/index.ts';
import type { DocumentSummary, StoredClause } from '../../core/store/index.ts';
import { foldAccents } from '../../core/text/vietnamese.ts';
import type { RelationType } from '../../core/types.ts';
import { AnswerDraft } from '../answer-draft.ts';
import { clausesById } from '../clause-facts.ts';
import type { ComposeContext, KindAnswer } from '../compose-context.ts';
import { isAbout, mentionNames } from '../find-documents.ts';
import { mentionKey, readMentions, symbolKey } from '../read-mentions.ts';
import { foldedText } from '../folded-text.ts';
import { CHANGE_FAMILIES, FAMILY_RELATIONS, type LineageFamily } from '../lineage-question.ts';
import { documentName, FORCE_CHANGE_VERBS, joinList, PHRASES } from '../templates.ts';
import type { DocumentMention } from '../types.ts';
import { shows } from '../vocabulary.ts';

/** Without an identified document, the best candidate is the subject when it scores this much (and leads by 1). */
const LIKELY_SCORE = 3;

/** Citing clauses quoted per answer, and implementing documents listed. */
const MAX_QUOTES = 2;
/** Implementing documents quoted fully; those after are still listed, each with one quote. */
const MAX_DOCUMENTS = 3;
/** A bound on the list, so a much-implemented resolution does not make an endless answer. */
const MAX_LISTED = 15;
/** Documents above one listed for a question that names its relation. */
const MAX_ABOVE = 10;

const RELATION_WEIGHT: Record<RelationType, number> = {
  implements: 2,
  continues: 1,
  reviews: 1,
  cites: 0,
  attaches: -1,
  // Validity relations: what governs or changes a document outranks what only names it.
  guides: 2,
  basis: 2,
  amends: 1,
  replaces: 1,
  repeals: 1,
  suspends: 1,
  corrects: 0,
};

const VERB: Record<'vi' | 'en', Record<RelationType, string>> = {
  vi: {
    implements: 'triển khai thực hiện',
    continues: 'tiếp tục thực hiện',
    reviews: 'tổng kết',
    cites: 'dẫn chiếu',
    attaches: 'kèm theo',
    ...FORCE_CHANGE_VERBS.vi,
    guides: 'hướng dẫn, quy định chi tiết',
    basis: 'căn cứ',
  },
  en: {
    implements: 'implements',
    continues: 'continues to implement',
    reviews: 'reviews',
    cites: 'cites',
    attaches: 'attaches',
    ...FORCE_CHANGE_VERBS.en,
    guides: 'guides',
    basis: 'is based on',
  },
};

const fold = (s: string) => foldAccents(s).toLowerCase();

/** True when a node (or stored document) is of the type and from the issuer the question asks for. */
function fits(ctx: ComposeContext, n: { type: string | null; symbol: string | null; issuer: string | null }): boolean {
  const { askedType, askedIssuer } = ctx.q.slots;
  if (askedType && n.type !== askedType) return false;
  if (!askedIssuer) return true;
  if (n.symbol && symbolKey(n.symbol).endsWith(symbolKey(askedIssuer.symbolSuffix))) return true;
  const issuer = fold(n.issuer ?? '');
  return issuer !== '' && askedIssuer.name.split(' / ').some((name) => issuer.includes(fold(name)));
}

/** A node's display name: `Kết luận 02-KL/TW “Về tổng kết …”`. */
function nodeName(ctx: ComposeContext, n: LineageNode): string {
  const base = documentName({ type: n.type, symbol: n.symbol }, ctx.lang);
  return n.title && n.symbol
    ? `${base} “${n.title}”`
    : n.symbol
      ? base
      : documentName({ type: n.type, symbol: null, title: n.title }, ctx.lang);
}

/** `“… mention …” [n]` from the citing clause. */
function quoteMention(draft: AnswerDraft, clause: StoredClause, mention: string, words: readonly string[]): string {
  const at = clause.text.indexOf(mention);
  return draft.quote(clause, words, { around: at >= 0 ? { start: at, end: at + mention.length } : undefined });
}

/** Quotes the citing clauses of the best edges (distinct clauses, at most `MAX_QUOTES`). */
function quoteEdges(
  ctx: ComposeContext,
  draft: AnswerDraft,
  edges: LineageEdge[],
  clauses: Map<string, StoredClause>,
  max = MAX_QUOTES,
): void {
  const used = new Set<string>();
  for (const e of edges) {
    const clause = clauses.get(e.clauseId);
    if (!clause || used.has(clause.id) || used.size >= max) continue;
    used.add(clause.id);
    draft.add(`${clause.label}: ${quoteMention(draft, clause, e.mention, ctx.words)}`);
  }
}

/** Edges ranked for the question: basis first, then relation, then how much of the question their clause shows. */
function rankEdges(ctx: ComposeContext, edges: LineageEdge[], clauses: Map<string, StoredClause>): LineageEdge[] {
  const score = (e: LineageEdge) => {
    const text = fold(clauses.get(e.clauseId)?.text ?? '');
    const shown = ctx.concepts.filter((c) => shows(text, c)).length / Math.max(1, ctx.concepts.length);
    // A title block states the document's basis in its own words.
    const title = clauses.get(e.clauseId)?.kind === 'preamble' ? 0.5 : 0;
    return (e.basis ? 3 : 0) + RELATION_WEIGHT[e.relation] + shown + title;
  };
  return [...edges].sort((a, b) => score(b) - score(a));
}

/** True when an edge states one of the relations (`basis` is the citing document's basis flag). */
function states(e: LineageEdge, relations: readonly RelationType[]): boolean {
  return relations.includes(e.relation) || (e.basis && relations.includes('basis'));
}

/**
 * The edges of the relation asked: an asked change (replaces, amends, repeals) admits no other; any
 * other asked relation falls back to every relation but `attaches`, each edge then named by its own verb.
 */
function ofFamily(edges: LineageEdge[], family: LineageFamily | null): LineageEdge[] {
  const named = edges.filter((e) => e.relation !== 'attaches');
  if (family === null) return named;
  const asked = edges.filter((e) => states(e, FAMILY_RELATIONS[family]));
  return asked.length > 0 || CHANGE_FAMILIES.has(family) ? asked : named;
}

/** Rank of an edge's relation within the family asked (the exact relation first). */
function familyRank(e: LineageEdge, family: LineageFamily | null): number {
  if (family === null) return 0;
  const i = FAMILY_RELATIONS[family].indexOf(e.relation);
  return i >= 0 ? i : FAMILY_RELATIONS[family].length;
}

/** `không có văn bản nào trong kho thay thế X` for an asked change no stored document makes. */
function noneOfFamily(ctx: ComposeContext, family: LineageFamily, subject: string): KindAnswer {
  const relation = FAMILY_RELATIONS[family][0];
  const verb = VERB[ctx.lang][relation];
  const message =
    ctx.lang === 'vi'
      ? `Trong kho không có văn bản nào ${verb} ${subject}.`
      : `No stored document ${verb.replace(/s$/, '')}s ${subject}.`;
  return { abstain: `no ${relation} edge to ${subject}`, message };
}

/**
 * What a stored document rests on (or replaces, amends …), narrowed to what the question asks. `strict`: only
 * an edge of the relation asked answers (a subject only guessed from retrieval must state that relation).
 */
async function upstream(
  ctx: ComposeContext,
  doc: DocumentSummary,
  exclude: DocumentMention[],
  strict = false,
): Promise<KindAnswer> {
  const graph = await lineage(ctx.db, doc.id, { direction: 'up', depth: 1 });
  if (!graph) return null;
  const family = ctx.q.slots.relation;
  const nodes = new Map(graph.nodes.map((n) => [n.key, n]));
  const named = (n: LineageNode) =>
    exclude.some((m) =>
      mentionNames(m, { type: n.type, symbol: n.symbol, number: n.symbol?.match(/^\d+/)?.[0] ?? null }),
    );
  const fitting = graph.edges.filter((e) => {
    const n = nodes.get(e.to);
    return n && (n.symbol || n.title) && fits(ctx, n) && !named(n);
  });
  const subject = documentName({ ...doc.metadata, title: doc.metadata.title && `“${doc.metadata.title}”` }, ctx.lang);
  const edges =
    strict && family ? fitting.filter((e) => states(e, FAMILY_RELATIONS[family])) : ofFamily(fitting, family);
  // No edge of the relation asked: the open answerer may still quote a clause that states it.
  if (edges.length === 0) return null;
  const clauses = await clausesById(
    ctx.db,
    edges.map((e) => e.clauseId),
  );
  const ranked = rankEdges(ctx, edges, clauses).sort((a, b) => familyRank(a, family) - familyRank(b, family));
  // A question that names its relation asks for every document of it; one that does not, for the one its words point to.
  const targets = [...new Set(ranked.map((e) => e.to))].slice(0, family && family !== 'cites' ? MAX_ABOVE : 1);
  const draft = new AnswerDraft();
  for (const [i, to] of targets.entries()) {
    const own = ranked.filter((e) => e.to === to);
    const target = nodes.get(to)!;
    draft.add(
      `${i === 0 ? subject : documentName(doc.metadata, ctx.lang)} ${VERB[ctx.lang][own[0].relation]} ${nodeName(ctx, target)}`,
    );
    quoteEdges(ctx, draft, own, clauses, i < MAX_DOCUMENTS ? MAX_QUOTES : 1);
  }
  return draft;
}

/** Stored documents citing a node, narrowed by relation, place, issuer and type. */
async function downstream(ctx: ComposeContext, start: string, name: string, stored: boolean): Promise<KindAnswer> {
  let startName = name;
  const graph = await lineage(ctx.db, start, { direction: 'down', depth: 1 });
  const words = PHRASES[ctx.lang];
  const family = ctx.q.slots.relation;
  if (!graph) {
    // Neither stored nor cited by anything stored: say so rather than quote something related.
    if (stored)
      return family && CHANGE_FAMILIES.has(family)
        ? noneOfFamily(ctx, family, startName)
        : { abstain: `no stored document implements ${startName}`, message: `${words.noImplementers(startName)}.` };
    return {
      abstain: `unknown document: ${startName}`,
      message:
        ctx.lang === 'vi'
          ? `Kho không có ${startName} và không văn bản nào trong kho dẫn chiếu ${startName}.`
          : `The collection neither holds nor cites ${startName}.`,
    };
  }
  // The name the lineage page gives it (`Kết luận 81-KL/TW`), not the question's words (`Conclusion 81`).
  const node = graph.nodes.find((n) => n.key === graph.start[0]);
  if (node?.symbol) startName = documentName({ type: node.type, symbol: node.symbol }, ctx.lang);
  const docs = new Map(ctx.documents.map((d) => [`doc:${d.id}`, d]));
  const fitting = graph.edges.filter((e) => {
    const d = docs.get(e.from);
    if (!d || !graph.start.includes(e.to)) return false;
    if (ctx.q.slots.places.some((p) => !isAbout(d, p))) return false;
    return fits(ctx, d.metadata);
  });
  const edges = ofFamily(fitting, family);
  if (edges.length === 0) {
    if (family && CHANGE_FAMILIES.has(family)) return noneOfFamily(ctx, family, startName);
    const where = ctx.q.slots.places.length ? ` (${joinList(ctx.q.slots.places, ctx.lang)})` : '';
    return {
      abstain: `no stored document implements ${startName}${where}`,
      message: `${words.noImplementers(startName)}${where}.`,
    };
  }
  const clauses = await clausesById(
    ctx.db,
    edges.map((e) => e.clauseId),
  );
  const ranked = rankEdges(ctx, edges, clauses).sort((a, b) => familyRank(a, family) - familyRank(b, family));
  const draft = new AnswerDraft();
  const seen = new Set<string>();
  for (const e of ranked) {
    if (seen.has(e.from) || seen.size >= MAX_LISTED) continue;
    seen.add(e.from);
    const quotes = seen.size > MAX_DOCUMENTS ? 1 : MAX_QUOTES;
    const d = docs.get(e.from)!;
    const name = documentName({ ...d.metadata, title: d.metadata.title && `“${d.metadata.title}”` }, ctx.lang);
    draft.add(
      `${name}${d.metadata.issuer ? ` (${d.metadata.issuer})` : ''} ${VERB[ctx.lang][e.relation]} ${startName}`,
    );
    quoteEdges(
      ctx,
      draft,
      ranked.filter((x) => x.from === e.from),
      clauses,
      quotes,
    );
  }
  return draft;
}

/** What a document known only from citations rests on: documents named in its cited subject. */
async function upstreamOfCited(ctx: ComposeContext, mention: DocumentMention): Promise<KindAnswer> {
  const graph = await lineage(ctx.db, mentionKey(mention), { direction: 'down', depth: 1 });
  const node = graph?.nodes.find((n) => n.key === graph.start[0]);
  if (!graph || !node?.title) return null;
  const title = node.title;
  const named = readMentions(foldedText(title)).filter((m) => m.symbol !== null);
  const clauses = await clausesById(
    ctx.db,
    graph.edges.map((e) => e.clauseId),
  );
  for (const m of named) {
    const symbol = m.symbol!;
    if (ctx.q.slots.askedType && m.type !== ctx.q.slots.askedType) continue;
    // The citing clause that states the subject, where the named document stands.
    const clause = [...clauses.values()].find((c) => c.text.includes(title.slice(0, 40)) && c.text.includes(symbol));
    const draft = new AnswerDraft();
    const target = documentName({ type: m.type, symbol }, ctx.lang);
    draft.add(
      ctx.lang === 'en'
        ? `${nodeName(ctx, node)} concerns ${target}`
        : `${nodeName(ctx, node)} liên quan đến ${target}`,
    );
    if (clause) draft.add(`${clause.label}: ${quoteMention(draft, clause, symbol, ctx.words)}`);
    return draft;
  }
  return null;
}

/** The document the question is about when it names none: the focus, or a candidate that stands out. */
function likelySubject(ctx: ComposeContext): DocumentSummary | null {
  const [best, next] = ctx.candidates;
  return ctx.focus ?? (best && best.score >= LIKELY_SCORE && best.score - (next?.score ?? 0) >= 1 ? best.doc : null);
}

/** Of the best clauses, this many are read for the document a described question is about. */
const LEADING_CLAUSES = 3;

/**
 * The document a question describes without naming it (`Thông báo kiểm tra hai đợt cho Mỏ … thực hiện kế hoạch
 * nào`), when most of the best clauses come from it; not one of the type asked, which would be the answer itself.
 */
function retrievedSubject(ctx: ComposeContext): DocumentSummary | null {
  const lead = ctx.retrieved.slice(0, LEADING_CLAUSES);
  const counts = new Map<string, number>();
  for (const r of lead) counts.set(r.documentId, (counts.get(r.documentId) ?? 0) + 1);
  const [id, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
  if (!id || !n || 2 * n <= lead.length) return null;
  const doc = ctx.documentsById.get(id);
  const { askedType } = ctx.q.slots;
  return doc && !(askedType && doc.metadata.type === askedType) ? doc : null;
}

/** Answers lineage questions; null lets the open answerer try. */
export async function answerLineage(ctx: ComposeContext): Promise<KindAnswer> {
  const { mentions, direction } = ctx.q.slots;
  // A mention without its symbol (`nd 26/2026`, `Công văn 1032`) is the focused document when that bears its number.
  const storedOf = (m: DocumentMention) =>
    (!m.symbol && ctx.focus && mentionNames(m, ctx.focus.metadata) ? ctx.focus : undefined) ??
    ctx.documents.find((d) => mentionNames(m, d.metadata));
  const first = mentions[0];
  if (direction === 'downstream') {
    // Documents below the named one, whether or not it is stored: the same walk as the lineage page.
    if (first) {
      const own = storedOf(first);
      const name = own?.metadata.symbol ?? first.symbol ?? first.mention;
      return downstream(ctx, own?.id ?? mentionKey(first), name, own !== undefined);
    }
    const subject = likelySubject(ctx);
    return subject ? downstream(ctx, subject.id, documentName(subject.metadata, ctx.lang), true) : null;
  }
  const stored = mentions.map(storedOf).find((d) => d !== undefined);
  if (stored) return upstream(ctx, stored, mentions);
  if (first) {
    const cited = await upstreamOfCited(ctx, first);
    if (cited) return cited;
  }
  const subject = likelySubject(ctx);
  if (subject) return upstream(ctx, subject, mentions);
  const described = retrievedSubject(ctx);
  return described && ctx.q.slots.relation ? upstream(ctx, described, mentions, true) : null;
}
