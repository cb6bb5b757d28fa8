/** @module api/routes/documents — `GET /api/documents` (filtered list) and `GET /api/documents/:id` (metadata, clause tree, references, facts). */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  clauseCountsByDocument,
  getDocument,
  incomingReferences,
  listClauses,
  listDocuments,
  listReferences,
  listResponsibilities,
  listTargets,
} from '../../core/store/index.ts';
import type { DocumentType } from '../../core/types.ts';
import { documentValidity } from '../../lineage/validity/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { DocumentSummarySchema, ErrorSchema, IdParam } from '../schemas.ts';

const ListQuery = z.object({
  type: z.string().max(8).optional(),
  issuer: z.string().max(200).optional(),
  place: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  q: z.string().max(300).optional(),
});

const json = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
});

export function documentRoutes(deps: AppDeps) {
  return new OpenAPIHono()
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/documents',
        tags: ['documents'],
        request: { query: ListQuery },
        responses: {
          200: json(z.object({ documents: z.array(DocumentSummarySchema) }), 'Documents matching all filters'),
          400: json(ErrorSchema, 'Invalid filter'),
        },
      }),
      async (c) => {
        const q = c.req.valid('query');
        const [docs, counts] = await Promise.all([
          listDocuments(deps.db, { ...q, type: q.type as DocumentType | undefined }),
          clauseCountsByDocument(deps.db),
        ]);
        return c.json(
          {
            documents: docs.map((d) => ({
              id: d.id,
              ...d.metadata,
              recipients: undefined,
              number: undefined,
              clauses: counts.get(d.id) ?? 0,
            })),
          },
          200,
        );
      },
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/documents/{id}',
        tags: ['documents'],
        request: { params: z.object({ id: IdParam }) },
        responses: {
          200: json(z.object({}).passthrough(), 'The document with its clause tree, references and facts'),
          404: json(ErrorSchema, 'No such document'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const doc = await getDocument(deps.db, id);
        if (!doc) throw apiError('not_found', `no document with id "${id}": list them with GET /api/documents`);
        const [clauses, outgoing, incoming, responsibilities, targets, validity] = await Promise.all([
          listClauses(deps.db, id),
          listReferences(deps.db, id),
          incomingReferences(deps.db, id),
          listResponsibilities(deps.db, id),
          listTargets(deps.db, id),
          documentValidity(deps.db, id),
        ]);
        return c.json(
          {
            id: doc.id,
            sourceName: doc.sourceName,
            ...doc.metadata,
            metadataSources: doc.metadataSources,
            ingestedAt: doc.ingestedAt,
            validity: validity.document,
            // A clause carries `validity` only when it has its own (an article amended, repealed or dated apart).
            clauses: clauses.map(({ normText: _, ...clause }) => {
              const own = validity.clauses.get(clause.id);
              return own ? { ...clause, validity: own } : clause;
            }),
            references: { outgoing, incoming },
            facts: { responsibilities, targets },
          },
          200,
        );
      },
    );
}
