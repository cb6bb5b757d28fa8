/** @module briefing/assemble — a topic (and optional documents, places, period) → an extractive briefing where every sentence is cited. */
import { lineage } from '../lineage/index.ts';
import { foldText } from '../search/analyzer.ts';
import { type Db, getParsedDocument, listDocuments, type DocumentSummary } from '../core/store/index.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import { bm25Ranker, type ClauseRanker, indexFrequency } from './relevance.ts';
import { assessmentItems, lineageItems, type SectionContext, targetItems, taskItems } from './sections.ts';
import { topicCoverage, topicRelevance } from './topic-words.ts';
import { keepInForce } from './validity-filter.ts';
import { today } from '../lineage/validity/index.ts';
import type { Briefing, BriefingDocument, BriefingRequest } from './types.ts';

/** Swappable steps; defaults read the store's lexical index. */
export interface AssembleOptions {
  rank?: ClauseRanker;
  /** Clock, for reproducible tests. */
  now?: () => Date;
}

/** Above this many candidate documents, only documents with ranked clauses are read. */
const SCAN_ALL_LIMIT = 60;

function yearOf(date: string | null): number | null {
  const y = date ? Number.parseInt(date.slice(0, 4), 10) : Number.NaN;
  return Number.isFinite(y) ? y : null;
}

/** Documents allowed by the request's document, place and period filters. */
export function selectDocuments(all: readonly DocumentSummary[], req: BriefingRequest): DocumentSummary[] {
  const ids = new Set(req.documentIds ?? []);
  const places = (req.places ?? []).map((p) => foldText(p.trim())).filter(Boolean);
  const { from, to } = req.period ?? {};
  return all.filter((d) => {
    if (ids.size && !ids.has(d.id)) return false;
    const m = d.metadata;
    if (places.length && !places.some((p) => [m.place, m.issuer, m.title].some((v) => v && foldText(v).includes(p)))) {
      return false;
    }
    if (from !== undefined || to !== undefined) {
      const y = yearOf(m.date);
      if (y === null || (from !== undefined && y < from) || (to !== undefined && y > to)) return false;
    }
    return true;
  });
}

function documentOf(doc: ParsedDocument): BriefingDocument {
  const m = doc.metadata;
  return { id: doc.id, symbol: m.symbol, type: m.type, title: m.title, date: m.date, place: m.place };
}

/**
 * Assembles the briefing: targets about the topic, the most relevant tasks with their bodies, and what
 * the contributing documents rest on (from `lineage/`). Every item's text is its citation's quote, a verbatim sentence
 * of the cited clause.
 * @example await assembleBriefing(db, { topic: 'thu gom chất thải rắn', places: ['Cần Thơ'] })
 */
export async function assembleBriefing(db: Db, req: BriefingRequest, options: AssembleOptions = {}): Promise<Briefing> {
  const rank = options.rank ?? bm25Ranker;
  const lang = req.lang ?? 'vi';
  const candidates = selectDocuments(await listDocuments(db, { limit: 1000 }), req);
  const allowed = new Set(candidates.map((d) => d.id));
  const ranked = new Map<string, { score: number; own: number }>();
  const rankedDocs = new Set<string>();
  for (const hit of await rank(db, req.topic)) {
    const documentId = hit.clauseId.slice(0, hit.clauseId.indexOf('~'));
    if (!allowed.has(documentId)) continue;
    ranked.set(hit.clauseId, { score: hit.score, own: hit.own });
    rankedDocs.add(documentId);
  }
  const toRead = candidates.length <= SCAN_ALL_LIMIT ? candidates.map((d) => d.id) : [...rankedDocs];
  const docs = (await Promise.all(toRead.map((id) => getParsedDocument(db, id)))).filter(
    (d): d is ParsedDocument => d !== null,
  );
  const allClauses = new Map<string, Clause>();
  for (const d of docs) for (const c of d.clauses) allClauses.set(c.id, c);

  const df = await indexFrequency(db);
  const relevance = topicRelevance(req.topic, df);
  if (ranked.size === 0) {
    // No lexical index (or an index from another tokenizer): rank the clauses read by the topic scorer.
    for (const c of allClauses.values()) {
      const r = relevance(c.text);
      if (r > 0) ranked.set(c.id, { score: r, own: r });
    }
  }
  const asOf = req.asOf ?? today();
  const inForce = req.includeEnded
    ? { docs, clauseById: allClauses, excluded: [] }
    : await keepInForce(db, docs, allClauses, asOf, (c) => (ranked.get(c.id)?.own ?? 0) > 0 && relevance(c.text) > 0);
  const { clauseById } = inForce;
  const ctx: SectionContext = {
    docs: inForce.docs,
    clauseById,
    ranked,
    relevance,
    coverage: topicCoverage(req.topic, df),
    places: (req.places ?? []).map((p) => foldText(p.trim())).filter(Boolean),
    lang,
  };
  const targets = targetItems(ctx);
  const tasks = taskItems(ctx, targets);
  const assessments = assessmentItems(ctx, targets);
  const contributing = new Set([...assessments, ...targets, ...tasks].map((i) => i.citation.documentId));
  const graphs = await Promise.all([...contributing].map((id) => lineage(db, id, { direction: 'up', depth: 1 })));
  const upstream = lineageItems(
    ctx,
    graphs.filter((g) => g !== null),
    contributing,
  );
  return {
    topic: req.topic,
    generatedAt: (options.now?.() ?? new Date()).toISOString(),
    asOf,
    sections: [
      { id: 'assessments', items: assessments },
      { id: 'targets', items: targets },
      { id: 'tasks', items: tasks },
      { id: 'lineage', items: upstream },
    ],
    documents: docs.filter((d) => contributing.has(d.id)).map(documentOf),
    excluded: inForce.excluded,
  };
}
