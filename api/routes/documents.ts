/**
 * @module api/routes/documents — `GET /api/documents` (filtered list), `GET /api/documents/:id` (metadata,
 * clause tree, references, facts) and `GET /api/documents/:id/file` (the original file as ingested).
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import {
  clauseCountsByDocument,
  documentFileIds,
  getDocument,
  getDocumentFile,
  incomingReferences,
  listClauses,
  listDocuments,
  listReferences,
  listResponsibilities,
  listTargets,
} from '../../core/store/index.ts';
import type { DocumentType } from '../../core/types.ts';
import { documentStatuses, documentValidity } from '../../lineage/validity/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { DocumentSummarySchema, ErrorSchema, IdParam } from '../schemas.ts';

const ListQuery = z.object({
  type: z.string().max(8).optional(),
  issuer: z.string().max(200).optional(),
  place: z.string().max(200).optional(),
  year: z.coerce.number().int().min(1900).max(2100).optional(),
  q: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
  offset: z.coerce.number().int().min(0).max(1_000_000).optional(),
});

/** `filename*` per RFC 6266/5987, so Vietnamese file names survive; a plain ASCII fallback for old clients. */
function contentDisposition(fileName: string): string {
  const ascii = fileName
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, (c) => (c === 'đ' ? 'd' : 'D'))
    .replace(/[^\x20-\x7e]|["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

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
        const [docs, counts, files, statuses] = await Promise.all([
          listDocuments(deps.db, { ...q, type: q.type as DocumentType | undefined }),
          clauseCountsByDocument(deps.db),
          documentFileIds(deps.db),
          documentStatuses(deps.db),
        ]);
        return c.json(
          {
            documents: docs.map((d) => ({
              id: d.id,
              ...d.metadata,
              recipients: undefined,
              number: undefined,
              clauses: counts.get(d.id) ?? 0,
              hasFile: files.has(d.id),
              status: statuses.get(d.id) ?? 'unknown',
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
        if (!doc) throw apiError('not_found', `no document with id "${id}": it may have been deleted or renamed`);
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
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/documents/{id}/file',
        tags: ['documents'],
        summary: 'The original file (PDF, DOCX, DOC or text) as it was ingested',
        request: { params: z.object({ id: IdParam }) },
        responses: {
          200: {
            description: 'The bytes ingested, with their content type',
            content: { 'application/octet-stream': { schema: z.string().openapi({ format: 'binary' }) } },
          },
          404: json(ErrorSchema, 'No such document, or its original file was not kept'),
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        const file = await getDocumentFile(deps.db, id);
        if (!file) {
          if (!(await getDocument(deps.db, id))) throw apiError('not_found', `no document with id "${id}"`);
          throw apiError(
            'not_found',
            `the original file of "${id}" was not kept: it was ingested before files were stored; ingest it again to keep it`,
          );
        }
        return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200, {
          'Content-Type': file.contentType,
          'Content-Length': String(file.bytes.byteLength),
          'Content-Disposition': contentDisposition(file.fileName),
          'X-Content-Type-Options': 'nosniff',
        }) as never;
      },
    );
}
