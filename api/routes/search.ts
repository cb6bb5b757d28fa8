/** @module api/routes/search — `POST /api/search`: hybrid clause retrieval with filters. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { DocumentType } from '../../core/types.ts';
import { MAX_K, search } from '../../search/index.ts';
import type { AppDeps } from '../deps.ts';
import { ErrorSchema, SpanSchema } from '../schemas.ts';

const SEARCH_MODES = ['hybrid', 'lexical', 'dense'] as const;

const SearchRequest = z
  .object({
    query: z.string().trim().min(1, 'query is empty').max(2000),
    k: z.number().int().min(1).max(MAX_K).optional(),
    filters: z
      .object({
        type: z.string().max(8).optional(),
        issuer: z.string().max(200).optional(),
        place: z.string().max(200).optional(),
        dateFrom: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          .optional(),
        dateTo: z
          .string()
          .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/)
          .optional(),
        documentId: z.string().max(300).optional(),
      })
      .strict()
      .optional(),
    mode: z.enum(SEARCH_MODES).default('hybrid').openapi({
      description: '`hybrid` (default): both channels fused; `lexical` or `dense`: one channel alone, to inspect it',
    }),
  })
  .openapi('SearchRequest');

/** The request's mode → the search's channels. */
const CHANNELS = { hybrid: 'both', lexical: 'lexical', dense: 'dense' } as const;

const SearchResponse = z
  .object({
    results: z.array(
      z.object({
        clauseId: z.string(),
        documentId: z.string(),
        label: z.string(),
        text: z.string(),
        score: z.number(),
        highlights: z.array(SpanSchema),
        /** Clauses with nearly the same text (another copy of the document) collapsed into this one. */
        duplicates: z.array(z.string()),
      }),
    ),
    /** Content words of the query the search could use, and those it could not (unknown to glossary, index and catalog). */
    understood: z.array(z.string()),
    notUnderstood: z.array(z.string()),
    /** The mode the results were ranked in (echoes the request's, default `hybrid`). */
    mode: z.enum(SEARCH_MODES),
    tookMs: z.number(),
  })
  .openapi('SearchResponse');

export function searchRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(
    createRoute({
      method: 'post',
      path: '/api/search',
      tags: ['search'],
      request: { body: { required: true, content: { 'application/json': { schema: SearchRequest } } } },
      responses: {
        200: {
          description: 'Clauses ranked by fused lexical and dense relevance',
          content: { 'application/json': { schema: SearchResponse } },
        },
        400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
        429: { description: 'Too many requests', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const { query, k, filters, mode } = c.req.valid('json');
      const res = await search(deps.db, query, {
        k,
        channels: CHANNELS[mode],
        filters: filters && { ...filters, type: filters.type as DocumentType | undefined },
        embedder: deps.embedder,
      });
      return c.json(
        {
          results: res.results.map(({ signals: _, ...r }) => r),
          understood: res.understood,
          notUnderstood: res.notUnderstood,
          mode,
          tookMs: res.tookMs,
        },
        200,
      );
    },
  );
}
