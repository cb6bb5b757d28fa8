/**
 * @module search/lexical-index/boilerplate
 * Boilerplate learned from the corpus, not listed: a clause whose word sequences recur in many
 * documents ("Căn cứ Luật Tổ chức chính quyền địa phương …", "Chánh Văn phòng … chịu trách nhiệm thi
 * hành Quyết định này", "Nơi nhận: … Lưu: VT") is formula, and rarely the answer. Each clause keeps a
 * sample of its eight-syllable shingles (hashed); the table counts, per shingle, the documents that use it;
 * a clause's boilerplate share is the part of its shingles that many documents use.
 */
import { tokenize } from '../tokenize.ts';

const SHINGLE = 8;
/** Shingles kept per clause: enough to judge a clause; a long clause is rarely a formula. */
const MAX_PER_CLAUSE = 48;

/** 32-bit FNV-1a of a string. */
function fnv1a(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h | 0;
}

/**
 * Hashes of a clause's folded eight-syllable shingles, one in two kept by hash (the same shingle is kept
 * or dropped in every clause, so counts stay comparable), distinct, at most `MAX_PER_CLAUSE`.
 * @example clauseShingles('Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015').length // ≈ 5
 */
export function clauseShingles(text: string): number[] {
  const words = tokenize(text).map((t) => t.folded);
  const out = new Set<number>();
  for (let i = 0; i + SHINGLE <= words.length && out.size < MAX_PER_CLAUSE; i++) {
    const h = fnv1a(words.slice(i, i + SHINGLE).join(' '));
    if ((h & 1) === 0) out.add(h);
  }
  return [...out];
}

/** Shingle → number of documents using it; clause → its shingles. Documents are added and removed whole. */
export class ShingleTable {
  private readonly documentsOf = new Map<number, number>();
  private readonly byClause = new Map<string, Int32Array>();
  private readonly byDocument = new Map<string, { clauses: string[]; distinct: Int32Array }>();

  /** Documents held. */
  get documents(): number {
    return this.byDocument.size;
  }

  addDocument(
    documentId: string,
    clauses: ReadonlyArray<readonly [clauseId: string, shingles: readonly number[]]>,
  ): void {
    this.removeDocument(documentId);
    const distinct = new Set<number>();
    for (const [id, hashes] of clauses) {
      this.byClause.set(id, Int32Array.from(hashes));
      for (const h of hashes) distinct.add(h);
    }
    for (const h of distinct) this.documentsOf.set(h, (this.documentsOf.get(h) ?? 0) + 1);
    this.byDocument.set(documentId, { clauses: clauses.map(([id]) => id), distinct: Int32Array.from(distinct) });
  }

  removeDocument(documentId: string): void {
    const entry = this.byDocument.get(documentId);
    if (!entry) return;
    this.byDocument.delete(documentId);
    for (const id of entry.clauses) this.byClause.delete(id);
    for (const h of entry.distinct) {
      const n = (this.documentsOf.get(h) ?? 1) - 1;
      if (n <= 0) this.documentsOf.delete(h);
      else this.documentsOf.set(h, n);
    }
  }

  /**
   * Share (0..1) of a clause's shingles used by at least `minDocuments` documents; 0 for a clause
   * with fewer than `minShingles` sampled shingles (too short to judge) or not held.
   */
  share(clauseId: string, minDocuments: number, minShingles = 2): number {
    const hashes = this.byClause.get(clauseId);
    if (!hashes || hashes.length < minShingles) return 0;
    let common = 0;
    for (const h of hashes) if ((this.documentsOf.get(h) ?? 0) >= minDocuments) common++;
    return common / hashes.length;
  }
}
