/** @module api/routes/validity — `GET /api/validity/:key?asOf=YYYY-MM-DD`: is a document (stored or only cited) in force, and which clauses of which documents say so. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { isIsoDate } from '../../ingest/references/validity/vn-date.ts';
import { keyValidity, today, VALIDITY_STATUSES } from '../../lineage/validity/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { ErrorSchema } from '../schemas.ts';

const RELATIONS = ['amends', 'replaces', 'repeals', 'suspends', 'corrects', 'guides', 'basis'] as const;

/** `validity` as documents, clauses and this route give it. */
export const ValiditySchema = z
  .object({
    status: z.enum(VALIDITY_STATUSES as [string, ...string[]]),
    effectiveFrom: z.string().nullable(),
    effectiveTo: z.string().nullable().openapi({ description: 'Last day in force, when stated' }),
    changedBy: z.array(
      z.object({
        key: z.string().openapi({
          description: 'Id of the changing document (GET /api/documents/:id), or its node key when it is only cited',
        }),
        symbol: z.string().nullable(),
        clauseId: z.string(),
        relation: z.enum(RELATIONS),
        part: z.string().nullable().openapi({ description: 'The part changed (`khoản 1 Điều 79`); null: the whole' }),
        date: z.string().nullable(),
        quote: z.string(),
        exception: z.string().nullable(),
        reportedIn: z.string().nullable().openapi({
          description: 'Id of the document whose clause (clauseId) reports the change; null when `key` states it',
        }),
        reportedInSymbol: z
          .string()
          .nullable()
          .openapi({ description: 'The reporting document’s symbol, if it has one' }),
      }),
    ),
    statedIn: z.array(z.object({ clauseId: z.string(), quote: z.string() })),
  })
  .openapi('Validity');

const KeyValiditySchema = z
  .object({
    documentId: z.string().nullable(),
    key: z.string(),
    symbol: z.string().nullable(),
    title: z.string().nullable(),
    asOf: z.string(),
    validity: ValiditySchema,
    articles: z.array(z.object({ article: z.string(), clauseId: z.string(), validity: ValiditySchema })),
  })
  .openapi('KeyValidity');

export function validityRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(
    createRoute({
      method: 'get',
      path: '/api/validity/{key}',
      tags: ['validity'],
      request: {
        params: z.object({
          key: z
            .string()
            .min(1)
            .max(300)
            .openapi({ description: 'Document id, node key or symbol (`163/2013/NĐ-CP`, `146/2025/NĐ-CP`)' }),
        }),
        query: z.object({
          asOf: z
            .string()
            .max(10)
            .refine(isIsoDate, 'asOf must be a real date written YYYY-MM-DD')
            .optional()
            .openapi({ description: 'Status on this day (default: today)' }),
        }),
      },
      responses: {
        200: {
          description: 'Status, dates and the clauses that change it; articles with their own status',
          content: { 'application/json': { schema: KeyValiditySchema } },
        },
        400: { description: 'Bad date', content: { 'application/json': { schema: ErrorSchema } } },
        404: { description: 'Nothing in the store matches', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const { key } = c.req.valid('param');
      const asOf = c.req.valid('query').asOf ?? today();
      const found = await keyValidity(deps.db, key, asOf);
      if (!found)
        throw apiError(
          'not_found',
          `no document or cited document matches "${key}": try a symbol such as 71/2019/NĐ-CP`,
        );
      return c.json(found, 200);
    },
  );
}
