import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFParse } from 'pdf-parse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  encodeTcvn3,
  encodeVni,
  encodeWindows1258,
  hasVietnameseFont,
  makeDocx,
  makeEncryptedPdf,
  makePdf,
  makeScanLikePdf,
} from './fixtures/make-documents.ts';
import { LoadError, type LoadErrorCode, type LoadOptions, loadFile } from './index.ts';

const VI =
  'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền tập trung thực hiện tốt các nhiệm vụ sau: ' +
  'Đẩy mạnh tuyên truyền về bảo vệ môi trường.';
const VI_2 = 'Các cơ quan, đơn vị báo cáo kết quả thực hiện trước ngày 15 tháng 12 năm 2024.';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'vankien-load-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Writes a document into the test folder and returns its path. */
async function put(name: string, content: Uint8Array | string | Promise<Uint8Array>): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, await content);
  return path;
}

const utf16be = (text: string): Buffer => Buffer.from(text, 'utf16le').swap16();
const halve = (bytes: Uint8Array): Uint8Array => bytes.slice(0, bytes.length >> 1);
const randomJunk = (n: number): Buffer => Buffer.from(Array.from({ length: n }, (_, i) => (i * 7919 + 13) % 256));

describe('text files', () => {
  it.each([
    ['utf8.txt', () => Buffer.from(VI, 'utf8'), 'utf-8'],
    ['utf8-bom.txt', () => Buffer.concat([Buffer.of(0xef, 0xbb, 0xbf), Buffer.from(VI, 'utf8')]), 'utf-8'],
    ['utf16le-bom.txt', () => Buffer.concat([Buffer.of(0xff, 0xfe), Buffer.from(VI, 'utf16le')]), 'utf-16le'],
    ['utf16be-bom.txt', () => Buffer.concat([Buffer.of(0xfe, 0xff), utf16be(VI)]), 'utf-16be'],
    ['tcvn3.txt', () => encodeTcvn3(VI), 'tcvn3'],
    ['vni.txt', () => encodeVni(VI), 'vni'],
    ['windows-1258.txt', () => encodeWindows1258(VI), 'windows-1258'],
    ['no-extension', () => Buffer.from(VI, 'utf8'), 'utf-8'],
    ['notes.md', () => Buffer.from(VI, 'utf8'), 'utf-8'],
  ])('%s loads as text', async (name, bytes, encoding) => {
    const loaded = await loadFile(await put(name, bytes()));
    expect(loaded).toEqual({ sourceName: name, format: 'txt', text: VI, encoding, warnings: [] });
  });

  it.each([
    ['utf16le-nobom.txt', () => Buffer.from(VI, 'utf16le'), 'utf-16le', /no byte-order mark/],
    ['utf16be-nobom.txt', () => utf16be(VI), 'utf-16be', /no byte-order mark/],
    // A .VnTime document pasted into a UTF-8 editor: the TCVN3 bytes became latin1 letters.
    ['pasted-tcvn3.txt', () => Buffer.from(encodeTcvn3(VI).toString('latin1'), 'utf8'), 'tcvn3', /spelled in TCVN3/],
    ['pasted-vni.txt', () => Buffer.from(encodeVni(VI).toString('latin1'), 'utf8'), 'vni', /spelled in VNI/],
  ])('%s loads with a warning', async (name, bytes, encoding, warning) => {
    const loaded = await loadFile(await put(name, bytes()));
    expect(loaded).toMatchObject({ format: 'txt', text: VI, encoding });
    expect(loaded.warnings).toEqual([expect.stringMatching(warning)]);
  });

  it('keeps line breaks and form feeds as they are', async () => {
    const text = `I. MỤC ĐÍCH\r\n1. ${VI}\f- 2 -\n${VI_2}\n`;
    expect((await loadFile(await put('layout.txt', text))).text).toBe(text);
  });
});

describe('PDF', () => {
  it.runIf(hasVietnameseFont)('reads Vietnamese text from a PDF with an embedded font', async () => {
    const path = await put('vi.pdf', makePdf([[VI.slice(0, 60), VI.slice(60)]], { vietnamese: true }));
    const loaded = await loadFile(path);
    expect(loaded).toMatchObject({ sourceName: 'vi.pdf', format: 'pdf', encoding: 'unicode', warnings: [] });
    expect(loaded.text.normalize('NFC')).toBe(`${VI.slice(0, 60).trim()}\n${VI.slice(60).trim()}`);
  });

  it('reads a PDF typed in a .VnTime font (TCVN3 text layer), where pdf.js turns ư into "-"', async () => {
    const lines = [
      'Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy đảng, chính quyền:',
      'a- Nước thải được xử lý như sau, nhưng chưa đạt; đầu tư cho người nghỉ hưu.',
      'b- Trồng cây 12 ki-lô-mét đường theo Công văn 1032-CV/TU.',
    ];
    const pdf = makePdf([lines.map((line) => encodeTcvn3(line).toString('latin1'))]);
    const loaded = await loadFile(await put('vntime.pdf', pdf));
    expect(loaded).toMatchObject({ format: 'pdf', encoding: 'tcvn3', text: lines.join('\n') });
    expect(loaded.warnings).toEqual([expect.stringMatching(/spelled in TCVN3/)]);
  });

  it('joins pages with a form feed', async () => {
    const pages = [
      ['Page one, first line', 'Page one, second line'],
      ['- 2 -', 'Page two'],
    ];
    const loaded = await loadFile(await put('two-pages.pdf', makePdf(pages)));
    expect(loaded.text).toBe('Page one, first line\nPage one, second line\f- 2 -\nPage two');
  });

  it('says which pages have no text layer', async () => {
    const pages = [['Page one has text enough'], [], ['Page three has text enough']];
    const loaded = await loadFile(await put('gap.pdf', makePdf(pages)));
    expect(loaded.text).toBe('Page one has text enough\f\fPage three has text enough');
    expect(loaded.warnings).toEqual([expect.stringMatching(/page\(s\) 2 have no text layer/)]);
  });

  it('reads what it can from a PDF cut after its last page, with a warning', async () => {
    const pages = [['The first page of the plan'], ['The second page of the plan']];
    const pdf = Buffer.from(await makePdf(pages, { useObjectStreams: false }));
    const loaded = await loadFile(await put('cut.pdf', pdf.subarray(0, pdf.lastIndexOf('xref'))));
    expect(loaded.text).toBe('The first page of the plan\fThe second page of the plan');
    expect(loaded.warnings).toEqual([expect.stringMatching(/truncated \(no %%EOF at its end\): text may be missing/)]);
  });

  it('loads a .txt that is really a PDF as a PDF, with a warning', async () => {
    const path = await put('really-a-pdf.txt', makePdf([['Hello from a PDF in disguise']]));
    const loaded = await loadFile(path);
    expect(loaded).toMatchObject({ format: 'pdf', text: 'Hello from a PDF in disguise' });
    expect(loaded.warnings).toEqual([`${path} has the extension .txt but is a PDF: loaded as PDF`]);
  });

  it('the encrypted fixture is a real encrypted PDF: it opens with its password', async () => {
    const parser = new PDFParse({ data: makeEncryptedPdf('Secret minutes', 'secret'), password: 'secret' });
    try {
      expect((await parser.getText()).pages[0].text).toBe('Secret minutes');
    } finally {
      await parser.destroy();
    }
  });
});

describe('DOCX', () => {
  it('reads paragraphs separated by blank lines', async () => {
    const loaded = await loadFile(await put('vi.docx', makeDocx([VI, VI_2])));
    expect(loaded).toEqual({
      sourceName: 'vi.docx',
      format: 'docx',
      text: `${VI}\n\n${VI_2}\n\n`,
      encoding: 'unicode',
      warnings: [],
    });
  });

  it('converts a DOCX typed in a .VnTime font (TCVN3 text) with a warning', async () => {
    const loaded = await loadFile(await put('vntime.docx', makeDocx([encodeTcvn3(VI).toString('latin1')])));
    expect(loaded).toMatchObject({ format: 'docx', encoding: 'tcvn3', text: `${VI}\n\n` });
    expect(loaded.warnings).toEqual([expect.stringMatching(/spelled in TCVN3/)]);
  });

  it('loads a DOCX without extension by its content, with a warning', async () => {
    const loaded = await loadFile(await put('decision', makeDocx([VI])));
    expect(loaded).toMatchObject({ format: 'docx', text: `${VI}\n\n` });
    expect(loaded.warnings).toEqual([expect.stringMatching(/has no extension but is a Word document/)]);
  });
});

describe('errors', () => {
  type Case = [string, () => Uint8Array | string | Promise<Uint8Array>, LoadErrorCode, RegExp?, LoadOptions?];
  const cases: Case[] = [
    ['empty.txt', () => '', 'empty_document'],
    ['whitespace.txt', () => ' \r\n\t \n', 'empty_document'],
    ['empty.docx', () => makeDocx(['', '  ']), 'empty_document'],
    ['junk.txt', () => randomJunk(4096), 'binary_file', /zero byte/],
    ['junk.dat', () => randomJunk(4096), 'unsupported_format', /\.dat is not a supported format.*binary data/],
    [
      'report.doc',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomJunk(512)]),
      'doc_unreadable',
      /not a readable Word 97–2003 \.doc/,
    ],
    [
      'sheet.xls',
      () => Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), randomJunk(512)]),
      'unsupported_format',
      /old binary Office file/,
    ],
    ['scan.jpg', () => Buffer.concat([Buffer.of(0xff, 0xd8, 0xff, 0xe0), randomJunk(512)]), 'needs_ocr', /OCR is off/],
    [
      'scan.gif',
      () => Buffer.concat([Buffer.from('GIF89a', 'latin1'), randomJunk(512)]),
      'unsupported_format',
      /image/,
    ],
    [
      'latin1-french.txt',
      () => Buffer.from('Le comité a décidé de créer une commission spéciale.', 'latin1'),
      'unknown_encoding',
      /re-save it as UTF-8/,
    ],
    [
      'cp1252-english.txt',
      () =>
        Buffer.concat([
          Buffer.of(0x93),
          Buffer.from('Quoted'),
          Buffer.of(0x94, 0x20, 0x96),
          Buffer.from(' plain English'),
        ]),
      'unknown_encoding',
    ],
    ['text.pdf', () => VI, 'wrong_format', /extension \.pdf but its content is plain text/],
    ['text.docx', () => VI, 'wrong_format', /extension \.docx but its content is plain text/],
    [
      'archive.docx',
      () => Buffer.concat([Buffer.from('PK\x03\x04', 'latin1'), randomJunk(64)]),
      'wrong_format',
      /ZIP archive, not a Word document/,
    ],
    [
      'truncated.pdf',
      async () => halve(await makePdf([['A download cut in the middle']])),
      'pdf_unreadable',
      /truncated/,
    ],
    ['garbage.pdf', () => '%PDF-1.7\nthis is not really a PDF\n%%EOF\n', 'pdf_unreadable'],
    ['encrypted.pdf', () => makeEncryptedPdf('Secret minutes', 'secret'), 'pdf_encrypted', /password-protected/],
    [
      'scan.pdf',
      makeScanLikePdf,
      'needs_ocr',
      /has no text layer \(scanned\?\).*run OCR first, e\.g\. tesseract -l vie/,
    ],
    ['corrupt.docx', async () => (await makeDocx([VI])).subarray(0, -120), 'docx_unreadable', /not a readable DOCX/],
    [
      'big.txt',
      () => 'x'.repeat(101),
      'file_too_large',
      /is 101 bytes, over the limit of 100 bytes/,
      { maxBytes: 100 },
    ],
  ];

  it.each(cases)('%s → %s', async (name, content, code, message, options) => {
    const path = await put(name, content());
    const error = await loadFile(path, options).then(
      () => null,
      (err: unknown) => err,
    );
    expect(error).toBeInstanceOf(LoadError);
    const loadError = error as LoadError;
    expect(loadError.code).toBe(code);
    expect(loadError.file).toBe(path);
    expect(loadError.message).toContain(path);
    if (message) expect(loadError.message).toMatch(message);
  });

  it.each([
    ['a missing file', (p: string) => join(p, 'missing.txt')],
    ['a folder', (p: string) => p],
  ])('%s → file_unreadable', async (_label, pathOf) => {
    const path = pathOf(dir);
    await expect(loadFile(path)).rejects.toMatchObject({ code: 'file_unreadable', file: path });
  });

  it('file_too_large is decided before reading: the default limit is 20 MB', async () => {
    const path = await put('huge.txt', Buffer.alloc(20 * 1024 * 1024 + 1, 0x61));
    await expect(loadFile(path)).rejects.toMatchObject({ code: 'file_too_large', file: path });
    await expect(loadFile(path, { maxBytes: 21 * 1024 * 1024 })).resolves.toMatchObject({ format: 'txt' });
  });
});

describe('sidecar', () => {
  it('returns NAME.meta.json beside the file', async () => {
    const path = await put('1032-CV-TU.txt', VI);
    await put('1032-CV-TU.meta.json', JSON.stringify({ symbol: '1032-CV/TU', date: '2024-07-09' }));
    expect(await loadFile(path)).toMatchObject({ sidecar: { symbol: '1032-CV/TU', date: '2024-07-09' }, warnings: [] });
  });

  it.each([
    ['invalid JSON', '{ "symbol": "12-KH/TU", }', /is not valid JSON/],
    ['not an object', '["12-KH/TU"]', /is not a JSON object/],
  ])('a sidecar with %s is a warning, not a failure', async (label, json, warning) => {
    const stem = `sidecar-${label.replace(/\W/g, '-')}`;
    const path = await put(`${stem}.pdf`, makePdf([['Plan 12-KH/TU on environmental protection']]));
    await put(`${stem}.meta.json`, json);
    const loaded = await loadFile(path);
    expect(loaded.text).toBe('Plan 12-KH/TU on environmental protection');
    expect(loaded.sidecar).toBeUndefined();
    expect(loaded.warnings).toEqual([expect.stringMatching(warning)]);
    expect(loaded.warnings[0]).toContain(`${stem}.meta.json`);
  });
});
