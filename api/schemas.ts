/**
 * @module api/schemas
 * The API contract: zod schemas shared by routes, validation and the generated OpenAPI document.
 */
import { z } from '@hono/zod-openapi';
import { VALIDITY_STATUSES } from '../lineage/validity/index.ts';

export const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string() }) }).openapi('Error');

export const SignerSchema = z
  .object({ capacity: z.string().nullable(), title: z.string().nullable(), name: z.string().nullable() })
  .openapi('Signer');

export const DocumentSummarySchema = z
  .object({
    id: z.string(),
    type: z.string().nullable(),
    symbol: z
      .string()
      .nullable()
      .openapi({ description: 'Printed symbol, or inferred from citations (see symbolInferred).' }),
    symbolInferred: z.boolean(),
    issuer: z.string().nullable(),
    place: z.string().nullable(),
    date: z
      .string()
      .nullable()
      .openapi({ description: 'YYYY-MM-DD, or YYYY-MM / YYYY when the text leaves the rest blank.' }),
    title: z.string().nullable(),
    signer: SignerSchema.nullable(),
    clauses: z.number().int(),
    hasFile: z
      .boolean()
      .optional()
      .openapi({ description: 'True when the original file can be downloaded from /api/documents/{id}/file.' }),
    status: z
      .enum(VALIDITY_STATUSES as [string, ...string[]])
      .optional()
      .openapi({ description: 'Validity today (in_force, amended, replaced, …), derived from stored documents' }),
  })
  .openapi('DocumentSummary');

export const SpanSchema = z.object({ start: z.number().int(), end: z.number().int() });

export const ClauseSchema = z
  .object({
    id: z.string(),
    documentId: z.string(),
    parentId: z.string().nullable(),
    kind: z.string(),
    marker: z.string().nullable(),
    anchor: z.string(),
    path: z.array(z.string()),
    depth: z.number().int(),
    label: z.string(),
    heading: z.string().nullable(),
    text: z.string(),
    span: SpanSchema,
  })
  .openapi('Clause');

export const CitationSchema = z
  .object({
    clauseId: z.string(),
    documentId: z.string(),
    label: z.string(),
    quote: z.string().openapi({ description: "An exact substring of the clause's stored text." }),
  })
  .openapi('Citation');

/** Identifiers in paths: bounded, no control characters, no path traversal. */
export const IdParam = z
  .string()
  .min(1)
  .max(300)
  .regex(/^[^\u0000-\u001f/\\]+$/, 'invalid identifier')
  .refine((s) => !s.includes('..'), 'invalid identifier');

export const BodySchema = z.object({
  name: z.string(),
  level: z.enum(['central', 'province', 'district', 'commune']).nullable(),
  place: z.string().nullable(),
});

export const ResponsibilitySchema = z
  .object({
    clauseId: z.string(),
    role: z.enum(['lead', 'direct', 'coordinate', 'advise', 'monitor', 'report', 'implement']),
    body: BodySchema,
    bodyText: z.string(),
    inherited: z.boolean().openapi({ description: "True when read from an ancestor clause's lead-in." }),
    sourceClauseId: z.string(),
    span: SpanSchema,
  })
  .openapi('Responsibility');

export const TargetSchema = z
  .object({
    clauseId: z.string(),
    indicator: z.string(),
    value: z.number(),
    valueText: z.string(),
    unit: z.string().nullable(),
    comparator: z.string().nullable(),
    deadline: z.number().int().nullable(),
    period: z.object({ from: z.number().int(), to: z.number().int() }).nullable(),
    scope: z.string().nullable(),
    place: z.string().nullable(),
    span: SpanSchema,
  })
  .openapi('Target');

export const DocumentKeySchema = z
  .object({
    key: z.string(),
    type: z.string().nullable(),
    symbol: z.string().nullable(),
    number: z.string().nullable(),
    issuer: z.string().nullable(),
    date: z.string().nullable(),
    subject: z.string().nullable(),
    name: z.string().nullable(),
  })
  .openapi('DocumentKey');

export const ReferenceSchema = z
  .object({
    clauseId: z.string(),
    mention: z.string(),
    span: SpanSchema,
    target: DocumentKeySchema,
    relation: z.enum([
      'implements',
      'continues',
      'reviews',
      'attaches',
      'cites',
      'amends',
      'replaces',
      'repeals',
      'suspends',
      'corrects',
      'guides',
      'basis',
    ]),
    basis: z.boolean(),
  })
  .openapi('Reference');
