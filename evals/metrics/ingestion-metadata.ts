/**
 * @module evals/metrics/ingestion-metadata
 * Metadata fields of one stored document against the gold: type, printed symbol, inferred symbol,
 * issuer (or an accepted alias), place, date, signer name / title / capacity, title words.
 */
import type { DocumentMetadata } from '../../core/types.ts';
import type { GoldMetadata } from '../load-gold.ts';
import { folded, nameForm } from '../text-forms.ts';

export const METADATA_FIELDS = [
  'type',
  'symbol',
  'inferredSymbol',
  'issuer',
  'place',
  'date',
  'signerName',
  'signerTitle',
  'signerCapacity',
  'titleContains',
] as const;
export type MetadataField = (typeof METADATA_FIELDS)[number];

export interface FieldVerdict {
  field: MetadataField;
  expected: string | null;
  actual: string | null;
  correct: boolean;
}

/** `27-CTr/TU` and `27 - CTR/TU` compare equal; so do `QĐ` and `QD`. */
export function symbolForm(symbol: string | null | undefined): string | null {
  return symbol ? folded(symbol).replace(/\s+/g, '') : null;
}

function sameName(actual: string | null, expected: readonly (string | null)[]): boolean {
  return expected.some((e) => (e === null ? actual === null : actual !== null && nameForm(actual) === nameForm(e)));
}

/** One verdict per field of `METADATA_FIELDS`. */
export function scoreMetadata(gold: GoldMetadata, meta: DocumentMetadata): FieldVerdict[] {
  const printed = meta.symbolInferred ? null : meta.symbol;
  const inferred = meta.symbolInferred ? meta.symbol : null;
  const signer = meta.signer ?? { name: null, title: null, capacity: null };
  const verdict = (field: MetadataField, expected: string | null, actual: string | null, correct: boolean) => ({
    field,
    expected,
    actual,
    correct,
  });
  return [
    verdict('type', gold.type, meta.type, gold.type === meta.type),
    verdict('symbol', gold.symbol, printed, symbolForm(gold.symbol) === symbolForm(printed)),
    verdict('inferredSymbol', gold.inferredSymbol, inferred, symbolForm(gold.inferredSymbol) === symbolForm(inferred)),
    verdict('issuer', gold.issuer, meta.issuer, sameName(meta.issuer, [gold.issuer, ...(gold.issuerAliases ?? [])])),
    verdict(
      'place',
      gold.place,
      meta.place,
      sameName(meta.place, gold.placePrinted === false ? [gold.place, null] : [gold.place]),
    ),
    verdict('date', gold.date, meta.date, gold.date === meta.date),
    verdict('signerName', gold.signerName, signer.name, sameName(signer.name, [gold.signerName])),
    verdict('signerTitle', gold.signerTitle, signer.title, sameName(signer.title, [gold.signerTitle])),
    verdict('signerCapacity', gold.signerCapacity, signer.capacity, sameName(signer.capacity, [gold.signerCapacity])),
    verdict(
      'titleContains',
      gold.titleContains,
      meta.title,
      meta.title !== null && nameForm(meta.title).includes(nameForm(gold.titleContains)),
    ),
  ];
}
