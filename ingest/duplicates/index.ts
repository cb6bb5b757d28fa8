/** @module ingest/duplicates — recognises a document that arrives twice (other format, other folder, other typing). */
export {
  type Candidate,
  isSameDocument,
  mostSimilar,
  NEAR_DUPLICATE,
  type NearDuplicate,
  SAME_SYMBOL_DUPLICATE,
  symbolKey,
} from './same-document.ts';
export { FingerprintCandidates } from './fingerprint-candidates.ts';
export { fingerprintTokens, signatureWords, similarity, textFingerprint, wordsSimilarity } from './text-fingerprint.ts';
