/** @module api/routes/targets — `GET /api/targets?q=&year=&place=`: numeric targets across documents, each citing its clause. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { searchTargets } from '../../core/store/index.ts';
import type { AppDeps } from '../deps.ts';
import { ErrorSchema, TargetSchema } from '../schemas.ts';

const TargetRowSchema = TargetSchema.extend({
  documentId: z.string(),
  documentSymbol: z.string().nullable(),
  label: z.string(),
  quote: z.string(),
}).openapi('TargetRow');

export function targetRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(
    createRoute({
      method: 'get',
      path: '/api/targets',
      tags: ['facts'],
      request: {
        query: z.object({
          q: z.string().max(200).optional(),
          year: z.coerce.number().int().min(1900).max(2100).optional(),
          place: z.string().max(200).optional(),
        }),
      },
      responses: {
        200: {
          description: 'Comparable targets',
          content: { 'application/json': { schema: z.object({ targets: z.array(TargetRowSchema) }) } },
        },
        400: { description: 'Invalid filter', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => c.json({ targets: await searchTargets(deps.db, c.req.valid('query')) }, 200),
  );
}
