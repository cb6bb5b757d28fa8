/** @module web/pages/chat — the home page: ask in Vietnamese or English, answers stream in with cited clauses; the conversation survives a reload. */
import { api } from '../lib/api.js';
import { byId, el, replaceChildren } from '../lib/dom.js';
import { answerAsText, clearTurns, leadSentence, loadTurns, saveTurns } from '../lib/chat-store.js';
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
/** Every question with its answer, as kept in localStorage. */
let turns = loadTurns();
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

/** A copy button: the answer as plain text, with its quotes and sources. */
function copyButton(question, result) {
  const btn = el(
    'button',
    {
      type: 'button',
      class: 'btn btn-small copy-answer',
      onClick: async () => {
        try {
          await navigator.clipboard.writeText(answerAsText(question, result));
          btn.textContent = t('chat.copied');
        } catch {
          btn.textContent = t('chat.copyFailed');
        }
        setTimeout(() => {
          btn.textContent = t('chat.copy');
        }, 2000);
      },
    },
    t('chat.copy'),
  );
  return btn;
}

/** When the answerer declines: the nearest clauses, plainly marked as not an answer. */
function closestPassages(passages) {
  if (!passages?.length) return null;
  return el(
    'section',
    { class: 'closest', 'aria-label': t('chat.closest') },
    el('h3', {}, t('chat.closest')),
    el('p', { class: 'hint' }, t('chat.closestHint')),
    el(
      'ul',
      {},
      passages.map((p) =>
        el(
          'li',
          {},
          el('a', { href: readerUrl(p.documentId, p.clauseId) }, p.label),
          el(
            'p',
            { class: 'closest-text' },
            p.text.length > 320 ? `${p.text.slice(0, 320).replace(/\s+\S*$/, '')} …` : p.text,
          ),
        ),
      ),
    ),
  );
}

/** A lead sentence, then one bullet per source: its full quote and its label. */
function renderAnswer(box, result, question) {
  const parts = [];
  if (result.abstained)
    parts.push(
      el('p', { class: 'abstain', role: 'note' }, el('strong', {}, t('chat.abstained')), ' ', t('chat.abstainedHint')),
    );
  const citations = result.citations ?? [];
  if (!result.abstained || citations.length) {
    const lead = citations.length ? leadSentence(result.answer) : (result.answer ?? '');
    parts.push(el('p', { class: 'answer-text answer-lead' }, lead));
  }
  if (citations.length) {
    parts.push(
      el(
        'ul',
        { class: 'answer-points' },
        citations.map((c, i) =>
          el(
            'li',
            {},
            el('q', { class: 'answer-quote' }, c.quote),
            ' ',
            el('a', { class: 'cite-ref', href: readerUrl(c.documentId, c.clauseId, c.quote) }, `[${i + 1}] ${c.label}`),
          ),
        ),
      ),
      el('h3', { class: 'visually-hidden' }, t('chat.sources')),
      el(
        'ul',
        { class: 'citations', 'aria-label': t('chat.sources') },
        citations.map((c, i) => chip(c, i + 1)),
      ),
    );
  }
  if (result.abstained) parts.push(closestPassages(result.closest));
  parts.push(
    el(
      'p',
      { class: 'answer-foot' },
      !result.abstained ? copyButton(question, result) : null,
      typeof result.tookMs === 'number'
        ? el('span', { class: 'hint' }, ` ${t('chat.took', { ms: Math.round(result.tookMs) })}`)
        : null,
    ),
  );
  replaceChildren(box, parts);
}

/** The question and answer bubbles of one turn; the answer box is returned to fill. */
function appendTurn(text) {
  log.appendChild(
    el(
      'li',
      { class: 'msg msg-user' },
      el('div', { class: 'msg-role' }, t('chat.you')),
      el('div', { class: 'answer-text' }, text),
    ),
  );
  const body = el('div', {});
  const item = el('li', { class: 'msg msg-answer' }, el('div', { class: 'msg-role' }, 'vankien'), body);
  log.appendChild(item);
  return { item, body };
}

/** Nearest clauses for a declined question (best effort: none on error). */
async function nearest(question, signal) {
  try {
    const res = await api('/api/search', { body: { query: question, k: 3 }, signal });
    return res.results.map(({ clauseId, documentId, label, text }) => ({ clauseId, documentId, label, text }));
  } catch {
    return [];
  }
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
  const { item, body } = appendTurn(text);
  const streamed = el('div', { class: 'answer-text streaming' });
  body.appendChild(streamed);
  item.setAttribute('aria-busy', 'true');
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
    if (result.abstained) result.closest = await nearest(text, controller.signal);
    renderAnswer(body, result, text);
    history.push({ role: 'user', content: text }, { role: 'assistant', content: result.answer ?? '' });
    turns.push({ question: text, result });
    saveTurns(turns);
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

/** Shows the stored conversation again (after a reload, or a language switch). */
function restore() {
  log.replaceChildren();
  history = [];
  for (const turn of turns) {
    const { body } = appendTurn(turn.question);
    renderAnswer(body, turn.result, turn.question);
    history.push({ role: 'user', content: turn.question }, { role: 'assistant', content: turn.result.answer ?? '' });
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
  turns = [];
  clearTurns();
  log.replaceChildren();
  renderSuggestions();
  input.focus();
});
window.addEventListener('langchange', () => {
  if (!controller) restore();
  renderSuggestions();
});
restore();
renderSuggestions();
