/**
 * @module evals/baselines/bm25-paragraphs
 * Baseline 2: plain BM25 (k1 1.2, b 0.75) over whole paragraphs (raw text split on blank lines),
 * tokens = lowercase whitespace-separated words with edge punctuation trimmed. No Vietnamese
 * processing: no folding, no tone repair, no glossary. In memory.
 */
import { nfc } from '../text-forms.ts';

export interface Bm25Params {
  k1: number;
  b: number;
}

/**
 * Lowercase words split on whitespace, punctuation trimmed from their ends.
 * @example plainTokens('Cần Thơ, ngày 09') // ['cần', 'thơ', 'ngày', '09']
 */
export function plainTokens(text: string): string[] {
  const out: string[] = [];
  for (const raw of text.toLowerCase().split(/\s+/)) {
    const t = raw.replace(/^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu, '');
    if (t) out.push(t);
  }
  return out;
}

/** Paragraphs of a text: runs of lines between blank lines, trimmed, empty ones dropped. */
export function paragraphsOf(text: string): string[] {
  return nfc(text)
    .split(/\r?\n[ \t]*\r?\n/)
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

export class Bm25Paragraphs {
  private readonly postings = new Map<string, Array<[number, number]>>();
  private readonly lengths: number[] = [];
  readonly passages: Array<{ source: string; text: string }> = [];
  private totalLength = 0;

  constructor(private readonly params: Bm25Params = { k1: 1.2, b: 0.75 }) {}

  /** Adds a document's paragraphs. */
  add(source: string, text: string): void {
    for (const p of paragraphsOf(text)) {
      const id = this.passages.length;
      this.passages.push({ source, text: p });
      const tokens = plainTokens(p);
      this.lengths.push(tokens.length);
      this.totalLength += tokens.length;
      const tf = new Map<string, number>();
      for (const t of tokens) tf.set(t, (tf.get(t) ?? 0) + 1);
      for (const [t, n] of tf) {
        const list = this.postings.get(t) ?? [];
        list.push([id, n]);
        this.postings.set(t, list);
      }
    }
  }

  get size(): number {
    return this.passages.length;
  }

  /** Top-k passages for the query, best first (ties by insertion order). */
  search(query: string, k: number): Array<{ id: number; score: number; text: string }> {
    const n = this.passages.length;
    if (n === 0) return [];
    const avg = this.totalLength / n;
    const { k1, b } = this.params;
    const scores = new Map<number, number>();
    for (const term of new Set(plainTokens(nfc(query)))) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = Math.log(1 + (n - list.length + 0.5) / (list.length + 0.5));
      for (const [id, tf] of list) {
        const norm = tf + k1 * (1 - b + (b * this.lengths[id]) / avg);
        scores.set(id, (scores.get(id) ?? 0) + (idf * tf * (k1 + 1)) / norm);
      }
    }
    return [...scores]
      .sort((x, y) => y[1] - x[1] || x[0] - y[0])
      .slice(0, k)
      .map(([id, score]) => ({ id, score, text: this.passages[id].text }));
  }
}
