/**
 * The batch's fingerprint candidates agree with the store: sources stored before the batch, recorded or
 * deleted during it, and the document being saved left out; ties go to the store's first source.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { recordSource, saveDocument } from '../../core/store/index.ts';
import { engines, useEngine } from '../../core/store/test-engines.ts';
import { extrasOf, makeDocument } from '../../core/store/test-fixtures.ts';
import { FingerprintCandidates } from './fingerprint-candidates.ts';
import { mostSimilar, similarity, textFingerprint } from './index.ts';

const CORPUS = join(import.meta.dirname, '..', '..', 'corpus');
const read = (name: string) => readFileSync(join(CORPUS, name), 'utf8');
const directive = read('can-tho-chi-thi-bao-ve-moi-truong.txt');
const letter = read('can-tho-cong-van-2024-ket-luan-81.txt');
const fp = (text: string) => textFingerprint(text) as string;
/** The directive retyped: other line breaks, one phrase changed. */
const retyped = directive.replace(/\n/g, '\n\n').replace('bảo vệ môi trường', 'giữ gìn môi trường');

describe.each(engines)('fingerprint candidates on $name', (engine) => {
  const db = useEngine(engine);

  it('finds what was stored before, follows the batch, and matches mostSimilar over the store', async () => {
    for (const id of ['ct-a', 'cv-b', 'ct-c']) {
      const doc = makeDocument({ id });
      await saveDocument(db(), doc, extrasOf(doc));
    }
    await recordSource(db(), {
      path: '/kho/ct.txt',
      documentId: 'ct-a',
      contentHash: 'h1',
      fingerprint: fp(directive),
    });
    await recordSource(db(), { path: '/kho/cv.txt', documentId: 'cv-b', contentHash: 'h2', fingerprint: fp(letter) });
    const candidates = new FingerprintCandidates(db());

    const near = await candidates.mostSimilar(fp(retyped), 'new-doc');
    expect(near?.documentId).toBe('ct-a');
    expect(near?.path).toBe('/kho/ct.txt');
    expect(near?.similarity).toBe(similarity(fp(retyped), fp(directive)));
    // The document being saved is never its own duplicate.
    expect(await candidates.mostSimilar(fp(retyped), 'ct-a')).toBeNull();

    // A copy recorded during the batch under another document: same similarity, and ct-a still comes first.
    const copy = { path: '/moi/ct.txt', documentId: 'ct-c', contentHash: 'h3', fingerprint: fp(directive) };
    await recordSource(db(), copy);
    candidates.record(copy);
    expect((await candidates.mostSimilar(fp(retyped), 'new-doc'))?.documentId).toBe('ct-a');
    const fresh = new FingerprintCandidates(db());
    expect(await fresh.mostSimilar(fp(retyped), 'new-doc')).toEqual(
      await candidates.mostSimilar(fp(retyped), 'new-doc'),
    );

    // The first source deleted: the copy is found; both views agree with mostSimilar over the stored rows.
    await db().query('delete from document_sources where path = $1', ['/kho/ct.txt']);
    candidates.forget('/kho/ct.txt');
    expect((await candidates.mostSimilar(fp(retyped), 'new-doc'))?.path).toBe('/moi/ct.txt');
    const stored = await db().query<{ path: string; document_id: string; fingerprint: string }>(
      'select path, document_id, fingerprint from document_sources order by document_id, added_at, path',
    );
    const expected = mostSimilar(
      fp(retyped),
      stored.map((r) => ({ path: r.path, documentId: r.document_id, fingerprint: r.fingerprint })),
    );
    expect(await candidates.mostSimilar(fp(retyped), 'new-doc')).toEqual(expected);
  });

  it('a letter is no near-duplicate of a directive', async () => {
    const candidates = new FingerprintCandidates(db());
    candidates.forget('/nothing'); // before the first read: a no-op
    const near = await candidates.mostSimilar(fp(letter), 'cv-b');
    expect(near === null || near.documentId !== 'cv-b').toBe(true);
    expect(near?.similarity ?? 0).toBeLessThan(0.5);
  });
});
