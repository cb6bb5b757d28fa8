/** @module web/lib/sse — POSTs JSON and reads a server-sent event stream with fetch + ReadableStream. */
import { ApiClientError, errorOf } from './api.js';

/**
 * Parses complete SSE blocks out of `buffer`; returns the events and the unparsed rest.
 * @param {string} buffer
 * @returns {{ events: Array<{ event: string, data: string }>, rest: string }}
 */
export function parseSse(buffer) {
  const events = [];
  const text = buffer.replace(/\r\n/g, '\n');
  // A trailing lone \r may be half of a \r\n split across chunks: keep it for the next round.
  const blocks = text.split(/\n\n/);
  const rest = blocks.pop() ?? '';
  for (const block of blocks) {
    let event = 'message';
    const data = [];
    for (const line of block.replace(/\r/g, '\n').split('\n')) {
      if (line === '' || line.startsWith(':')) continue;
      const colon = line.indexOf(':');
      const field = colon < 0 ? line : line.slice(0, colon);
      let value = colon < 0 ? '' : line.slice(colon + 1);
      if (value.startsWith(' ')) value = value.slice(1);
      if (field === 'event') event = value;
      else if (field === 'data') data.push(value);
    }
    if (data.length || event !== 'message') events.push({ event, data: data.join('\n') });
  }
  return { events, rest };
}

/**
 * Streams `url` with a JSON body, calling `onEvent(name, data)` for each event as it arrives.
 * @param {string} url
 * @param {unknown} body
 * @param {(event: string, data: string) => void} onEvent
 * @param {AbortSignal} [signal]
 */
export async function postSse(url, body, onEvent, signal) {
  let res;
  try {
    res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'text/event-stream' },
      body: JSON.stringify(body),
      signal,
    });
  } catch (err) {
    if (err?.name === 'AbortError') throw err;
    throw new ApiClientError(0, 'network', String(err?.message ?? err));
  }
  if (!res.ok) throw await errorOf(res);
  if (!res.body) throw new ApiClientError(res.status, 'no_stream', 'the response has no body');
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) break;
    buffer += value;
    const parsed = parseSse(buffer);
    buffer = parsed.rest;
    for (const e of parsed.events) onEvent(e.event, e.data);
  }
  const last = parseSse(`${buffer}\n\n`);
  for (const e of last.events) onEvent(e.event, e.data);
}
