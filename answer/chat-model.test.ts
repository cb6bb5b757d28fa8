/** @module answer/chat-model.test — the configured chat model: none, Ollama, or an OpenAI-compatible endpoint (no network at construction). */

import { ChatOllama } from '@langchain/ollama';
import { ChatOpenAI } from '@langchain/openai';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../core/config.ts';
import { createChatModel, describeChatModel } from './chat-model.ts';

describe('createChatModel', () => {
  it('is off by default', () => {
    const config = loadConfig({});
    expect(createChatModel(config)).toBeNull();
    expect(describeChatModel(config)).toBe('none');
  });

  it('builds ChatOllama with the configured model and URL', () => {
    const config = loadConfig({
      VANKIEN_CHAT: 'ollama',
      VANKIEN_CHAT_MODEL: 'qwen2.5:3b',
      VANKIEN_CHAT_URL: 'http://10.0.0.5:11434',
    });
    const model = createChatModel(config);
    expect(model).toBeInstanceOf(ChatOllama);
    expect(model).toMatchObject({ model: 'qwen2.5:3b', baseUrl: 'http://10.0.0.5:11434' });
    expect(describeChatModel(config)).toBe('ollama:qwen2.5:3b');
  });

  it('builds ChatOpenAI against any OpenAI-compatible base URL', () => {
    const config = loadConfig({
      VANKIEN_CHAT: 'openai',
      VANKIEN_CHAT_MODEL: 'local-model',
      VANKIEN_CHAT_URL: 'http://127.0.0.1:8080/v1',
    });
    const model = createChatModel(config) as ChatOpenAI;
    expect(model).toBeInstanceOf(ChatOpenAI);
    expect(model.model).toBe('local-model');
    expect(model.clientConfig.baseURL).toBe('http://127.0.0.1:8080/v1');
  });
});
