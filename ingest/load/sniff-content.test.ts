import { describe, expect, it } from 'vitest';
import { type ContentKind, sniffContent } from './index.ts';

const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))));

describe('sniffContent', () => {
  it.each<[string, Uint8Array, ContentKind]>([
    ['a PDF header', bytes('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n'), 'pdf'],
    ['a PDF header after junk', bytes('\r\n\r\nHTTP junk\n%PDF-1.4\n'), 'pdf'],
    ['a ZIP holding word/document.xml', bytes('PK\x03\x04', [20, 0, 0, 0], 'word/document.xml'), 'docx'],
    ['a ZIP without it', bytes('PK\x03\x04', [20, 0, 0, 0], 'xl/workbook.xml'), 'zip'],
    ['an OLE file (.doc)', bytes([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]), 'ole'],
    ['RTF', bytes('{\\rtf1\\ansi Hello}'), 'rtf'],
    ['a PNG', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'image'],
    ['UTF-8 text', bytes(Buffer.from('Nghị quyết số 41-NQ/TW\n', 'utf8').toString('latin1')), 'text'],
    ['UTF-16LE without BOM', Buffer.from('Nghị quyết số 41-NQ/TW', 'utf16le'), 'text'],
    ['text with a form feed and a DOS end-of-file', bytes('page 1\fpage 2\x1a'), 'text'],
    ['zero bytes', bytes('abc', [0], 'def'), 'binary'],
    ['control characters', bytes('a\x01b\x02c\x03d\x04'), 'binary'],
  ])('%s → %s', (_label, input, kind) => {
    expect(sniffContent(input)).toBe(kind);
  });
});
