/**
 * Near-duplicates and same-named documents on both store engines: the same decree in two folders or
 * two forms is stored once with every source recorded; two different documents with one file name
 * both survive under stable ids; a re-ingest writes nothing.
 */
import { copyFileSync, mkdirSync, mkdtempSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { clauseIndexer } from '../app/services.ts';
import { checkIntegrity, listSources } from '../core/store/index.ts';
import { engines, useEngine } from '../core/store/test-engines.ts';
import { createEmbedder } from '../search/index.ts';
import { collectFiles } from './collect-files.ts';
import { ingestFiles } from './ingest-files.ts';
import { loadFile } from './load/index.ts';

const FIXTURES = join(import.meta.dirname, 'load', 'fixtures');
const LETTER = join(FIXTURES, 'CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc');

/** kho/ and su-dung/ each hold the same letter as .doc; su-dung/ also a retyped copy; each a different bien-ban.txt. */
async function makeTree(): Promise<string> {
  const root = mkdtempSync(join(tmpdir(), 'vankien-dups-'));
  for (const d of ['kho', 'su-dung']) mkdirSync(join(root, d));
  copyFileSync(LETTER, join(root, 'kho', 'CV-bo-sung.doc'));
  copyFileSync(LETTER, join(root, 'su-dung', 'CV-bo-sung.doc'));
  // Retyped: other line breaks and spacing, one phrase changed — as a .txt export of the same letter.
  const text = (await loadFile(LETTER)).text
    .replace(/\t+/g, '    ')
    .replace(/\n/g, '\n\n')
    .replace('gửi Công ty để thực hiện', 'gửi Công ty biết, thực hiện');
  writeFileSync(join(root, 'su-dung', 'CV-bo-sung-ban-go-lai.txt'), text);
  copyFileSync(join('corpus', 'can-tho-chi-thi-bao-ve-moi-truong.txt'), join(root, 'kho', 'bien-ban.txt'));
  copyFileSync(join('corpus', 'can-tho-cong-van-2024-ket-luan-81.txt'), join(root, 'su-dung', 'bien-ban.txt'));
  return root;
}

describe.each(engines)('duplicates on $name', (engine) => {
  const db = useEngine(engine);
  const options = () => ({ db: db(), indexer: clauseIndexer(createEmbedder({ provider: 'hashed-ngram' })) });
  let root: string;
  beforeAll(async () => {
    root = await makeTree();
  });
  const at = (p: string) => join(root, p);

  it('stores the letter once with its three source files, and both bien-ban under their own ids', async () => {
    const outcomes = await ingestFiles(collectFiles([root]), options());
    const byFile = Object.fromEntries(outcomes.map((o) => [o.file.slice(root.length + 1), o]));
    expect(byFile['kho/CV-bo-sung.doc']).toMatchObject({ status: 'ingested', documentId: 'cv-bo-sung' });
    expect(byFile['kho/bien-ban.txt']).toMatchObject({ status: 'ingested', documentId: 'bien-ban' });
    expect(byFile['su-dung/CV-bo-sung-ban-go-lai.txt']).toMatchObject({
      status: 'duplicate',
      documentId: 'cv-bo-sung',
    });
    expect(byFile['su-dung/CV-bo-sung-ban-go-lai.txt'].reason).toMatch(
      /^near-duplicate \(\d+% similar\) of cv-bo-sung \(from .*kho\/CV-bo-sung\.doc\)$/,
    );
    expect(byFile['su-dung/CV-bo-sung.doc']).toMatchObject({ status: 'duplicate', documentId: 'cv-bo-sung' });
    expect(byFile['su-dung/CV-bo-sung.doc'].reason).toMatch(
      /^same text as cv-bo-sung \(from .*kho\/CV-bo-sung\.doc\)$/,
    );
    expect(byFile['su-dung/bien-ban.txt']).toMatchObject({ status: 'ingested', documentId: 'su-dung-bien-ban' });

    expect((await listSources(db(), 'cv-bo-sung')).map((s) => s.path)).toEqual([
      at('kho/CV-bo-sung.doc'),
      at('su-dung/CV-bo-sung-ban-go-lai.txt'),
      at('su-dung/CV-bo-sung.doc'),
    ]);
    const ids = await db().query<{ id: string }>('select id from documents order by id');
    expect(ids.map((r) => r.id)).toEqual(['bien-ban', 'cv-bo-sung', 'su-dung-bien-ban']);
    expect(await checkIntegrity(db())).toEqual([]);
  });

  it('a re-ingest of the same tree writes nothing and keeps every id', async () => {
    const before = await db().query('select id, revision, content_hash from documents order by id');
    const outcomes = await ingestFiles(collectFiles([root]), options());
    expect(outcomes.map((o) => [o.file.slice(root.length + 1), o.status, o.documentId])).toEqual([
      ['kho/CV-bo-sung.doc', 'unchanged', 'cv-bo-sung'],
      ['kho/bien-ban.txt', 'unchanged', 'bien-ban'],
      ['su-dung/CV-bo-sung-ban-go-lai.txt', 'duplicate', 'cv-bo-sung'],
      ['su-dung/CV-bo-sung.doc', 'duplicate', 'cv-bo-sung'],
      ['su-dung/bien-ban.txt', 'unchanged', 'su-dung-bien-ban'],
    ]);
    expect(await db().query('select id, revision, content_hash from documents order by id')).toEqual(before);
  });

  it('a moved tree is the same documents, not duplicates of the old paths', async () => {
    const moved = `${root}-moved`;
    renameSync(root, moved);
    const outcomes = await ingestFiles(collectFiles([moved]), options());
    expect(outcomes.filter((o) => o.status === 'ingested')).toEqual([]);
    expect(outcomes.find((o) => o.file.endsWith('kho/bien-ban.txt'))).toMatchObject({
      status: 'unchanged',
      documentId: 'bien-ban',
    });
    renameSync(moved, root);
  });
});
