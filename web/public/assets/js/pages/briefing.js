/** @module web/pages/briefing — `/briefing`: assemble an extractive, cited briefing on a topic, edit it, export DOCX or Markdown. */
import { api } from '../lib/api.js';
import { createEditor } from '../lib/briefing-editor.js';
import { byId, el, replaceChildren } from '../lib/dom.js';
import { lang, t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { documentLine } from '../lib/labels.js';
import { errorNode, showError, showLoading } from '../lib/status.js';

initLayout();

const form = /** @type {HTMLFormElement} */ (byId('briefing-form'));
const buildButton = /** @type {HTMLButtonElement} */ (byId('build'));
const exportStatus = byId('export-status');
const editor = createEditor(byId('briefing-sections'), (message) => {
  exportStatus.textContent = message;
});

async function loadChoices() {
  const box = byId('doc-choices');
  showLoading(box);
  try {
    const { documents } = await api('/api/documents');
    box.removeAttribute('aria-busy');
    replaceChildren(
      box,
      documents.map((d) =>
        el(
          'label',
          {},
          el('input', { type: 'checkbox', name: 'documentIds', value: d.id }),
          el('span', {}, documentLine(d) || d.id),
        ),
      ),
    );
    const places = [...new Set(documents.map((d) => d.place).filter(Boolean))].sort();
    replaceChildren(
      byId('place-options'),
      places.map((p) => el('option', { value: p })),
    );
    // The issuers of the stored documents, to pick from (free text is fine too).
    const issuers = [...new Set(documents.map((d) => d.issuer).filter(Boolean))].sort();
    replaceChildren(
      byId('issuer-options'),
      issuers.map((i) => el('option', { value: i })),
    );
  } catch (err) {
    showError(box, err, loadChoices);
  }
}

function request() {
  const data = new FormData(form);
  const year = (name) => {
    const v = String(data.get(name) ?? '').trim();
    return v ? Number(v) : undefined;
  };
  const places = String(data.get('places') ?? '')
    .split(/[,;]/)
    .map((p) => p.trim())
    .filter(Boolean);
  const from = year('from');
  const to = year('to');
  const asOf = String(data.get('asOf') ?? '').trim();
  return {
    topic: String(data.get('topic') ?? '').trim(),
    documentIds: data.getAll('documentIds').map(String),
    places,
    period: from || to ? { from, to } : undefined,
    asOf: asOf || undefined,
    includeEnded: data.get('includeEnded') ? true : undefined,
  };
}

/** What was left out as no longer in force: `Điều 6 của 146/2025/NĐ-CP (đã bị bãi bỏ bởi 26/2026/NĐ-CP)`. */
function showExcluded(excluded) {
  const box = byId('briefing-excluded');
  if (!excluded?.length) {
    replaceChildren(box);
    return;
  }
  const line = (e) =>
    t('briefing.excludedItem', {
      what: e.part
        ? t('briefing.excludedPart', { part: e.part, symbol: e.symbol ?? e.documentId })
        : (e.symbol ?? e.documentId),
      status: t(`briefing.ended.${e.status}`),
      by: e.endedBy.length ? t('briefing.excludedBy', { by: e.endedBy.join(', ') }) : '',
    });
  replaceChildren(
    box,
    el('p', {}, t('briefing.excludedNote')),
    el(
      'ul',
      {},
      excluded.map((e) => el('li', {}, line(e))),
    ),
  );
}

let excludedNow = [];

function showResult(briefing) {
  byId('briefing-result').classList.remove('hidden');
  excludedNow = briefing.excluded ?? [];
  showExcluded(excludedNow);
  byId('result-heading').textContent = t('briefing.resultTitle', { topic: briefing.topic });
  editor.set(briefing);
  if (editor.count() === 0) {
    byId('briefing-sections').prepend(el('p', { class: 'status status-empty' }, t('briefing.nothing')));
  }
}

async function build(e) {
  e.preventDefault();
  const box = byId('briefing-status');
  buildButton.disabled = true;
  showLoading(box, 'briefing.building');
  try {
    const briefing = await api('/api/briefing', { body: request() });
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    showResult(briefing);
    byId('result-heading').focus?.();
  } catch (err) {
    showError(box, err);
  } finally {
    buildButton.disabled = false;
  }
}

function filenameOf(res, fallback) {
  const header = res.headers.get('content-disposition') ?? '';
  const m = /filename\*?=(?:UTF-8'')?"?([^";]+)"?/i.exec(header);
  return m ? decodeURIComponent(m[1]) : fallback;
}

/** The header block, signature and introduction the user typed; no issuer means no header block. */
function headerFields() {
  const value = (id) => /** @type {HTMLInputElement} */ (byId(id)).value.trim();
  const intro = value('intro') || undefined;
  const issuer = value('h-issuer');
  if (!issuer) return { intro };
  const optional = (id) => value(id) || undefined;
  const lines = (id) =>
    value(id)
      .split('\n')
      .map((r) => r.replace(/^[-–•]\s*/, '').trim())
      .filter(Boolean);
  return {
    intro,
    header: {
      kind: /** @type {HTMLSelectElement} */ (byId('h-kind')).value === 'letter' ? 'letter' : 'report',
      addressees: lines('h-addressees'),
      issuer,
      parentIssuer: optional('h-parent'),
      number: optional('h-number'),
      abbreviation: optional('h-abbr'),
      place: optional('h-place'),
      signerCapacity: optional('h-capacity'),
      signerTitle: optional('h-title'),
      signerName: optional('h-name'),
      recipients: lines('h-recipients'),
    },
  };
}

async function exportAs(format) {
  const briefing = editor.get();
  if (!briefing) return;
  exportStatus.textContent = t('briefing.exporting');
  try {
    const res = await api(`/api/briefing/export?format=${format}`, {
      body: {
        topic: briefing.topic,
        lang: lang(),
        sections: briefing.sections,
        excluded: excludedNow,
        ...headerFields(),
      },
      headers: { Accept: '*/*' },
      raw: true,
    });
    const blob = await res.blob();
    const url = URL.createObjectURL(blob);
    const a = el('a', { href: '#', download: filenameOf(res, `briefing.${format}`), class: 'hidden' });
    a.setAttribute('href', url);
    document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
    exportStatus.textContent = t('briefing.exported');
  } catch (err) {
    replaceChildren(exportStatus, errorNode(err));
  }
}

form.addEventListener('submit', build);
byId('export-docx').addEventListener('click', () => exportAs('docx'));
byId('export-md').addEventListener('click', () => exportAs('md'));
window.addEventListener('langchange', () => {
  const b = editor.get();
  if (b) {
    byId('result-heading').textContent = t('briefing.resultTitle', { topic: b.topic });
    showExcluded(excludedNow);
    editor.render();
  }
});
loadChoices();
