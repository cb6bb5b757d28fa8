/** @module core/test-metadata — document metadata for test fixtures: nothing known but what the test gives. */
import type { DocumentMetadata } from './types.ts';

/**
 * Metadata with every field empty, then `meta` over it.
 * @example metadataOf({ type: 'CV', symbol: '1032-CV/TU' }) // issuer, place, date ... null; recipients []
 */
export function metadataOf(meta: Partial<DocumentMetadata> = {}): DocumentMetadata {
  return {
    type: null,
    symbol: null,
    symbolInferred: false,
    number: null,
    issuer: null,
    place: null,
    date: null,
    title: null,
    signer: null,
    recipients: [],
    ...meta,
  };
}
