/** @module core/store/integrity — finds rows that break the store's invariants; an empty list means healthy. */

import type { Db } from './db.ts';

/** One kind of broken row, with how many there are and a few ids to look at. */
export interface IntegrityProblem {
  code:
    | 'clause_without_document'
    | 'clause_parent_missing'
    | 'citation_without_clause'
    | 'citation_target_missing'
    | 'fact_without_clause'
    | 'embedding_without_config'
    | 'embedding_dim_mismatch'
    | 'embedding_embedder_mismatch';
  count: number;
  /** Up to five offending ids. */
  sample: string[];
  message: string;
}

interface Check {
  code: IntegrityProblem['code'];
  message: string;
  /** Selects the offending ids as `id`. */
  sql: string;
}

const META_DIM = "(select value::int from store_meta where key = 'embedding_dim')";
const META_EMBEDDER = "(select value from store_meta where key = 'embedder')";

const CHECKS: readonly Check[] = [
  {
    code: 'clause_without_document',
    message: 'clauses whose document is missing — re-ingest or delete them',
    sql: 'select c.id from clauses c left join documents d on d.id = c.document_id where d.id is null',
  },
  {
    code: 'clause_parent_missing',
    message: 'clauses whose parent is missing or in another document — re-ingest their documents',
    sql: `select c.id from clauses c left join clauses p on p.id = c.parent_id
           where c.parent_id is not null and (p.id is null or p.document_id <> c.document_id)`,
  },
  {
    code: 'citation_without_clause',
    message: 'citations whose clause is missing — re-ingest their documents',
    sql: `select ci.id::text as id from citations ci left join clauses c on c.id = ci.clause_id where c.id is null`,
  },
  {
    code: 'citation_target_missing',
    message: 'citations whose target lineage node is missing — re-ingest their documents',
    sql: `select ci.id::text as id from citations ci left join doc_nodes n on n.key = ci.target_key where n.key is null`,
  },
  {
    code: 'fact_without_clause',
    message: 'responsibilities or targets whose clause is missing — re-ingest their documents',
    sql: `select 'responsibility:' || r.id as id from responsibilities r left join clauses c on c.id = r.clause_id where c.id is null
          union all
          select 'target:' || t.id as id from targets t left join clauses c on c.id = t.clause_id where c.id is null`,
  },
  {
    code: 'embedding_without_config',
    message: 'vectors stored but no embedding dimension recorded — run ensureEmbeddingColumn and re-embed',
    sql: `select e.clause_id as id from embeddings e where ${META_DIM} is null`,
  },
  {
    code: 'embedding_dim_mismatch',
    message: 'vectors whose dimension differs from the recorded one — re-embed them',
    sql: `select e.clause_id as id from embeddings e
           where e.dim <> ${META_DIM} or vector_dims(e.vec) <> e.dim`,
  },
  {
    code: 'embedding_embedder_mismatch',
    message: 'vectors from another embedder than the recorded one — re-embed them',
    sql: `select e.clause_id as id from embeddings e where e.embedder <> ${META_EMBEDDER}`,
  },
];

/**
 * Runs every invariant check; returns the problems found, empty when the store is healthy.
 * @example if ((await checkIntegrity(db)).length > 0) console.warn('store needs repair')
 */
export async function checkIntegrity(db: Db): Promise<IntegrityProblem[]> {
  const problems: IntegrityProblem[] = [];
  for (const check of CHECKS) {
    const [row] = await db.query<{ n: number; sample: string[] | null }>(
      `select count(*)::int as n, (array_agg(id order by id))[1:5] as sample from (${check.sql}) bad`,
    );
    if (row.n > 0) problems.push({ code: check.code, count: row.n, sample: row.sample ?? [], message: check.message });
  }
  return problems;
}
