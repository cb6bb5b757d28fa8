/**
 * @module evals/ocr-signs
 * Measures document signs in OCR text: over the committed OCR cache (the archive's scans) and the archive's OCR
 * text files, how many sign-shaped tokens fail to parse as a sign, the confusions they show, how many the confusion
 * table repairs, and the references each scan yields; for scans whose document the archive also holds as a text layer or DOCX (same
 * file name stem), how many of the twin's signs the scan's text finds. Counts only, no text.
 * Usage: `npx tsx evals/ocr-signs.ts`
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { basename, extname, join } from 'node:path';
import { PARTY_SYMBOL, STATE_SYMBOL } from '../core/patterns.ts';
import { repairPartySign, repairStateSign, PARTY_SIGN_SHAPE, STATE_SIGN_SHAPE } from '../core/text/ocr-signs.ts';
import { loadFile } from '../ingest/load/index.ts';
import { parseDocument } from '../ingest/parse-document.ts';
import { findSymbols } from '../ingest/references/canonical.ts';
import { ARCHIVE_COPY_DIR } from './load-archive-gold.ts';
import { OCR_CACHE } from './pipeline.ts';

const walk = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );

const archive = walk(ARCHIVE_COPY_DIR);
const byHash = new Map(archive.map((f) => [createHash('sha256').update(readFileSync(f)).digest('hex'), f]));
const cacheFiles = readdirSync(OCR_CACHE).filter((f) => f.endsWith('.json'));

const anchored = (re: RegExp) => new RegExp(`^(?:${re.source})$`, 'u');
const STATE_WHOLE = anchored(STATE_SYMBOL);
const PARTY_WHOLE = anchored(PARTY_SYMBOL);

/** What makes a token fail: each class a token shows counts once. */
function confusions(token: string): string[] {
  const out: string[] = [];
  if (/ĐÐ|ÐĐ|ÐÐ/u.test(token)) out.push('letter: Đ doubled (ĐÐ)');
  else if (/[Ðð]/u.test(token)) out.push('letter: eth Ð for Đ');
  if (/\p{L}[ ]{0,2}(?:\.\.|[.,~_])[ ]{0,2}\p{L}/u.test(token.split('/').pop() ?? ''))
    out.push('dash: read as dot/comma');
  if (/[ ]{2}|[ ][-‐‑–—/][ ]|[ ]\.\.|\.\.[ ]/u.test(token)) out.push('spaces around a separator');
  if (/^[0-9OoIl.]*[OoIl][0-9OoIl.]*[ ]*\//u.test(token) || /\/[ ]*[0-9OoIl]*[OoIl][0-9OoIl]*[ ]*\//u.test(token))
    out.push('digit: O/o/I/l for 0/1');
  return out.length ? out : ['other'];
}

const count = new Map<string, number>();
const bump = (k: string, n = 1) => count.set(k, (count.get(k) ?? 0) + n);
let signShaped = 0;
let failing = 0;
let repaired = 0;
let spacedSeries = 0;
let markers = 0;
let refs = 0;
let refKeys = 0;
const twins: Array<{ twinSigns: number; found: number }> = [];

// The scans' text: the OCR cache's pages, and the archive's OCR text files (`…-OCR.txt`, a scan's text as OCR gave it).
const scans: Array<{ text: string; file: string | undefined }> = [
  ...cacheFiles.map((entry) => {
    const data = JSON.parse(readFileSync(join(OCR_CACHE, entry), 'utf8')) as { pages: Record<string, string> };
    const text = Object.keys(data.pages)
      .sort((a, b) => Number(a) - Number(b))
      .map((p) => data.pages[p])
      .join('\n');
    return { text, file: byHash.get(entry.slice(0, 64)) };
  }),
  ...archive.filter((f) => /-OCR\.txt$/i.test(f)).map((file) => ({ text: readFileSync(file, 'utf8'), file })),
];

for (const { text, file } of scans) {
  for (const [shape, whole, repair] of [
    [STATE_SIGN_SHAPE, STATE_WHOLE, repairStateSign],
    [PARTY_SIGN_SHAPE, PARTY_WHOLE, repairPartySign],
  ] as const) {
    for (const m of text.matchAll(new RegExp(shape.source, 'gu'))) {
      signShaped++;
      if (whole.test(m[0])) continue;
      failing++;
      for (const c of confusions(m[0])) bump(c);
      if (repair(m[0]) !== null) repaired++;
    }
  }
  markers += [...text.matchAll(/^[ ]*©\)[ ]?\p{L}/gmu)].length;
  spacedSeries += [...text.matchAll(/(?<![\d.])\d{1,3}\.[ ]\d{1,3}[ ]?\/\d{4}\/[A-Z]/g)].length;

  if (!file) continue;
  const loaded = await loadFile(file, { ocr: { cacheDir: OCR_CACHE } });
  const doc = parseDocument(loaded.text, { documentId: 'scan', sourceName: loaded.sourceName });
  refs += doc.references.length;
  refKeys += new Set(doc.references.map((r) => r.target.key)).size;

  // A twin: the same stem (`-ban-ky` is the signed scan's suffix) as DOCX or text in the same folder.
  const stem = basename(file, extname(file)).replace(/-ban-ky$/, '');
  const twin = archive.find(
    (f) => f !== file && /\.(docx|doc|txt)$/i.test(f) && basename(f, extname(f)).replace(/-ban-ky$/, '') === stem,
  );
  if (!twin) continue;
  const twinText = (await loadFile(twin, {})).text;
  const twinSigns = new Set(findSymbols(twinText).map((s) => s.canonical.symbol));
  const scanDoc = parseDocument(loaded.text, { documentId: 'scan', sourceName: loaded.sourceName });
  const scanSigns = new Set([
    ...findSymbols(scanDoc.cleanText ?? '').map((s) => s.canonical.symbol),
    ...(scanDoc.metadata.symbol ? [scanDoc.metadata.symbol] : []),
  ]);
  twins.push({ twinSigns: twinSigns.size, found: [...twinSigns].filter((s) => scanSigns.has(s)).length });
}

console.log(`scans: ${cacheFiles.length} in the OCR cache, ${scans.length - cacheFiles.length} OCR text files`);
console.log(`sign-shaped tokens ${signShaped}, failing to parse ${failing}, repaired by the table ${repaired}`);
console.log(`point markers read as ©) at a line start: ${markers}`);
console.log(`series numbers with a space after the dot (66. 16/…): ${spacedSeries}`);
for (const [k, n] of [...count].sort((a, b) => b[1] - a[1])) console.log(`  ${String(n).padStart(4)}  ${k}`);
console.log(`references in scans: ${refs} (${refKeys} distinct targets per document, summed)`);
for (const t of twins) console.log(`twin: ${t.found} of ${t.twinSigns} signs of the text twin found in the scan`);
