/**
 * @module search/lexical-index/boilerplate
 * Boilerplate learned from the corpus, not listed: a clause whose word sequences recur in many
 * documents ("Căn cứ Luật Tổ chức chính quyền địa phương …", "Chánh Văn phòng … chịu trách nhiệm thi
 * hành Quyết định này", "Nơi nhận: … Lưu: VT") is formula, and rarely the answer. Each clause keeps a
 * sample of its eight-syllable shingles (hashed); the table counts, per shingle, the documents that use it;
 * a clause's boilerplate share is the part of its shingles that many documents use.
 */
import { tokenize } from '../tokenize.ts';
import { concat, PackError, type Packer, type Unpacker } from './pack.ts';

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

  /** Writes the table's arrays into `packer`; returns the strings, for the snapshot's header. */
  pack(packer: Packer): { documents: string[]; clauses: string[] } {
    const documents = [...this.byDocument.keys()];
    const clauses: string[] = [];
    const clauseCounts = new Int32Array(documents.length);
    const distinctCounts = new Int32Array(documents.length);
    const hashCounts: number[] = [];
    const hashes: Int32Array[] = [];
    const distinct: Int32Array[] = [];
    documents.forEach((id, d) => {
      const entry = this.byDocument.get(id) as { clauses: string[]; distinct: Int32Array };
      clauseCounts[d] = entry.clauses.length;
      distinctCounts[d] = entry.distinct.length;
      distinct.push(entry.distinct);
      for (const clause of entry.clauses) {
        const own = this.byClause.get(clause) ?? new Int32Array(0);
        clauses.push(clause);
        hashCounts.push(own.length);
        hashes.push(own);
      }
    });
    packer.add('shingles.clauseCounts', clauseCounts);
    packer.add('shingles.distinctCounts', distinctCounts);
    packer.add('shingles.hashCounts', Int32Array.from(hashCounts));
    packer.add('shingles.hashes', concat(hashes));
    packer.add('shingles.distinct', concat(distinct));
    packer.add('shingles.keys', Int32Array.from(this.documentsOf.keys()));
    packer.add('shingles.counts', Int32Array.from(this.documentsOf.values()));
    return { documents, clauses };
  }

  /** The table `pack` wrote; its arrays are views of the snapshot. */
  static unpack(unpacker: Unpacker, strings: { documents: string[]; clauses: string[] }): ShingleTable {
    const table = new ShingleTable();
    const clauseCounts = unpacker.i32('shingles.clauseCounts');
    const distinctCounts = unpacker.i32('shingles.distinctCounts');
    const hashCounts = unpacker.i32('shingles.hashCounts');
    const hashes = unpacker.i32('shingles.hashes');
    const distinct = unpacker.i32('shingles.distinct');
    const keys = unpacker.i32('shingles.keys');
    const counts = unpacker.i32('shingles.counts');
    const { documents, clauses } = strings;
    if (
      clauseCounts.length !== documents.length ||
      hashCounts.length !== clauses.length ||
      keys.length !== counts.length
    ) {
      throw new PackError('snapshot shingle table does not add up');
    }
    let clause = 0;
    let hash = 0;
    let distinctAt = 0;
    documents.forEach((id, d) => {
      const own = clauses.slice(clause, clause + clauseCounts[d]);
      for (const clauseId of own) {
        table.byClause.set(clauseId, hashes.subarray(hash, hash + hashCounts[clause]));
        hash += hashCounts[clause++];
      }
      table.byDocument.set(id, {
        clauses: own,
        distinct: distinct.subarray(distinctAt, distinctAt + distinctCounts[d]),
      });
      distinctAt += distinctCounts[d];
    });
    for (let i = 0; i < keys.length; i++) table.documentsOf.set(keys[i], counts[i]);
    return table;
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
