/** @module web/pages/admin — `/admin`: upload documents with the bearer token, watch progress, read per-file results; list, delete, re-ingest. */
import { api } from '../lib/api.js';
import { byId, el, replaceChildren } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { documentLine } from '../lib/labels.js';
import { initLayout } from '../lib/layout.js';
import { readerUrl } from '../lib/links.js';
import { errorNode, ingestMessage, showError, showLoading } from '../lib/status.js';

initLayout();

const POLL_MS = 400;
const form = /** @type {HTMLFormElement} */ (byId('upload-form'));
const tokenInput = /** @type {HTMLInputElement} */ (byId('token'));
const filesInput = /** @type {HTMLInputElement} */ (byId('files'));
const button = /** @type {HTMLButtonElement} */ (byId('upload'));
const progress = /** @type {HTMLProgressElement} */ (byId('progress'));

async function loadHealth() {
  const box = byId('health');
  showLoading(box);
  try {
    const h = await api('/api/health');
    box.removeAttribute('aria-busy');
    replaceChildren(
      box,
      el(
        'p',
        { class: 'card' },
        t('admin.health', {
          documents: h.documents,
          clauses: h.clauses,
          store: h.store,
          embedder: h.embedder?.id ?? '',
        }),
        ' ',
        h.writeRoutes
          ? el('span', { class: 'badge badge-ok' }, t('admin.writeOn'))
          : el('span', { class: 'badge badge-warn' }, t('admin.writeOff')),
      ),
    );
  } catch (err) {
    showError(box, err, loadHealth);
  }
}

function setProgress(p) {
  progress.max = Math.max(1, p.total);
  progress.value = p.done;
  byId('progress-label').textContent = t('admin.progress', { done: p.done, total: p.total });
}

function statusBadge(status) {
  const cls = status === 'failed' ? 'badge-danger' : status === 'ingested' ? 'badge-ok' : '';
  return el('span', { class: `badge ${cls}` }, t(`admin.status.${status}`));
}

/** The file name of a path as the server reports it (POSIX or Windows separators). */
const fileName = (path) =>
  String(path ?? '')
    .split(/[\\/]/)
    .pop() || String(path ?? '');

/** A table cell named by its column (shown when the table turns into cards on a phone). */
const cell = (key, props, ...content) => el('td', { ...props, dataset: { label: t(key) } }, el('span', {}, content));

function renderResults(results) {
  byId('results-section').classList.remove('hidden');
  replaceChildren(
    byId('results-body'),
    results.map((r) =>
      el(
        'tr',
        { class: r.status === 'failed' ? 'result-failed' : null },
        // The name, not the server's path (a re-ingest reports /tmp/…/corpus/x.txt): the folder is the server's business.
        cell('admin.colFile', { title: r.file }, fileName(r.file)),
        cell('admin.colStatus', {}, statusBadge(r.status)),
        cell('admin.colDocument', {}, r.documentId ? el('a', { href: readerUrl(r.documentId) }, r.documentId) : ''),
        cell('admin.colClauses', { class: 'num' }, r.clauses ?? ''),
        cell(
          'admin.colMessage',
          {},
          r.error
            ? [
                el('span', { class: 'ingest-error' }, ingestMessage(r.error)),
                el(
                  'details',
                  { class: 'hint' },
                  el('summary', {}, t('admin.detail')),
                  el('code', {}, r.error.code),
                  ': ',
                  r.error.message,
                ),
              ]
            : null,
          r.warnings?.length
            ? el(
                'ul',
                {},
                r.warnings.map((w) => el('li', { class: 'hint' }, w)),
              )
            : null,
        ),
      ),
    ),
  );
}

async function upload(e) {
  e.preventDefault();
  const files = [...(filesInput.files ?? [])];
  const box = byId('upload-status');
  if (!files.length) return replaceChildren(box, errorNode(new Error(t('admin.noFiles'))));
  const headers = { Authorization: `Bearer ${tokenInput.value.trim()}` };
  const body = new FormData();
  for (const f of files) body.append('files', f, f.name);
  button.disabled = true;
  byId('progress-box').classList.remove('hidden');
  setProgress({ done: 0, total: files.length });
  showLoading(box, 'admin.uploading');
  let polling = true;
  const poll = async () => {
    while (polling) {
      try {
        const p = await api('/api/admin/progress', { headers });
        if (polling && p.total) setProgress(p);
      } catch {
        // Progress is best effort; the upload's own answer decides.
      }
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  poll();
  try {
    const { results } = await api('/api/admin/documents', { method: 'POST', body, headers });
    setProgress({ done: results.length, total: results.length });
    const failed = results.filter((r) => r.status === 'failed').length;
    replaceChildren(box, el('p', { class: 'status', role: 'status' }, t('admin.done', { n: results.length, failed })));
    box.removeAttribute('aria-busy');
    renderResults(results);
    loadHealth();
    loadDocuments();
  } catch (err) {
    showError(box, err);
    failProgress();
  } finally {
    polling = false;
    button.disabled = false;
  }
}

/** The batch did not run (wrong token, upload refused): the bar says so instead of sitting at 0. */
function failProgress() {
  progress.value = 0;
  progress.max = 1;
  byId('progress-box').classList.add('hidden');
  byId('progress-label').textContent = t('admin.failedStop');
}

function authHeaders() {
  const token = tokenInput.value.trim();
  return token ? { Authorization: `Bearer ${token}` } : null;
}

/** A delete button that asks for a second click instead of a dialog. */
function deleteButton(doc) {
  let armed = false;
  const btn = el(
    'button',
    {
      type: 'button',
      class: 'btn btn-small',
      'aria-label': `${t('admin.delete')}: ${doc.symbol || doc.title || doc.id}`,
      onClick: async () => {
        const box = byId('docs-admin-status');
        const headers = authHeaders();
        if (!headers) return replaceChildren(box, errorNode(new Error(t('admin.needToken'))));
        if (!armed) {
          armed = true;
          btn.textContent = t('admin.confirmDelete');
          btn.classList.add('btn-danger');
          return;
        }
        btn.disabled = true;
        try {
          await api(`/api/admin/documents/${encodeURIComponent(doc.id)}`, { method: 'DELETE', headers });
          replaceChildren(box, el('p', { class: 'status', role: 'status' }, t('admin.deleted', { id: doc.id })));
          loadDocuments();
          loadHealth();
        } catch (err) {
          showError(box, err);
          btn.disabled = false;
        }
      },
    },
    t('admin.delete'),
  );
  return btn;
}

async function loadDocuments() {
  const body = byId('docs-admin-body');
  try {
    const { documents } = await api('/api/documents?limit=1000');
    replaceChildren(
      body,
      documents.map((d) =>
        el(
          'tr',
          {},
          cell('admin.colDocument', {}, el('a', { href: readerUrl(d.id) }, documentLine(d) || d.id)),
          cell('admin.colClauses', { class: 'num' }, d.clauses),
          cell('admin.delete', {}, deleteButton(d)),
        ),
      ),
    );
  } catch (err) {
    showError(byId('docs-admin-status'), err, loadDocuments);
  }
}

async function reingest() {
  const box = byId('docs-admin-status');
  const headers = authHeaders();
  if (!headers) return replaceChildren(box, errorNode(new Error(t('admin.needToken'))));
  const btn = /** @type {HTMLButtonElement} */ (byId('reingest'));
  btn.disabled = true;
  showLoading(box, 'admin.reingesting');
  try {
    const { results } = await api('/api/admin/reingest', { method: 'POST', headers });
    const failed = results.filter((r) => r.status === 'failed').length;
    replaceChildren(box, el('p', { class: 'status', role: 'status' }, t('admin.done', { n: results.length, failed })));
    box.removeAttribute('aria-busy');
    renderResults(results);
    loadDocuments();
    loadHealth();
  } catch (err) {
    showError(box, err);
  } finally {
    btn.disabled = false;
  }
}

form.addEventListener('submit', upload);
byId('reingest').addEventListener('click', reingest);
loadHealth();
loadDocuments();
