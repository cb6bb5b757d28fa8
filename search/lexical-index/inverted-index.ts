/**
 * @module search/lexical-index/inverted-index
 * The in-memory inverted index BM25 reads: per field, term → postings (clause ordinal, frequency) in
 * typed arrays; per clause its id, parent, document and length. Documents are added from their
 * decoded segments and removed as a whole (postings of removed clauses are skipped, then compacted
 * away). Pure and synchronous: keeping it in step with the store is `sync.ts`'s job.
 */
import type { Field } from '../query.ts';
import { ShingleTable } from './boilerplate.ts';
import { concat, PackError, Packer, Unpacker } from './pack.ts';
import type { DecodedSegment } from './segment.ts';

/** A term's postings: clause ordinals with the term's frequency in each, and how many are live. */
interface Postings {
  ords: Int32Array;
  tfs: Uint16Array;
  size: number;
  /** Live clauses containing the term (its document frequency). */
  df: number;
}

/** A document's clauses are ordinals [start, end); `terms` lists its distinct term ids per field, to update df on removal. */
interface DocumentEntry {
  revision: number;
  ord: number;
  start: number;
  end: number;
  /** Σ of its clauses' lengths: the document read as one text. */
  length: number;
  terms: Record<Field, Int32Array>;
}

const FIELDS: readonly Field[] = ['exact', 'folded'];
/** Compact when this share of clause ordinals belongs to removed documents. */
const COMPACT_SHARE = 0.25;
const MAX_TF = 0xffff;
/** Names the snapshot layout below; a snapshot of another layout is not read. */
const SNAPSHOT_FORMAT = 1;

/** What a snapshot's header holds besides the arrays. */
interface SnapshotHeader {
  format: number;
  /** The tokenizer and segment encoding the postings come from (`SEGMENT_VERSION`). */
  tokenizer: string;
  /** The store revision the index was synced to when written. */
  revision: number;
  clauseIds: string[];
  documentIds: string[];
  /** Per indexed document: id, revision, ordinal, clause ordinals [start, end), length. */
  documents: Array<[id: string, revision: number, ord: number, start: number, end: number, length: number]>;
  exact: string[];
  folded: string[];
  liveCount: number;
  liveLength: number;
  shingles: { documents: string[]; clauses: string[] };
}

export class InvertedIndex {
  private readonly dictionaries: Record<Field, Map<string, number>> = { exact: new Map(), folded: new Map() };
  private readonly postings: Record<Field, Postings[]> = { exact: [], folded: [] };
  private readonly documents = new Map<string, DocumentEntry>();
  /** Every document id ever added, by ordinal (kept after removal, so a re-added document reuses its ordinal). */
  private readonly documentIds: string[] = [];
  private readonly documentOrdinals = new Map<string, number>();
  private clauseIds: string[] = [];
  private readonly ordinals = new Map<string, number>();
  private parents = new Int32Array(1024);
  private docOf = new Int32Array(1024);
  private lengths = new Uint32Array(1024);
  private live = new Uint8Array(1024);
  private liveCount = 0;
  /** Shingles per clause and the documents using each: what boilerplate is learned from. */
  readonly shingles: ShingleTable;
  private liveLength = 0;
  /** `clausesWithAll` answers until a document is added or removed: the same phrases come back question after question (corpus senses). */
  private readonly phraseClauses = new Map<string, Int32Array>();
  /** `documentScale` per set of documents (ordinals never change meaning: a re-added document keeps its own). */
  private readonly scales = new WeakMap<ReadonlySet<string>, { factor: number; scale: Float64Array }>();

  constructor(shingles = new ShingleTable()) {
    this.shingles = shingles;
  }

  /**
   * The whole index as chunks of one file (`fromSnapshot` reads them back joined): opening a store then costs reading a file
   * instead of decoding every document's segment and appending its postings one by one. The tokenizer and
   * the store revision synced to are recorded: a snapshot of another tokenizer is refused.
   */
  snapshot(stamp: { tokenizer: string; revision: number }): Uint8Array[] {
    const packer = new Packer();
    const total = this.clauseIds.length;
    packer.add('parents', this.parents.subarray(0, total));
    packer.add('docOf', this.docOf.subarray(0, total));
    packer.add('lengths', this.lengths.subarray(0, total));
    packer.add('live', this.live.subarray(0, total));
    for (const field of FIELDS) {
      const lists = this.postings[field];
      const sizes = Int32Array.from(lists, (l) => l.size);
      const ords = new Int32Array(sizes.reduce((n, size) => n + size, 0));
      const tfs = new Uint16Array(ords.length);
      let at = 0;
      for (const list of lists) {
        ords.set(list.ords.subarray(0, list.size), at);
        tfs.set(list.tfs.subarray(0, list.size), at);
        at += list.size;
      }
      packer.add(`${field}.sizes`, sizes);
      packer.add(
        `${field}.df`,
        Int32Array.from(lists, (l) => l.df),
      );
      packer.add(`${field}.ords`, ords);
      packer.add(`${field}.tfs`, tfs);
      const entries = [...this.documents.values()];
      packer.add(
        `${field}.termCounts`,
        Int32Array.from(entries, (d) => d.terms[field].length),
      );
      packer.add(`${field}.terms`, concat(entries.map((d) => d.terms[field])));
    }
    const header: SnapshotHeader = {
      format: SNAPSHOT_FORMAT,
      ...stamp,
      clauseIds: this.clauseIds,
      documentIds: this.documentIds,
      documents: [...this.documents].map(([id, d]) => [id, d.revision, d.ord, d.start, d.end, d.length]),
      exact: [...this.dictionaries.exact.keys()],
      folded: [...this.dictionaries.folded.keys()],
      liveCount: this.liveCount,
      liveLength: this.liveLength,
      shingles: this.shingles.pack(packer),
    };
    return packer.finish(header);
  }

  /**
   * The index a `snapshot` holds and the store revision it was written at; postings are views of `bytes`.
   * Throws `PackError` when the buffer is not such a snapshot, or was written for another tokenizer or layout.
   */
  static fromSnapshot(bytes: Uint8Array, tokenizer: string): { index: InvertedIndex; revision: number } {
    const unpacker = new Unpacker(bytes);
    const header = unpacker.header as SnapshotHeader;
    if (header?.format !== SNAPSHOT_FORMAT) throw new PackError('snapshot of another layout');
    if (header.tokenizer !== tokenizer) throw new PackError(`snapshot of tokenizer ${header.tokenizer}`);
    const index = new InvertedIndex(ShingleTable.unpack(unpacker, header.shingles));
    const total = header.clauseIds.length;
    index.clauseIds = header.clauseIds;
    index.reserve(total);
    index.parents.set(unpacker.i32('parents'));
    index.docOf.set(unpacker.i32('docOf'));
    index.lengths.set(unpacker.u32('lengths'));
    const live = unpacker.u8('live');
    if (live.length !== total) throw new PackError('snapshot clause arrays do not add up');
    index.live.set(live);
    for (let ord = 0; ord < total; ord++) if (live[ord] === 1) index.ordinals.set(header.clauseIds[ord], ord);
    index.liveCount = header.liveCount;
    index.liveLength = header.liveLength;
    header.documentIds.forEach((id, ord) => {
      index.documentIds.push(id);
      index.documentOrdinals.set(id, ord);
    });
    const termCounts: Record<Field, Int32Array> = { exact: new Int32Array(0), folded: new Int32Array(0) };
    const terms: Record<Field, Int32Array> = { exact: new Int32Array(0), folded: new Int32Array(0) };
    for (const field of FIELDS) {
      const words = header[field];
      const sizes = unpacker.i32(`${field}.sizes`);
      const dfs = unpacker.i32(`${field}.df`);
      const ords = unpacker.i32(`${field}.ords`);
      const tfs = unpacker.u16(`${field}.tfs`);
      if (sizes.length !== words.length || dfs.length !== words.length || tfs.length !== ords.length) {
        throw new PackError('snapshot postings do not add up');
      }
      const dictionary = index.dictionaries[field];
      const lists = index.postings[field];
      let at = 0;
      for (let id = 0; id < words.length; id++) {
        dictionary.set(words[id], id);
        const size = sizes[id];
        // Views of the snapshot: `append` replaces a full list with a larger copy.
        lists.push({ ords: ords.subarray(at, at + size), tfs: tfs.subarray(at, at + size), size, df: dfs[id] });
        at += size;
      }
      if (at !== ords.length) throw new PackError('snapshot postings do not add up');
      termCounts[field] = unpacker.i32(`${field}.termCounts`);
      terms[field] = unpacker.i32(`${field}.terms`);
    }
    const at: Record<Field, number> = { exact: 0, folded: 0 };
    header.documents.forEach(([id, revision, ord, start, end, length], d) => {
      const own = (field: Field) => {
        const from = at[field];
        at[field] += termCounts[field][d];
        return terms[field].subarray(from, at[field]);
      };
      index.documents.set(id, {
        revision,
        ord,
        start,
        end,
        length,
        terms: { exact: own('exact'), folded: own('folded') },
      });
    });
    return { index, revision: header.revision };
  }

  /** Live clauses. */
  get size(): number {
    return this.liveCount;
  }

  /** Average clause length in terms (0 when empty). */
  get averageLength(): number {
    return this.liveCount === 0 ? 0 : this.liveLength / this.liveCount;
  }

  /** Indexed documents → the revision indexed. */
  revisions(): Map<string, number> {
    return new Map([...this.documents].map(([id, d]) => [id, d.revision]));
  }

  /** Live clauses containing `term` in `field`. */
  df(field: Field, term: string): number {
    const id = this.dictionaries[field].get(term);
    return id === undefined ? 0 : this.postings[field][id].df;
  }

  /** A clause's length in terms, or undefined when not indexed. */
  clauseLength(clauseId: string): number | undefined {
    const ord = this.ordinals.get(clauseId);
    return ord === undefined ? undefined : this.lengths[ord];
  }

  /** Adds (or replaces) a document's clauses from its decoded segment. */
  addDocument(documentId: string, revision: number, segment: DecodedSegment): void {
    this.removeDocument(documentId);
    this.phraseClauses.clear();
    const start = this.clauseIds.length;
    const end = start + segment.clauses.length;
    this.reserve(end);
    let docOrd = this.documentOrdinals.get(documentId);
    if (docOrd === undefined) {
      docOrd = this.documentIds.push(documentId) - 1;
      this.documentOrdinals.set(documentId, docOrd);
    }
    const termIds = {
      exact: segment.exact.map((t) => this.termId('exact', t)),
      folded: segment.folded.map((t) => this.termId('folded', t)),
    };
    const seen: Record<Field, Set<number>> = { exact: new Set(), folded: new Set() };
    for (let i = 0; i < segment.clauses.length; i++) {
      const [id, parent, length, exact, folded] = segment.clauses[i];
      const ord = start + i;
      this.clauseIds.push(id);
      this.ordinals.set(id, ord);
      this.parents[ord] = parent >= 0 && parent < segment.clauses.length ? start + parent : -1;
      this.docOf[ord] = docOrd;
      this.lengths[ord] = length;
      this.live[ord] = 1;
      this.liveCount++;
      this.liveLength += length;
      for (const [field, flat] of [
        ['exact', exact],
        ['folded', folded],
      ] as const) {
        for (let p = 0; p + 1 < flat.length; p += 2) {
          const termId = termIds[field][flat[p]];
          this.append(this.postings[field][termId], ord, flat[p + 1]);
          seen[field].add(termId);
        }
      }
    }
    this.shingles.addDocument(
      documentId,
      segment.clauses.map((c, i) => [c[0], segment.shingles[i] ?? []] as const),
    );
    this.documents.set(documentId, {
      revision,
      ord: docOrd,
      start,
      end,
      length: segment.clauses.reduce((sum, c) => sum + c[2], 0),
      terms: { exact: Int32Array.from(seen.exact), folded: Int32Array.from(seen.folded) },
    });
  }

  /** Removes a document's clauses; a no-op when it is not indexed. */
  removeDocument(documentId: string): void {
    const entry = this.documents.get(documentId);
    if (!entry) return;
    this.phraseClauses.clear();
    this.documents.delete(documentId);
    this.shingles.removeDocument(documentId);
    for (let ord = entry.start; ord < entry.end; ord++) {
      this.live[ord] = 0;
      this.liveCount--;
      this.liveLength -= this.lengths[ord];
      this.ordinals.delete(this.clauseIds[ord]);
    }
    // df counts live clauses. Postings are in ordinal order, so this document's run is found by binary search.
    for (const field of FIELDS) {
      for (const termId of entry.terms[field]) {
        const list = this.postings[field][termId];
        for (let i = lowerBound(list, entry.start); i < list.size && list.ords[i] < entry.end; i++) list.df--;
      }
    }
    if (this.clauseIds.length - this.liveCount > Math.max(1024, COMPACT_SHARE * this.clauseIds.length)) this.compact();
  }

  /**
   * Σ over query terms of weight × BM25(term, clause) (the folded field × `foldedWeight`), indexed by
   * clause ordinal: 0 for clauses without any term, removed or refused by `accept` (by document id).
   * Ordinals resolve with `clauseId` and `parentOf`. Given `documents`, also fills it with what
   * `scoreDocuments(terms, params, accept)` returns, from the same walk over the postings (at 100k clauses a
   * question's terms hold ~800k postings, and the document-first stage wants both).
   */
  scoreTerms(
    terms: ReadonlyArray<{ field: Field; term: string; weight: number }>,
    params: { k1: number; b: number; foldedWeight: number; explainedWeight?: number },
    accept?: (documentId: string) => boolean,
    explainedBy?: (field: Field, term: string) => ReadonlySet<string> | undefined,
    documents?: Map<string, number>,
  ): Float64Array {
    const scores = new Float64Array(this.clauseIds.length);
    const n = this.liveCount;
    const avg = this.averageLength;
    if (avg === 0) return scores;
    const allowed = accept ? Uint8Array.from(this.documentIds, (id) => (accept(id) ? 1 : 0)) : null;
    const byDocument = documents ? this.documentScoring(params, accept) : null;
    const { k1, b } = params;
    // Locals, not fields: this loop runs over most postings of every query (~800k at 100k clauses).
    const { live, lengths, docOf } = this;
    const norm = k1 * (1 - b);
    const perLength = (k1 * b) / avg;
    for (const { field, term, weight } of terms) {
      const termId = this.dictionaries[field].get(term);
      if (termId === undefined) continue;
      const list = this.postings[field][termId];
      if (list.df === 0) continue;
      const idf = Math.log(1 + (n - list.df + 0.5) / (list.df + 0.5));
      const w = weight * (field === 'exact' ? 1 : params.foldedWeight) * idf * (k1 + 1);
      // In a document whose own fields hold the term, the term says which document, not which clause.
      const explainers = explainedBy?.(field, term);
      const scale =
        explainers && explainers.size > 0 ? this.documentScale(explainers, params.explainedWeight ?? 1) : null;
      const { ords, tfs, size } = list;
      if (byDocument === null) {
        for (let i = 0; i < size; i++) {
          const ord = ords[i];
          if (live[ord] === 0 || (allowed !== null && allowed[docOf[ord]] === 0)) continue;
          const tf = tfs[i];
          const s = (w * tf) / (tf + norm + perLength * lengths[ord]);
          scores[ord] += scale === null ? s : s * scale[docOf[ord]];
        }
        continue;
      }
      const { tf: docTf, touched } = byDocument;
      for (let i = 0; i < size; i++) {
        const ord = ords[i];
        const doc = docOf[ord];
        if (live[ord] === 0 || (allowed !== null && allowed[doc] === 0)) continue;
        const tf = tfs[i];
        const s = (w * tf) / (tf + norm + perLength * lengths[ord]);
        scores[ord] += scale === null ? s : s * scale[doc];
        if (docTf[doc] === 0) touched.push(doc);
        docTf[doc] += tf;
      }
      byDocument.flush(field, weight);
    }
    if (byDocument && documents) byDocument.into(documents);
    return scores;
  }

  /**
   * BM25 of each document read as one text (its clauses' term frequencies and lengths summed, IDF over
   * documents): which documents are about the question as a whole, though no single clause holds all
   * its words ("the July 2026 training for explosives managers … where is it held"). Document id →
   * score, for the documents holding any term and passing `accept`.
   */
  scoreDocuments(
    terms: ReadonlyArray<{ field: Field; term: string; weight: number }>,
    params: { k1: number; b: number; foldedWeight: number },
    accept?: (documentId: string) => boolean,
  ): Map<string, number> {
    const out = new Map<string, number>();
    const scoring = this.documentScoring(params, accept);
    if (scoring === null) return out;
    const { live, docOf } = this;
    const { allowed, tf, touched } = scoring;
    for (const { field, term, weight } of terms) {
      const termId = this.dictionaries[field].get(term);
      if (termId === undefined) continue;
      const { ords, tfs, size } = this.postings[field][termId];
      for (let i = 0; i < size; i++) {
        const ord = ords[i];
        const doc = docOf[ord];
        if (live[ord] === 0 || allowed[doc] === 0) continue;
        if (tf[doc] === 0) touched.push(doc);
        tf[doc] += tfs[i];
      }
      scoring.flush(field, weight);
    }
    scoring.into(out);
    return out;
  }

  /**
   * The state of one `scoreDocuments` walk: per document ordinal its summed term frequency for the current term
   * (`tf`, documents first met in `touched`); `flush` adds the term's BM25 to each touched document and clears
   * them; `into` writes the documents scoring above zero. Null when no document passes or all are empty.
   */
  private documentScoring(
    params: { k1: number; b: number; foldedWeight: number },
    accept?: (documentId: string) => boolean,
  ): {
    allowed: Uint8Array;
    tf: Float64Array;
    touched: number[];
    flush: (field: Field, weight: number) => void;
    into: (out: Map<string, number>) => void;
  } | null {
    const docs = [...this.documents.values()].filter((d) => !accept || accept(this.documentIds[d.ord]));
    if (docs.length === 0) return null;
    const length = new Float64Array(this.documentIds.length);
    let total = 0;
    for (const d of docs) {
      length[d.ord] = d.length;
      total += d.length;
    }
    const avg = total / docs.length;
    if (avg === 0) return null;
    const allowed = new Uint8Array(this.documentIds.length);
    for (const d of docs) allowed[d.ord] = 1;
    const { k1, b } = params;
    const tf = new Float64Array(this.documentIds.length);
    const scores = new Float64Array(this.documentIds.length);
    const touched: number[] = [];
    return {
      allowed,
      tf,
      touched,
      flush: (field, weight) => {
        if (touched.length === 0) return;
        const idf = Math.log(1 + (docs.length - touched.length + 0.5) / (touched.length + 0.5));
        const w = weight * (field === 'exact' ? 1 : params.foldedWeight) * idf * (k1 + 1);
        for (const doc of touched) {
          scores[doc] += (w * tf[doc]) / (tf[doc] + k1 * (1 - b + (b * length[doc]) / avg));
          tf[doc] = 0;
        }
        touched.length = 0;
      },
      into: (out) => {
        for (const d of docs) if (scores[d.ord] > 0) out.set(this.documentIds[d.ord], scores[d.ord]);
      },
    };
  }

  /**
   * BM25 of one document's clauses with IDF and average length taken over that document alone: inside a
   * document the words of its subject stand in most clauses and say nothing about which clause answers,
   * while the asked point ("địa điểm", "đề nghị của … đơn vị", "hiệu lực thi hành") stands in one or two.
   * A clause also takes `contextWeight` × its parent's score (a sub-item is read under its heading or
   * article title). Clause id → score, best first, for clauses scoring above zero.
   * @example index.scoreWithinDocument('kh-3957', terms, { k1: 1.2, b: 0.75, foldedWeight: 0.4, contextWeight: 0.3 })
   */
  scoreWithinDocument(
    documentId: string,
    terms: ReadonlyArray<{ field: Field; term: string; weight: number }>,
    params: { k1: number; b: number; foldedWeight: number; contextWeight: number },
  ): Array<{ clauseId: string; score: number }> {
    const entry = this.documents.get(documentId);
    if (!entry || entry.end <= entry.start) return [];
    const { start, end } = entry;
    const n = end - start;
    const avg = entry.length / n;
    if (avg === 0) return [];
    const own = new Float64Array(n);
    const { k1, b } = params;
    for (const { field, term, weight } of terms) {
      const termId = this.dictionaries[field].get(term);
      if (termId === undefined) continue;
      const list = this.postings[field][termId];
      const from = lowerBound(list, start);
      let to = from;
      while (to < list.size && list.ords[to] < end) to++;
      if (to === from) continue;
      const df = to - from;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      const w = weight * (field === 'exact' ? 1 : params.foldedWeight) * idf * (k1 + 1);
      for (let i = from; i < to; i++) {
        const ord = list.ords[i];
        const tf = list.tfs[i];
        own[ord - start] += (w * tf) / (tf + k1 * (1 - b + (b * this.lengths[ord]) / avg));
      }
    }
    const out: Array<{ clauseId: string; score: number }> = [];
    for (let i = 0; i < n; i++) {
      if (own[i] <= 0) continue;
      const parent = this.parents[start + i];
      const grand = parent < 0 ? -1 : this.parents[parent];
      const context = (ord: number) => (ord < start || ord >= end ? 0 : own[ord - start]);
      const score = own[i] + params.contextWeight * context(parent) + params.contextWeight ** 2 * context(grand);
      out.push({ clauseId: this.clauseIds[start + i], score: Math.round(score * 1e9) / 1e9 });
    }
    return out.sort((x, y) => y.score - x.score || (x.clauseId < y.clauseId ? -1 : x.clauseId > y.clauseId ? 1 : 0));
  }

  /**
   * Per document ordinal: `factor` for the given documents, 1 for the rest. Kept per set while no document is
   * added: callers pass the same sets query after query (a term's explaining documents), and building the
   * array for each of a question's ~50 terms cost more at 100k clauses than the scan it scales.
   */
  private documentScale(documents: ReadonlySet<string>, factor: number): Float64Array {
    const kept = this.scales.get(documents);
    if (kept && kept.factor === factor && kept.scale.length === this.documentIds.length) return kept.scale;
    const scale = new Float64Array(this.documentIds.length).fill(1);
    for (const id of documents) {
      const ord = this.documentOrdinals.get(id);
      if (ord !== undefined) scale[ord] = factor;
    }
    this.scales.set(documents, { factor, scale });
    return scale;
  }

  /**
   * Live clause ordinals, ascending, whose `field` holds every one of `terms` (a phrase's words and word
   * pairs): where the corpus uses a phrase, to compare it with where it uses another (`corpus-senses.ts`).
   */
  clausesWithAll(field: Field, terms: readonly string[]): Int32Array {
    const key = `${field}\u0000${terms.join('\u0000')}`;
    const kept = this.phraseClauses.get(key);
    if (kept) return kept;
    const found = this.findClausesWithAll(field, terms);
    this.phraseClauses.set(key, found);
    return found;
  }

  /**
   * `clausesWithAll` within one document: its run of the (ascending) ordinals found by halving, so a question
   * reading a few documents does not walk the phrase's clauses of the whole corpus once per document.
   */
  clausesWithAllIn(field: Field, terms: readonly string[], documentId: string): Int32Array {
    const entry = this.documents.get(documentId);
    if (!entry) return new Int32Array(0);
    const found = this.clausesWithAll(field, terms);
    const run = { ords: found, size: found.length };
    return found.subarray(lowerBound(run, entry.start), lowerBound(run, entry.end));
  }

  private findClausesWithAll(field: Field, terms: readonly string[]): Int32Array {
    const lists: Postings[] = [];
    for (const term of new Set(terms)) {
      const id = this.dictionaries[field].get(term);
      if (id === undefined || this.postings[field][id].df === 0) return new Int32Array(0);
      lists.push(this.postings[field][id]);
    }
    if (lists.length === 0) return new Int32Array(0);
    lists.sort((a, b) => a.size - b.size);
    const [first, ...rest] = lists;
    const out: number[] = [];
    // The rarest list drives; the others are searched by halving from where the last search stopped.
    const at = rest.map(() => 0);
    outer: for (let i = 0; i < first.size; i++) {
      const ord = first.ords[i];
      if (this.live[ord] === 0) continue;
      for (let r = 0; r < rest.length; r++) {
        const list = rest[r];
        at[r] = lowerBound(list, ord, at[r]);
        if (at[r] >= list.size) break outer;
        if (list.ords[at[r]] !== ord) continue outer;
      }
      out.push(ord);
    }
    return Int32Array.from(out);
  }

  /** The clause id at an ordinal. */
  clauseId(ord: number): string {
    return this.clauseIds[ord];
  }

  /** The id of the document a clause ordinal belongs to. */
  documentOf(ord: number): string {
    return this.documentIds[this.docOf[ord]];
  }

  /**
   * Per-document values laid out by clause ordinal's document (`byClause(ord)`), 0 for documents `values` lacks:
   * a ranking loop over every scoring clause then reads an array instead of looking each document up by id.
   */
  perDocument(values: ReadonlyMap<string, number>): (ord: number) => number {
    const byDocument = new Float64Array(this.documentIds.length);
    for (const [id, value] of values) {
      const ord = this.documentOrdinals.get(id);
      if (ord !== undefined) byDocument[ord] = value;
    }
    const { docOf } = this;
    return (ord) => byDocument[docOf[ord]];
  }

  /** The parent's ordinal, or −1. */
  parentOf(ord: number): number {
    return this.parents[ord];
  }

  /** A live clause's ordinal, if any. */
  ordinalOf(clauseId: string): number | undefined {
    return this.ordinals.get(clauseId);
  }

  /** A document's clause count and its length in terms (the document read as one text), if stored. */
  documentSize(documentId: string): { clauses: number; length: number; start: number } | undefined {
    const entry = this.documents.get(documentId);
    return entry ? { clauses: entry.end - entry.start, length: entry.length, start: entry.start } : undefined;
  }

  /** Whether the clause at `ord` holds `term` in `field` (a binary search in the term's postings). */
  clauseHolds(field: Field, term: string, ord: number): boolean {
    return this.holder(field, term)(ord);
  }

  /**
   * A test of whether the clause at an ordinal holds `term`, its postings looked up once: coverage reads a
   * question's terms against dozens of candidates and their headings.
   */
  holder(field: Field, term: string): (ord: number) => boolean {
    const id = this.dictionaries[field].get(term);
    if (id === undefined) return () => false;
    const list = this.postings[field][id];
    return (ord) => {
      const i = lowerBound(list, ord);
      return i < list.size && list.ords[i] === ord;
    };
  }

  /** Whether any clause of the document holds `term` in `field`. */
  documentHolds(field: Field, term: string, documentId: string): boolean {
    const entry = this.documents.get(documentId);
    const id = this.dictionaries[field].get(term);
    if (!entry || id === undefined) return false;
    const list = this.postings[field][id];
    const i = lowerBound(list, entry.start);
    return i < list.size && list.ords[i] < entry.end;
  }

  /** How many clauses of the document hold `term` in `field` (two binary searches in the term's postings). */
  documentDf(field: Field, term: string, documentId: string): number {
    const entry = this.documents.get(documentId);
    const id = this.dictionaries[field].get(term);
    if (!entry || id === undefined) return 0;
    const list = this.postings[field][id];
    return lowerBound(list, entry.end) - lowerBound(list, entry.start);
  }

  private termId(field: Field, term: string): number {
    const dictionary = this.dictionaries[field];
    let id = dictionary.get(term);
    if (id === undefined) {
      id = dictionary.size;
      dictionary.set(term, id);
      this.postings[field].push({ ords: new Int32Array(4), tfs: new Uint16Array(4), size: 0, df: 0 });
    }
    return id;
  }

  private append(list: Postings, ord: number, tf: number): void {
    if (list.size === list.ords.length) {
      // A list read from a snapshot may be empty and exactly full.
      const capacity = Math.max(4, list.ords.length * 2);
      const ords = new Int32Array(capacity);
      ords.set(list.ords);
      const tfs = new Uint16Array(capacity);
      tfs.set(list.tfs);
      list.ords = ords;
      list.tfs = tfs;
    }
    list.ords[list.size] = ord;
    list.tfs[list.size] = Math.min(tf, MAX_TF);
    list.size++;
    list.df++;
  }

  private reserve(count: number): void {
    if (count <= this.parents.length) return;
    const capacity = Math.max(count, this.parents.length * 2);
    const grow = <T extends Int32Array | Uint32Array | Uint8Array>(old: T, make: (n: number) => T): T => {
      const next = make(capacity);
      next.set(old);
      return next;
    };
    this.parents = grow(this.parents, (n) => new Int32Array(n));
    this.docOf = grow(this.docOf, (n) => new Int32Array(n));
    this.lengths = grow(this.lengths, (n) => new Uint32Array(n));
    this.live = grow(this.live, (n) => new Uint8Array(n));
  }

  /** Renumbers live clauses densely (order kept, so each document stays contiguous) and drops dead postings. */
  private compact(): void {
    const total = this.clauseIds.length;
    const next = new Int32Array(total).fill(-1);
    let count = 0;
    for (let ord = 0; ord < total; ord++) if (this.live[ord]) next[ord] = count++;
    const ids: string[] = new Array(count);
    const parents = new Int32Array(Math.max(1024, count));
    const docOf = new Int32Array(parents.length);
    const lengths = new Uint32Array(parents.length);
    const live = new Uint8Array(parents.length);
    for (let ord = 0; ord < total; ord++) {
      const to = next[ord];
      if (to < 0) continue;
      ids[to] = this.clauseIds[ord];
      parents[to] = this.parents[ord] < 0 ? -1 : next[this.parents[ord]];
      docOf[to] = this.docOf[ord];
      lengths[to] = this.lengths[ord];
      live[to] = 1;
      this.ordinals.set(ids[to], to);
    }
    for (const field of FIELDS) {
      for (const list of this.postings[field]) {
        let size = 0;
        for (let i = 0; i < list.size; i++) {
          const to = next[list.ords[i]];
          if (to < 0) continue;
          list.ords[size] = to;
          list.tfs[size] = list.tfs[i];
          size++;
        }
        list.size = size;
      }
    }
    for (const entry of this.documents.values()) {
      const start = entry.end > entry.start ? next[entry.start] : 0;
      entry.end = start + (entry.end - entry.start);
      entry.start = start;
    }
    this.clauseIds = ids;
    this.parents = parents;
    this.docOf = docOf;
    this.lengths = lengths;
    this.live = live;
  }
}

/** The first position in `list` whose ordinal is ≥ `ord`. */
function lowerBound(list: Pick<Postings, 'ords' | 'size'>, ord: number, from = 0): number {
  let lo = from;
  let hi = list.size;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (list.ords[mid] < ord) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
