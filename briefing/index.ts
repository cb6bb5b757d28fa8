/** @module briefing — extractive, cited briefings: assembly from the store, citation checks, DOCX and Markdown export. */
export * from './assemble.ts';
export * from './export-docx.ts';
export * from './export-markdown.ts';
export * from './relevance.ts';
export * from './types.ts';
export * from './verify-items.ts';
export * from './validity-filter.ts';
