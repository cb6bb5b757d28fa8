/**
 * @module evals/suites/archive-metadata-suite
 * Metadata of the archive's gold documents as stored, field by field, against the blind gold,
 * reported per split: the held-back figure is the one that says how the parser does on headers
 * nobody tuned for.
 */
import type { DocumentMetadata } from '../../core/types.ts';
import type { ArchiveMetadataGold } from '../load-archive-gold.ts';
import type { Split } from '../split.ts';
import { nameForm } from '../text-forms.ts';
import { symbolForm } from '../metrics/ingestion-metadata.ts';

export const ARCHIVE_FIELDS = ['type', 'symbol', 'issuer', 'place', 'date', 'signer', 'title'] as const;
export type ArchiveField = (typeof ARCHIVE_FIELDS)[number];

export interface ArchiveFieldVerdict {
  file: string;
  split: Split;
  field: ArchiveField;
  expected: string | null;
  actual: string | null;
  correct: boolean;
}

export interface ArchiveMetadataReport {
  /** split → field → share correct. */
  accuracy: Record<Split, Record<ArchiveField, number>>;
  documents: Record<Split, number>;
  /** Gold documents that were not stored (failed or missing), by split. */
  missing: Array<{ file: string; split: Split; reason: string }>;
  misses: ArchiveFieldVerdict[];
}

/** `NĐ`, `Nd`, `ND` compare equal, as `Luật` and `LUAT` do. */
function typeForm(type: string | null): string | null {
  return type === null ? null : nameForm(type).replace(/\s+/g, '').toUpperCase();
}

function sameName(actual: string | null, expected: readonly (string | null)[]): boolean {
  return expected.some((e) => (e === null ? actual === null : actual !== null && nameForm(actual) === nameForm(e)));
}

/** One verdict per field for one document; `meta` null when the document was not stored. */
export function scoreArchiveMetadata(
  file: string,
  gold: ArchiveMetadataGold,
  meta: DocumentMetadata | null,
): ArchiveFieldVerdict[] {
  const printed = meta && !meta.symbolInferred ? meta.symbol : null;
  const v = (field: ArchiveField, expected: string | null, actual: string | null, correct: boolean) => ({
    file,
    split: gold.split,
    field,
    expected,
    actual,
    correct: meta !== null && correct,
  });
  const title = meta?.title ?? null;
  const wantTitle = gold.titleContains ?? gold.title;
  return [
    v('type', gold.type, meta?.type ?? null, typeForm(gold.type) === typeForm(meta?.type ?? null)),
    v('symbol', gold.symbol, printed, symbolForm(gold.symbol) === symbolForm(printed)),
    v(
      'issuer',
      gold.issuer,
      meta?.issuer ?? null,
      sameName(meta?.issuer ?? null, [gold.issuer, ...(gold.issuerAliases ?? [])]),
    ),
    v('place', gold.place, meta?.place ?? null, sameName(meta?.place ?? null, [gold.place])),
    v('date', gold.date, meta?.date ?? null, gold.date === (meta?.date ?? null)),
    v('signer', gold.signerName, meta?.signer?.name ?? null, sameName(meta?.signer?.name ?? null, [gold.signerName])),
    v(
      'title',
      wantTitle,
      title,
      wantTitle === null ? title === null : title !== null && nameForm(title).includes(nameForm(wantTitle)),
    ),
  ];
}

/** Scores every gold document; `metadataOf` answers null for a document that was not stored. */
export async function runArchiveMetadataSuite(
  gold: ReadonlyMap<string, ArchiveMetadataGold>,
  metadataOf: (file: string) => Promise<{ meta: DocumentMetadata | null; reason?: string }>,
): Promise<ArchiveMetadataReport> {
  const verdicts: ArchiveFieldVerdict[] = [];
  const missing: ArchiveMetadataReport['missing'] = [];
  const documents: Record<Split, number> = { dev: 0, heldback: 0 };
  for (const [file, g] of gold) {
    const { meta, reason } = await metadataOf(file);
    documents[g.split]++;
    if (meta === null) missing.push({ file, split: g.split, reason: reason ?? 'not stored' });
    verdicts.push(...scoreArchiveMetadata(file, g, meta));
  }
  const accuracy = {} as ArchiveMetadataReport['accuracy'];
  for (const split of ['dev', 'heldback'] as const) {
    accuracy[split] = {} as Record<ArchiveField, number>;
    for (const field of ARCHIVE_FIELDS) {
      const vs = verdicts.filter((x) => x.split === split && x.field === field);
      accuracy[split][field] = vs.length === 0 ? Number.NaN : vs.filter((x) => x.correct).length / vs.length;
    }
  }
  return { accuracy, documents, missing, misses: verdicts.filter((x) => !x.correct) };
}
