/** @module search/ensure-embeddings — brings stored clause vectors in line with an embedder: fit, retype the column, (re-)embed what is missing. */

import type { Db } from '../core/store/db.ts';
import { ensureEmbeddingColumn, saveEmbeddings, withVectorIndexRebuilt } from '../core/store/embeddings-repo.ts';
import { getMeta, setMeta } from '../core/store/store-meta.ts';
import { STATE_KEYS, loadEmbedderState, saveEmbedderState, vectorFingerprint } from './embedder-state.ts';
import { type VankienEmbeddings, isFittable } from './embedders/types.ts';

export interface EnsureEmbeddingsOptions {
  /** Called after each batch. */
  onProgress?: (progress: { done: number; total: number }) => void;
  /** Texts per `embedDocuments` call (default 64). */
  batchSize?: number;
  /**
   * Refitting a fitted embedder (IDF) changes every vector. `auto` (default) fits when no state is
   * stored or the clause count moved by more than 20% since the last fit; `always`; `never`.
   */
  refit?: 'auto' | 'always' | 'never';
  /**
   * Embed each clause with the start of its parent's text (default false: with the hashed embedder it
   * cost 2 points of MRR on evals/gold; worth trying with a neural model).
   */
  parentContext?: boolean;
}

export interface EnsureEmbeddingsReport {
  embedder: string;
  dim: number;
  /** True when the embedder was (re)fitted on the stored clauses. */
  fitted: boolean;
  /** Vectors dropped because the embedder, its dimension or its fitted state changed. */
  cleared: number;
  /** Vectors computed now. */
  embedded: number;
  /** Clauses in the store. */
  total: number;
}

/** How far the clause count may drift from the fitted one before `auto` refits. */
export const REFIT_DRIFT = 0.2;
/** Fewer missing vectors than this go into the live index; more trigger a bulk rebuild when it pays. */
const BULK_MIN = 1000;
const PARENT_CONTEXT_CHARS = 200;
/** A clause `c` that has a vector. */
const HAS_VECTOR = 'select 1 from embeddings e where e.clause_id = c.id';

/**
 * The text embedded for a clause: its own text, then the start of its parent's (a sub-item is read with its lead-in).
 * @example passageText('Khai thác cát trên sông Hậu', '3. UBND thành phố chủ trì:') // 'Khai thác cát trên sông Hậu\n3. UBND thành phố chủ trì:'
 */
export function passageText(text: string, parentText: string | null): string {
  if (!parentText) return text;
  const context =
    parentText.length > PARENT_CONTEXT_CHARS ? `${parentText.slice(0, PARENT_CONTEXT_CHARS)}…` : parentText;
  return `${text}\n${context}`;
}

/**
 * Makes the store's vectors match `embedder`: fits it when needed (persisting its state), types the
 * column to its dimension (HNSW cosine index), clears vectors of another embedder or state, and
 * embeds every clause without a vector, in batches.
 * @example await ensureEmbeddings(db, createEmbedder({ provider: 'hashed-ngram' }), { onProgress: console.log })
 */
export async function ensureEmbeddings(
  db: Db,
  embedder: VankienEmbeddings,
  options: EnsureEmbeddingsOptions = {},
): Promise<EnsureEmbeddingsReport> {
  const [{ total }] = await db.query<{ total: number }>('select count(*)::int as total from clauses');
  let fitted = false;
  if (isFittable(embedder)) {
    await loadEmbedderState(db, embedder);
    const policy = options.refit ?? 'auto';
    const drift = Math.abs(total - embedder.fittedOn) / Math.max(embedder.fittedOn, 1);
    if (total > 0 && (policy === 'always' || (policy === 'auto' && (embedder.fittedOn === 0 || drift > REFIT_DRIFT)))) {
      const rows = await db.query<{ text: string }>('select text from clauses order by id');
      embedder.fit(rows.map((r) => r.text));
      await saveEmbedderState(db, embedder);
      fitted = true;
    }
  }
  const dim = embedder.dimensions ?? (await embedder.embedQuery('kích thước vector')).length;
  const column = await ensureEmbeddingColumn(db, dim, embedder.id);
  let cleared = column.cleared;
  const fingerprint = vectorFingerprint(embedder);
  if ((await getMeta(db, STATE_KEYS.vectors)) !== fingerprint) {
    const [{ n }] = await db.query<{ n: number }>(
      'with gone as (delete from embeddings returning 1) select count(*)::int as n from gone',
    );
    cleared += n;
    await setMeta(db, STATE_KEYS.vectors, fingerprint);
  }

  const [{ missing }] = await db.query<{ missing: number }>(
    `select count(*)::int as missing from clauses c where not exists (${HAS_VECTOR})`,
  );
  // Large batches: one multi-row insert each (see `insertRows`); a batch's vectors are small next to the store's.
  const size = options.batchSize ?? 512;
  const context = options.parentContext ?? false;
  let embedded = 0;
  // A batch read at a time (the clauses after the last one read, by id), not every missing clause at once: at
  // 100k clauses their texts and their parents' stood in the heap together, and the engine's WASM memory,
  // which never shrinks, grew to hold that one result.
  const embedMissing = async () => {
    let after = '';
    for (;;) {
      const batch = await db.query<{ id: string; text: string; parent_text: string | null }>(
        `select c.id, c.text, ${context ? 'p.text' : 'null'} as parent_text
           from clauses c left join clauses p on p.id = c.parent_id
          where c.id > $1 and not exists (${HAS_VECTOR})
          order by c.id
          limit $2`,
        [after, size],
      );
      if (batch.length === 0) return;
      after = batch[batch.length - 1].id;
      const vectors = await embedder.embedDocuments(batch.map((c) => passageText(c.text, c.parent_text)));
      embedded += await saveEmbeddings(db, embedder.id, new Map(batch.map((c, i) => [c.id, vectors[i]])));
      options.onProgress?.({ done: embedded, total: missing });
    }
  };
  // Rebuilding costs (stored + missing) insertions at bulk speed, about a fifth of a live insertion each.
  const stored = total - missing;
  if (missing >= BULK_MIN && stored < 4 * missing) await withVectorIndexRebuilt(db, embedMissing);
  else await embedMissing();
  return { embedder: embedder.id, dim, fitted, cleared, embedded, total };
}
