/** @module web/lib/library-state — the library's filters, sort and page, read from and written to the URL; applied to the document list. */
import { statusMatches } from './validity-status.js';
import { matchesWords } from './words.js';

export const PAGE_SIZE = 20;
const SORTS = ['date-desc', 'date-asc', 'title', 'symbol'];
const KEYS = ['text', 'q', 'type', 'issuer', 'place', 'year', 'status', 'sort', 'page'];
const STATUS = /^(?:current|[a-z_]{2,20})$/;

/**
 * The library state in a query string; unknown or malformed values fall back to defaults.
 * @example parseState('?type=NQ&page=2') // { text: '', q: '', type: 'NQ', ..., sort: 'date-desc', page: 2 }
 */
export function parseState(search) {
  const p = new URLSearchParams(search);
  const get = (k) => (p.get(k) ?? '').trim().slice(0, 300);
  const page = Number.parseInt(get('page'), 10);
  const sort = get('sort');
  return {
    text: get('text'),
    q: get('q'),
    type: get('type'),
    issuer: get('issuer'),
    place: get('place'),
    year: /^\d{4}$/.test(get('year')) ? get('year') : '',
    status: STATUS.test(get('status')) ? get('status') : '',
    sort: SORTS.includes(sort) ? sort : 'date-desc',
    page: Number.isFinite(page) && page > 0 ? page : 1,
  };
}

/** The query string for `state`, defaults left out (so the plain `/library` URL means "everything"). */
export function stateQuery(state) {
  const p = new URLSearchParams();
  for (const k of KEYS) {
    const v = state[k];
    if (v === '' || v === undefined || v === null) continue;
    if (k === 'sort' && v === 'date-desc') continue;
    if (k === 'page' && Number(v) === 1) continue;
    p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

function compare(sort) {
  const byDate = (a, b) => (a.date ?? '').localeCompare(b.date ?? '');
  switch (sort) {
    case 'date-asc':
      // Undated last either way.
      return (a, b) => !a.date - !b.date || byDate(a, b) || collator.compare(a.id, b.id);
    case 'title':
      return (a, b) => collator.compare(a.title ?? a.id, b.title ?? b.id);
    case 'symbol':
      return (a, b) => !a.symbol - !b.symbol || collator.compare(a.symbol ?? '', b.symbol ?? '');
    default:
      return (a, b) => !a.date - !b.date || byDate(b, a) || collator.compare(a.id, b.id);
  }
}

/** The documents that pass every filter in `state`, sorted as it asks. */
export function applyFilters(documents, state) {
  return documents
    .filter(
      (d) =>
        (!state.type || d.type === state.type) &&
        (!state.issuer || d.issuer === state.issuer) &&
        (!state.place || d.place === state.place) &&
        (!state.year || (d.date ?? '').startsWith(state.year)) &&
        statusMatches(d.status, state.status) &&
        matchesWords(`${d.symbol ?? ''} ${d.title ?? ''} ${d.issuer ?? ''} ${d.id}`, state.q),
    )
    .sort(compare(state.sort));
}

/** One page of `list` (pages from 1; a page past the end shows the last one). */
export function pageOf(list, page, size = PAGE_SIZE) {
  const pages = Math.max(1, Math.ceil(list.length / size));
  const current = Math.min(Math.max(1, page), pages);
  return { items: list.slice((current - 1) * size, current * size), page: current, pages };
}

/**
 * A window of `text` around its first highlight, with the highlights shifted into it.
 * @returns {{ text: string, marks: {start:number,end:number}[], cutStart: boolean, cutEnd: boolean }}
 */
export function snippet(text, highlights, width = 260) {
  const first = highlights.length ? Math.min(...highlights.map((h) => h.start)) : 0;
  let start = Math.max(0, first - Math.floor(width / 3));
  // Start and end on word boundaries, not mid-word.
  if (start > 0) {
    const space = text.indexOf(' ', start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(text.length, start + width);
  if (end < text.length) {
    const space = text.lastIndexOf(' ', end);
    end = space > start ? space : end;
  }
  const marks = highlights
    .filter((h) => h.end > start && h.start < end)
    .map((h) => ({ start: Math.max(h.start, start) - start, end: Math.min(h.end, end) - start }));
  return { text: text.slice(start, end), marks, cutStart: start > 0, cutEnd: end < text.length };
}
