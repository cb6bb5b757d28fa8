/** @module search/lexical-index/sync.test — the in-memory index follows the store: saves, deletes, writes by another handle, segments missing or outdated. */

import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import {
  deleteDocument,
  migrateToLatest,
  openPglite,
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
import { lexicalIndex, SNAPSHOT_FILE } from './sync.ts';

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

describe('lexicalIndex over a store in a folder', () => {
  let dir: string;
  const open = async () => {
    const db = await openPglite(dir);
    await migrateToLatest(db);
    return db;
  };
  const save = (db: Db, doc: ParsedDocument) =>
    saveDocument(db, doc, { normTexts: normTexts(doc), lexicon: buildSegment(doc.clauses) });

  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'vankien-lexical-snapshot-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('opens from the snapshot it wrote and re-reads only the documents saved or deleted after it', async () => {
    const [first, second, third] = SEARCH_DOCS;
    const writer = await open();
    await save(writer, first);
    await save(writer, third);
    const expected = (await hitIds(writer, 'khai thác cát')).filter((id) => id.startsWith(`${first.id}~`));
    expect(existsSync(join(dir, SNAPSHOT_FILE))).toBe(true);
    // A segment describing other clauses at an unchanged revision: only an index read from the snapshot ignores it.
    const other = buildSegment([{ id: `${first.id}~other`, parentId: null, text: 'Bảo vệ rừng.' }]);
    await writer.query('update lexical_segments set payload = $2 where document_id = $1', [first.id, other.payload]);
    await deleteDocument(writer, third.id);
    await save(writer, second);
    await writer.close();

    // What a process killed while writing a snapshot leaves behind; the next open clears it.
    const leftover = join(dir, `${SNAPSHOT_FILE}.999999.tmp`);
    writeFileSync(leftover, 'half written');

    const reader = await open();
    const index = await lexicalIndex(reader);
    expect(existsSync(leftover)).toBe(false);
    expect([...index.revisions().keys()].sort()).toEqual([first.id, second.id].sort());
    expect(index.size).toBe(first.clauses.length + second.clauses.length);
    const hits = await hitIds(reader, 'khai thác cát');
    expect(hits.filter((id) => id.startsWith(`${first.id}~`))).toEqual(expected);
    expect(hits.some((id) => id.startsWith(`${third.id}~`))).toBe(false);
    await reader.close();
  }, 120_000);
});
