/** @module web/pages/reader — `/doc/:id`: a document's metadata, navigable clause tree, references, facts, and a highlighted quote. */
import { api } from '../lib/api.js';
import { byId, el, replaceChildren } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { readerTarget } from '../lib/links.js';
import { renderMeta } from '../lib/reader-meta.js';
import { renderClauses, renderIncoming, renderOutline } from '../lib/reader-clauses.js';
import { showError, showLoading } from '../lib/status.js';

initLayout();

// `?print=1`: the document alone, laid out for paper (the print stylesheet does the rest).
const printView = new URLSearchParams(location.search).get('print') === '1';
if (printView) document.body.classList.add('print-view');

const statusBox = byId('reader-status');
const id = decodeURIComponent(location.pathname.replace(/^\/doc\//, '').replace(/\/$/, ''));
let doc = null;

function markCurrent(anchor) {
  for (const a of byId('outline').querySelectorAll('a[aria-current]')) a.removeAttribute('aria-current');
  for (const a of byId('outline').querySelectorAll('a[data-anchor]')) {
    if (a.dataset.anchor === anchor) a.setAttribute('aria-current', 'location');
  }
}

/** Scrolls to and focuses the clause named in the hash (or the highlighted one). */
function goTo(anchor, fallback) {
  const node = (anchor && document.getElementById(anchor)) || fallback;
  if (!node) return;
  for (const n of document.querySelectorAll('.clause.is-target')) n.classList.remove('is-target');
  node.classList.add('is-target');
  node.scrollIntoView({ block: 'start' });
  node.focus({ preventScroll: true });
  markCurrent(node.id);
}

function render() {
  const target = readerTarget();
  document.title = `${doc.symbol || doc.title || doc.id} · vankien`;
  replaceChildren(byId('doc-meta'), renderMeta(doc));
  replaceChildren(byId('outline'), renderOutline(doc.clauses));
  const { nodes, marked } = renderClauses(doc, target);
  replaceChildren(byId('clause-list'), nodes);
  replaceChildren(byId('incoming-list'), renderIncoming(doc.references?.incoming));
  byId('reader').classList.remove('hidden');
  if (window.matchMedia('(max-width: 900px)').matches || printView) byId('outline-details').removeAttribute('open');
  if (printView) {
    byId('doc-meta').prepend(
      el(
        'p',
        { class: 'toolbar no-print' },
        el('button', { type: 'button', class: 'btn', onClick: () => window.print() }, t('reader.print')),
      ),
    );
    return;
  }
  goTo(target.anchor, marked);
}

async function load() {
  showLoading(statusBox);
  try {
    doc = await api(`/api/documents/${encodeURIComponent(id)}`);
    replaceChildren(statusBox);
    statusBox.removeAttribute('aria-busy');
    render();
  } catch (err) {
    if (err?.status === 404) {
      // A user followed a stale or mistyped link: say so in their words and offer the library.
      statusBox.removeAttribute('aria-busy');
      replaceChildren(
        statusBox,
        el(
          'div',
          { class: 'status status-error', role: 'alert' },
          el('p', {}, t('reader.notFound')),
          el('a', { class: 'btn btn-small', href: '/library' }, t('reader.toLibrary')),
        ),
      );
      document.title = `${t('status.error')} · vankien`;
      return;
    }
    showError(statusBox, err, load);
    document.title = `${t('status.error')} · vankien`;
  }
}

window.addEventListener('hashchange', () => {
  const { anchor } = readerTarget();
  goTo(anchor, null);
});
window.addEventListener('langchange', () => {
  if (doc) render();
});
load();
