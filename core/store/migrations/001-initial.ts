/** @module core/store/migrations/001-initial — the first schema: documents, clauses, lineage nodes, facts, lexical and vector tables. */

import type { Db } from '../db.ts';

/**
 * Creates the whole initial schema. Frozen: never edit it once shipped, add a new numbered migration.
 * `embeddings.vec` is created without a dimension; `ensureEmbeddingColumn` fixes it once the embedder is known.
 */
export async function up(db: Db): Promise<void> {
  await db.exec(`
    CREATE EXTENSION IF NOT EXISTS vector;
    CREATE EXTENSION IF NOT EXISTS pg_trgm;
    CREATE EXTENSION IF NOT EXISTS unaccent;

    CREATE TABLE documents (
      id               text PRIMARY KEY,
      source_name      text NOT NULL,
      content_hash     text NOT NULL,
      raw_text         text NOT NULL,
      clean_text       text NOT NULL,
      type             text,
      symbol           text,
      symbol_inferred  boolean NOT NULL DEFAULT false,
      number           text,
      issuer           text,
      place            text,
      date             text,
      title            text,
      signer           jsonb,
      recipients       jsonb NOT NULL DEFAULT '[]'::jsonb,
      metadata_sources jsonb NOT NULL DEFAULT '{}'::jsonb,
      ingested_at      timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX documents_content_hash_idx ON documents (content_hash);
    CREATE INDEX documents_symbol_idx ON documents (symbol);
    CREATE INDEX documents_type_date_idx ON documents (type, date);

    CREATE TABLE clauses (
      id          text PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      parent_id   text REFERENCES clauses (id) ON DELETE CASCADE,
      kind        text NOT NULL,
      marker      text,
      anchor      text NOT NULL,
      path        jsonb NOT NULL DEFAULT '[]'::jsonb,
      ordinal     integer NOT NULL,
      depth       integer NOT NULL,
      label       text NOT NULL,
      heading     text,
      text        text NOT NULL,
      norm_text   text NOT NULL,
      span_start  integer NOT NULL,
      span_end    integer NOT NULL,
      UNIQUE (document_id, anchor)
    );
    CREATE INDEX clauses_document_id_idx ON clauses (document_id);
    CREATE INDEX clauses_parent_id_idx ON clauses (parent_id);

    CREATE TABLE doc_nodes (
      key         text PRIMARY KEY,
      type        text,
      symbol      text,
      number      text,
      issuer      text,
      date        text,
      subject     text,
      name        text,
      document_id text REFERENCES documents (id) ON DELETE SET NULL
    );
    CREATE INDEX doc_nodes_symbol_idx ON doc_nodes (symbol);
    CREATE INDEX doc_nodes_document_id_idx ON doc_nodes (document_id);

    CREATE TABLE citations (
      id          serial PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      clause_id   text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      target_key  text NOT NULL REFERENCES doc_nodes (key),
      mention     text NOT NULL,
      span_start  integer NOT NULL,
      span_end    integer NOT NULL,
      relation    text NOT NULL,
      basis       boolean NOT NULL DEFAULT false
    );
    CREATE INDEX citations_document_id_idx ON citations (document_id);
    CREATE INDEX citations_clause_id_idx ON citations (clause_id);
    CREATE INDEX citations_target_key_idx ON citations (target_key);

    CREATE TABLE responsibilities (
      id               serial PRIMARY KEY,
      document_id      text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      clause_id        text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      role             text NOT NULL,
      body_name        text NOT NULL,
      body_level       text,
      body_place       text,
      body_text        text NOT NULL,
      inherited        boolean NOT NULL DEFAULT false,
      source_clause_id text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      span_start       integer NOT NULL,
      span_end         integer NOT NULL
    );
    CREATE INDEX responsibilities_document_id_idx ON responsibilities (document_id);
    CREATE INDEX responsibilities_clause_id_idx ON responsibilities (clause_id);
    CREATE INDEX responsibilities_body_name_idx ON responsibilities (body_name);

    CREATE TABLE targets (
      id          serial PRIMARY KEY,
      document_id text NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
      clause_id   text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      indicator   text NOT NULL,
      value       double precision NOT NULL,
      value_text  text NOT NULL,
      unit        text,
      comparator  text,
      deadline    integer,
      period_from integer,
      period_to   integer,
      scope       text,
      place       text,
      span_start  integer NOT NULL,
      span_end    integer NOT NULL
    );
    CREATE INDEX targets_document_id_idx ON targets (document_id);
    CREATE INDEX targets_clause_id_idx ON targets (clause_id);

    CREATE TABLE clause_terms (
      clause_id text NOT NULL REFERENCES clauses (id) ON DELETE CASCADE,
      field     text NOT NULL CHECK (field IN ('exact', 'folded')),
      term      text NOT NULL,
      tf        integer NOT NULL,
      PRIMARY KEY (clause_id, field, term)
    );
    CREATE INDEX clause_terms_field_term_idx ON clause_terms (field, term);

    CREATE TABLE clause_lengths (
      clause_id  text PRIMARY KEY REFERENCES clauses (id) ON DELETE CASCADE,
      exact_len  integer NOT NULL,
      folded_len integer NOT NULL
    );

    CREATE TABLE embeddings (
      clause_id text PRIMARY KEY REFERENCES clauses (id) ON DELETE CASCADE,
      embedder  text NOT NULL,
      dim       integer NOT NULL,
      vec       vector
    );

    CREATE TABLE store_meta (
      key   text PRIMARY KEY,
      value text NOT NULL
    );
  `);
}
