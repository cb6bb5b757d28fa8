/** @module core/store/documents-repo.test — saving and reading documents, lineage nodes and integrity, on every engine. */

import { describe, expect, it } from 'vitest';
import type { ParsedDocument } from '../types.ts';
import { clauseReferences, incomingReferences } from './citations-repo.ts';
import {
  clauseAncestors,
  clauseChildren,
  clauseCountsByDocument,
  clauseFacts,
  getClause,
  listClauses,
} from './clauses-repo.ts';
import type { Db } from './db.ts';
import { getDocNode } from './doc-nodes-repo.ts';
import {
  countAll,
  deleteDocument,
  findDocumentByHash,
  getDocument,
  getParsedDocument,
  listDocuments,
  saveDocument,
} from './documents-repo.ts';
import { backfillSegment, documentRevisions, readSegments } from './lexical-repo.ts';
import { storeRevision } from './revision-cache.ts';
import { StoreError } from './errors.ts';
import { checkIntegrity } from './integrity.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

/** A parsed document as read back: each reference's target also says which stored document it resolved to (none here). */
function asStored(doc: ParsedDocument): ParsedDocument {
  return { ...doc, references: doc.references.map((r) => ({ ...r, target: { ...r.target, documentId: null } })) };
}

/** Rows per child table for one document. */
async function rowCounts(db: Db, documentId: string) {
  const [row] = await db.query<Record<string, number>>(
    `select
       (select count(*) from clauses where document_id = $1)::int as clauses,
       (select count(*) from citations where document_id = $1)::int as citations,
       (select count(*) from responsibilities where document_id = $1)::int as responsibilities,
       (select count(*) from targets where document_id = $1)::int as targets,
       (select count(*) from lexical_segments where document_id = $1)::int as segments`,
    [documentId],
  );
  return row;
}

describe.each(engines)('documents on $name', (engine) => {
  const db = useEngine(engine);

  it('keeps what a draft header says: the draft flag, the body above the issuer, a date with a blank day', async () => {
    const doc = makeDocument({ id: 'draft', date: null });
    doc.metadata = { ...doc.metadata, draft: true, parentIssuer: 'UBND tỉnh Lào Cai', partialDate: '2026-04' };
    await saveDocument(db(), doc, extrasOf(doc));
    expect((await getDocument(db(), 'draft'))?.metadata).toMatchObject({
      date: null,
      draft: true,
      parentIssuer: 'UBND tỉnh Lào Cai',
      partialDate: '2026-04',
    });
  });

  it('saves a document and reads it back unchanged', async () => {
    const doc = makeDocument({ id: 'roundtrip' });
    const result = await saveDocument(db(), doc, extrasOf(doc));
    expect(result).toEqual({
      documentId: 'roundtrip',
      replaced: false,
      clauses: 3,
      references: 1,
      responsibilities: 1,
      targets: 1,
      lexicon: false,
      embeddings: 0,
    });
    expect(await getParsedDocument(db(), 'roundtrip')).toEqual(asStored(doc));

    const stored = await getDocument(db(), 'roundtrip');
    expect(stored?.metadata.issuer).toBe('Thành ủy Cần Thơ');
    expect(Number.isNaN(Date.parse(stored?.ingestedAt ?? ''))).toBe(false);

    const item = await getClause(db(), 'roundtrip~I-1');
    expect(item).toMatchObject({
      parentId: 'roundtrip~I',
      path: ['I', '1'],
      normText: doc.clauses[2].text.toLowerCase(),
    });
    expect(doc.cleanText.slice(item?.span.start, item?.span.end)).toBe(item?.text);
    expect((await listClauses(db(), 'roundtrip')).map((c) => c.anchor)).toEqual(['preamble', 'I', 'I-1']);
    expect(await getClause(db(), 'roundtrip~nowhere')).toBeNull();
    expect(await getParsedDocument(db(), 'nowhere')).toBeNull();
  });

  it('walks the clause tree and reads the facts and references of one clause', async () => {
    const doc = makeDocument({ id: 'tree' });
    await saveDocument(db(), doc, extrasOf(doc));
    const [preamble, section, item] = doc.clauses;
    expect(await clauseAncestors(db(), item)).toEqual([section]);
    expect(await clauseAncestors(db(), section)).toEqual([]);
    expect(await clauseChildren(db(), section.id)).toEqual([item]);
    expect(await clauseChildren(db(), item.id)).toEqual([]);
    expect(await clauseFacts(db(), item.id)).toEqual({ responsibilities: doc.responsibilities, targets: doc.targets });
    expect(await clauseFacts(db(), preamble.id)).toEqual({ responsibilities: [], targets: [] });
    expect(await clauseReferences(db(), preamble.id)).toEqual(asStored(doc).references);
    expect(await clauseReferences(db(), item.id)).toEqual([]);
    expect((await clauseCountsByDocument(db())).get('tree')).toBe(3);
  });

  it('finds a document by content hash', async () => {
    const doc = makeDocument({ id: 'hashed', contentHash: 'sha256-abc' });
    await saveDocument(db(), doc, extrasOf(doc));
    expect((await findDocumentByHash(db(), 'sha256-abc'))?.id).toBe('hashed');
    expect(await findDocumentByHash(db(), 'sha256-none')).toBeNull();
  });

  it('stores the lexical segment with the document, and a new revision with each save', async () => {
    const doc = makeDocument({ id: 'segmented' });
    const first = await saveDocument(db(), doc, extrasOf(doc, { lexicon: { version: 'test-v1', payload: '{"a":1}' } }));
    expect(first.lexicon).toBe(true);
    const [stored] = await readSegments(db(), ['segmented', 'absent']);
    expect(stored).toEqual({
      documentId: 'segmented',
      revision: expect.any(Number),
      segment: { version: 'test-v1', payload: '{"a":1}' },
    });
    const before = await storeRevision(db());
    await saveDocument(db(), doc, extrasOf(doc, { lexicon: { version: 'test-v2', payload: '{}' } }));
    const [again] = await readSegments(db(), ['segmented']);
    expect(again.revision).toBeGreaterThan(stored.revision);
    expect(again.segment?.version).toBe('test-v2');
    expect(await storeRevision(db())).toBeGreaterThan(before);
    expect((await documentRevisions(db())).get('segmented')).toBe(again.revision);

    // A segment built after the fact is stored only while the document is still at that revision.
    await backfillSegment(db(), 'segmented', stored.revision, { version: 'stale', payload: '{}' });
    expect((await readSegments(db(), ['segmented']))[0].segment?.version).toBe('test-v2');
    await backfillSegment(db(), 'segmented', again.revision, { version: 'fresh', payload: '{}' });
    expect((await readSegments(db(), ['segmented']))[0].segment?.version).toBe('fresh');
  });

  it('lists documents by type, issuer, place, year and words, ignoring case and diacritics', async () => {
    const a = makeDocument({
      id: 'list-a',
      issuer: 'Tỉnh ủy Đồng Tháp',
      place: 'Đồng Tháp',
      date: '2019-03-01',
      title: 'về chuyển đổi số',
    });
    const b = makeDocument({
      id: 'list-b',
      issuer: 'Tỉnh ủy Đồng Tháp',
      place: 'Đồng Tháp',
      date: '2021',
      title: 'về 50% giảm nghèo',
    });
    await saveDocument(db(), a, extrasOf(a));
    await saveDocument(db(), b, extrasOf(b));
    const ids = async (filters: Parameters<typeof listDocuments>[1]) =>
      (await listDocuments(db(), filters)).map((d) => d.id);
    expect(await ids({ issuer: 'dong thap' })).toEqual(['list-b', 'list-a']);
    expect(await ids({ place: 'ĐỒNG THÁP', year: 2019 })).toEqual(['list-a']);
    expect(await ids({ q: 'chuyen doi so' })).toEqual(['list-a']);
    expect(await ids({ q: '50%', issuer: 'đồng tháp' })).toEqual(['list-b']);
    expect(await ids({ q: '%' })).toEqual(['list-b']); // LIKE wildcards in input are literal
    expect(await ids({ type: 'NQ', issuer: 'Đồng Tháp', limit: 1 })).toEqual(['list-b']);
    expect(await ids({ type: 'CT', issuer: 'Đồng Tháp' })).toEqual([]);
    const [summary] = await listDocuments(db(), { issuer: 'dong thap', limit: 1 });
    expect(summary).not.toHaveProperty('cleanText');
  });

  it('replaces a document saved again, leaving counts unchanged', async () => {
    const doc = makeDocument({ id: 'resave' });
    await saveDocument(db(), doc, extrasOf(doc));
    const before = await countAll(db());
    const changed = makeDocument({ id: 'resave', title: 'về trồng rừng thay thế' });
    const result = await saveDocument(db(), changed, extrasOf(changed));
    expect(result.replaced).toBe(true);
    expect(await countAll(db())).toEqual(before);
    expect(await rowCounts(db(), 'resave')).toEqual({
      clauses: 3,
      citations: 1,
      responsibilities: 1,
      targets: 1,
      segments: 0,
    });
    expect((await getDocument(db(), 'resave'))?.metadata.title).toBe('về trồng rừng thay thế');
  });

  it('saves a document said to be new without replacing, and fails whole if one was stored meanwhile', async () => {
    const doc = makeDocument({ id: 'fresh' });
    expect((await saveDocument(db(), doc, { ...extrasOf(doc), fresh: true })).replaced).toBe(false);
    const counts = await countAll(db());
    const again = makeDocument({ id: 'fresh', title: 'bản sau' });
    const err = await saveDocument(db(), again, { ...extrasOf(again), fresh: true }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'query_failed', sqlState: '23505' });
    expect(await getParsedDocument(db(), 'fresh')).toEqual(asStored(doc));
    expect(await countAll(db())).toEqual(counts);
  });

  it.each([
    [
      'a duplicate clause id (fails early)',
      (doc: ReturnType<typeof makeDocument>) => ({
        ...doc,
        clauses: [...doc.clauses, { ...doc.clauses[2], anchor: 'I-1-dup' }],
      }),
      '23505',
    ],
    [
      'a target on a missing clause (fails late)',
      (doc: ReturnType<typeof makeDocument>) => ({
        ...doc,
        targets: [{ ...doc.targets[0], clauseId: 'atomic~nowhere' }],
      }),
      '23503',
    ],
  ])('keeps the previous version when a save fails on %s', async (_, breakIt, sqlState) => {
    const doc = makeDocument({ id: 'atomic' });
    await saveDocument(db(), doc, extrasOf(doc));
    const counts = await countAll(db());
    const broken = breakIt(makeDocument({ id: 'atomic', title: 'bản hỏng' }));
    const err = await saveDocument(db(), broken, extrasOf(broken)).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(StoreError);
    expect(err).toMatchObject({ code: 'query_failed', sqlState });
    expect(await getParsedDocument(db(), 'atomic')).toEqual(asStored(doc));
    expect(await countAll(db())).toEqual(counts);
  });

  it('rejects a document whose clauses lack a matching form, before writing anything', async () => {
    const doc = makeDocument({ id: 'no-norm' });
    const err = await saveDocument(db(), doc, { normTexts: new Map() }).catch((e: unknown) => e);
    expect(err).toMatchObject({ code: 'invalid_document' });
    expect((err as Error).message).toContain('no-norm~preamble has no norm text');
    expect(await getDocument(db(), 'no-norm')).toBeNull();
  });

  it('deletes a document with everything hanging off it, unlinking its lineage node', async () => {
    const doc = makeDocument({ id: 'doomed', symbol: '7-NQ/TU' });
    const key = {
      key: 'NQ 7-NQ/TU',
      type: 'NQ' as const,
      symbol: '7-NQ/TU',
      number: '7',
      issuer: null,
      date: null,
      subject: null,
      name: null,
    };
    await saveDocument(
      db(),
      doc,
      extrasOf(doc, {
        key,
        lexicon: { version: 'test', payload: '{}' },
      }),
    );
    expect((await getDocNode(db(), 'NQ 7-NQ/TU'))?.documentId).toBe('doomed');
    expect(await deleteDocument(db(), 'doomed')).toBe(true);
    expect(await deleteDocument(db(), 'doomed')).toBe(false);
    expect(await rowCounts(db(), 'doomed')).toEqual({
      clauses: 0,
      citations: 0,
      responsibilities: 0,
      targets: 0,
      segments: 0,
    });
    expect(await getDocNode(db(), 'NQ 7-NQ/TU')).toMatchObject({ key: 'NQ 7-NQ/TU', documentId: null });
  });

  it('merges the lineage node of a key cited by two documents, and links it to the document once stored', async () => {
    const cited = { key: 'CT 05-CT/TW', type: 'CT' as const, symbol: '05-CT/TW', number: '05' };
    const first = makeDocument({ id: 'cites-1', cited: { ...cited, issuer: 'Bộ Chính trị' } });
    const second = makeDocument({
      id: 'cites-2',
      cited: {
        ...cited,
        issuer: 'Ban Bí thư',
        date: '2016-05-15',
        subject: 'về học tập và làm theo tư tưởng Hồ Chí Minh',
      },
    });
    await saveDocument(db(), first, extrasOf(first));
    await saveDocument(db(), second, extrasOf(second));
    expect(await getDocNode(db(), 'CT 05-CT/TW')).toEqual({
      ...cited,
      issuer: 'Bộ Chính trị', // the first non-null value stays
      date: '2016-05-15', // nulls are filled
      subject: 'về học tập và làm theo tư tưởng Hồ Chí Minh',
      name: null,
      documentId: null,
    });
    expect((await getParsedDocument(db(), 'cites-1'))?.references[0].target.date).toBe('2016-05-15');

    const target = { ...makeDocument({ id: 'ct-05', symbol: '05-CT/TW' }) };
    target.metadata = { ...target.metadata, type: 'CT' };
    await saveDocument(db(), target, extrasOf(target));
    expect((await getDocNode(db(), 'CT 05-CT/TW'))?.documentId).toBe('ct-05');
    const incoming = await incomingReferences(db(), 'ct-05');
    expect(incoming.map((r) => [r.documentId, r.clauseId, r.mention, r.relation])).toEqual([
      ['cites-1', 'cites-1~preamble', 'Nghị quyết số 41-NQ/TW', 'implements'],
      ['cites-2', 'cites-2~preamble', 'Nghị quyết số 41-NQ/TW', 'implements'],
    ]);
    expect(incoming[0]).toMatchObject({
      documentSymbol: 'cites-1-NQ/TU',
      clauseLabel: 'cites-1-NQ/TU, phần mở đầu',
      basis: true,
    });
    expect(await incomingReferences(db(), 'cites-1')).toEqual([]);
  });

  it('reports no integrity problems on a healthy store, and finds a broken row', async () => {
    expect(await checkIntegrity(db())).toEqual([]);
    const doc = makeDocument({ id: 'integrity' });
    await saveDocument(db(), doc, extrasOf(doc));
    // A vector written behind ensureEmbeddingColumn's back: no dimension recorded for it.
    await db().query('insert into embeddings (clause_id, embedder, dim, vec) values ($1, $2, $3, $4)', [
      'integrity~I',
      'test',
      3,
      '[1,2,3]',
    ]);
    expect(await checkIntegrity(db())).toEqual([
      expect.objectContaining({ code: 'embedding_without_config', count: 1, sample: ['integrity~I'] }),
    ]);
    await deleteDocument(db(), 'integrity');
    expect(await checkIntegrity(db())).toEqual([]);
  });
});
