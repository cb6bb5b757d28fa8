/**
 * @module tools/kb-tools
 * The knowledge base as tools for a model or an assistant: one definition per tool — a name, a
 * description written for a model, a zod input schema and a function over the store — from which
 * both the LangChain tools (`langchain-tools.ts`) and the MCP server (`mcp-server.ts`) are made.
 * Every result carries clause ids, labels and exact quotes, so a caller can cite and verify.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { z } from 'zod';
import { ask } from '../answer/ask.ts';
import {
  clauseAncestors,
  clauseFacts,
  getClause,
  getDocument,
  listClauses,
  searchTargets,
} from '../core/store/index.ts';
import type { Db } from '../core/store/index.ts';
import { lineage, MAX_DEPTH } from '../lineage/index.ts';
import { keyValidity, today } from '../lineage/validity/index.ts';
import { MAX_K, search } from '../search/index.ts';
import type { DocumentType } from '../core/types.ts';
import type { SearchFilters } from '../search/filters.ts';
import type { VankienEmbeddings } from '../search/index.ts';

/** What the tools run on. */
export interface ToolDeps {
  db: Db;
  embedder?: VankienEmbeddings;
  /** Generative answers for `ask`, when configured; the composed answer otherwise. */
  chat?: BaseChatModel | null;
}

export interface KbTool<S extends z.ZodObject = z.ZodObject> {
  name: string;
  title: string;
  description: string;
  input: S;
  run(deps: ToolDeps, args: z.infer<S>): Promise<unknown>;
}

/** Asked for something that is not there: a tool answers with this, never throws for model input. */
export class ToolInputError extends Error {
  override readonly name = 'ToolInputError';
}

const defineTool = <S extends z.ZodObject>(tool: KbTool<S>): KbTool<S> => tool;

/** Longest text a tool returns for one clause: a model reads it, a person may not. */
const MAX_TEXT = 1500;
const clip = (text: string) => (text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text);

export const searchClausesTool = defineTool({
  name: 'search_clauses',
  title: 'Search clauses',
  description:
    'Full-text search over the clauses of Vietnamese Party and State documents (Vietnamese with or without ' +
    'diacritics, or English). Returns the best clauses with clauseId, documentId, label (e.g. "khoản 1 Điều 2 ' +
    'Luật 69/2025/QH15") and text. Cite a clause by its clauseId and an exact substring of its text.',
  input: z.object({
    query: z.string().min(1).max(500).describe('What to look for, in the user’s words'),
    k: z.number().int().min(1).max(MAX_K).default(8).describe('How many clauses to return'),
    type: z.string().max(10).optional().describe('Document type code: NQ, CT, KL, CTr, KH, CV, QD, ND, TT, LUAT …'),
    place: z.string().max(100).optional().describe('Province or city of the issuer'),
    issuer: z.string().max(200).optional().describe('Part of the issuing body’s name'),
    year: z.number().int().min(1900).max(2100).optional().describe('Year of issue'),
  }),
  run: async ({ db, embedder }, { query, k, type, place, issuer, year }) => {
    const filters: SearchFilters = {
      type: type as DocumentType | undefined,
      place,
      issuer,
      ...(year === undefined ? {} : { dateFrom: `${year}-01-01`, dateTo: `${year}-12-31` }),
    };
    const res = await search(db, query, { k, embedder, filters });
    return {
      results: res.results.map((r) => ({
        clauseId: r.clauseId,
        documentId: r.documentId,
        label: r.label,
        text: clip(r.text),
        score: Math.round(r.score * 1e4) / 1e4,
      })),
    };
  },
});

export const askTool = defineTool({
  name: 'ask',
  title: 'Ask a question',
  description:
    'Answers a question about the documents with verified clause-level citations (who leads a task, targets, ' +
    'deadlines, which document implements or replaces which, signer and date). Says so (abstained: true) when the ' +
    'documents do not answer. Prefer this for a direct question; use search_clauses to explore.',
  input: z.object({ question: z.string().min(1).max(2000) }),
  run: async ({ db, embedder, chat }, { question }) => {
    const a = await ask(db, { question }, { embedder, chat });
    return {
      answer: a.answer,
      abstained: a.abstained,
      kind: a.kind,
      citations: a.citations.map((c) => ({
        clauseId: c.clauseId,
        documentId: c.documentId,
        label: c.label,
        quote: c.quote,
      })),
    };
  },
});

export const getClauseTool = defineTool({
  name: 'get_clause',
  title: 'Get a clause',
  description:
    'One clause by its clauseId: its full text, label, the headings above it (ancestors) and the facts read from it ' +
    '(responsible bodies with their roles, numeric targets).',
  input: z.object({ clauseId: z.string().min(1).max(300) }),
  run: async ({ db }, { clauseId }) => {
    const clause = await getClause(db, clauseId);
    if (!clause) throw new ToolInputError(`no clause with id "${clauseId}": take ids from search_clauses or ask`);
    const [ancestors, facts] = await Promise.all([clauseAncestors(db, clause), clauseFacts(db, clauseId)]);
    return {
      clauseId: clause.id,
      documentId: clause.documentId,
      label: clause.label,
      text: clause.text,
      ancestors: ancestors.map((a) => ({ clauseId: a.id, label: a.label, text: clip(a.text) })),
      responsibilities: facts.responsibilities.map((r) => ({ body: r.body, role: r.role, inherited: r.inherited })),
      targets: facts.targets.map((t) => ({
        indicator: t.indicator,
        value: t.value,
        unit: t.unit,
        deadline: t.deadline,
      })),
    };
  },
});

export const getDocumentTool = defineTool({
  name: 'get_document',
  title: 'Get a document',
  description:
    'One document by its documentId: type, symbol (số ký hiệu), issuer, place, date, title (trích yếu), signer, and ' +
    'the outline of its clauses (clauseId, label and the start of each text).',
  input: z.object({
    documentId: z.string().min(1).max(300),
    outline: z.number().int().min(0).max(500).default(60).describe('How many clauses of the outline to return'),
  }),
  run: async ({ db }, { documentId, outline }) => {
    const doc = await getDocument(db, documentId);
    if (!doc) throw new ToolInputError(`no document with id "${documentId}": take ids from search_clauses results`);
    const clauses = await listClauses(db, documentId);
    const { recipients: _, ...metadata } = doc.metadata;
    return {
      documentId: doc.id,
      sourceName: doc.sourceName,
      ...metadata,
      clauses: clauses.length,
      outline: clauses.slice(0, outline).map((c) => ({ clauseId: c.id, label: c.label, start: c.text.slice(0, 160) })),
    };
  },
});

export const lineageTool = defineTool({
  name: 'lineage',
  title: 'Document lineage',
  description:
    'Which documents a document implements, continues, cites (direction "up"), and which documents implement or ' +
    'cite it (direction "down"), with the quote and clause where each relation is stated. The key is a documentId, ' +
    'a symbol such as "81-KL/TW" or "71/2019/NĐ-CP", or a lineage node key.',
  input: z.object({
    key: z.string().min(1).max(300),
    direction: z.enum(['up', 'down', 'both']).default('both'),
    depth: z.number().int().min(1).max(MAX_DEPTH).default(2),
  }),
  run: async ({ db }, { key, direction, depth }) => {
    const graph = await lineage(db, key, { direction, depth });
    if (!graph) throw new ToolInputError(`nothing in the store is known as "${key}": try a symbol like 81-KL/TW`);
    return graph;
  },
});

export const targetsTool = defineTool({
  name: 'targets',
  title: 'Numeric targets',
  description:
    'Numeric targets stated in the documents (indicator, value, unit, comparator, deadline), each with its clause ' +
    'and exact quote. Filter by indicator words, year or place.',
  input: z.object({
    q: z.string().max(200).optional().describe('Indicator words, e.g. "thu gom chất thải rắn"'),
    year: z.number().int().min(1900).max(2100).optional(),
    place: z.string().max(200).optional(),
  }),
  run: async ({ db }, filters) => ({ targets: (await searchTargets(db, filters)).slice(0, 50) }),
});

export const validityTool = defineTool({
  name: 'validity',
  title: 'Validity (hiệu lực)',
  description:
    'Whether a document, or each of its articles, is in force as of a date: status (in_force, not_yet_in_force, ' +
    'amended, partly_repealed, replaced, repealed, suspended, expired, unknown), effective dates, and every change ' +
    'with the changing clause, its relation (amends, replaces, repeals …) and quote. The key is a documentId or a ' +
    'symbol such as "71/2019/NĐ-CP", including documents that are only cited.',
  input: z.object({
    key: z.string().min(1).max(300),
    asOf: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/)
      .optional()
      .describe('YYYY-MM-DD; today when omitted'),
  }),
  run: async ({ db }, { key, asOf }) => {
    const found = await keyValidity(db, key, asOf ?? today());
    if (!found) throw new ToolInputError(`nothing in the store is known as "${key}": try a symbol like 71/2019/NĐ-CP`);
    return found;
  },
});

/** Every tool, in the order an assistant lists them. */
export const KB_TOOLS = [
  searchClausesTool,
  askTool,
  getClauseTool,
  getDocumentTool,
  lineageTool,
  validityTool,
  targetsTool,
] as const;
