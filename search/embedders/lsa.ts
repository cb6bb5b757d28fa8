/**
 * @module search/embedders/lsa
 * A dense embedder trained on the store's own clauses: latent semantic analysis. Clause texts go
 * through the lexical index's analyzer (folded syllables and syllable bigrams, `fieldTerms`), are
 * weighted by sublinear tf × IDF, and a randomized truncated SVD of the term × clause matrix gives
 * each term a k-dimensional vector; a text's vector is its weighted terms projected on them,
 * L2-normalized. Terms that occur together across clauses (`đường dây nóng`, `tiếp nhận phản ánh`)
 * end up near each other, which hashing cannot do. Deterministic for a corpus; refitted (not folded
 * in) when the corpus drifts — `ensureEmbeddings` decides when.
 */
import { Embeddings } from '@langchain/core/embeddings';
import { analyzeQuery } from '../query.ts';
import { fieldTerms } from '../tokenize.ts';
import { fnv1a } from './features.ts';
import { type SparseColumns, truncatedSvd } from './randomized-svd.ts';
import type { FittableEmbeddings } from './types.ts';

/** Terms in fewer clauses than this carry no co-occurrence to learn from. */
const MIN_DF = 3;
/** The most frequent terms kept (by clause frequency), bounding the model's size. */
const MAX_TERMS = 20_000;

interface LsaModel {
  vocab: Map<string, number>;
  idf: Float32Array;
  /** Term vectors, row-major `terms × dim`. */
  u: Float32Array;
  fittedOn: number;
  /** Lengths of the term vectors, filled on first use by `neighbours`. */
  norms?: Float32Array;
}

interface LsaState {
  v: 1;
  dim: number;
  n: number;
  terms: string[];
  idf: string;
  u: string;
}

const toBase64 = (a: Float32Array) => Buffer.from(a.buffer, a.byteOffset, a.byteLength).toString('base64');
const fromBase64 = (s: string) => {
  const b = Buffer.from(s, 'base64');
  return new Float32Array(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
};

/** The analyzer's folded terms of a text with their frequencies. */
function termsOf(text: string): Map<string, number> {
  return fieldTerms(text).folded;
}

/**
 * @example const e = new LsaEmbeddings({ dim: 128 }); e.fit(clauseTexts); await e.embedQuery('kênh để dân báo tin')
 */
export class LsaEmbeddings extends Embeddings implements FittableEmbeddings {
  readonly id: string;
  readonly dimensions: number;
  /** Weight of its channel in fusion when the caller sets none: 0 (lexical only) unless configured. */
  readonly fusionWeight: number;
  private model: LsaModel | null = null;
  private fp = 'unfitted';

  constructor(options: { dim?: number; fusionWeight?: number } = {}) {
    super({});
    this.fusionWeight = options.fusionWeight ?? 0;
    const dim = options.dim ?? 128;
    if (!Number.isInteger(dim) || dim < 8 || dim > 1000)
      throw new RangeError(`lsa dim must be an integer in 8..1000, got ${dim}`);
    this.dimensions = dim;
    this.id = `lsa-v1-${dim}`;
  }

  get fingerprint(): string {
    return this.fp;
  }

  get fittedOn(): number {
    return this.model?.fittedOn ?? 0;
  }

  describe(): string {
    const m = this.model;
    return (
      `${this.id}: latent semantic analysis trained on this store's clauses (${m ? `${m.fittedOn} clauses, ${m.vocab.size} terms` : 'not fitted yet'}) — ` +
      'tf × IDF over the lexical analyzer’s terms, truncated SVD, projected and L2-normalized. It learns which words ' +
      'occur together in these documents; it is not a neural model.'
    );
  }

  fit(texts: readonly string[]): void {
    const perText = texts.map(termsOf);
    const df = new Map<string, number>();
    for (const terms of perText) for (const t of terms.keys()) df.set(t, (df.get(t) ?? 0) + 1);
    const kept = [...df.entries()]
      .filter(([, n]) => n >= MIN_DF && n < texts.length * 0.5)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, MAX_TERMS)
      .map(([t]) => t)
      .sort();
    const vocab = new Map(kept.map((t, i) => [t, i]));
    const idf = Float32Array.from(kept, (t) => Math.log((texts.length + 1) / ((df.get(t) ?? 0) + 1)) + 1);
    const ptr = new Int32Array(texts.length + 1);
    const termIds: number[] = [];
    const weights: number[] = [];
    perText.forEach((terms, j) => {
      const row = weighted(terms, vocab, idf);
      for (const [id, w] of row) {
        termIds.push(id);
        weights.push(w);
      }
      ptr[j + 1] = termIds.length;
    });
    const x: SparseColumns = {
      rows: kept.length,
      cols: texts.length,
      ptr,
      terms: Int32Array.from(termIds),
      weights: Float32Array.from(weights),
    };
    const svd = truncatedSvd(x, this.dimensions, { seed: fnv1a(`${texts.length}:${kept.length}`) });
    // A tiny corpus may give fewer directions than asked: pad with zeros so the width stays fixed.
    const u = new Float32Array(kept.length * this.dimensions);
    for (let i = 0; i < kept.length; i++)
      for (let c = 0; c < svd.k; c++) u[i * this.dimensions + c] = svd.u[i * svd.k + c] * Math.sqrt(svd.sigma[c]);
    this.model = { vocab, idf, u, fittedOn: texts.length };
    this.fp = `lsa-${fnv1a(`${texts.length}|${kept.join('|')}|${svd.sigma.slice(0, 8).join(',')}`).toString(16)}`;
  }

  exportState(): string | null {
    const m = this.model;
    if (!m) return null;
    const state: LsaState = {
      v: 1,
      dim: this.dimensions,
      n: m.fittedOn,
      terms: [...m.vocab.keys()],
      idf: toBase64(m.idf),
      u: toBase64(m.u),
    };
    return JSON.stringify(state);
  }

  importState(state: string): void {
    const s = JSON.parse(state) as LsaState;
    if (s.v !== 1 || s.dim !== this.dimensions || !Array.isArray(s.terms))
      throw new Error(`${this.id}: unreadable fitted state`);
    const u = fromBase64(s.u);
    if (u.length !== s.terms.length * s.dim) throw new Error(`${this.id}: fitted state has the wrong size`);
    this.model = { vocab: new Map(s.terms.map((t, i) => [t, i])), idf: fromBase64(s.idf), u, fittedOn: s.n };
    this.fp = `lsa-${fnv1a(state).toString(16)}`;
  }

  /** The vector of one text: its weighted known terms projected on the term vectors, L2-normalized. */
  vectorOf(text: string): number[] {
    const vec = new Array<number>(this.dimensions).fill(0);
    const m = this.model;
    if (m) {
      for (const [id, w] of weighted(termsOf(text), m.vocab, m.idf)) {
        const o = id * this.dimensions;
        for (let c = 0; c < this.dimensions; c++) vec[c] += w * m.u[o + c];
      }
    }
    let norm = 0;
    for (const v of vec) norm += v * v;
    if (norm === 0) {
      vec[0] = 1; // no known term: a unit vector all such texts share, so distances stay defined
      return vec;
    }
    const inv = 1 / Math.sqrt(norm);
    return vec.map((v) => v * inv);
  }

  /** The terms nearest to a term in the learned space (for query expansion and explanations). */
  neighbours(term: string, count = 5): Array<{ term: string; similarity: number }> {
    const m = this.model;
    const id = m?.vocab.get(term);
    if (!m || id === undefined) return [];
    const d = this.dimensions;
    const norms = this.termNorms(m);
    const scored: Array<{ term: string; similarity: number }> = [];
    for (const [t, i] of m.vocab) {
      if (i === id) continue;
      let dot = 0;
      for (let c = 0; c < d; c++) dot += m.u[id * d + c] * m.u[i * d + c];
      scored.push({ term: t, similarity: dot / (norms[id] * norms[i]) });
    }
    return scored.sort((a, b) => b.similarity - a.similarity).slice(0, count);
  }

  /** Each term vector's length, computed once per model (a query's neighbours then cost one pass over the vocabulary). */
  private termNorms(m: LsaModel): Float32Array {
    if (m.norms) return m.norms;
    const d = this.dimensions;
    const norms = new Float32Array(m.vocab.size);
    for (let i = 0; i < norms.length; i++) {
      let s = 0;
      for (let c = 0; c < d; c++) s += m.u[i * d + c] ** 2;
      norms[i] = Math.sqrt(s) || 1;
    }
    m.norms = norms;
    return norms;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((d) => this.vectorOf(d));
  }

  async embedQuery(document: string): Promise<number[]> {
    return this.vectorOf(analyzeQuery(document).embeddingText);
  }
}

/** Sublinear tf × IDF of the known terms, L2-normalized so long clauses do not dominate. */
function weighted(terms: ReadonlyMap<string, number>, vocab: ReadonlyMap<string, number>, idf: Float32Array) {
  const out: Array<[number, number]> = [];
  let norm = 0;
  for (const [t, tf] of terms) {
    const id = vocab.get(t);
    if (id === undefined) continue;
    const w = (1 + Math.log(tf)) * idf[id];
    out.push([id, w]);
    norm += w * w;
  }
  const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
  for (const e of out) e[1] *= inv;
  return out;
}
