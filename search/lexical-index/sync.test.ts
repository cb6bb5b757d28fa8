/** @module search/lexical-index/sync.test — the in-memory index follows the store: saves, deletes, writes by another handle, segments missing or outdated. */

import { PGlite } from '@electric-sql/pglite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  deleteDocument,
  migrateToLatest,
  pgliteDb,
  pgliteExtensions,
  readSegments,
  saveDocument,
} from '../../core/store/index.ts';
import type { Db } from '../../core/store/index.ts';
import { matchForm } from '../../core/text/vietnamese.ts';
import type { ParsedDocument } from '../../core/types.ts';
import { bm25Search } from '../bm25.ts';
import { analyzeQuery } from '../query.ts';
import { SEARCH_DOCS } from '../test-fixtures.ts';
import { buildSegment, SEGMENT_VERSION } from './segment.ts';
import { lexicalIndex } from './sync.ts';

const normTexts = (doc: ParsedDocument) => new Map(doc.clauses.map((c) => [c.id, matchForm(c.text)]));
const hitIds = async (db: Db, query: string) =>
  (await bm25Search(db, analyzeQuery(query).terms, { limit: 50 })).map((h) => h.clauseId);

describe('lexicalIndex', () => {
  let engine: PGlite;
  // Two handles on one database stand for two processes (the server and `npm run ingest` on one Postgres).
  let server: Db;
  let ingester: Db;

  beforeAll(async () => {
    engine = await PGlite.create({ extensions: pgliteExtensions });
    server = pgliteDb(engine);
    ingester = pgliteDb(engine);
    await migrateToLatest(server);
  }, 120_000);
  afterAll(async () => {
    await engine.close();
  });

  it('sees documents saved and deleted through another handle', async () => {
    const [first, second] = SEARCH_DOCS;
    expect((await lexicalIndex(server)).size).toBe(0);
    await saveDocument(ingester, first, { normTexts: normTexts(first), lexicon: buildSegment(first.clauses) });
    expect((await lexicalIndex(server)).size).toBe(first.clauses.length);
    await saveDocument(ingester, second, { normTexts: normTexts(second), lexicon: buildSegment(second.clauses) });
    expect((await lexicalIndex(server)).size).toBe(first.clauses.length + second.clauses.length);
    const before = await hitIds(server, 'khai thác cát');
    expect(before.some((id) => id.startsWith(`${first.id}~`) || id.startsWith(`${second.id}~`))).toBe(true);

    await deleteDocument(ingester, first.id);
    expect((await lexicalIndex(server)).size).toBe(second.clauses.length);
    expect((await hitIds(server, 'khai thác cát')).filter((id) => id.startsWith(`${first.id}~`))).toEqual([]);
    await deleteDocument(ingester, second.id);
  });

  it('builds and stores the segment of a document saved without one, or with an outdated one', async () => {
    const [first, second] = SEARCH_DOCS;
    await saveDocument(ingester, first, { normTexts: normTexts(first) });
    await saveDocument(ingester, second, {
      normTexts: normTexts(second),
      lexicon: { version: 'vankien-lex-v0', payload: 'not read' },
    });
    const index = await lexicalIndex(server);
    expect(index.size).toBe(first.clauses.length + second.clauses.length);
    const stored = await readSegments(server, [first.id, second.id]);
    expect(stored.map((s) => s.segment?.version)).toEqual([SEGMENT_VERSION, SEGMENT_VERSION]);
    // Built from the stored clause texts, the segment finds what one built at ingestion finds.
    const fresh = buildSegment(first.clauses);
    expect(stored.find((s) => s.documentId === first.id)?.segment?.payload.length).toBe(fresh.payload.length);
  });

  it('answers concurrent callers from one sync', async () => {
    const indexes = await Promise.all([lexicalIndex(server), lexicalIndex(server), lexicalIndex(server)]);
    expect(new Set(indexes).size).toBe(1);
  });
});
