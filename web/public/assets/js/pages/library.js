/** @module web/pages/library — `/library`: every document, filtered, sorted and paged, with full-text search over clauses; the state lives in the URL. */
import { api } from '../lib/api.js';
import { byId, debounce, el, replaceChildren } from '../lib/dom.js';
import { formatDate, t } from '../lib/i18n.js';
import { typeName } from '../lib/labels.js';
import { initLayout } from '../lib/layout.js';
import { applyFilters, pageOf, parseState, snippet, stateQuery } from '../lib/library-state.js';
import { renderAnnotated } from '../lib/highlight.js';
import { readerUrl } from '../lib/links.js';
import { showError, showLoading } from '../lib/status.js';
import { statusBadge, statusName } from '../lib/validity.js';

initLayout();

const form = /** @type {HTMLFormElement} */ (byId('library-filters'));
const FIELDS = ['text', 'q', 'type', 'issuer', 'place', 'year', 'status', 'sort'];
const field = (name) => /** @type {HTMLInputElement | HTMLSelectElement} */ (byId(`f-${name}`));
let all = [];
let state = parseState(location.search);
/** The last full-text search: its query and filters, and the hits. */
let search = { key: '', hits: [], error: null };
/** Hits shown before "more": the document list below should stay in reach. */
const HITS_SHOWN = 10;
let showAllHits = false;

function options(select, values, label = (v) => v) {
  const first = select.options[0];
  select.replaceChildren(first, ...values.map((v) => el('option', { value: v }, label(v))));
}

function fillForm() {
  for (const name of FIELDS) field(name).value = state[name];
  // A value from the URL that no document has still shows as the selected choice.
  for (const name of ['type', 'issuer', 'place', 'year', 'status']) {
    const select = /** @type {HTMLSelectElement} */ (field(name));
    if (state[name] && select.value !== state[name]) {
      select.appendChild(el('option', { value: state[name] }, state[name]));
      select.value = state[name];
    }
  }
}

function readForm() {
  const next = { ...state };
  for (const name of FIELDS) next[name] = field(name).value.trim();
  return next;
}

/** Applies a new state: the URL follows (one history entry per change) and the page redraws. */
function go(next, push = true) {
  state = next;
  const url = `${location.pathname}${stateQuery(state)}`;
  if (push && url !== `${location.pathname}${location.search}`) history.pushState(null, '', url);
  update();
}

function searchKey() {
  return state.text ? JSON.stringify([state.text, state.type, state.issuer, state.place, state.year]) : '';
}

async function runSearch() {
  const key = searchKey();
  if (key === search.key) return;
  search = { key, hits: [], error: null };
  showAllHits = false;
  if (!key) return;
  const filters = {};
  if (state.type) filters.type = state.type;
  if (state.issuer) filters.issuer = state.issuer;
  if (state.place) filters.place = state.place;
  if (state.year) Object.assign(filters, { dateFrom: state.year, dateTo: `${state.year}-12-31` });
  try {
    const res = await api('/api/search', { body: { query: state.text, k: 50, filters } });
    if (searchKey() === key) search.hits = res.results;
  } catch (err) {
    if (searchKey() === key) search.error = err;
  }
}

function docItem(d, hitCount) {
  const symbol = d.symbol ? `${typeName(d.type)} ${d.symbol}`.trim() : typeName(d.type);
  return el(
    'li',
    { class: 'doc-item card' },
    el(
      'p',
      { class: 'doc-item-line muted' },
      [symbol, formatDate(d.date), d.issuer, d.place].filter(Boolean).join(' · '),
    ),
    el(
      'h3',
      { class: 'doc-item-title' },
      el('a', { href: readerUrl(d.id) }, d.title || d.symbol || d.id),
      d.status ? [' ', statusBadge(d.status)] : null,
    ),
    el(
      'p',
      { class: 'toolbar' },
      el('span', { class: 'muted' }, t('library.clauses', { n: d.clauses })),
      hitCount ? el('span', { class: 'badge' }, t('library.hitCount', { n: hitCount })) : null,
      d.hasFile
        ? el(
            'a',
            { class: 'btn btn-small', href: `/api/documents/${encodeURIComponent(d.id)}/file`, download: '' },
            t('library.download'),
          )
        : null,
      el('a', { class: 'btn btn-small', href: `/doc/${encodeURIComponent(d.id)}?print=1` }, t('library.print')),
    ),
  );
}

function hitItem(hit, byId) {
  const doc = byId.get(hit.documentId);
  const cut = snippet(hit.text, hit.highlights ?? []);
  const firstMark = cut.marks[0];
  const quote = firstMark ? cut.text.slice(firstMark.start, firstMark.end) : undefined;
  return el(
    'li',
    { class: 'hit' },
    el('a', { class: 'hit-label', href: readerUrl(hit.documentId, hit.clauseId, quote) }, hit.label),
    doc?.title ? el('span', { class: 'muted' }, ` — ${doc.title}`) : null,
    el(
      'p',
      { class: 'hit-text' },
      cut.cutStart ? '… ' : null,
      renderAnnotated(cut.text, { marks: cut.marks }),
      cut.cutEnd ? ' …' : null,
    ),
  );
}

function pager(page, pages) {
  if (pages <= 1) return [];
  const link = (n, label, rel) =>
    el(
      'a',
      {
        class: 'btn btn-small',
        href: `${location.pathname}${stateQuery({ ...state, page: n })}`,
        rel,
        'aria-current': n === page && !rel ? 'page' : null,
        onClick: (e) => {
          e.preventDefault();
          go({ ...state, page: n });
          byId('docs-heading').scrollIntoView({ block: 'start' });
        },
      },
      label,
    );
  const around = [];
  for (let n = Math.max(1, page - 2); n <= Math.min(pages, page + 2); n++) around.push(link(n, String(n)));
  return [
    page > 1 ? link(page - 1, t('library.prev'), 'prev') : null,
    around,
    page < pages ? link(page + 1, t('library.next'), 'next') : null,
    el('span', { class: 'muted' }, t('library.pageOf', { page, pages })),
  ];
}

function render() {
  const docsById = new Map(all.map((d) => [d.id, d]));
  let docs = applyFilters(all, state);
  const hitsBox = byId('hits-section');
  hitsBox.classList.toggle('hidden', !state.text);
  const hitsPerDoc = new Map();
  if (state.text) {
    for (const h of search.hits) hitsPerDoc.set(h.documentId, (hitsPerDoc.get(h.documentId) ?? 0) + 1);
    docs = docs.filter((d) => hitsPerDoc.has(d.id));
    const hits = search.hits.filter((h) => docs.some((d) => d.id === h.documentId));
    byId('hits-heading').textContent = t('library.hitsHeading', { n: hits.length, text: state.text });
    if (search.error)
      showError(byId('hits'), search.error, () => {
        search.key = '';
        update();
      });
    else
      replaceChildren(
        byId('hits'),
        hits.length
          ? [
              hits.slice(0, showAllHits ? hits.length : HITS_SHOWN).map((h) => hitItem(h, docsById)),
              hits.length > HITS_SHOWN && !showAllHits
                ? el(
                    'li',
                    {},
                    el(
                      'button',
                      {
                        type: 'button',
                        class: 'btn btn-small',
                        onClick: () => {
                          showAllHits = true;
                          render();
                        },
                      },
                      t('library.moreHits', { n: hits.length - HITS_SHOWN }),
                    ),
                  )
                : null,
            ]
          : el('li', { class: 'status-empty' }, t('library.noHits')),
      );
  }
  const { items, page, pages } = pageOf(docs, state.page);
  byId('docs-section').classList.remove('hidden');
  byId('docs-heading').textContent = t('library.count', { n: docs.length, total: all.length });
  replaceChildren(
    byId('docs'),
    items.length
      ? items.map((d) => docItem(d, hitsPerDoc.get(d.id)))
      : el('li', { class: 'status status-empty' }, t('library.none')),
  );
  replaceChildren(byId('pager'), pager(page, pages));
}

async function update() {
  fillForm();
  if (searchKey() !== search.key) {
    showLoading(byId('library-status'), 'library.searching');
    await runSearch();
    replaceChildren(byId('library-status'));
    byId('library-status').removeAttribute('aria-busy');
  }
  render();
}

/** The status filter: all, still in force, then each status some document has (named in the UI language). */
function fillStatuses() {
  const select = /** @type {HTMLSelectElement} */ (field('status'));
  const present = VALIDITY_ORDER.filter((s) => all.some((d) => d.status === s));
  select.replaceChildren(
    el('option', { value: '' }, t('library.all')),
    el('option', { value: 'current' }, t('validity.stillInForce')),
    ...present.map((s) => el('option', { value: s }, statusName(s))),
  );
  select.value = state.status;
}

const VALIDITY_ORDER = [
  'in_force',
  'amended',
  'partly_repealed',
  'not_yet_in_force',
  'suspended',
  'replaced',
  'repealed',
  'expired',
  'unknown',
];

async function load() {
  const box = byId('library-status');
  showLoading(box);
  try {
    ({ documents: all } = await api('/api/documents?limit=1000'));
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    const distinct = (pick) => [...new Set(all.map(pick).filter(Boolean))].sort((a, b) => a.localeCompare(b, 'vi'));
    options(
      /** @type {HTMLSelectElement} */ (field('type')),
      distinct((d) => d.type),
      (v) => typeName(v) || v,
    );
    options(
      /** @type {HTMLSelectElement} */ (field('issuer')),
      distinct((d) => d.issuer),
    );
    options(
      /** @type {HTMLSelectElement} */ (field('place')),
      distinct((d) => d.place),
    );
    options(/** @type {HTMLSelectElement} */ (field('year')), distinct((d) => d.date?.slice(0, 4)).reverse());
    fillStatuses();
    await update();
  } catch (err) {
    showError(box, err, load);
  }
}

const onEdit = () => go({ ...readForm(), page: 1 });
for (const name of ['type', 'issuer', 'place', 'year', 'status', 'sort'])
  field(name).addEventListener('change', onEdit);
field('q').addEventListener('input', debounce(onEdit, 200));
field('text').addEventListener('input', debounce(onEdit, 400));
form.addEventListener('submit', (e) => {
  e.preventDefault();
  onEdit();
});
form.addEventListener('reset', (e) => {
  e.preventDefault();
  go(parseState(''));
});
window.addEventListener('popstate', () => go(parseState(location.search), false));
window.addEventListener('langchange', () => {
  if (!all.length) return;
  fillStatuses();
  render();
});
load();
