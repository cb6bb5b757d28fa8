/**
 * @module evals/stress/store-checks
 * What "consistent" means after a crash: the store's own integrity checks pass, and every document is
 * whole or absent — as many clauses, citations, responsibilities, targets and lexical rows as parsing
 * the same file yields. Vectors are written after each batch (`refreshVectors`), outside the
 * document's transaction, so after a crash some clauses may lack one: counted, not a problem, as long
 * as every stored vector has the recorded dimension; the next run fills them in.
 */
import { basename } from 'node:path';
import { checkIntegrity, type Db, readSegments } from '../../core/store/index.ts';
import { documentIdFor } from '../../ingest/ingest-files.ts';
import { loadFile } from '../../ingest/load/index.ts';
import { parseDocument } from '../../ingest/parse-document.ts';
import { decodeSegment } from '../../search/lexical-index/segment.ts';

/** What a whole document has in the store, from parsing its file. */
export interface ExpectedDocument {
  file: string;
  clauses: number;
  citations: number;
  responsibilities: number;
  targets: number;
}

/** Parses each file as ingestion does; keyed by document id. */
export async function expectedDocuments(files: readonly string[]): Promise<Map<string, ExpectedDocument>> {
  const out = new Map<string, ExpectedDocument>();
  for (const file of files) {
    const loaded = await loadFile(file);
    const id = documentIdFor(loaded.sourceName);
    const parsed = parseDocument(loaded.text, { documentId: id, sourceName: basename(file) });
    out.set(id, {
      file,
      clauses: parsed.clauses.length,
      citations: parsed.references.length,
      responsibilities: parsed.responsibilities.length,
      targets: parsed.targets.length,
    });
  }
  return out;
}

export interface StoreReport {
  /** Broken invariants and partial documents; empty when consistent. */
  problems: string[];
  /** Ids of the expected documents that are stored (whole). */
  present: string[];
  /** Stored clauses without a vector (normal right after a crash; zero after a completed run). */
  clausesWithoutVectors: number;
}

const countBy = async (db: Db, sql: string): Promise<Map<string, number>> =>
  new Map((await db.query<{ id: string; n: number }>(sql)).map((r) => [r.id, r.n]));

/** Checks a store against the documents it may hold. */
export async function inspectStore(db: Db, expected: ReadonlyMap<string, ExpectedDocument>): Promise<StoreReport> {
  const problems = (await checkIntegrity(db)).map((p) => `${p.code} ×${p.count} (${p.sample.join(', ')})`);
  const docs = (await db.query<{ id: string }>('select id from documents order by id')).map((r) => r.id);
  const clauses = await countBy(db, 'select document_id as id, count(*)::int as n from clauses group by 1');
  const citations = await countBy(db, 'select document_id as id, count(*)::int as n from citations group by 1');
  const responsibilities = await countBy(
    db,
    'select document_id as id, count(*)::int as n from responsibilities group by 1',
  );
  const targets = await countBy(db, 'select document_id as id, count(*)::int as n from targets group by 1');
  const segments = new Map(
    (await readSegments(db, docs)).map((s) => [s.documentId, s.segment ? decodeSegment(s.segment).clauses.length : 0]),
  );
  const vectors = await countBy(
    db,
    'select c.document_id as id, count(*)::int as n from embeddings e join clauses c on c.id = e.clause_id group by 1',
  );
  const orphans = await db.query<{ id: string }>(
    'select distinct document_id as id from clauses where document_id not in (select id from documents)',
  );
  for (const o of orphans) problems.push(`clauses of absent document ${o.id}`);

  const [dimRow] = await db.query<{ value: string | null }>("select value from store_meta where key = 'embedding_dim'");
  const dims = await db.query<{ dim: number }>('select distinct dim from embeddings');
  if (dims.length > 0 && dims.some((d) => String(d.dim) !== dimRow?.value)) {
    problems.push(`vector dimensions ${dims.map((d) => d.dim).join(', ')} differ from the recorded ${dimRow?.value}`);
  }

  let clausesWithoutVectors = 0;
  for (const id of docs) {
    const want = expected.get(id);
    if (!want) {
      problems.push(`unexpected document ${id}`);
      continue;
    }
    const got = {
      clauses: clauses.get(id) ?? 0,
      citations: citations.get(id) ?? 0,
      responsibilities: responsibilities.get(id) ?? 0,
      targets: targets.get(id) ?? 0,
    };
    for (const k of ['clauses', 'citations', 'responsibilities', 'targets'] as const) {
      if (got[k] !== want[k]) problems.push(`partial document ${id}: ${got[k]} of ${want[k]} ${k}`);
    }
    const lexical = segments.get(id) ?? 0;
    if (lexical !== want.clauses)
      problems.push(`partial lexical segment of ${id}: ${lexical} of ${want.clauses} clauses`);
    clausesWithoutVectors += got.clauses - (vectors.get(id) ?? 0);
  }
  return { problems, present: docs.filter((d) => expected.has(d)), clausesWithoutVectors };
}
