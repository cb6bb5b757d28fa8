/** @module api/routes/lineage — `GET /api/lineage/:documentKeyOrSymbol`: the citation graph up and down from a document, clause by clause. */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { searchCitedNodes } from '../../core/store/index.ts';
import { lineage, MAX_DEPTH } from '../../lineage/index.ts';
import { nodeStatuses, VALIDITY_STATUSES } from '../../lineage/validity/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { ErrorSchema } from '../schemas.ts';

/** What a node and a cited document share: the document as the mentions and, when stored, its header describe it. */
const DocumentFields = {
  key: z.string(),
  symbol: z.string().nullable(),
  type: z.string().nullable(),
  issuer: z.string().nullable(),
  date: z.string().nullable(),
  title: z.string().nullable(),
};

const LineageSchema = z
  .object({
    start: z.array(z.string()),
    nodes: z.array(
      z.object({
        ...DocumentFields,
        documentId: z.string().nullable(),
        inCorpus: z.boolean(),
        status: z
          .enum(VALIDITY_STATUSES as [string, ...string[]])
          .openapi({ description: 'Validity today, derived from stored amendments, replacements and repeals' }),
      }),
    ),
    edges: z.array(
      z.object({
        from: z.string(),
        to: z.string(),
        relation: z.string().openapi({
          description:
            'implements, continues, reviews, attaches, cites; or amends, replaces, repeals, suspends, corrects, guides',
        }),
        basis: z.boolean(),
        clauseId: z.string(),
        quote: z.string().openapi({ description: 'The sentence of the citing clause that holds the mention' }),
        mention: z.string().openapi({ description: 'The mention itself, as written (`Kết luận số 81-KL/TW`)' }),
      }),
    ),
  })
  .openapi('Lineage');

const CitedSchema = z
  .object({
    documents: z.array(
      z.object({
        ...DocumentFields,
        citations: z.number().int(),
      }),
    ),
  })
  .openapi('CitedDocuments');

export function lineageRoutes(deps: AppDeps) {
  return new OpenAPIHono()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/cited-documents',
        tags: ['lineage'],
        summary: 'Documents known only from citations (not stored), by symbol, name or subject',
        request: {
          query: z.object({
            q: z.string().min(1).max(300),
            limit: z.coerce.number().int().min(1).max(100).default(20),
          }),
        },
        responses: {
          200: { description: 'Most cited first', content: { 'application/json': { schema: CitedSchema } } },
          400: { description: 'No query', content: { 'application/json': { schema: ErrorSchema } } },
        },
      }),
      async (c) => {
        const { q, limit } = c.req.valid('query');
        const nodes = await searchCitedNodes(deps.db, q, limit);
        return c.json(
          {
            documents: nodes.map((n) => ({
              key: n.key,
              type: n.type,
              symbol: n.symbol,
              issuer: n.issuer,
              date: n.date,
              title: n.subject ?? n.name,
              citations: n.citations,
            })),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/lineage/{start}',
        tags: ['lineage'],
        request: {
          params: z.object({
            start: z
              .string()
              .min(1)
              .max(300)
              .openapi({ description: 'Document id, node key or symbol (`81-KL/TW`, `kl 81`)' }),
          }),
          query: z.object({
            direction: z.enum(['up', 'down', 'both']).default('both'),
            depth: z.coerce.number().int().min(1).max(MAX_DEPTH).default(3),
          }),
        },
        responses: {
          200: {
            description: 'Nodes and edges; every edge carries its clause and mention',
            content: { 'application/json': { schema: LineageSchema } },
          },
          404: {
            description: 'Nothing in the store matches',
            content: { 'application/json': { schema: ErrorSchema } },
          },
        },
      }),
      async (c) => {
        const { start } = c.req.valid('param');
        const graph = await lineage(deps.db, start, c.req.valid('query'));
        if (!graph)
          throw apiError(
            'not_found',
            `no document or cited document matches "${start}": try a symbol such as 81-KL/TW`,
          );
        const statuses = await nodeStatuses(
          deps.db,
          graph.nodes.map((n) => n.key),
        );
        const nodes = graph.nodes.map((n) => ({ ...n, status: statuses.get(n.key)?.status ?? 'unknown' }));
        return c.json({ ...graph, nodes }, 200);
      },
    );
}
