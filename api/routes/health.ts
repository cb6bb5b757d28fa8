/** @module api/routes/health — `GET /api/health`: store kind, embedder, counts. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { countAll } from '../../core/store/index.ts';
import type { AppDeps } from '../deps.ts';

const HealthSchema = z
  .object({
    status: z.literal('ok'),
    documents: z.number().int(),
    clauses: z.number().int(),
    store: z.enum(['pglite', 'postgres']),
    embedder: z.object({ id: z.string(), description: z.string() }),
    generative: z.string().openapi({ description: 'Chat model used by generative answers, or "none".' }),
    writeRoutes: z.boolean(),
  })
  .openapi('Health');

export function healthRoutes(deps: AppDeps) {
  return new OpenAPIHono().openapi(
    createRoute({
      method: 'get',
      path: '/api/health',
      tags: ['system'],
      responses: {
        200: { description: 'The service and its store', content: { 'application/json': { schema: HealthSchema } } },
      },
    }),
    async (c) => {
      const counts = await countAll(deps.db);
      return c.json(
        {
          status: 'ok' as const,
          ...counts,
          store: deps.db.kind,
          embedder: { id: deps.embedder.id, description: deps.embedder.describe() },
          generative: deps.config.VANKIEN_CHAT,
          writeRoutes: Boolean(deps.config.VANKIEN_API_TOKEN),
        },
        200,
      );
    },
  );
}
