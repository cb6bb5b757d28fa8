/**
 * @module ingest/duplicates/fingerprint-candidates
 * The stored sources a batch compares each new file with, read from the store once per batch and
 * kept in step with the batch's own writes. Reading every fingerprint again for each file made a
 * batch quadratic: at 4,000 documents each file read 4,000 rows of 1 KB.
 */
import type { Db, DocumentSource } from '../../core/store/index.ts';
import { listFingerprints } from '../../core/store/index.ts';
import { type NearDuplicate, SAME_SYMBOL_DUPLICATE } from './same-document.ts';
import { signatureWords, wordsSimilarity } from './text-fingerprint.ts';

interface Entry {
  path: string;
  documentId: string;
  words: Uint32Array;
  /** Position in the store's order (document, then first recorded): ties go to the first, as `mostSimilar` does. */
  seq: number;
}

/**
 * Candidates for near-duplicate checks. The batch that holds one must report every source it records
 * or deletes (`record`, `forget`); writes by another process during the batch are not seen until the
 * next batch (the exact same text is still found through the content hash, which is read from the store).
 */
export class FingerprintCandidates {
  private entries: Map<string, Entry> | null = null;
  private nextSeq = 0;

  constructor(private readonly db: Db) {}

  /** The source most similar to `fingerprint` (at least `floor`) among documents other than `exceptDocument`, or null. */
  async mostSimilar(
    fingerprint: string,
    exceptDocument: string,
    floor = SAME_SYMBOL_DUPLICATE,
  ): Promise<NearDuplicate | null> {
    const words = signatureWords(fingerprint);
    if (!words) return null;
    let best: (NearDuplicate & { seq: number }) | null = null;
    for (const e of (await this.load()).values()) {
      if (e.documentId === exceptDocument) continue;
      const s = wordsSimilarity(words, e.words);
      if (s < floor || (best !== null && !isBetter(s, e, best))) continue;
      best = { documentId: e.documentId, path: e.path, similarity: s, seq: e.seq };
    }
    return best && { documentId: best.documentId, path: best.path, similarity: best.similarity };
  }

  /** A source the batch recorded (a path moving to another document counts as recorded anew). */
  record(source: DocumentSource): void {
    if (!this.entries) return; // not loaded yet: the first read will see it in the store
    const words = source.fingerprint === null ? null : signatureWords(source.fingerprint);
    const old = this.entries.get(source.path);
    this.entries.delete(source.path);
    if (!words) return;
    const seq = old && old.documentId === source.documentId ? old.seq : this.nextSeq++;
    this.entries.set(source.path, { path: source.path, documentId: source.documentId, words, seq });
  }

  /** A source the batch deleted. */
  forget(path: string): void {
    this.entries?.delete(path);
  }

  private async load(): Promise<Map<string, Entry>> {
    if (this.entries) return this.entries;
    const entries = new Map<string, Entry>();
    for (const s of await listFingerprints(this.db)) {
      const words = s.fingerprint === null ? null : signatureWords(s.fingerprint);
      if (words) entries.set(s.path, { path: s.path, documentId: s.documentId, words, seq: this.nextSeq++ });
    }
    this.entries = entries;
    return entries;
  }
}

/** Higher similarity wins; on a tie, the store's order: by document id, then first recorded. */
function isBetter(s: number, e: Entry, best: NearDuplicate & { seq: number }): boolean {
  if (s !== best.similarity) return s > best.similarity;
  if (e.documentId !== best.documentId) return e.documentId < best.documentId;
  return e.seq < best.seq;
}
