/**
 * @module ingest/parse-document
 * The pure pipeline for one document: clean → clause tree → metadata → references → facts.
 * Text in, ParsedDocument out; no I/O, so every stage is testable on golden text.
 */
import { createHash } from 'node:crypto';
import { z } from 'zod';
import { typeName } from '../core/patterns.ts';
import { cleanText } from '../core/text/clean.ts';
import type { MappedText } from '../core/text/mapped-text.ts';
import type { DocumentMetadata, DocumentType, MetadataSource, ParsedDocument } from '../core/types.ts';
import { extractResponsibilities, extractTargets } from './facts/index.ts';
import { extractReferences } from './references/index.ts';
import { extractValidity } from './references/validity/index.ts';
import { buildClauseTree } from './structure/clause-tree.ts';
import { extractMetadata } from './structure/metadata.ts';
import { symbolFromSourceName } from './structure/source-name-symbol.ts';
import { sourceHash } from './parser-version.ts';

/** Fields a `NAME.meta.json` sidecar may supply or override. */
export const SidecarSchema = z
  .object({
    type: z.string().max(8).optional(),
    symbol: z.string().max(60).optional(),
    number: z.string().max(12).optional(),
    issuer: z.string().max(300).optional(),
    place: z.string().max(120).optional(),
    date: z
      .string()
      .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'date must be YYYY, YYYY-MM or YYYY-MM-DD')
      .optional(),
    title: z.string().max(1000).optional(),
    signer: z
      .object({ capacity: z.string().nullable(), title: z.string().nullable(), name: z.string().nullable() })
      .optional(),
  })
  .strict();
export type Sidecar = z.infer<typeof SidecarSchema>;

export interface ParseOptions {
  documentId: string;
  sourceName: string;
  sidecar?: Sidecar;
}

/** `1032-CV/TU`, or `Chỉ thị ngày 10/10/2005`, or `Chỉ thị (Ban Thường vụ Thành ủy)` when the number is lost. */
export function documentLabel(meta: Pick<DocumentMetadata, 'symbol' | 'type' | 'date' | 'issuer'>): string {
  if (meta.symbol) return meta.symbol;
  const name = typeName(meta.type) ?? 'Văn bản';
  if (meta.date) return `${name} ngày ${meta.date.split('-').reverse().join('/')}`;
  return meta.issuer ? `${name} (${meta.issuer})` : name;
}

/**
 * Name ending a legal citation: the type and symbol (`Luật 69/2025/QH15`, `Nghị định 71/2019/NĐ-CP`),
 * or the document label when the symbol is unknown.
 */
export function citationName(meta: Pick<DocumentMetadata, 'symbol' | 'type' | 'date' | 'issuer'>): string {
  const name = typeName(meta.type);
  return meta.symbol && name ? `${name} ${meta.symbol}` : documentLabel(meta);
}

/** Lines of the laid-out text that overlap [from, to) of the original (leading tabs and all). */
function linesBetween(repaired: MappedText, from: number, to: number): string[] {
  const out: string[] = [];
  let at = 0;
  for (const line of repaired.text.split('\n')) {
    const start = repaired.toOriginal(at);
    const end = repaired.toOriginal(at + line.length);
    if (end > from && start < to) out.push(line);
    at += line.length + 1;
  }
  return out;
}

const CLOSING_KINDS = new Set(['closing', 'recipients', 'signature']);

export function contentHash(text: string): string {
  return createHash('sha256').update(text).digest('hex');
}

/** Parse one document's decoded text. Pure: the same text and options give the same result. */
export function parseDocument(rawText: string, options: ParseOptions): ParsedDocument {
  const { repaired, clean } = cleanText(rawText);
  const text = clean.text;
  const draft = buildClauseTree({ documentId: options.documentId, cleanText: text, documentLabel: '' });

  const firstBody = draft.find((c) => c.kind !== 'preamble');
  const firstClosing = draft.find((c) => CLOSING_KINDS.has(c.kind));
  const headerEnd = firstBody ? clean.toOriginal(firstBody.span.start) : rawText.length;
  const closingStart = firstClosing ? clean.toOriginal(firstClosing.span.start) : rawText.length;
  const opening = draft.filter((c) => c.parentId === null && (c.kind === 'paragraph' || c.kind === 'preamble'));

  const headerLines = linesBetween(repaired, 0, headerEnd);
  const printed = extractMetadata({
    headerLines,
    closingLines: linesBetween(repaired, closingStart, rawText.length + 1),
    openingParagraphs: opening.map((c) => c.text),
    cleanText: text,
    layoutLines: repaired.text.split('\n'),
  });
  const named =
    printed.symbol === null && !printed.draft ? symbolFromSourceName(options.sourceName, headerLines) : null;
  const extracted = named ? { ...printed, symbol: named.symbol, number: named.number } : printed;
  const { metadata, sources } = applySidecar(extracted, options.sidecar, named !== null);

  const clauses = buildClauseTree({
    documentId: options.documentId,
    cleanText: text,
    documentLabel: documentLabel(metadata),
    citationName: citationName(metadata),
  });
  const found = extractReferences({ documentId: options.documentId, cleanText: text, clauses, metadata });
  const { references, links, dates } = extractValidity({ cleanText: text, clauses, references: found, metadata });
  const responsibilities = extractResponsibilities(clauses, { place: metadata.place, issuer: metadata.issuer });
  const targets = extractTargets(clauses, { place: metadata.place, date: metadata.date, title: metadata.title });

  return {
    id: options.documentId,
    sourceName: options.sourceName,
    contentHash: sourceHash(rawText, options.sidecar),
    rawText,
    cleanText: text,
    metadata,
    metadataSources: sources,
    clauses,
    references,
    responsibilities,
    targets,
    validity: { links, dates },
  };
}

function applySidecar(
  extracted: DocumentMetadata,
  sidecar: Sidecar | undefined,
  fromName = false,
): { metadata: DocumentMetadata; sources: ParsedDocument['metadataSources'] } {
  const sources: Partial<Record<keyof DocumentMetadata, MetadataSource>> = {};
  for (const [k, v] of Object.entries(extracted)) {
    if (v !== null && !(Array.isArray(v) && v.length === 0) && k !== 'symbolInferred') {
      sources[k as keyof DocumentMetadata] = 'text';
    }
  }
  // A header number no one could read (not a draft's blank), given by the file's name.
  if (fromName) sources.symbol = sources.number = 'file-name';
  if (!sidecar) return { metadata: extracted, sources };
  const metadata: DocumentMetadata = { ...extracted };
  for (const [k, v] of Object.entries(sidecar)) {
    if (v === undefined) continue;
    (metadata as unknown as Record<string, unknown>)[k] = k === 'type' ? (v as DocumentType) : v;
    sources[k as keyof DocumentMetadata] = 'sidecar';
  }
  return { metadata, sources };
}
