/** The ingestion batch end to end on both store engines: whole documents, no-op re-ingest, replacement, bad files. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkIntegrity, countAll, getDocument, getDocumentFile, listClauses } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { clauseIndexer } from '../app/services.ts';
import { createEmbedder } from '../search/index.ts';
import { collectFiles } from './collect-files.ts';
import { ingestFiles } from './ingest-files.ts';
import { PARSER_VERSION, sourceHash } from './parser-version.ts';

const corpus = collectFiles(['corpus']);

describe.each(engines)('ingestFiles on $name', (engine) => {
  const db = useEngine(engine);
  // Vectors at ingestion (as with a dense weight above 0), so the batch's vectors are checked too.
  const options = () => ({
    db: db(),
    indexer: clauseIndexer(createEmbedder({ provider: 'hashed-ngram' }), { vectors: 'eager' }),
  });

  it('stores every seed whole, and a bad file in the batch fails alone with its reason', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-batch-'));
    const junk = join(dir, 'junk.txt');
    writeFileSync(junk, Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7]));
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const outcomes = await ingestFiles([junk, ...corpus, empty], options());

    expect(outcomes.map((o) => o.status)).toEqual(['failed', ...corpus.map(() => 'ingested'), 'failed']);
    expect(outcomes[0].error?.code).toBe('binary_file');
    expect(outcomes[0].error?.message).toContain('junk.txt');
    expect(outcomes.at(-1)?.error?.code).toBe('empty_document');
    expect((await countAll(db())).documents).toBe(corpus.length);
    expect(await checkIntegrity(db())).toEqual([]);
    const [{ vectors }] = await db().query<{ vectors: number }>('select count(*)::int as vectors from embeddings');
    expect(vectors).toBe((await countAll(db())).clauses);
  });

  it('re-ingesting unchanged files is a no-op', async () => {
    const before = await db().query('select id, label from clauses order by id');
    const outcomes = await ingestFiles(corpus, options());
    expect(outcomes.every((o) => o.status === 'unchanged')).toBe(true);
    expect(await db().query('select id, label from clauses order by id')).toEqual(before);
  });

  it('infers a lost symbol from the citations that describe the document, and relabels its clauses', async () => {
    const programme = (await db().query<{ id: string }>("select id from documents where type = 'CTr'"))[0];
    const doc = await getDocument(db(), programme.id);
    expect(doc?.metadata).toMatchObject({ symbol: '27-CTr/TU', symbolInferred: true });
    const clauses = await listClauses(db(), programme.id);
    expect(clauses.every((c) => c.label.startsWith('27-CTr/TU, '))).toBe(true);
  });

  it('parses an unchanged file again when an older parser stored it, then skips it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-parser-'));
    const file = join(dir, 'phien-ban.txt');
    const text = 'CHỈ THỊ\nvề phiên bản bộ phân tích\n1. Sở Tư pháp chủ trì rà soát.\n2. Sở Nội vụ phối hợp.';
    writeFileSync(file, text);
    expect((await ingestFiles([file], options()))[0].status).toBe('ingested');
    // As an older parser left it: the same text under the hash of the previous version, one clause short.
    const old = sourceHash(text, null, PARSER_VERSION - 1);
    await db().query('update documents set content_hash = $1 where id = $2', [old, 'phien-ban']);
    await db().query('update document_sources set content_hash = $1 where document_id = $2', [old, 'phien-ban']);
    await db().query("delete from clauses where document_id = $1 and marker = '2'", ['phien-ban']);

    const [again] = await ingestFiles([file], options());
    expect(again).toMatchObject({ status: 'ingested', documentId: 'phien-ban' });
    expect((await listClauses(db(), 'phien-ban')).map((c) => c.marker).filter(Boolean)).toEqual(['1', '2']);
    const [row] = await db().query<{ content_hash: string }>('select content_hash from documents where id = $1', [
      'phien-ban',
    ]);
    expect(row.content_hash).toBe(sourceHash(text));
    expect((await ingestFiles([file], options()))[0].status).toBe('unchanged');
    expect(await checkIntegrity(db())).toEqual([]);
  });

  it('changed content replaces the old version under the same id', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-change-'));
    const file = join(dir, 'thu-nghiem.txt');
    writeFileSync(file, 'CHỈ THỊ\nvề thử nghiệm\n1. Sở Tài chính chủ trì bố trí ngân sách.\n2. Sở Nội vụ phối hợp.');
    await ingestFiles([file], options());
    writeFileSync(file, 'CHỈ THỊ\nvề thử nghiệm\n1. Sở Tài chính chủ trì bố trí ngân sách.');
    const [outcome] = await ingestFiles([file], options());
    expect(outcome).toMatchObject({ status: 'ingested', documentId: 'thu-nghiem' });
    expect((await listClauses(db(), 'thu-nghiem')).map((c) => c.marker).filter(Boolean)).toEqual(['1']);
    expect(await checkIntegrity(db())).toEqual([]);
  });

  it('keeps the original bytes with their content type, and gives an older document its file on re-ingest', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'vankien-file-'));
    const file = join(dir, 'ban-goc.txt');
    const text = 'CHỈ THỊ\nvề lưu bản gốc\n1. Văn phòng chủ trì lưu trữ.';
    writeFileSync(file, text);
    await ingestFiles([file], options());
    const stored = await getDocumentFile(db(), 'ban-goc');
    expect(stored).toMatchObject({ fileName: 'ban-goc.txt', contentType: 'text/plain' });
    expect(Buffer.from(stored?.bytes ?? []).toString('utf8')).toBe(text);
    // As if stored before the file table existed: the unchanged re-ingest fills it in.
    await db().query("delete from document_files where document_id = 'ban-goc'");
    const [outcome] = await ingestFiles([file], options());
    expect(outcome.status).toBe('unchanged');
    expect((await getDocumentFile(db(), 'ban-goc'))?.contentType).toBe('text/plain');
  });
});
