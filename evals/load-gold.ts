/**
 * @module evals/load-gold
 * The hand-written gold: questions (`gold/questions.json`) and per-document ingestion facts
 * (`gold/ingestion.json`), parsed with a schema so a typo in the gold fails loudly, not silently.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { QUESTION_KINDS } from '../answer/types.ts';

export const LANGS = ['vi', 'vi-nodiac', 'en'] as const;
export type Lang = (typeof LANGS)[number];

/**
 * Kinds only the archive gold uses, finer than the answerer's own: the answerer files a deadline or
 * penalty under `content`/`target` and a signer or validity under `metadata`/`lineage`.
 */
export const GOLD_ONLY_KINDS = ['deadline', 'penalty', 'signer', 'validity'] as const;

/** The answerer's question kinds, the gold-only kinds, and questions the corpus cannot answer. */
export const KINDS = [...QUESTION_KINDS, ...GOLD_ONLY_KINDS, 'out-of-corpus'] as const;
export type GoldKind = (typeof KINDS)[number];

export const QuestionSchema = z.object({
  id: z.string(),
  group: z.string(),
  lang: z.enum(LANGS),
  kind: z.enum(KINDS),
  question: z.string().min(1),
  /** NFC exact substrings of clean clause text; empty when no clause carries the answer in 25+ chars. */
  evidence: z.array(z.string().min(1)),
  answer: z.string().nullable(),
  answerAliases: z.array(z.string()).optional(),
  note: z.string().optional(),
  /** Archive questions: the document, relative to `evals/archive/`. */
  source: z.string().optional(),
  /** Archive questions: the document's held-back split (`/work/wt/split.tsv` rule). */
  split: z.enum(['dev', 'heldback']).optional(),
  /** Seed paraphrases: the id of the question in `questions.json` this one rewords. */
  paraphraseOf: z.string().optional(),
});
export type GoldQuestion = z.infer<typeof QuestionSchema>;

const MetadataSchema = z.object({
  type: z.string().nullable(),
  symbol: z.string().nullable(),
  inferredSymbol: z.string().nullable(),
  issuer: z.string().nullable(),
  issuerPrinted: z.boolean(),
  issuerAliases: z.array(z.string()).optional(),
  place: z.string().nullable(),
  /** False when the place is not printed: null is accepted as well as the gold value. */
  placePrinted: z.boolean().optional(),
  date: z.string().nullable(),
  signerName: z.string().nullable(),
  signerTitle: z.string().nullable(),
  signerCapacity: z.string().nullable(),
  titleContains: z.string(),
  title: z.string(),
  notes: z.string().optional(),
});

const ClausesSchema = z.object({
  sections: z.array(z.string()),
  /** Items by section marker, or `root` when the document has no sections. */
  items: z.record(z.string(), z.array(z.string())),
  /** Sub-items by their item's marker. */
  subItems: z.record(z.string(), z.array(z.string())),
  notes: z.string().optional(),
});

const RelationSchema = z.enum(['implements', 'continues', 'reviews', 'attaches', 'cites']);

const ReferenceSchema = z.object({
  symbol: z.string().nullable(),
  type: z.string().nullable(),
  relation: RelationSchema,
  relationAlt: z.array(RelationSchema).optional(),
  basis: z.boolean(),
  inClause: z.string(),
  path: z.array(z.string()),
  issuer: z.string().optional(),
  date: z.string().optional(),
  name: z.string().optional(),
  resolvesTo: z.string().optional(),
  /** Not counted against recall; matching it does not count against precision. */
  optional: z.boolean().optional(),
  note: z.string().optional(),
});
export type GoldReference = z.infer<typeof ReferenceSchema>;

const RoleSchema = z.enum(['lead', 'direct', 'coordinate', 'advise', 'monitor', 'report', 'implement']);

const ResponsibilitySchema = z.object({
  clause: z.string(),
  path: z.array(z.string()),
  role: RoleSchema,
  roleAlt: z.array(RoleSchema).optional(),
  body: z.string(),
  bodyText: z.string().optional(),
  aliases: z.array(z.string()).optional(),
  inherited: z.boolean(),
  generic: z.boolean().optional(),
  place: z.string().optional(),
  quote: z.string().optional(),
  sourceClause: z.string().optional(),
  sourceQuote: z.string().optional(),
  to: z.string().optional(),
  note: z.string().optional(),
});
export type GoldResponsibility = z.infer<typeof ResponsibilitySchema>;

const TargetSchema = z.object({
  clause: z.string(),
  path: z.array(z.string()),
  indicator: z.string(),
  value: z.number(),
  valueText: z.string(),
  unit: z.string().nullable(),
  deadline: z.number().nullable(),
  scope: z.string().nullable(),
  quote: z.string(),
  period: z.object({ from: z.number(), to: z.number() }).nullable(),
  note: z.string().optional(),
});
export type GoldTarget = z.infer<typeof TargetSchema>;

const DocumentGoldSchema = z.object({
  metadata: MetadataSchema,
  clauses: ClausesSchema,
  references: z.array(ReferenceSchema),
  citedTitleRelations: z.array(z.record(z.string(), z.unknown())).optional(),
  responsibilities: z.array(ResponsibilitySchema),
  targets: z.array(TargetSchema),
  notes: z.string().optional(),
});
export type DocumentGold = z.infer<typeof DocumentGoldSchema>;
export type GoldMetadata = DocumentGold['metadata'];
export type GoldClauses = DocumentGold['clauses'];

export const GOLD_DIR = fileURLToPath(new URL('./gold/', import.meta.url));

/** Copies of the archive documents the archive questions are written over. */
export const ARCHIVE_DIR = fileURLToPath(new URL('./archive/', import.meta.url));

/** The gold questions, in file order. Throws naming the first bad entry. */
export function loadQuestions(path = `${GOLD_DIR}questions.json`): GoldQuestion[] {
  const parsed = z.array(QuestionSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${formatIssues(parsed.error)}`);
  const ids = new Set<string>();
  for (const q of parsed.data) {
    if (ids.has(q.id)) throw new Error(`${path}: duplicate question id ${q.id}`);
    ids.add(q.id);
  }
  return parsed.data;
}

/** Questions over the real archive (`gold/archive-questions.json`), each with its source document and split. */
export function loadArchiveQuestions(path = `${GOLD_DIR}archive-questions.json`): GoldQuestion[] {
  const questions = loadQuestions(path);
  const unsourced = questions.find((q) => !q.source || !q.split);
  if (unsourced) throw new Error(`${path}: question ${unsourced.id} needs a source and a split`);
  return questions;
}

/**
 * The fresh blind set (`gold/archive-questions-fresh.json`): written in session 6 over archive documents
 * no one had used, before vankien ever ran on them — the measure of what generalizes. Same schema.
 */
export function loadFreshArchiveQuestions(path = `${GOLD_DIR}archive-questions-fresh.json`): GoldQuestion[] {
  return loadArchiveQuestions(path);
}

/** The seed questions reworded twice (`gold/seed-paraphrases.json`), each naming the seed it rewords. */
export function loadSeedParaphrases(path = `${GOLD_DIR}seed-paraphrases.json`): GoldQuestion[] {
  const questions = loadQuestions(path);
  const orphan = questions.find((q) => !q.paraphraseOf);
  if (orphan) throw new Error(`${path}: question ${orphan.id} needs paraphraseOf`);
  return questions;
}

/** Ingestion gold by source file name (`can-tho-cong-van-2024-ket-luan-81.txt`). */
export function loadIngestionGold(path = `${GOLD_DIR}ingestion.json`): Map<string, DocumentGold> {
  const parsed = z.record(z.string(), DocumentGoldSchema).safeParse(JSON.parse(readFileSync(path, 'utf8')));
  if (!parsed.success) throw new Error(`${path}: ${formatIssues(parsed.error)}`);
  return new Map(Object.entries(parsed.data));
}

/** Questions the corpus can answer (everything but `out-of-corpus`). */
export function isAnswerable(q: GoldQuestion): boolean {
  return q.kind !== 'out-of-corpus';
}

function formatIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.')}: ${i.message}`)
    .join('; ');
}
