/**
 * @module api/routes/briefing
 * `POST /api/briefing` assembles an extractive, cited briefing on a topic; `POST /api/briefing/export`
 * turns the (edited) item list into DOCX or Markdown after checking every citation against the store.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { foldAccents } from '../../core/text/vietnamese.ts';
import { isIsoDate } from '../../ingest/references/validity/vn-date.ts';
import { VALIDITY_STATUSES } from '../../lineage/validity/index.ts';
import { assembleBriefing, type ExcludedSource, toDocx, toMarkdown, verifyItems } from '../../briefing/index.ts';
import type { AppDeps } from '../deps.ts';
import { apiError } from '../errors.ts';
import { CitationSchema, ErrorSchema, IdParam } from '../schemas.ts';

const Year = z.number().int().min(1900).max(2100);
const Lang = z.enum(['vi', 'en']);
const SectionId = z.enum(['assessments', 'targets', 'tasks', 'lineage']);
const MAX_ITEMS = 500;

const BriefingRequestSchema = z
  .object({
    topic: z.string().trim().min(2).max(300).openapi({ example: 'thu gom chất thải rắn' }),
    documentIds: z.array(IdParam).max(100).optional(),
    places: z.array(z.string().trim().min(1).max(100)).max(20).optional(),
    period: z
      .object({ from: Year.optional(), to: Year.optional() })
      .refine((p) => p.from === undefined || p.to === undefined || p.from <= p.to, 'period.from is after period.to')
      .optional(),
    lang: Lang.optional(),
    asOf: z
      .string()
      .max(10)
      .refine(isIsoDate, 'asOf must be a real date written YYYY-MM-DD')
      .optional()
      .openapi({ description: 'Law as of this day (default today): what is no longer in force is left out' }),
    includeEnded: z
      .boolean()
      .optional()
      .openapi({ description: 'Keep documents and articles no longer in force (a historical briefing)' }),
  })
  .openapi('BriefingRequest');

const ItemSchema = z
  .object({
    id: z.string().min(1).max(400),
    summary: z.string().max(1000).nullable(),
    text: z.string().min(1).max(5000).openapi({ description: 'The quoted sentence; equal to citation.quote.' }),
    citation: CitationSchema,
  })
  .openapi('BriefingItem');

const SectionSchema = z.object({ id: SectionId, items: z.array(ItemSchema).max(MAX_ITEMS) }).openapi('BriefingSection');

const ExcludedSchema = z
  .object({
    documentId: z.string(),
    symbol: z.string().nullable(),
    part: z.string().nullable().openapi({ description: 'The article left out (`Điều 6`); null: the whole document' }),
    status: z.enum(VALIDITY_STATUSES as [string, ...string[]]),
    endedBy: z.array(z.string()),
    clauses: z.number().int(),
  })
  .openapi('BriefingExcluded');

const BriefingSchema = z
  .object({
    topic: z.string(),
    generatedAt: z.string(),
    sections: z.array(SectionSchema),
    documents: z.array(
      z.object({
        id: z.string(),
        symbol: z.string().nullable(),
        type: z.string().nullable(),
        title: z.string().nullable(),
        date: z.string().nullable(),
        place: z.string().nullable(),
      }),
    ),
    asOf: z.string(),
    excluded: z
      .array(ExcludedSchema)
      .openapi({ description: 'Documents and articles on the topic left out because they are no longer in force' }),
    tookMs: z.number(),
  })
  .openapi('Briefing');

const ExportRequestSchema = z
  .object({
    topic: z.string().trim().min(1).max(300),
    lang: Lang.optional(),
    sections: z.array(SectionSchema).max(4),
    intro: z.string().max(4000).optional(),
    excluded: z.array(ExcludedSchema).max(200).optional().openapi({
      description: 'What the briefing left out as no longer in force (from POST /api/briefing), noted in the file',
    }),
    header: z
      .object({
        issuer: z.string().trim().max(200),
        parentIssuer: z.string().trim().max(200).optional(),
        number: z.string().trim().max(20).optional(),
        abbreviation: z.string().trim().max(40).optional(),
        place: z.string().trim().max(100).optional(),
        recipients: z.array(z.string().trim().max(200)).max(30).optional(),
        signerCapacity: z.string().trim().max(100).optional(),
        signerTitle: z.string().trim().max(100).optional(),
        signerName: z.string().trim().max(100).optional(),
        format: z.enum(['party', 'state']).optional(),
        kind: z.enum(['report', 'letter']).optional(),
        addressees: z.array(z.string().trim().max(200)).max(30).optional(),
      })
      .optional()
      .openapi({
        description: 'Header block and signature; the issuer chooses Party (36-HD/VPTW) or State (NĐ 30/2020) format.',
      }),
  })
  .openapi('BriefingExportRequest');

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** An ASCII file name from the topic: `briefing-thu-gom-chat-thai-ran.docx`. */
function fileName(topic: string, ext: string): string {
  const slug = foldAccents(topic)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
  return `briefing${slug ? `-${slug}` : ''}.${ext}`;
}

const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
};

export function briefingRoutes(deps: AppDeps) {
  return new OpenAPIHono()
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/briefing',
        tags: ['briefing'],
        summary: 'Assemble an extractive briefing: targets, tasks and bodies, lineage; every item cited',
        request: { body: { required: true, content: { 'application/json': { schema: BriefingRequestSchema } } } },
        responses: {
          200: { description: 'The briefing', content: { 'application/json': { schema: BriefingSchema } } },
          ...errors,
        },
      }),
      async (c) => {
        const started = performance.now();
        const req = c.req.valid('json');
        const briefing = await assembleBriefing(deps.db, req);
        return c.json({ ...briefing, tookMs: Math.round(performance.now() - started) }, 200);
      },
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/briefing/export',
        tags: ['briefing'],
        summary: 'Export an edited briefing as DOCX (Nghị định 30/2020/NĐ-CP layout) or Markdown',
        request: {
          query: z.object({ format: z.enum(['docx', 'md']).default('docx') }),
          body: { required: true, content: { 'application/json': { schema: ExportRequestSchema } } },
        },
        responses: {
          200: {
            description: 'The document',
            content: {
              [DOCX_TYPE]: { schema: z.string().openapi({ format: 'binary' }) },
              'text/markdown': { schema: z.string() },
            },
          },
          ...errors,
        },
      }),
      async (c) => {
        const { format } = c.req.valid('query');
        const body = c.req.valid('json');
        const problems = await verifyItems(deps.db, body.sections);
        if (problems.length > 0) {
          const first = problems[0];
          throw apiError(
            'bad_request',
            `${problems.length} item(s) do not match the documents (first: ${first.itemId}: ${first.reason}); build the briefing again`,
          );
        }
        const briefing = {
          topic: body.topic,
          lang: body.lang,
          sections: body.sections,
          intro: body.intro,
          excluded: body.excluded as ExcludedSource[] | undefined,
          header: body.header,
        };
        const name = fileName(body.topic, format);
        const disposition = `attachment; filename="${name}"`;
        if (format === 'md') {
          return c.body(toMarkdown(briefing), 200, {
            'Content-Type': 'text/markdown; charset=utf-8',
            'Content-Disposition': disposition,
          });
        }
        const bytes = await toDocx(briefing);
        return c.body(bytes, 200, { 'Content-Type': DOCX_TYPE, 'Content-Disposition': disposition });
      },
    );
}
