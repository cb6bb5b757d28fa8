/** @module lineage/validity — status of documents and articles (in force, amended, replaced, …) derived on read from stored validity statements. */
export {
  articleStatus,
  type ChangedBy,
  documentStatus,
  type Validity,
  type ValidityFacts,
  VALIDITY_STATUSES,
  type ValidityStatus,
} from './derive-status.ts';
export {
  type ExtractedCitation,
  type ExtractedDate,
  type ExtractedRelation,
  listExtractedCitations,
  listExtractedValidity,
} from './list-extracted.ts';
export {
  articleOpened,
  documentValidity,
  type KeyValidity,
  keyValidity,
  nodeStatuses,
  today,
  validityFacts,
} from './read-validity.ts';
export { documentStatuses, STILL_IN_FORCE } from './document-statuses.ts';
