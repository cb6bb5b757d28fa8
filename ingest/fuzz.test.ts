/**
 * @module ingest/fuzz.test
 * Bad input through the whole ingestion batch: files generated here (empty, binary, truncated and
 * encrypted PDFs built by hand, a PDF without text layer, an oversized file, lying extensions, mixed
 * encodings, 1,000 nested bullets (10,000 in the stress suite), a header alone, random byte mutations of real documents) go in one
 * batch with the good corpus files. Each bad file gets a clear error (code, message naming it) or a
 * correct result; nothing crashes or hangs; the store holds no partial document; the good files land.
 */
import { createRng } from '../evals/bench/prng.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkIntegrity, type Db, listClauses, migrateToLatest, openPglite } from '../core/store/index.ts';
import { buildSegment } from '../search/lexical-index/segment.ts';
import { documentIdFor, type IngestOutcome, ingestFiles } from './ingest-files.ts';
import { loadFile } from './load/index.ts';
import { parseDocument } from './parse-document.ts';

const CORPUS = fileURLToPath(new URL('../corpus/', import.meta.url));
const SEEDS = readdirSync(CORPUS)
  .filter((n) => n.endsWith('.txt'))
  .sort()
  .map((n) => join(CORPUS, n));
/** A small limit, so "gigantic" costs little to generate. */
const MAX_BYTES = 2 * 1024 * 1024;

// ---------------------------------------------------------------------------------------------
// Fixture factories: PDFs written object by object, with a real xref table.

/** A PDF from its object bodies (object 1 is the catalog), with an optional trailer addition. */
function pdfFrom(objects: string[], trailerExtra = ''): Buffer {
  let out = '%PDF-1.4\n%\xE2\xE3\xCF\xD3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, 'latin1'));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, 'latin1');
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, 'latin1');
}

const stream = (content: string) =>
  `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`;

/** One A4 page with the given content stream; Helvetica as F1. */
function onePagePdf(content: string, trailerExtra = '', extraObjects: string[] = []): Buffer {
  return pdfFrom(
    [
      '<< /Type /Catalog /Pages 2 0 R >>',
      '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
      '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
      stream(content),
      '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
      ...extraObjects,
    ],
    trailerExtra,
  );
}

/** Lines of ASCII text (Vietnamese without diacritics: Helvetica has no Vietnamese glyphs). */
function textPdf(lines: string[]): Buffer {
  const ops = lines.map((l, i) => `${i === 0 ? '' : '0 -16 Td '}(${l.replace(/[()\\]/g, '\\$&')}) Tj`).join('\n');
  return onePagePdf(`BT /F1 11 Tf 40 800 Td\n${ops}\nET`);
}

const PDF_LINES = [
  'UY BAN NHAN DAN TINH SOC TRANG',
  'KE HOACH',
  'Thuc hien cong tac bao ve moi truong nam 2024',
  'I. MUC TIEU',
  '1. Nang cao nhan thuc cua cong dong ve bao ve moi truong va phan loai chat thai ran tai nguon.',
  '2. Den nam 2025, ty le thu gom chat thai ran sinh hoat do thi dat 95%.',
  'II. NHIEM VU',
  '1. So Tai nguyen va Moi truong chu tri, phoi hop voi cac so, nganh thuc hien ke hoach nay.',
];

const ID = '<00112233445566778899AABBCCDDEEFF> <00112233445566778899AABBCCDDEEFF>';
/** A standard security handler (RC4, R2) whose user password is not empty: the reader needs one. */
const encryptedPdf = () =>
  onePagePdf('BT /F1 11 Tf 40 800 Td (secret) Tj ET', `/Encrypt 6 0 R /ID [${ID}] `, [
    `<< /Filter /Standard /V 1 /R 2 /O <${'6f'.repeat(32)}> /U <${'a5'.repeat(32)}> /P -44 >>`,
  ]);

/** Fixed-seed PRNG (mulberry32), so a failing mutation can be reproduced. */
/** Seeded, so a failing case can be replayed. */
const prng = (seed: number) => createRng(seed).next;

/** Flips, inserts and deletes random bytes, and sometimes truncates. */
function mutate(bytes: Buffer, rnd: () => number): Buffer {
  const out = [...bytes];
  const edits = 1 + Math.floor(rnd() * 40);
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(rnd() * out.length);
    const op = rnd();
    if (op < 0.5) out[at] = Math.floor(rnd() * 256);
    else if (op < 0.75) out.splice(at, 0, Math.floor(rnd() * 256));
    else out.splice(at, 1 + Math.floor(rnd() * 64));
  }
  if (rnd() < 0.2) out.length = Math.floor(out.length * rnd());
  return Buffer.from(out);
}

const HEADER = 'ỦY BAN NHÂN DÂN\nTHÀNH PHỐ CẦN THƠ\nSố: 12/KH-UBND\nCần Thơ, ngày 5 tháng 3 năm 2024\nKẾ HOẠCH\n';
const VI_BODY =
  'I. MỤC TIÊU\n1. Đến năm 2025, tỷ lệ thu gom chất thải rắn sinh hoạt đô thị đạt 95%.\n' +
  '2. Sở Tài nguyên và Môi trường chủ trì, phối hợp với các sở, ngành thực hiện.\n';

/**
 * Bullets each indented one step further, cycling through every marker style. The fast suite takes
 * 1,000 levels; `evals/stress/large-documents.test.ts` takes 10,000 (storing them is slow, not parsing).
 */
function deepBullets(levels: number): string {
  const marks = ['-', '+', '*', '•', 'a)', 'i)', '–', 'o', '1.1.', '(1)'];
  const lines = ['I. NHIỆM VỤ', '1. Các nhiệm vụ cụ thể:'];
  for (let i = 0; i < levels; i++) {
    lines.push(`${' '.repeat(Math.min(i, 80))}${marks[i % marks.length]} Nhiệm vụ cấp ${i + 1} về bảo vệ môi trường.`);
  }
  return HEADER + lines.join('\n');
}

/** Each fixture: its file name, its bytes, and the outcome codes acceptable for it. */
interface Fixture {
  name: string;
  bytes: Buffer;
  /** `ingested`, or failed with one of these error codes. */
  expect: Array<'ingested' | string>;
}

function fixtures(): Fixture[] {
  const goodPdf = textPdf(PDF_LINES);
  const list: Fixture[] = [
    { name: 'empty.txt', bytes: Buffer.alloc(0), expect: ['empty_document'] },
    { name: 'blank.txt', bytes: Buffer.from(' \n\t\n \r\n'), expect: ['empty_document'] },
    {
      name: 'binary.txt',
      bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)),
      expect: ['binary_file'],
    },
    { name: 'zeros.pdf', bytes: Buffer.alloc(2048), expect: ['wrong_format'] },
    { name: 'good-ascii.pdf', bytes: goodPdf, expect: ['ingested'] },
    {
      name: 'truncated.pdf',
      bytes: goodPdf.subarray(0, Math.floor(goodPdf.length * 0.55)),
      expect: ['pdf_unreadable', 'ingested'],
    },
    {
      name: 'header-only.pdf',
      bytes: Buffer.from('%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj\n<< /Type /Catalog /Pa', 'latin1'),
      expect: ['pdf_unreadable'],
    },
    { name: 'encrypted.pdf', bytes: encryptedPdf(), expect: ['pdf_encrypted'] },
    { name: 'scanned.pdf', bytes: onePagePdf('0 0.5 0 rg 40 40 500 760 re f'), expect: ['needs_ocr'] },
    {
      name: 'garbage-objects.pdf',
      bytes: pdfFrom(['<< /Type /Catalog /Pages 9 0 R >>', '<< /Kids [[[[[[ >>', stream('BT ET ET BT ((((')]),
      expect: ['pdf_unreadable', 'needs_ocr'],
    },
    { name: 'gigantic.txt', bytes: Buffer.alloc(MAX_BYTES + 1024, 'Bảo vệ môi trường. '), expect: ['file_too_large'] },
    { name: 'pdf-named.docx', bytes: goodPdf, expect: ['wrong_format'] },
    { name: 'text-named.pdf', bytes: Buffer.from(HEADER + VI_BODY), expect: ['wrong_format'] },
    {
      name: 'zip-named.docx',
      bytes: Buffer.from('PK\x03\x04\x14\x00\x00\x00garbage that is no archive', 'latin1'),
      expect: ['wrong_format', 'docx_unreadable'],
    },
    { name: 'pdf-in-disguise.txt', bytes: goodPdf, expect: ['ingested'] },
    {
      name: 'program.exe',
      bytes: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00', 'latin1'),
      expect: ['unsupported_format', 'binary_file'],
    },
    { name: 'notes.csv', bytes: Buffer.from('a,b,c\n1,2,3\n'), expect: ['unsupported_format'] },
    {
      name: 'utf8-stray-latin1.txt',
      bytes: Buffer.concat([Buffer.from(HEADER), Buffer.from([0xe9, 0x20, 0xfc, 0x0a]), Buffer.from(VI_BODY)]),
      expect: ['ingested', 'unknown_encoding'],
    },
    { name: 'utf16le-no-bom.txt', bytes: Buffer.from(HEADER + VI_BODY, 'utf16le'), expect: ['ingested'] },
    { name: 'utf16be-no-bom.txt', bytes: Buffer.from(HEADER + VI_BODY, 'utf16le').swap16(), expect: ['ingested'] },
    {
      name: 'odd-utf16.txt',
      bytes: Buffer.concat([Buffer.from(HEADER + VI_BODY, 'utf16le'), Buffer.of(0x41)]),
      expect: ['ingested', 'binary_file', 'unknown_encoding'],
    },
    { name: 'deep-bullets.txt', bytes: Buffer.from(deepBullets(1_000)), expect: ['ingested'] },
    { name: 'header-only.txt', bytes: Buffer.from(HEADER), expect: ['ingested', 'no_content'] },
    {
      name: 'control-chars.txt',
      bytes: Buffer.from(`${HEADER}\u0007\u001b[31m${VI_BODY}\u202e\u200b\ufeff\ud800`),
      expect: ['ingested', 'binary_file'],
    },
    {
      name: 'one-huge-line.txt',
      bytes: Buffer.from(`${HEADER}1. ${'bảo vệ môi trường '.repeat(8000)}`),
      expect: ['ingested'],
    },
    { name: '../../escape attempt.txt', bytes: Buffer.from(HEADER + VI_BODY), expect: ['ingested', 'file_unreadable'] },
  ];
  const rnd = prng(20240705);
  for (let i = 0; i < 6; i++) {
    // The two smallest corpus files: mutation is about bytes, not size.
    const seed = i % 3 === 0 ? goodPdf : readFileSync(SEEDS[i % 2 === 0 ? 0 : 3]);
    const ext = i % 3 === 0 ? 'pdf' : 'txt';
    list.push({ name: `mutant-${i}.${ext}`, bytes: mutate(seed, rnd), expect: ['*'] });
  }
  return list;
}

// ---------------------------------------------------------------------------------------------

describe('ingestion fuzz: one batch of bad files among good ones', () => {
  let dir: string;
  let db: Db;
  let files: string[];
  let cases: Fixture[];
  let outcomes: IngestOutcome[];

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'vankien-fuzz-'));
    cases = fixtures();
    files = [];
    for (const f of cases) {
      // A name that tries to climb out is written flat: the test is about the loader, not the fs.
      const path = join(dir, basename(f.name));
      await writeFile(path, f.bytes);
      files.push(path);
    }
    db = await openPglite(undefined);
    await migrateToLatest(db);
    // Good seeds first, in the middle and last, so bad files sit between good ones.
    const batch = [SEEDS[0], ...files.slice(0, 13), SEEDS[1], SEEDS[2], ...files.slice(13), SEEDS[3], SEEDS[4]];
    outcomes = await ingestFiles(batch, {
      db,
      indexer: { lexicon: buildSegment },
      load: { maxBytes: MAX_BYTES },
    });
  }, 240_000);

  afterAll(async () => {
    await db?.close();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const outcomeOf = (file: string) => {
    const o = outcomes.find((x) => x.file === file);
    if (!o) throw new Error(`no outcome for ${file}`);
    return o;
  };

  it('returns one outcome per file, each ingested, unchanged, duplicate, or failed with a code and a message naming the file', () => {
    expect(outcomes).toHaveLength(files.length + SEEDS.length);
    for (const o of outcomes) {
      expect(['ingested', 'unchanged', 'duplicate', 'failed']).toContain(o.status);
      if (o.status === 'duplicate') expect(o.reason, o.file).toMatch(/(of|as) \S+/);
      if (o.status === 'failed') {
        expect(o.error?.code, o.file).toMatch(/^[a-z_]+$/);
        expect(o.error?.message, o.file).toContain(basename(o.file));
        expect(o.error?.message.length, o.file).toBeGreaterThan(basename(o.file).length + 20);
      }
    }
  });

  it('gives each hand-made case the expected result', () => {
    const wrong: string[] = [];
    cases.forEach((c, i) => {
      if (c.expect.includes('*')) return;
      const o = outcomeOf(files[i]);
      // Several cases are one text in other encodings or disguises: read right, the later ones are
      // duplicates of the first (stored once, with every source) — which is what 'ingested' asks of them.
      const got = o.status === 'failed' ? (o.error?.code ?? '?') : o.status === 'duplicate' ? 'ingested' : o.status;
      if (!c.expect.includes(got))
        wrong.push(`${c.name}: got ${got} (${o.error?.message ?? ''}), expected ${c.expect.join(' | ')}`);
    });
    expect(wrong).toEqual([]);
  });

  it.each([
    ['scanned.pdf', /no text layer.*OCR/],
    ['gigantic.txt', /over the limit of 2\.0 MB/],
    ['encrypted.pdf', /password-protected/],
    ['truncated.pdf', /truncated/],
    ['pdf-named.docx', /extension \.docx but its content is a PDF/],
    ['binary.txt', /not a text file/],
  ])('explains what is wrong with %s and what to do', (name, pattern) => {
    const o = outcomeOf(files[cases.findIndex((c) => c.name === name)]);
    expect(o.status).toBe('failed');
    expect(o.error?.message).toMatch(pattern);
    expect(o.error?.message).toContain(name);
  });

  it('stores the good files of the batch whole: as many clauses as parsing them yields', async () => {
    for (const seed of SEEDS) {
      const o = outcomeOf(seed);
      expect(o.status, `${seed}: ${o.error?.message}`).toBe('ingested');
      const loaded = await loadFile(seed);
      const parsed = parseDocument(loaded.text, { documentId: documentIdFor(seed), sourceName: basename(seed) });
      const stored = await listClauses(db, documentIdFor(seed));
      expect(stored.length, seed).toBe(parsed.clauses.length);
    }
  });

  it('reads UTF-16 without a byte-order mark correctly', async () => {
    for (const name of ['utf16le-no-bom.txt', 'utf16be-no-bom.txt']) {
      const o = outcomeOf(files[cases.findIndex((c) => c.name === name)]);
      expect(['ingested', 'duplicate']).toContain(o.status);
      const texts = (await listClauses(db, o.documentId ?? '')).map((c) => c.text).join('\n');
      expect(texts).toContain('Sở Tài nguyên và Môi trường chủ trì');
    }
  });

  // Regression: a UTF-8 file with a few stray non-UTF-8 bytes used to be read as latin1, taken for TCVN3
  // and converted to mojibake without a warning.
  it('keeps the text of a UTF-8 file with stray latin1 bytes (or refuses it clearly)', async () => {
    const o = outcomeOf(files[cases.findIndex((c) => c.name === 'utf8-stray-latin1.txt')]);
    if (o.status === 'failed') {
      expect(o.error?.code).toBe('unknown_encoding');
      return;
    }
    const texts = (await listClauses(db, o.documentId ?? '')).map((c) => c.text).join('\n');
    expect(texts).toContain('Sở Tài nguyên và Môi trường chủ trì');
  });

  it('leaves no partial document: failed files are absent, every stored document is whole, integrity holds', async () => {
    const ids = (await db.query<{ id: string }>('select id from documents')).map((r) => r.id).sort();
    const ingested = [
      ...new Set(outcomes.filter((o) => o.status === 'ingested').map((o) => o.documentId ?? '')),
    ].sort();
    expect(ids).toEqual(ingested);
    const failedIds = outcomes
      .filter((o) => o.status === 'failed')
      .map((o) => documentIdFor(o.file))
      .filter((id) => !ingested.includes(id));
    if (failedIds.length > 0) {
      const stray = await db.query('select id from clauses where document_id = any($1::text[])', [failedIds]);
      expect(stray).toEqual([]);
    }
    for (const o of outcomes.filter((x) => x.status === 'ingested')) {
      const [row] = await db.query<{ n: number }>('select count(*)::int as n from clauses where document_id = $1', [
        o.documentId,
      ]);
      expect(row.n, o.file).toBe(o.clauses);
    }
    expect(await checkIntegrity(db)).toEqual([]);
  });
});
