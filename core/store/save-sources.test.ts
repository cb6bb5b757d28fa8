/** @module core/store/save-sources.test — a save records the document's source, its segment and file in one go; a replacement keeps every source and the own file's first time. */

import { describe, expect, it } from 'vitest';
import { getDocumentFile } from './document-files-repo.ts';
import { saveDocument } from './documents-repo.ts';
import { readSegments } from './lexical-repo.ts';
import { listSources, recordSource } from './sources-repo.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

describe.each(engines)('sources kept by saves on $name', (engine) => {
  const db = useEngine(engine);

  it('stores source, segment and file with the document, and a replacement keeps the sources', async () => {
    const doc = makeDocument({ id: 'kh-src-1' });
    const first = await saveDocument(
      db(),
      doc,
      extrasOf(doc, {
        source: { path: '/kho/kh-1.txt', contentHash: 'h1', fingerprint: null },
        lexicon: { version: 'test-1', payload: '{}' },
        file: { fileName: 'kh-1.txt', contentType: 'text/plain', bytes: new Uint8Array([0x4b, 0x48]) },
      }),
    );
    expect(first.replaced).toBe(false);
    const [own] = await listSources(db(), doc.id);
    expect(own).toMatchObject({ path: '/kho/kh-1.txt', contentHash: 'h1', documentId: doc.id });
    expect((await readSegments(db(), [doc.id]))[0].segment).toEqual({ version: 'test-1', payload: '{}' });
    expect([...((await getDocumentFile(db(), doc.id))?.bytes ?? [])]).toEqual([0x4b, 0x48]);

    // A copy elsewhere, then the own file changes: both stay, the own file keeps its first time and takes the new hash.
    await recordSource(db(), { path: '/moi/kh-1.txt', documentId: doc.id, contentHash: 'h1', fingerprint: null });
    const second = await saveDocument(
      db(),
      doc,
      extrasOf(doc, { source: { path: '/kho/kh-1.txt', contentHash: 'h2', fingerprint: null } }),
    );
    expect(second.replaced).toBe(true);
    const after = await listSources(db(), doc.id);
    expect(after.map((s) => [s.path, s.contentHash])).toEqual([
      ['/kho/kh-1.txt', 'h2'],
      ['/moi/kh-1.txt', 'h1'],
    ]);
    expect(after[0].addedAt).toBe(own.addedAt);
    expect(await getDocumentFile(db(), doc.id)).toBeNull();
  });
});
