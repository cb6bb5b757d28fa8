/**
 * @module api/routes/admin
 * Write routes behind the bearer token: upload documents, delete one, re-ingest the corpus, and
 * watch the progress of a batch. Off (403) when VANKIEN_API_TOKEN is unset.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { bodyLimit } from 'hono/body-limit';
import { deleteDocument } from '../../core/store/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { requireToken } from '../middleware/bearer-token.ts';
import { ErrorSchema, IdParam } from '../schemas.ts';

const OutcomeSchema = z
  .object({
    file: z.string(),
    status: z.enum(['ingested', 'unchanged', 'duplicate', 'not_document', 'unsupported', 'failed']),
    documentId: z.string().optional(),
    clauses: z.number().int().optional(),
    reason: z.string().optional(),
    ocr: z.object({ pages: z.number().int(), cached: z.number().int() }).optional(),
    warnings: z.array(z.string()).optional(),
    error: z.object({ code: z.string(), message: z.string() }).optional(),
  })
  .openapi('IngestOutcome');
const ResultsSchema = z.object({ results: z.array(OutcomeSchema) });
const security = [{ bearer: [] }];
const errors = {
  401: { description: 'Missing or wrong token', content: { 'application/json': { schema: ErrorSchema } } },
  403: {
    description: 'Write routes disabled (no token configured)',
    content: { 'application/json': { schema: ErrorSchema } },
  },
};
const MAX_FILES = 50;

export function adminRoutes(deps: AppDeps) {
  const app = new OpenAPIHono();
  const maxBytes = deps.config.VANKIEN_MAX_FILE_MB * 1024 * 1024;
  app.use('/api/admin/*', requireToken(deps.config.VANKIEN_API_TOKEN));
  app.use(
    '/api/admin/documents',
    bodyLimit({
      maxSize: maxBytes * 4,
      onError: () => {
        throw apiError(
          'payload_too_large',
          `upload over ${deps.config.VANKIEN_MAX_FILE_MB * 4} MB: send fewer or smaller files`,
        );
      },
    }),
  );
  app.openAPIRegistry.registerComponent('securitySchemes', 'bearer', { type: 'http', scheme: 'bearer' });
  return app
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/admin/documents',
        tags: ['admin'],
        security,
        summary: 'Upload documents (multipart field "files"): .txt, .pdf, .docx',
        responses: {
          200: { description: 'One result per file', content: { 'application/json': { schema: ResultsSchema } } },
          ...errors,
        },
      }),
      async (c) => {
        const type = c.req.header('content-type') ?? '';
        if (!type.startsWith('multipart/form-data')) {
          throw apiError('unsupported_media_type', 'send the files as multipart/form-data in a field named "files"');
        }
        const form = await c.req.formData().catch(() => {
          throw apiError('bad_request', 'malformed multipart body');
        });
        const files = form.getAll('files').filter((f): f is File => typeof f !== 'string');
        if (files.length === 0) throw apiError('bad_request', 'no files: send them in a multipart field named "files"');
        if (files.length > MAX_FILES) throw apiError('bad_request', `at most ${MAX_FILES} files per upload`);
        const tooBig = files.find((f) => f.size > maxBytes);
        if (tooBig) throw apiError('payload_too_large', `${tooBig.name} is over ${deps.config.VANKIEN_MAX_FILE_MB} MB`);
        const payload = await Promise.all(
          files.map(async (f) => ({ name: f.name, bytes: new Uint8Array(await f.arrayBuffer()) })),
        );
        return c.json({ results: await deps.ingestion.ingestUpload(payload) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'delete',
        path: '/api/admin/documents/{id}',
        tags: ['admin'],
        security,
        request: { params: z.object({ id: IdParam }) },
        responses: {
          200: {
            description: 'Deleted',
            content: { 'application/json': { schema: z.object({ deleted: z.string() }) } },
          },
          404: { description: 'No such document', content: { 'application/json': { schema: ErrorSchema } } },
          ...errors,
        },
      }),
      async (c) => {
        const { id } = c.req.valid('param');
        if (!(await deleteDocument(deps.db, id))) throw apiError('not_found', `no document with id "${id}"`);
        return c.json({ deleted: id }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/admin/reingest',
        tags: ['admin'],
        security,
        summary: 'Ingest the corpus folder again; changed files replace their old version',
        responses: {
          200: { description: 'One result per file', content: { 'application/json': { schema: ResultsSchema } } },
          ...errors,
        },
      }),
      async (c) => c.json({ results: await deps.ingestion.reingestCorpus() }, 200),
    )
    .openapi(
      createRoute({
        method: 'get',
        path: '/api/admin/progress',
        tags: ['admin'],
        security,
        responses: {
          200: {
            description: 'Progress of the running or last batch',
            content: {
              'application/json': { schema: z.object({ running: z.boolean(), done: z.number(), total: z.number() }) },
            },
          },
          ...errors,
        },
      }),
      (c) => c.json(deps.ingestion.progress(), 200),
    );
}
