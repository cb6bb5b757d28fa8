/** @module core/store — the Postgres/PGlite store: handle, migrations, repositories, integrity. */

export * from './citations-repo.ts';
export * from './clauses-repo.ts';
export * from './db.ts';
export * from './doc-nodes-repo.ts';
export * from './document-files-repo.ts';
export * from './documents-repo.ts';
export * from './embeddings-repo.ts';
export * from './errors.ts';
export * from './insert-rows.ts';
export * from './integrity.ts';
export * from './lexical-repo.ts';
export * from './migrate.ts';
export * from './responsibilities-repo.ts';
export * from './revision-cache.ts';
export * from './sources-repo.ts';
export * from './statistics.ts';
export * from './store-meta.ts';
export type * from './tables.ts';
export * from './targets-repo.ts';
export * from './validity-repo.ts';
