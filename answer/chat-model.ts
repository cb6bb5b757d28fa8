/**
 * @module answer/chat-model
 * The chat model of generative answers, chosen by configuration: none, Ollama, or any
 * OpenAI-compatible endpoint (`VANKIEN_CHAT`, `VANKIEN_CHAT_MODEL`, `VANKIEN_CHAT_URL`).
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import type { Config } from '../core/config.ts';

/** Configuration fields the chat model reads. */
export type ChatConfig = Pick<Config, 'VANKIEN_CHAT' | 'VANKIEN_CHAT_MODEL' | 'VANKIEN_CHAT_URL' | 'OPENAI_API_KEY'>;

const DEFAULT_MODELS = { ollama: 'qwen2.5:7b-instruct', openai: 'gpt-4o-mini' } as const;

/**
 * The configured chat model, or null when generative answers are off (`VANKIEN_CHAT=none`).
 * @example createChatModel({ VANKIEN_CHAT: 'ollama', VANKIEN_CHAT_MODEL: 'qwen2.5:7b', VANKIEN_CHAT_URL: 'http://127.0.0.1:11434' })
 */
export function createChatModel(config: ChatConfig): BaseChatModel | null {
  switch (config.VANKIEN_CHAT) {
    case 'none':
      return null;
    case 'ollama':
      return new ChatOllama({
        model: config.VANKIEN_CHAT_MODEL ?? DEFAULT_MODELS.ollama,
        baseUrl: config.VANKIEN_CHAT_URL ?? 'http://127.0.0.1:11434',
        temperature: 0,
      });
    case 'openai':
      return new ChatOpenAI({
        model: config.VANKIEN_CHAT_MODEL ?? DEFAULT_MODELS.openai,
        temperature: 0,
        // A local OpenAI-compatible server may need no key; the client still wants a string.
        apiKey: config.OPENAI_API_KEY ?? 'not-needed',
        configuration: config.VANKIEN_CHAT_URL ? { baseURL: config.VANKIEN_CHAT_URL } : undefined,
      });
  }
}

/** What `/api/health` and logs show: `ollama:qwen2.5:7b-instruct`, or `none`. */
export function describeChatModel(config: ChatConfig): string {
  if (config.VANKIEN_CHAT === 'none') return 'none';
  return `${config.VANKIEN_CHAT}:${config.VANKIEN_CHAT_MODEL ?? DEFAULT_MODELS[config.VANKIEN_CHAT]}`;
}
