/**
 * @module evals/infer-scan
 * Symbols inferred for blank-numbered documents (#13) across a whole folder, with their evidence: parses every
 * dev-split file (no store; held-back files are skipped by path, never loaded), runs the resolver over all of
 * them together, and prints each inference with the blank document's header and the citing sentences, to be
 * judged by reading. Parses are cached (`--cache file`), so a resolver change re-runs in a second.
 * Usage: `npx tsx evals/infer-scan.ts <folder> [--cache /tmp/infer-scan.json] [--max-ocr-pages 5] [--ocr-cache dir]`
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { DocumentKey, DocumentMetadata } from '../core/types.ts';
import { resolveDocumentKeys } from '../ingest/references/index.ts';
import { arg, folderArg, parsedDevFiles } from './dev-files.ts';

const root = folderArg('npx tsx evals/infer-scan.ts <folder> [--cache file] [--max-ocr-pages 5]');
const cache = arg('cache');

interface Scanned {
  file: string;
  metadata: DocumentMetadata;
  citations: Array<{ target: DocumentKey; context: string }>;
}

async function scan(): Promise<Scanned[]> {
  const out: Scanned[] = [];
  for await (const scanned of parsedDevFiles(root)) {
    if ('error' in scanned) {
      console.error('not loaded', scanned.file, scanned.error.slice(0, 200));
      continue;
    }
    const { doc } = scanned;
    const citations = doc.references.map((r) => ({
      target: r.target,
      context: doc.cleanText
        .slice(Math.max(0, r.span.start - 120), r.span.end + 120)
        .replace(/\s+/g, ' ')
        .trim(),
    }));
    out.push({ file: scanned.file, metadata: doc.metadata, citations });
  }
  return out;
}

const scanned: Scanned[] = cache && existsSync(cache) ? JSON.parse(readFileSync(cache, 'utf8')) : await scan();
if (cache && !existsSync(cache)) writeFileSync(cache, JSON.stringify(scanned));

// As `applyResolution` reads it from the store: the latest full date among the documents each one cites.
const latestCited = (s: Scanned) =>
  s.citations
    .map((c) => c.target.date)
    .filter((d): d is string => d?.length === 10)
    .sort()
    .at(-1) ?? null;
const documents = scanned.map((s) => ({ id: s.file, ...s.metadata, latestCited: latestCited(s) }));
const keys = scanned.flatMap((s) => s.citations.map((c) => c.target));
const { nodeToDocument, inferredSymbols } = resolveDocumentKeys(documents, keys);
const blank = scanned.filter((s) => !s.metadata.symbol);
console.log(`documents: ${scanned.length}  blank number: ${blank.length}  inferred: ${inferredSymbols.size}\n`);
for (const [id, symbol] of [...inferredSymbols].sort()) {
  const m = scanned.find((s) => s.file === id)?.metadata;
  console.log(`${symbol}  ←  ${id}`);
  console.log(`  header: ${m?.type} | ${m?.issuer} | ${m?.date ?? `partial ${m?.partialDate}`} | ${m?.title}`);
  for (const s of scanned)
    for (const c of s.citations)
      if (nodeToDocument.get(c.target.key) === id)
        console.log(
          `  cited in ${s.file} as ${c.target.key} (${c.target.date ?? '-'}, ${c.target.issuer ?? '-'}):\n    …${c.context}…`,
        );
  console.log();
}
