/**
 * @module api/routes/ask
 * `POST /api/ask`: a cited answer to a question (with the conversation so far, for follow-ups);
 * `POST /api/ask/stream`: the same answer as server-sent events — `token` chunks of the text, then
 * `done` with the full JSON. Every citation is verified against the store before either responds.
 */
import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { ask } from '../../answer/ask.ts';
import { createChatModel } from '../../answer/chat-model.ts';
import { QUESTION_KINDS } from '../../answer/types.ts';
import type { AppDeps } from '../deps.ts';
import { ApiError, type ErrorBody } from '../errors.ts';
import { CitationSchema, ErrorSchema } from '../schemas.ts';

const HistoryTurnSchema = z
  .object({
    role: z.enum(['user', 'assistant']),
    content: z.string().min(1).max(4000),
  })
  .openapi('AskHistoryTurn');

const AskRequest = z
  .object({
    question: z
      .string()
      .trim()
      .min(1, 'question is empty')
      .max(2000)
      .openapi({ example: 'Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?' }),
    history: z.array(HistoryTurnSchema).max(20).optional().openapi({
      description: 'Earlier turns, oldest first; a follow-up ("còn ai phối hợp?") borrows what it lacks from them.',
    }),
  })
  .strict()
  .openapi('AskRequest');

const AskResponse = z
  .object({
    answer: z
      .string()
      .openapi({ description: 'The answer; `[n]` marks cite `citations[n-1]`. Quotes stay in Vietnamese.' }),
    abstained: z.boolean().openapi({ description: 'True when the documents do not answer the question.' }),
    kind: z.enum(QUESTION_KINDS),
    citations: z.array(CitationSchema),
    tookMs: z.number(),
    meta: z.object({
      mode: z.enum(['compose', 'generative', 'agent']),
      lang: z.enum(['vi', 'vi-nodiac', 'en']),
      removed: z.number().int().openapi({ description: 'Sentences dropped because their citation did not verify.' }),
      reason: z.string().optional().openapi({ description: 'Why the answer abstained.' }),
      validity: z
        .array(
          z.object({
            documentId: z.string(),
            status: z.string(),
            changedBy: z.array(
              z.object({
                key: z.string(),
                symbol: z.string().nullable(),
                relation: z.string(),
                part: z.string().nullable(),
                date: z.string().nullable(),
              }),
            ),
          }),
        )
        .optional()
        .openapi({ description: 'Cited documents since amended, replaced, repealed, suspended or expired.' }),
    }),
  })
  .openapi('AskResponse');

type AskBody = z.infer<typeof AskRequest>;

const errors = {
  400: { description: 'Invalid request', content: { 'application/json': { schema: ErrorSchema } } },
  429: { description: 'Too many requests', content: { 'application/json': { schema: ErrorSchema } } },
};

/** Words with their trailing space: the `token` events of the stream. */
export function answerTokens(text: string): string[] {
  return text.match(/\S+\s*/g) ?? [];
}

export interface AnswerRouteOptions {
  /** The chat model for generative answers; default: the one the configuration names (or none). */
  chat?: BaseChatModel | null;
}

export function answerRoutes(deps: AppDeps, options: AnswerRouteOptions = {}) {
  const chat = options.chat === undefined ? createChatModel(deps.config) : options.chat;
  const answer = async (body: AskBody) => {
    const started = performance.now();
    const result = deps.agent ? await deps.agent(body) : await ask(deps.db, body, { embedder: deps.embedder, chat });
    return { ...result, tookMs: Math.round((performance.now() - started) * 10) / 10 };
  };

  return new OpenAPIHono()
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/ask',
        tags: ['answers'],
        summary: 'Answer a question with verified citations',
        request: { body: { required: true, content: { 'application/json': { schema: AskRequest } } } },
        responses: {
          200: {
            description: 'The answer, or an abstention',
            content: { 'application/json': { schema: AskResponse } },
          },
          ...errors,
        },
      }),
      async (c) => c.json(await answer(c.req.valid('json')), 200),
    )
    .openapi(
      createRoute({
        method: 'post',
        path: '/api/ask/stream',
        tags: ['answers'],
        summary: 'The same answer as server-sent events',
        description:
          '`event: token` events carry chunks of the answer text in order; one `event: done` carries the full AskResponse JSON. ' +
          'An `event: error` carries `{ error: { code, message } }` if answering fails after the stream started.',
        request: { body: { required: true, content: { 'application/json': { schema: AskRequest } } } },
        responses: {
          200: { description: 'An event stream', content: { 'text/event-stream': { schema: z.string() } } },
          ...errors,
        },
      }),
      (c) => streamAnswer(c, () => answer(c.req.valid('json'))),
    );
}

function streamAnswer(c: Context, run: () => Promise<z.infer<typeof AskResponse>>): Response {
  return streamSSE(c, async (stream) => {
    try {
      const result = await run();
      for (const token of answerTokens(result.answer)) await stream.writeSSE({ event: 'token', data: token });
      await stream.writeSSE({ event: 'done', data: JSON.stringify(result) });
    } catch (err) {
      const body: ErrorBody =
        err instanceof ApiError
          ? { error: { code: err.code, message: err.message } }
          : { error: { code: 'internal', message: 'internal error — the server log has the details' } };
      if (!(err instanceof ApiError)) console.error(`[vankien] ${c.req.method} ${c.req.path} failed:`, err);
      await stream.writeSSE({ event: 'error', data: JSON.stringify(body) });
    }
  });
}
