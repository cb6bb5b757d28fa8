/**
 * @module evals/baselines/pglite-vector-store
 * A minimal LangChain `VectorStore` over a `Db` table (pgvector, cosine distance): what the generic
 * "split → embed → pgvector → top-k" template does, in the same PGlite as vankien, in its own table.
 */
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import { VectorStore } from '@langchain/core/vectorstores';
import { type Db, toVectorLiteral } from '../../core/store/db.ts';

export interface PgliteVectorStoreOptions {
  db: Db;
  /** Table name (letters, digits, `_`); created by `ensureTable`. */
  table: string;
  /** `hnsw` adds pgvector's HNSW cosine index, as vankien's clause vectors have; `none` scans exactly. */
  index?: 'hnsw' | 'none';
}

export class PgliteVectorStore extends VectorStore {
  private readonly db: Db;
  private readonly table: string;
  private readonly index: 'hnsw' | 'none';
  private dim: number | null = null;

  constructor(embeddings: EmbeddingsInterface, options: PgliteVectorStoreOptions) {
    super(embeddings, {});
    if (!/^[a-z_][a-z0-9_]*$/.test(options.table)) throw new Error(`bad table name ${options.table}`);
    this.db = options.db;
    this.table = options.table;
    this.index = options.index ?? 'hnsw';
  }

  _vectorstoreType(): string {
    return 'pglite-pgvector';
  }

  /** Drops and creates the table for `dim`-wide vectors (the index is built after loading, in `buildIndex`). */
  async ensureTable(dim: number): Promise<void> {
    this.dim = dim;
    await this.db.exec(`
      DROP TABLE IF EXISTS ${this.table};
      CREATE TABLE ${this.table} (id serial PRIMARY KEY, source text NOT NULL, content text NOT NULL, vec vector(${dim}) NOT NULL);
    `);
  }

  /** Builds the HNSW index (no-op for `none`); returns the milliseconds it took. */
  async buildIndex(): Promise<number> {
    const started = performance.now();
    if (this.index === 'hnsw') {
      await this.db.exec(`CREATE INDEX ${this.table}_hnsw ON ${this.table} USING hnsw (vec vector_cosine_ops)`);
    }
    return performance.now() - started;
  }

  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<void> {
    if (vectors.length === 0) return;
    if (this.dim === null) await this.ensureTable(vectors[0].length);
    const batch = 200;
    for (let from = 0; from < vectors.length; from += batch) {
      const params: unknown[] = [];
      const rows: string[] = [];
      for (let i = from; i < Math.min(from + batch, vectors.length); i++) {
        const n = params.length;
        params.push(String(documents[i].metadata.source ?? ''), documents[i].pageContent, toVectorLiteral(vectors[i]));
        rows.push(`($${n + 1}, $${n + 2}, $${n + 3}::vector)`);
      }
      await this.db.query(`INSERT INTO ${this.table} (source, content, vec) VALUES ${rows.join(', ')}`, params);
    }
  }

  async addDocuments(documents: DocumentInterface[]): Promise<void> {
    const vectors = await this.embeddings.embedDocuments(documents.map((d) => d.pageContent));
    await this.addVectors(vectors, documents);
  }

  async similaritySearchVectorWithScore(query: number[], k: number): Promise<[DocumentInterface, number][]> {
    const sql = `SELECT source, content, (vec <=> $1::vector)::float8 AS distance FROM ${this.table} ORDER BY vec <=> $1::vector LIMIT $2`;
    const run = (db: Db) =>
      db.query<{ source: string; content: string; distance: number }>(sql, [toVectorLiteral(query), k]);
    const rows =
      this.index === 'hnsw'
        ? await this.db.transaction(async (tx) => {
            await tx.query(`select set_config('hnsw.ef_search', $1, true)`, [String(Math.max(40, k))]);
            return run(tx);
          })
        : await run(this.db);
    return rows.map((r) => [new Document({ pageContent: r.content, metadata: { source: r.source } }), r.distance]);
  }

  /** Rows in the table. */
  async count(): Promise<number> {
    const [row] = await this.db.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${this.table}`);
    return row.n;
  }
}
