/**
 * @module ingest/references/validity/extract-validity
 * A document's validity statements: the relations by which it changes other documents' force (and
 * names its basis and what it guides), and the dates of its own force. References that a validity
 * verb governs take that relation (`replaces`, `repeals`, …) so lineage edges carry it. A `Căn cứ`
 * line's documents become `basis` edges: the reference layer types `căn cứ` as implements (a Party
 * opening's reading), but a decree or a letter resting on a law does not implement it; lineage
 * questions about implementing still reach them (basis is in the implements family of answer/).
 */
import type {
  Clause,
  DocumentMetadata,
  EffectiveDate,
  Reference,
  ValidityLink,
  ValidityRelation,
} from '../../../core/types.ts';
import { STANDARD_KINDS } from '../../../core/patterns.ts';
import { foldKeepingOffsets } from '../../../core/text/vietnamese.ts';
import { extractDates } from './extract-dates.ts';
import { extractLinks } from './extract-links.ts';
import { quoteBlocks } from './quote-blocks.ts';
import { reportedLinks } from './reported-links.ts';

export interface ValidityInput {
  cleanText: string;
  clauses: Clause[];
  references: Reference[];
  metadata: Pick<DocumentMetadata, 'type' | 'date'>;
}

export interface ExtractedValidity {
  links: ValidityLink[];
  dates: EffectiveDate[];
  /** The references with governed ones retyped (same order, new objects where changed). */
  references: Reference[];
}

/** Relations that replace a reference's Party-era relation on its lineage edge. */
const RETYPE = new Set<ValidityRelation>(['amends', 'replaces', 'repeals', 'suspends', 'corrects', 'guides', 'basis']);
/** Technical standards are cited, not acts whose force a Căn cứ line or a changing verb governs here. */
const STANDARD_TYPES = new Set<string>(STANDARD_KINDS.map((k) => k.type));

/**
 * Validity links and effective dates of one parsed document.
 * @example extractValidity({ cleanText, clauses, references, metadata }).links.map((l) => [l.relation, l.targetKey, l.targetPart])
 */
export function extractValidity(input: ValidityInput): ExtractedValidity {
  const folded = foldKeepingOffsets(input.cleanText);
  const blocks = quoteBlocks(input.cleanText);
  const acts = input.references.filter((r) => !STANDARD_TYPES.has(r.target.type ?? ''));
  const { links: own, retyped } = extractLinks({ ...input, references: acts, folded, blocks });
  const links = [...own, ...reportedLinks({ ...input, references: acts, folded, blocks })];
  const dates = extractDates({ ...input, folded, blocks });
  const references = input.references.map((r) => {
    const relation = retyped.get(r);
    return relation && RETYPE.has(relation) ? { ...r, relation } : r;
  });
  return { links, dates, references };
}
