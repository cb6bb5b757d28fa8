/** Legacy Word `.doc` files of the archive load through word-extractor: header table rows as lines, body text, typed errors for broken or protected files. */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoadError, loadFile } from './index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-doc-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('real .doc files', () => {
  it.each([
    [
      '2019-CV-tham-gia-y-kien-TKCS-mo-da-VLXD-SauChua.doc',
      /^UBND TỈNH LÀO CAI\t+CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM$/m,
      ['Số:', '/SCT-KT', 'V/v tham gia ý kiến về TKCS', 'Kính gửi:', 'mỏ đá Sâu Chua'],
    ],
    [
      'CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc',
      /^Số: +\/HC-QLHC\t+ *Hà Nội, ngày +tháng 5 năm 2025$/m,
      [
        'BỘ CÔNG THƯƠNG',
        'CỤC HOÁ CHẤT',
        'Kính gửi: Công ty Cổ phần Logistic Việt Trung',
        'Nghị định số 161/2024/NĐ-CP',
      ],
    ],
  ])('%s: header table rows stay lines with tab-separated cells, body text follows', async (name, row, words) => {
    const loaded = await loadFile(join(FIXTURES, name));
    expect(loaded.format).toBe('doc');
    expect(loaded.encoding).toBe('unicode');
    expect(loaded.text).toMatch(row);
    for (const w of words) expect(loaded.text).toContain(w);
    expect(loaded.text).not.toMatch(/[\t ]$/m); // the tab that closes each table row is dropped
    expect(loaded.text).not.toMatch(/[\u0000-\u0008\u000b\u000e-\u001f]/); // no Word control marks
  });

  it('reads a .doc by its content whatever the extension says is missing', async () => {
    const bytes = await readFile(join(FIXTURES, 'CV-bo-sung-ho-so-xuyen-bien-gioi-LogisticVietTrung.doc'));
    const path = join(dir, 'cong-van');
    await writeFile(path, bytes);
    const loaded = await loadFile(path);
    expect(loaded.format).toBe('doc');
    expect(loaded.warnings.join(' ')).toMatch(/no extension but .*loaded as DOC/);
  });
});

describe('bad .doc files', () => {
  const ole = Buffer.from('d0cf11e0a1b11ae1', 'hex');
  it.each([
    ['broken.doc', Buffer.concat([ole, Buffer.alloc(512, 7)]), 'doc_unreadable', /not a readable Word 97–2003 \.doc/],
    [
      'protected.doc',
      Buffer.concat([ole, Buffer.alloc(64), Buffer.from('EncryptedPackage', 'utf16le'), Buffer.alloc(64)]),
      'doc_encrypted',
      /password-protected Office file/,
    ],
  ])('%s → %s', async (name, bytes, code, message) => {
    const path = join(dir, name);
    await writeFile(path, bytes);
    const error = await loadFile(path).catch((err: unknown) => err);
    expect(error).toBeInstanceOf(LoadError);
    expect((error as LoadError).code).toBe(code);
    expect((error as LoadError).message).toMatch(message);
    expect((error as LoadError).message).toContain(path);
  });
});
