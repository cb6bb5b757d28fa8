/**
 * @module search/document-first
 * The document-first stage: rank documents, then clauses within the best ones. A document's score is
 * how well its record fits the question (`document-fit`) plus its BM25 read as one text (the question as
 * a whole, though no clause holds all its words); within each of the best documents its clauses are
 * ranked against one another (`within`: IDF over the document's own clauses, so the words of its
 * subject, in every clause, weigh little and the asked point weighs much). The list this
 * stage gives is fused by rank with the flat clause ranking (`fusion.ts`), so a small letter the
 * question names loosely ("the July 2026 notice on training explosives managers") is read before the
 * many clauses of a long decree that share its subject words.
 */
import type { LexicalHit } from './bm25.ts';

export interface DocumentFirstOptions {
  /** Documents read (default 3). */
  documents?: number;
  /** Clauses taken from each (default 5). */
  perDocument?: number;
  /**
   * A document's clause ids, best first, by a ranking inside that document (`InvertedIndex.scoreWithinDocument`);
   * default: the document's clauses in their flat order.
   */
  within?: (documentId: string) => readonly string[];
}

/**
 * Clause ids of the best documents, interleaved by rank within them: the best clause of each document
 * in document order, then the second of each, and so on.
 * @example documentFirst(hits, new Map([['kh-3898', 9.1], ['nd-181', 4.2]]))
 */
export function documentFirst(
  hits: readonly LexicalHit[],
  documentScores: ReadonlyMap<string, number>,
  options: DocumentFirstOptions = {},
): string[] {
  const documents = options.documents ?? 3;
  const perDocument = options.perDocument ?? 5;
  // The flat ranking's own first document is not forced in: the stage is there to add documents, and the
  // flat list still ranks that one's clauses (forcing it in cost half a of the dev split 1 question in 141).
  const best = bestDocuments(documentScores, documents);
  // `hits` are best first, so without `within` each document's clauses come out in their flat order.
  const clauses = best.map((id) =>
    options.within
      ? options.within(id).slice(0, perDocument)
      : hits
          .filter((h) => h.documentId === id)
          .slice(0, perDocument)
          .map((h) => h.clauseId),
  );
  const out: string[] = [];
  for (let i = 0; i < perDocument; i++) for (const list of clauses) if (i < list.length) out.push(list[i]);
  return out;
}

/**
 * The `count` documents with the highest first-stage score above zero, best first (ties by id).
 * @example bestDocuments(new Map([['kh-3898', 9.1], ['nd-181', 4.2]]), 1) // ['kh-3898']
 */
export function bestDocuments(documentScores: ReadonlyMap<string, number>, count: number): string[] {
  // The first `count` kept in order while scanning, not every scored document sorted: a question scores most of
  // the catalog and reads three.
  const before = (a: [string, number], b: [string, number]) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
  const top: Array<[string, number]> = [];
  for (const entry of documentScores) {
    if (!(entry[1] > 0) || count <= 0) continue;
    if (top.length === count && before(entry, top[count - 1]) >= 0) continue;
    let at = Math.min(top.length, count - 1);
    while (at > 0 && before(entry, top[at - 1]) < 0) at--;
    top.splice(at, 0, entry);
    if (top.length > count) top.pop();
  }
  return top.map(([id]) => id);
}

/** A document's first-stage score: `fitWeight` × its record's fit + its content BM25. */
export function documentScores(
  fit: ReadonlyMap<string, number>,
  content: ReadonlyMap<string, number>,
  fitWeight: number,
): Map<string, number> {
  const out = new Map<string, number>();
  for (const [id, s] of content) out.set(id, s);
  for (const [id, f] of fit) out.set(id, (out.get(id) ?? 0) + fitWeight * f);
  return out;
}
