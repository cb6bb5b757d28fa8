/**
 * @module search/embedders/randomized-svd
 * Truncated SVD of a sparse term × document matrix by randomized range finding (Halko, Martinsson
 * & Tropp 2011): Y = (X Xᵀ)^q X Ω, orthonormalized; the small matrix Qᵀ X X Xᵀ Q is then
 * diagonalized exactly (Jacobi). Deterministic for a seed; pure typed-array arithmetic, so the
 * archive (≈ 70k clauses, 20k terms) takes seconds on two cores.
 */

/** Documents as columns: `ptr[j]..ptr[j+1]` index `terms` and `weights` of document j. */
export interface SparseColumns {
  rows: number;
  cols: number;
  ptr: Int32Array;
  terms: Int32Array;
  weights: Float32Array;
}

export interface TruncatedSvd {
  /** Left singular vectors, row-major `rows × k`. */
  u: Float32Array;
  /** Singular values, largest first. */
  sigma: Float64Array;
  k: number;
}

/** Seeded PRNG (mulberry32) → standard normals (Box–Muller). */
function gaussian(seed: number): () => number {
  let a = seed >>> 0;
  const uniform = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return () => Math.sqrt(-2 * Math.log(uniform() + 1e-12)) * Math.cos(2 * Math.PI * uniform());
}

/** X · M, where M is `cols × r` row-major; result `rows × r`. */
function times(x: SparseColumns, m: Float64Array, r: number): Float64Array {
  const out = new Float64Array(x.rows * r);
  for (let j = 0; j < x.cols; j++) {
    const mo = j * r;
    for (let p = x.ptr[j]; p < x.ptr[j + 1]; p++) {
      const w = x.weights[p];
      const o = x.terms[p] * r;
      for (let c = 0; c < r; c++) out[o + c] += w * m[mo + c];
    }
  }
  return out;
}

/** Xᵀ · Y, where Y is `rows × r` row-major; result `cols × r`. */
function transposeTimes(x: SparseColumns, y: Float64Array, r: number): Float64Array {
  const out = new Float64Array(x.cols * r);
  for (let j = 0; j < x.cols; j++) {
    const o = j * r;
    for (let p = x.ptr[j]; p < x.ptr[j + 1]; p++) {
      const w = x.weights[p];
      const yo = x.terms[p] * r;
      for (let c = 0; c < r; c++) out[o + c] += w * y[yo + c];
    }
  }
  return out;
}

/** Aᵀ A of a row-major `n × r` matrix. */
function gram(a: Float64Array, n: number, r: number): Float64Array {
  const g = new Float64Array(r * r);
  for (let i = 0; i < n; i++) {
    const o = i * r;
    for (let c = 0; c < r; c++) {
      const v = a[o + c];
      if (v === 0) continue;
      const go = c * r;
      for (let d = c; d < r; d++) g[go + d] += v * a[o + d];
    }
  }
  for (let c = 0; c < r; c++) for (let d = 0; d < c; d++) g[c * r + d] = g[d * r + c];
  return g;
}

/** Orthonormal columns spanning those of `a` (row-major `n × r`), by modified Gram–Schmidt in place. */
function orthonormalize(a: Float64Array, n: number, r: number): void {
  for (let c = 0; c < r; c++) {
    for (let d = 0; d < c; d++) {
      let dot = 0;
      for (let i = 0; i < n; i++) dot += a[i * r + c] * a[i * r + d];
      for (let i = 0; i < n; i++) a[i * r + c] -= dot * a[i * r + d];
    }
    let norm = 0;
    for (let i = 0; i < n; i++) norm += a[i * r + c] ** 2;
    norm = Math.sqrt(norm);
    // A column the others already span (tiny corpora) is left at zero: it carries no direction.
    const inv = norm > 1e-10 ? 1 / norm : 0;
    for (let i = 0; i < n; i++) a[i * r + c] *= inv;
  }
}

/** Eigen-decomposition of a symmetric `r × r` matrix by cyclic Jacobi: values and column eigenvectors. */
export function symmetricEigen(m: Float64Array, r: number): { values: Float64Array; vectors: Float64Array } {
  const a = Float64Array.from(m);
  const v = new Float64Array(r * r);
  for (let i = 0; i < r; i++) v[i * r + i] = 1;
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    for (let p = 0; p < r; p++) for (let q = p + 1; q < r; q++) off += a[p * r + q] ** 2;
    if (off < 1e-22) break;
    for (let p = 0; p < r; p++) {
      for (let q = p + 1; q < r; q++) {
        const apq = a[p * r + q];
        if (Math.abs(apq) < 1e-300) continue;
        const theta = (a[q * r + q] - a[p * r + p]) / (2 * apq);
        const t = Math.sign(theta || 1) / (Math.abs(theta) + Math.sqrt(theta * theta + 1));
        const c = 1 / Math.sqrt(t * t + 1);
        const s = t * c;
        for (let k = 0; k < r; k++) {
          const akp = a[k * r + p];
          const akq = a[k * r + q];
          a[k * r + p] = c * akp - s * akq;
          a[k * r + q] = s * akp + c * akq;
        }
        for (let k = 0; k < r; k++) {
          const apk = a[p * r + k];
          const aqk = a[q * r + k];
          a[p * r + k] = c * apk - s * aqk;
          a[q * r + k] = s * apk + c * aqk;
        }
        for (let k = 0; k < r; k++) {
          const vkp = v[k * r + p];
          const vkq = v[k * r + q];
          v[k * r + p] = c * vkp - s * vkq;
          v[k * r + q] = s * vkp + c * vkq;
        }
      }
    }
  }
  const values = new Float64Array(r);
  for (let i = 0; i < r; i++) values[i] = a[i * r + i];
  return { values, vectors: v };
}

/**
 * The top-k left singular vectors and values of X.
 * @example const { u, sigma } = truncatedSvd(termsByDocs, 128, { seed: 7 })
 */
export function truncatedSvd(
  x: SparseColumns,
  k: number,
  options: { oversample?: number; powerIterations?: number; seed?: number } = {},
): TruncatedSvd {
  const r = Math.min(k + (options.oversample ?? 10), x.rows, x.cols);
  const normal = gaussian(options.seed ?? 1);
  const omega = new Float64Array(x.cols * r);
  for (let i = 0; i < omega.length; i++) omega[i] = normal();
  let y = times(x, omega, r);
  orthonormalize(y, x.rows, r);
  for (let it = 0; it < (options.powerIterations ?? 2); it++) {
    const z = transposeTimes(x, y, r);
    orthonormalize(z, x.cols, r);
    y = times(x, z, r);
    orthonormalize(y, x.rows, r);
  }
  // B = Qᵀ X; B Bᵀ = (Xᵀ Q)ᵀ (Xᵀ Q), r × r, whose eigenvectors rotate Q onto the singular vectors.
  const { values, vectors } = symmetricEigen(gram(transposeTimes(x, y, r), x.cols, r), r);
  const order = [...values.keys()].sort((i, j) => values[j] - values[i]).slice(0, Math.min(k, r));
  const kk = order.length;
  const u = new Float32Array(x.rows * kk);
  for (let i = 0; i < x.rows; i++) {
    for (let c = 0; c < kk; c++) {
      const e = order[c];
      let s = 0;
      for (let d = 0; d < r; d++) s += y[i * r + d] * vectors[d * r + e];
      u[i * kk + c] = s;
    }
  }
  return { u, sigma: Float64Array.from(order.map((e) => Math.sqrt(Math.max(values[e], 0)))), k: kk };
}
