/** @module web/pages/chat — the home page: ask in Vietnamese or English, answers stream in with cited clauses. */
import { api } from '../lib/api.js';
import { byId, el, replaceChildren } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { readerUrl } from '../lib/links.js';
import { postSse } from '../lib/sse.js';
import { errorNode } from '../lib/status.js';

const SUGGESTIONS = ['chat.q1', 'chat.q2', 'chat.q3', 'chat.q4', 'chat.q5'];
/** Turns kept as context for follow-ups. */
const MAX_HISTORY = 8;

initLayout();

const log = byId('chat-log');
const form = /** @type {HTMLFormElement} */ (byId('chat-form'));
const input = /** @type {HTMLTextAreaElement} */ (byId('question'));
const send = /** @type {HTMLButtonElement} */ (byId('send'));
const statusLine = byId('chat-status');
/** @type {Array<{ role: 'user' | 'assistant', content: string }>} */
let history = [];
let controller = null;

function renderSuggestions() {
  const list = byId('suggestions');
  replaceChildren(
    list,
    SUGGESTIONS.map((key) =>
      el(
        'li',
        {},
        el('button', { type: 'button', class: 'btn btn-small suggestion', onClick: () => ask(t(key)) }, t(key)),
      ),
    ),
  );
  byId('suggest-box').classList.toggle('hidden', history.length > 0);
}

/** One citation chip linking to the clause in the reader, the quote highlighted there. */
function chip(citation, n) {
  return el(
    'li',
    {},
    el(
      'a',
      { class: 'chip', href: readerUrl(citation.documentId, citation.clauseId, citation.quote), title: citation.quote },
      el('span', { class: 'chip-num' }, `[${n}]`),
      citation.label,
    ),
  );
}

/** The answer text with its `[n]` marks as links to the cited clauses. */
function withCiteLinks(text, citations) {
  const nodes = [];
  let last = 0;
  for (const m of text.matchAll(/\[(\d+)\]/g)) {
    const c = citations[Number(m[1]) - 1];
    if (!c) continue;
    nodes.push(text.slice(last, m.index));
    nodes.push(
      el('a', { class: 'cite-ref', href: readerUrl(c.documentId, c.clauseId, c.quote), title: c.label }, m[0]),
    );
    last = m.index + m[0].length;
  }
  nodes.push(text.slice(last));
  return nodes;
}

function renderAnswer(box, result) {
  const parts = [];
  if (result.abstained)
    parts.push(
      el('p', { class: 'abstain', role: 'note' }, el('strong', {}, t('chat.abstained')), ' ', t('chat.abstainedHint')),
    );
  const citations = result.citations ?? [];
  parts.push(el('div', { class: 'answer-text' }, withCiteLinks(result.answer ?? '', citations)));
  if (citations.length) {
    parts.push(
      el('h3', { class: 'visually-hidden' }, t('chat.sources')),
      el(
        'ul',
        { class: 'citations', 'aria-label': t('chat.sources') },
        citations.map((c, i) => chip(c, i + 1)),
      ),
      el(
        'details',
        { class: 'citation-quotes' },
        el('summary', {}, t('chat.showQuotes', { n: citations.length })),
        citations.map((c, i) => el('blockquote', {}, el('strong', {}, `[${i + 1}] ${c.label}: `), `“${c.quote}”`)),
      ),
    );
  }
  if (typeof result.tookMs === 'number')
    parts.push(el('p', { class: 'hint' }, t('chat.took', { ms: Math.round(result.tookMs) })));
  replaceChildren(box, parts);
}

/** Streams the answer; falls back to the plain endpoint when streaming is not available. */
async function fetchAnswer(body, onToken, signal) {
  let final = null;
  try {
    await postSse(
      '/api/ask/stream',
      body,
      (event, data) => {
        if (event === 'token') onToken(data);
        else if (event === 'done') final = JSON.parse(data);
        else if (event === 'error') {
          const parsed = JSON.parse(data);
          const err = new Error(parsed?.error?.message ?? parsed?.message ?? data);
          err.code = parsed?.error?.code;
          throw err;
        }
      },
      signal,
    );
  } catch (err) {
    if (err?.status === 404 || err?.status === 405) return api('/api/ask', { body, signal });
    throw err;
  }
  if (!final) throw new Error(t('chat.incomplete'));
  return final;
}

async function ask(question) {
  const text = question.trim();
  if (!text || controller) return;
  byId('suggest-box').classList.add('hidden');
  log.appendChild(
    el(
      'li',
      { class: 'msg msg-user' },
      el('div', { class: 'msg-role' }, t('chat.you')),
      el('div', { class: 'answer-text' }, text),
    ),
  );
  const streamed = el('div', { class: 'answer-text streaming' });
  const body = el('div', {}, streamed);
  const item = el(
    'li',
    { class: 'msg msg-answer', 'aria-busy': 'true' },
    el('div', { class: 'msg-role' }, 'vankien'),
    body,
  );
  log.appendChild(item);
  item.scrollIntoView({ block: 'nearest' });
  input.value = '';
  send.disabled = true;
  statusLine.textContent = t('chat.thinking');
  controller = new AbortController();
  try {
    const result = await fetchAnswer(
      { question: text, history: history.slice(-MAX_HISTORY) },
      (chunk) => streamed.appendChild(document.createTextNode(chunk)),
      controller.signal,
    );
    renderAnswer(body, result);
    history.push({ role: 'user', content: text }, { role: 'assistant', content: result.answer ?? '' });
    statusLine.textContent = result.abstained
      ? t('chat.abstained')
      : t('chat.answered', { n: result.citations?.length ?? 0 });
  } catch (err) {
    if (err?.name !== 'AbortError') {
      replaceChildren(
        body,
        errorNode(err, () => {
          item.remove();
          log.lastElementChild?.remove();
          ask(text);
        }),
      );
      statusLine.textContent = t('status.error');
    }
  } finally {
    item.removeAttribute('aria-busy');
    controller = null;
    send.disabled = false;
    input.focus();
  }
}

form.addEventListener('submit', (e) => {
  e.preventDefault();
  ask(input.value);
});
input.addEventListener('keydown', (e) => {
  // Enter sends, Shift+Enter breaks the line (as in most chat tools).
  if (e.key === 'Enter' && !e.shiftKey && !e.isComposing) {
    e.preventDefault();
    ask(input.value);
  }
});
byId('new-chat').addEventListener('click', () => {
  controller?.abort();
  history = [];
  log.replaceChildren();
  renderSuggestions();
  input.focus();
});
window.addEventListener('langchange', renderSuggestions);
renderSuggestions();
