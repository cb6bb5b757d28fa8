/** @module ingest/facts — facts read from clauses: the responsibilities of bodies and numeric targets. */
export { type BodyContext, bodyAliases, canonicalBody } from './bodies.ts';
export { extractResponsibilities } from './responsibilities.ts';
export { extractTargets } from './targets.ts';
