/**
 * @module evals/load-archive-gold
 * Blind gold written from the archive's files (`evals/archive/`, a copy of the documents the gold
 * needs): metadata per document and validity statements (relations that change force, effective
 * dates). Parsed with a schema so a typo fails loudly; each entry carries its split.
 */
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { GOLD_DIR } from './load-gold.ts';
import { SPLITS } from './split.ts';

/** The copies of the archive documents the gold was written from. */
export const ARCHIVE_COPY_DIR = fileURLToPath(new URL('./archive/', import.meta.url));

const Nullable = z.string().nullable();

const ArchiveMetadataSchema = z.object({
  split: z.enum(SPLITS),
  format: z.enum(['docx', 'doc', 'pdf', 'pdf-scan', 'txt']),
  type: Nullable,
  symbol: Nullable,
  draft: z.boolean().optional(),
  issuer: Nullable,
  issuerAliases: z.array(z.string()).optional(),
  parentIssuer: Nullable.optional(),
  place: Nullable,
  date: Nullable,
  signerName: Nullable,
  signerTitle: Nullable,
  signerCapacity: Nullable,
  title: Nullable,
  titleContains: Nullable,
  notes: z.string().nullable().optional(),
});
export type ArchiveMetadataGold = z.infer<typeof ArchiveMetadataSchema>;

export const VALIDITY_RELATIONS = ['amends', 'replaces', 'repeals', 'suspends', 'corrects', 'guides', 'basis'] as const;
/** Every document-to-document relation a complete gold lists: the validity ones, a Party/letter `Thực hiện`, a plain mention. */
export const GOLD_RELATIONS = [...VALIDITY_RELATIONS, 'implements', 'cites'] as const;
export type GoldRelation = (typeof GOLD_RELATIONS)[number];

const RelationGoldSchema = z.object({
  source: z.string(),
  split: z.enum(SPLITS),
  relation: z.enum(GOLD_RELATIONS),
  target: z.string(),
  /** The title a text names the target by when it gives no number there (`Luật Tổ chức Chính phủ năm 2025`). */
  targetName: z.string().optional(),
  targetPart: Nullable.optional(),
  sourcePart: Nullable.optional(),
  quote: z.string(),
  note: z.string().nullable().optional(),
});
export type RelationGold = z.infer<typeof RelationGoldSchema>;

const EffectiveGoldSchema = z.object({
  source: z.string(),
  split: z.enum(SPLITS),
  effectiveFrom: Nullable,
  rule: z.string().optional(),
  days: z.number().nullable().optional(),
  effectiveTo: Nullable.optional(),
  exceptions: Nullable.optional(),
  quote: z.string(),
  note: z.string().nullable().optional(),
});
export type EffectiveGold = z.infer<typeof EffectiveGoldSchema>;

const ValidityGoldSchema = z.object({
  /** Documents whose relations are all listed (a complete gold); absent in a gold that lists a choice. */
  documents: z
    .record(z.string(), z.object({ split: z.enum(SPLITS), complete: z.boolean(), note: Nullable.optional() }))
    .optional(),
  relations: z.array(RelationGoldSchema),
  effectiveDates: z.array(EffectiveGoldSchema),
});
export type ValidityGold = z.infer<typeof ValidityGoldSchema>;

function parseFile<T>(path: string, schema: z.ZodType<T>): T {
  const parsed = schema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 5).map((i) => `${i.path.join('.')}: ${i.message}`);
    throw new Error(`${path}: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** Metadata gold by path relative to the archive root; empty when the file is absent. */
export function loadArchiveMetadataGold(path = `${GOLD_DIR}archive-metadata.json`): Map<string, ArchiveMetadataGold> {
  if (!existsSync(path)) return new Map();
  return new Map(Object.entries(parseFile(path, MetadataGoldFileSchema)));
}

/** Who wrote a gold file, when, and how (`_provenance`, the one key that is not an archive path). */
const ProvenanceSchema = z.object({ written: z.string(), by: z.string(), blind: z.boolean(), how: z.string() });

/** Documents by path; a `_provenance` entry, where a file has one, is checked and left out of the map. */
const MetadataGoldFileSchema = z
  .object({ _provenance: ProvenanceSchema.optional() })
  .catchall(ArchiveMetadataSchema)
  .transform(({ _provenance, ...documents }) => documents as Record<string, ArchiveMetadataGold>);

/** Metadata gold of the fresh blind set (`gold/archive-metadata-fresh.json`), written like the first. */
export function loadFreshArchiveMetadataGold(
  path = `${GOLD_DIR}archive-metadata-fresh.json`,
): Map<string, ArchiveMetadataGold> {
  return loadArchiveMetadataGold(path);
}

/**
 * Metadata gold of the third blind set (`gold/archive-metadata-third.json`, 24 documents neither earlier set
 * lists, written 2026-12-07 before the parser ran on them), same schema.
 */
export function loadThirdArchiveMetadataGold(
  path = `${GOLD_DIR}archive-metadata-third.json`,
): Map<string, ArchiveMetadataGold> {
  return loadArchiveMetadataGold(path);
}

/**
 * The complete validity gold of the fresh set's 22 documents (`gold/archive-validity-fresh.json`): every
 * relation each text states to a named document — `Căn cứ` lines as basis, `Thực hiện` as implements,
 * every other document named by number (or a law by title and year) as cites — and every effective date.
 */
export function loadFreshValidityGold(path = `${GOLD_DIR}archive-validity-fresh.json`): ValidityGold {
  return loadValidityGold(path);
}

/** Validity gold; empty lists when the file is absent. */
export function loadValidityGold(path = `${GOLD_DIR}archive-validity.json`): ValidityGold {
  if (!existsSync(path)) return { relations: [], effectiveDates: [] };
  return parseFile(path, ValidityGoldSchema);
}
