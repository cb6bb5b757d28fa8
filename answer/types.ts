/** @module answer/types — what the answerer reads from a question and what it hands back: kinds, slots, citations, answers. */

import type { DocumentType } from '../core/types.ts';
import type { LineageFamily } from './lineage-question.ts';

/**
 * What a question asks for; `content` is the open question answered with quoted clauses; `amount` a sum or
 * quantity with its unit (a fine, a price, tonnes, hectares); `deadline` a date or time limit for a task;
 * `validity` whether a document or article is in force and what changed it.
 */
export type QuestionKind =
  | 'lead'
  | 'coordinate'
  | 'report'
  | 'target'
  | 'amount'
  | 'deadline'
  | 'lineage'
  | 'metadata'
  | 'content'
  | 'validity';

export const QUESTION_KINDS = [
  'lead',
  'coordinate',
  'report',
  'target',
  'amount',
  'deadline',
  'lineage',
  'metadata',
  'content',
  'validity',
] as const satisfies readonly QuestionKind[];

/** The question's language: Vietnamese with or without diacritics, or English. */
export type QuestionLang = 'vi' | 'vi-nodiac' | 'en';

/** Metadata fields a question can ask for. */
export type MetadataField = 'signer' | 'date' | 'symbol' | 'place' | 'issuer';

/** A document named in the question: a symbol (`81-KL/TW`) or a type and number (`kết luận 81`). */
export interface DocumentMention {
  /** Words as written in the question. */
  mention: string;
  type: DocumentType | null;
  number: string | null;
  /** Canonical symbol when printed whole (`81-KL/TW`), else null. */
  symbol: string | null;
  /** Offset of the mention in the question. */
  at: number;
}

/** A cue about who issued a document the question asks for (`của Bộ Chính trị`, `Government`). */
export interface IssuerCue {
  /** Display name (`Bộ Chính trị`). */
  name: string;
  /** Symbols of documents from this issuer end like this (`/TW`, `-CP`, `/TU`). */
  symbolSuffix: string;
}

/** What `classifyQuestion` reads from the question. */
export interface QuestionSlots {
  /** Content words of the question (matching form), after question words and kind cues are removed. */
  terms: string[];
  /** Neighbouring content words of the question (folded bigrams), for telling phrases the corpus never uses. */
  pairs: string[];
  /** Neighbouring words of the question, stopwords included (folded bigrams): candidate phrases (`do thi` = `đô thị`). */
  phrases: string[];
  /** The question with question words and cue phrases removed: the retrieval query. */
  query: string;
  mentions: DocumentMention[];
  /** Places named, in canonical spelling (`Cần Thơ`). */
  places: string[];
  years: number[];
  /** Full dates named (`13/6/2016` → `2016-06-13`). */
  dates: string[];
  /** Type of the document the question is about (`chỉ thị`, `the directive`), when named without a number. */
  docType: DocumentType | null;
  /** For lineage: the type of document asked for (`nghị quyết nào` → NQ); null for any (`văn bản nào`). */
  askedType: DocumentType | null;
  /** For lineage: who issued the document asked for. */
  askedIssuer: IssuerCue | null;
  /** For lineage: documents this one rests on (`upstream`) or documents implementing a named one (`downstream`). */
  direction: 'upstream' | 'downstream';
  /** For lineage: the relation asked about (`thay thế` → `replaces`), or null when none is named. */
  relation: LineageFamily | null;
  /** For metadata questions: the fields asked for. */
  fields: MetadataField[];
}

export interface ClassifiedQuestion {
  text: string;
  lang: QuestionLang;
  kind: QuestionKind;
  slots: QuestionSlots;
  /** A follow-up (`còn ai phối hợp?`) asked with no earlier question to follow. */
  unanchored?: boolean;
  /** For a follow-up: the source labels the earlier answer quoted, so the answer stays on those clauses. */
  follows?: string[];
}

/** One cited clause: `quote` is an exact substring of the stored text of `clauseId`. */
export interface Citation {
  clauseId: string;
  documentId: string;
  label: string;
  quote: string;
}

export type AnswerMode = 'compose' | 'generative' | 'agent';

/**
 * Who declined: a follow-up with nothing to follow, a rule on the question alone (`declinesByRule`), nothing
 * retrieved, the kind answerer finding nothing it can state, a value asked of a party the cited documents never
 * name (`partyReason`), the abstain model on the draft, or citation checks removing every citation.
 */
export const DECLINE_MECHANISMS = [
  'follow-up',
  'rule',
  'nothing retrieved',
  'answerer',
  'party',
  'model',
  'citations',
] as const;
export type DeclineMechanism = (typeof DECLINE_MECHANISMS)[number];

/** The answerer's result, before timing is added at the edge. */
export interface Answer {
  answer: string;
  abstained: boolean;
  kind: QuestionKind;
  citations: Citation[];
  meta: {
    mode: AnswerMode;
    lang: QuestionLang;
    /** Sentences or citations dropped because their citation did not verify. */
    removed: number;
    /** Why the answerer abstained, when it did. */
    reason?: string;
    /** Which mechanism declined, when it did. */
    declinedBy?: DeclineMechanism;
    /** Cited documents whose force has changed (amended, replaced, repealed, …), with what changed them. */
    validity?: {
      documentId: string;
      status: string;
      changedBy: { key: string; symbol: string | null; relation: string; part: string | null; date: string | null }[];
    }[];
  };
}

/** One turn of the conversation before the question. */
export interface HistoryTurn {
  role: 'user' | 'assistant';
  content: string;
}
