/** @module ingest/references — find → canonicalize → resolve: references between documents, their keys and their resolution. */
export { PLENUM_RESOLUTIONS, type PlenumResolution, plenumResolution, resolutionOfSymbol } from './aliases.ts';
export {
  type CanonicalSymbol,
  canonicalSymbol,
  congressKey,
  documentKeyOf,
  isLocalSymbol,
  keyQualifiers,
  lawKey,
  mergeKeys,
  numberedKey,
  parseDocumentKey,
  partialKey,
  placeOfIssuer,
  plenumKey,
  resolutionKey,
  slug,
} from './canonical.ts';
export { type ExtractInput, extractReferences } from './extract.ts';
export { type FoundMentions, findMentions, type Mention } from './find.ts';
export { cueBefore, relationBefore } from './relation.ts';
export {
  issuersCompatible,
  keyFitsDocument,
  type Resolution,
  resolveDocumentKeys,
  similarity,
  type StoredDocumentInfo,
} from './resolve.ts';
export { applyResolution, type ResolutionResult } from './apply-resolution.ts';
