/**
 * @module search/siblings
 * Sibling documents: the same body's plan for April and for July, two licences on one template for two
 * companies, a decree and the one that replaced it — records (`document-fit.ts`: title, issuer, place, type,
 * file name, month and year) that share most of their terms. Their clauses say nearly the same thing, so
 * what tells them apart is what the question names of the record: a month, a place, a company, a number.
 */
import { foldedForm } from '../core/text/vietnamese.ts';
import { jaccard } from './near-duplicates.ts';

/**
 * Records overlapping by this much (Jaccard of their terms) are siblings. Read off the dev store's 134
 * documents: monthly plans of one office 0.79, licences on one template 0.70, a decree and its successor 0.69,
 * one notice as two files 0.86; unrelated letters of one department stay below 0.6 (a meeting invitation
 * beside a report 0.58).
 */
export const SIBLING_OVERLAP = 0.6;

/** A question asking for the newest of siblings (folded): "kế hoạch mới nhất", "báo cáo gần đây nhất", "the latest". */
const LATEST = /\b(moi nhat|gan day nhat|gan nhat|latest|most recent|newest)\b/;

/**
 * What siblings are compared by: the question's fit to their records, or, when it asks for the latest, their dates
 * first (a sibling without a date counts as oldest) and the fit between siblings of one date.
 * @example siblingScores('Kế hoạch kiểm tra mới nhất?', fit, dates).get('kh-3957') // 20260703.06
 */
export function siblingScores(
  question: string,
  fit: ReadonlyMap<string, number>,
  dates: ReadonlyMap<string, string>,
): ReadonlyMap<string, number> {
  if (!LATEST.test(foldedForm(question))) return fit;
  const out = new Map<string, number>();
  // yyyymmdd as a number; the fit (a few tens at most) below one day.
  for (const [id, date] of dates) out.set(id, Number(`${date.replace(/-/g, '')}0000`.slice(0, 8)));
  for (const [id, f] of fit) out.set(id, (out.get(id) ?? 0) + f / 1000);
  return out;
}

/** Whether two documents' records make them siblings. */
export function areSiblings(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  return a !== undefined && b !== undefined && jaccard(a, b) >= SIBLING_OVERLAP;
}

/**
 * Per document among `documents`, how the question's fit to its record (`fit`) stands against its siblings'
 * among them: 1 when it fits better than every sibling, −1 when some sibling fits better, 0 without siblings
 * or on a tie. The terms siblings share add the same to both fits, so only what tells them apart decides.
 * @example siblingStanding(records, fit, ['kh-3957', 'kh-2242']) // Map { 'kh-3957' => 1, 'kh-2242' => -1 } for "tháng 7/2026"
 */
export function siblingStanding(
  records: ReadonlyMap<string, ReadonlySet<string>>,
  fit: ReadonlyMap<string, number>,
  documents: Iterable<string>,
): Map<string, number> {
  const ids = [...new Set(documents)];
  const numbered = numberedRecords(records);
  const sets = ids.map((id) => numbered(id));
  // Each pair read once (siblings is symmetric), and only when the smaller record could overlap the larger by
  // SIBLING_OVERLAP at all (Jaccard ≤ smaller / larger, the same division): a search's ~50 documents made ~2,500
  // overlaps, twice (the hand-set order and the learned ordering's feature).
  const bestOf: Array<number | undefined> = ids.map(() => undefined);
  for (let i = 0; i < ids.length; i++) {
    const a = sets[i];
    if (a === undefined || a.length === 0) continue;
    for (let j = i + 1; j < ids.length; j++) {
      const b = sets[j];
      if (b === undefined || Math.min(a.length, b.length) / Math.max(a.length, b.length) < SIBLING_OVERLAP) continue;
      if (sortedJaccard(a, b) < SIBLING_OVERLAP) continue;
      bestOf[i] = Math.max(bestOf[i] ?? 0, fit.get(ids[j]) ?? 0);
      bestOf[j] = Math.max(bestOf[j] ?? 0, fit.get(ids[i]) ?? 0);
    }
  }
  const out = new Map<string, number>();
  for (const [i, d] of ids.entries()) {
    const best = bestOf[i];
    if (best === undefined) continue;
    const own = fit.get(d) ?? 0;
    // Fits are sums of IDFs: a difference below this is rounding, not a named month or company.
    out.set(d, Math.abs(own - best) < 1e-6 ? 0 : Math.sign(own - best));
  }
  return out;
}

/**
 * A document's record as its terms' ascending numbers (one numbering per `records`, so per store revision), kept
 * while `records` lives: two records overlap by one merge of integers instead of hashing one's terms into the
 * other's set.
 */
function numberedRecords(records: ReadonlyMap<string, ReadonlySet<string>>): (id: string) => Int32Array | undefined {
  let kept = numbering.get(records);
  if (!kept) {
    kept = { terms: new Map(), records: new Map() };
    numbering.set(records, kept);
  }
  const { terms, records: done } = kept;
  return (id) => {
    const known = done.get(id);
    if (known) return known;
    const record = records.get(id);
    if (record === undefined) return undefined;
    const numbers = Int32Array.from(record, (term) => {
      let n = terms.get(term);
      if (n === undefined) {
        n = terms.size;
        terms.set(term, n);
      }
      return n;
    }).sort();
    done.set(id, numbers);
    return numbers;
  };
}

const numbering = new WeakMap<
  ReadonlyMap<string, ReadonlySet<string>>,
  { terms: Map<string, number>; records: Map<string, Int32Array> }
>();

/** `jaccard` of two records numbered by `numberedRecords` (ascending, distinct): the same counts, the same division. */
function sortedJaccard(a: Int32Array, b: Int32Array): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      shared++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared / (a.length + b.length - shared);
}

/**
 * `ordered` with the candidates of documents a sibling out-fits (`siblingStanding` −1 among the documents of the
 * list, by `score`: the fit, or `siblingScores`) moved behind the others, each part in its order: the plan of April
 * gives its places to the July plan the question names, whose clauses the flat ranking placed below the April
 * plan's near-identical ones.
 * @example behindFittingSiblings(handSet, (id) => id.split('~')[0], records, fit)
 */
export function behindFittingSiblings<T extends { clauseId: string }>(
  ordered: readonly T[],
  documentOf: (clauseId: string) => string | undefined,
  records: ReadonlyMap<string, ReadonlySet<string>>,
  fit: ReadonlyMap<string, number>,
): T[] {
  const documents = new Set<string>();
  for (const c of ordered) {
    const d = documentOf(c.clauseId);
    if (d !== undefined) documents.add(d);
  }
  const standing = siblingStanding(records, fit, documents);
  const loses = (c: T) => {
    const d = documentOf(c.clauseId);
    return d !== undefined && standing.get(d) === -1;
  };
  if (!ordered.some(loses)) return [...ordered];
  return [...ordered.filter((c) => !loses(c)), ...ordered.filter(loses)];
}
