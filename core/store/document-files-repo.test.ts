/** @module core/store/document-files-repo.test — the original file is saved with its document, replaced with it, deleted with it. */

import { describe, expect, it } from 'vitest';
import { getDocumentFile, hasDocumentFile } from './document-files-repo.ts';
import { deleteDocument, saveDocument } from './documents-repo.ts';
import { engines, useEngine } from './test-engines.ts';
import { extrasOf, makeDocument } from './test-fixtures.ts';

const PDF = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x34, 0x00, 0xff, 0x0a]);

describe.each(engines)('document files on $name', (engine) => {
  const db = useEngine(engine);

  it('stores the bytes with the document and returns them unchanged', async () => {
    const doc = makeDocument({ id: 'nq-file-1' });
    await saveDocument(
      db(),
      doc,
      extrasOf(doc, { file: { fileName: 'Nghị quyết 01.pdf', contentType: 'application/pdf', bytes: PDF } }),
    );
    const file = await getDocumentFile(db(), doc.id);
    expect(file?.fileName).toBe('Nghị quyết 01.pdf');
    expect(file?.contentType).toBe('application/pdf');
    expect([...(file?.bytes ?? [])]).toEqual([...PDF]);
  });

  it('has no file for a document saved without one, and none after a delete', async () => {
    const doc = makeDocument({ id: 'nq-file-2' });
    await saveDocument(db(), doc, extrasOf(doc));
    expect(await hasDocumentFile(db(), doc.id)).toBe(false);
    expect(await getDocumentFile(db(), doc.id)).toBeNull();
    await saveDocument(
      db(),
      doc,
      extrasOf(doc, { file: { fileName: 'a.txt', contentType: 'text/plain', bytes: new Uint8Array([0x61]) } }),
    );
    expect(await hasDocumentFile(db(), doc.id)).toBe(true);
    await deleteDocument(db(), doc.id);
    expect(await hasDocumentFile(db(), doc.id)).toBe(false);
  });

  it('stores neither document nor file when the save fails', async () => {
    const doc = makeDocument({ id: 'nq-file-3' });
    const bad = { ...doc, clauses: [...doc.clauses, doc.clauses[0]] }; // duplicate clause id: the insert fails
    await expect(
      saveDocument(
        db(),
        bad,
        extrasOf(bad, { file: { fileName: 'b.pdf', contentType: 'application/pdf', bytes: PDF } }),
      ),
    ).rejects.toThrow();
    expect(await hasDocumentFile(db(), doc.id)).toBe(false);
  });
});
