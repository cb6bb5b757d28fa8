/** @module ingest/references/validity — validity relations (amends, replaces, repeals, …) and effective dates read from a document's text. */
export { extractDates } from './extract-dates.ts';
export { extractLinks } from './extract-links.ts';
export { type ExtractedValidity, extractValidity, type ValidityInput } from './extract-validity.ts';
export { articleOf, completePart, partsIn } from './parts.ts';
export { addDays, dateAt, isIsoDate } from './vn-date.ts';
