/**
 * @module briefing/validity-filter
 * Keeps a briefing to what is in force: documents replaced, repealed or expired as of the briefing's
 * date, and articles repealed by a later document, give no items; each one left out that bore on the
 * topic is named in a note, with the document that ended it. Status comes from `lineage/validity`.
 */
import type { Db } from '../core/store/index.ts';
import type { Clause, ParsedDocument } from '../core/types.ts';
import { documentStatuses, documentValidity, type Validity, type ValidityStatus } from '../lineage/validity/index.ts';

/** Statuses under which a document's or an article's words no longer apply. */
const ENDED = new Set<ValidityStatus>(['replaced', 'repealed', 'expired']);
/**
 * Document statuses under which no article can have ended either (see `articleStatus`): such documents are
 * kept whole on the cached status alone, without deriving each article.
 */
const UNCHANGED = new Set<ValidityStatus>(['in_force', 'unknown', 'not_yet_in_force']);

/** A document or article left out of a briefing because it is no longer in force. */
export interface ExcludedSource {
  documentId: string;
  symbol: string | null;
  /** The article left out (`Điều 6`), or null for the whole document. */
  part: string | null;
  status: ValidityStatus;
  /** Symbols (else ids) of the documents that ended it; empty for one that expired by its own terms. */
  endedBy: string[];
  /** How many of the clauses left out bore on the topic. */
  clauses: number;
}

export interface InForce {
  docs: ParsedDocument[];
  clauseById: Map<string, Clause>;
  excluded: ExcludedSource[];
}

function endedBy(v: Validity, whole: boolean): string[] {
  // A whole document is ended only by what ends all of it, not by a repeal of some articles.
  const ending = v.changedBy.filter(
    (c) => (c.relation === 'replaces' || c.relation === 'repeals') && (!whole || c.part === null),
  );
  return [...new Set(ending.map((c) => c.symbol ?? c.key))];
}

/**
 * The documents and clauses still in force as of `asOf`; `onTopic` tells which clauses left out are worth
 * a note (the rest go silently).
 */
export async function keepInForce(
  db: Db,
  docs: readonly ParsedDocument[],
  clauseById: ReadonlyMap<string, Clause>,
  asOf: string,
  onTopic: (clause: Clause) => boolean,
): Promise<InForce> {
  const kept: ParsedDocument[] = [];
  const clauses = new Map(clauseById);
  const excluded: ExcludedSource[] = [];
  // The cached store-wide statuses settle most documents; only changed ones are derived article by article.
  const statuses = await documentStatuses(db, asOf);
  const changed = docs.filter((d) => !UNCHANGED.has(statuses.get(d.id) ?? 'unknown'));
  const validities = new Map(
    await Promise.all(changed.map(async (d) => [d.id, await documentValidity(db, d.id, asOf)] as const)),
  );
  for (const doc of docs) {
    const validity = validities.get(doc.id);
    if (!validity) {
      kept.push(doc);
      continue;
    }
    const { document, clauses: articles } = validity;
    const note = (part: string | null, v: Validity, dropped: readonly Clause[]) => {
      const topical = dropped.filter(onTopic).length;
      if (topical > 0) {
        excluded.push({
          documentId: doc.id,
          symbol: doc.metadata.symbol,
          part,
          status: v.status,
          endedBy: endedBy(v, part === null),
          clauses: topical,
        });
      }
    };
    if (ENDED.has(document.status)) {
      for (const c of doc.clauses) clauses.delete(c.id);
      note(null, document, doc.clauses);
      continue;
    }
    kept.push(doc);
    for (const [articleId, v] of articles) {
      if (!ENDED.has(v.status)) continue;
      const inside = doc.clauses.filter((c) => within(c, articleId, clauseById));
      for (const c of inside) clauses.delete(c.id);
      const article = clauseById.get(articleId);
      note(article ? (/^\s*(Điều\s+\d+[a-z]?)/u.exec(article.text)?.[1] ?? article.label) : null, v, inside);
    }
  }
  return { docs: kept, clauseById: clauses, excluded };
}

/** True when `clause` is `ancestorId` or lies under it. */
function within(clause: Clause, ancestorId: string, byId: ReadonlyMap<string, Clause>): boolean {
  for (let c: Clause | undefined = clause; c; c = c.parentId ? byId.get(c.parentId) : undefined) {
    if (c.id === ancestorId) return true;
  }
  return false;
}
