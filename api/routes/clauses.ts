/** @module api/routes/clauses — `GET /api/clauses/:id`: text, path, ancestors, children, facts and references of one clause. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { clauseAncestors, clauseChildren, clauseFacts, clauseReferences, getClause } from '../../core/store/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { ClauseSchema, ErrorSchema, IdParam, ReferenceSchema, ResponsibilitySchema, TargetSchema } from '../schemas.ts';

const ClauseDetailSchema = ClauseSchema.extend({
  ancestors: z.array(ClauseSchema),
  children: z.array(ClauseSchema),
  facts: z.object({ responsibilities: z.array(ResponsibilitySchema), targets: z.array(TargetSchema) }),
  references: z.array(ReferenceSchema),
}).openapi('ClauseDetail');

export function clauseRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(
    createRoute({
      method: 'get',
      path: '/api/clauses/{id}',
      tags: ['documents'],
      request: { params: z.object({ id: IdParam }) },
      responses: {
        200: { description: 'The clause', content: { 'application/json': { schema: ClauseDetailSchema } } },
        404: { description: 'No such clause', content: { 'application/json': { schema: ErrorSchema } } },
      },
    }),
    async (c) => {
      const { id } = c.req.valid('param');
      const stored = await getClause(deps.db, id);
      if (!stored)
        throw apiError('not_found', `no clause with id "${id}": clause ids come from search results or documents`);
      const { normText: _, ...clause } = stored;
      const [ancestors, children, facts, references] = await Promise.all([
        clauseAncestors(deps.db, clause),
        clauseChildren(deps.db, clause.id),
        clauseFacts(deps.db, clause.id),
        clauseReferences(deps.db, clause.id),
      ]);
      return c.json({ ...clause, ancestors, children, facts, references }, 200);
    },
  );
}
