/** @module briefing/types — what a briefing is: sections of extracted items, each carrying the citation of its exact words. */
import type { Citation } from '../answer/types.ts';
import type { BriefingHeader } from './document-format.ts';
import type { ExcludedSource } from './validity-filter.ts';

export type { BriefingHeader };

/** One cited clause, as answers cite: `quote` is an exact substring of the stored text of `clauseId`. */
export type { Citation };

/** Assessments (results, shortcomings) are kept apart from tasks: a sentence that reports is not a task. */
export type BriefingSectionId = 'assessments' | 'targets' | 'tasks' | 'lineage';

export type BriefingLang = 'vi' | 'en';

/** One line of a briefing: an optional summary built from extracted facts, then the document's own words. */
export interface BriefingItem {
  /** Stable within a briefing: `<section>:<clauseId>:<offset>`. */
  id: string;
  /** Structured lead-in from the facts (`Chủ trì: Ủy ban nhân dân thành phố`), or null. */
  summary: string | null;
  /** The extracted sentence: always equal to `citation.quote`. */
  text: string;
  citation: Citation;
}

export interface BriefingSection {
  id: BriefingSectionId;
  items: BriefingItem[];
}

/** A document the briefing draws on. */
export interface BriefingDocument {
  id: string;
  symbol: string | null;
  type: string | null;
  title: string | null;
  date: string | null;
  place: string | null;
}

export interface Briefing {
  topic: string;
  /** ISO timestamp. */
  generatedAt: string;
  /** The day whose law the briefing states (validity as of this date). */
  asOf: string;
  sections: BriefingSection[];
  documents: BriefingDocument[];
  /** Documents and articles on the topic left out because they are no longer in force. */
  excluded: ExcludedSource[];
}

/** What to brief on. Everything but the topic narrows the documents considered. */
export interface BriefingRequest {
  topic: string;
  /** Only these documents (all when empty or absent). */
  documentIds?: string[];
  /** Documents whose place or issuer names one of these (case- and diacritics-insensitive). */
  places?: string[];
  /** Documents issued within these years (inclusive). */
  period?: { from?: number; to?: number };
  /** Language of the summaries; the quoted words stay as written. */
  lang?: BriefingLang;
  /** Validity as of this ISO date (default today): documents and articles no longer in force are left out. */
  asOf?: string;
  /** Keep documents and articles no longer in force (a historical briefing). */
  includeEnded?: boolean;
}

/** What the exporters take: the (possibly edited) sections of a briefing. */
export interface BriefingExport {
  topic: string;
  lang?: BriefingLang;
  sections: BriefingSection[];
  /** ISO date shown under the title; default today. */
  date?: string;
  /** Header block and signature; with an issuer, the document takes its Party or State format. */
  header?: BriefingHeader;
  /** The author's introduction, before the sections (paragraphs separated by blank lines). */
  intro?: string;
  /** What the briefing left out as no longer in force, noted after the sections. */
  excluded?: ExcludedSource[];
}
