/** @module web/pages/targets — `/targets`: every quantified target, filterable, with a chart comparing comparable ones. */
import { api } from '../lib/api.js';
import { byId, debounce, el, replaceChildren } from '../lib/dom.js';
import { t } from '../lib/i18n.js';
import { initLayout } from '../lib/layout.js';
import { comparatorName, scopeName, targetValue, targetWhen } from '../lib/labels.js';
import { readerUrl } from '../lib/links.js';
import { errorNode, showError, showLoading } from '../lib/status.js';
import { chartTitle, comparableGroups, drawChart } from '../lib/targets-chart.js';
import { matchesWords } from '../lib/words.js';

initLayout();

const indicator = /** @type {HTMLInputElement} */ (byId('f-indicator'));
const place = /** @type {HTMLSelectElement} */ (byId('f-place'));
const year = /** @type {HTMLSelectElement} */ (byId('f-year'));
const groupSelect = /** @type {HTMLSelectElement} */ (byId('chart-group'));
let all = [];
let chart = null;
let groups = [];

function options(select, values) {
  const keep = select.value;
  const first = select.options[0];
  select.replaceChildren(first, ...values.map((v) => el('option', { value: String(v) }, String(v))));
  select.value = values.map(String).includes(keep) ? keep : '';
}

function coversYear(target, y) {
  if (target.deadline === y) return true;
  return Boolean(target.period && target.period.from <= y && y <= target.period.to);
}

function filtered() {
  const y = year.value ? Number(year.value) : null;
  return all.filter(
    (x) =>
      // Whole words, accents optional, any order: "thu gom chat thai" finds "chất thải rắn được thu gom".
      matchesWords(`${x.indicator} ${scopeName(x.scope)}`, indicator.value) &&
      (!place.value || x.place === place.value) &&
      (y === null || coversYear(x, y)),
  );
}

function row(x) {
  // `data-label` names each cell when the table turns into cards on a phone.
  const cell = (key, props, ...content) => el('td', { ...props, dataset: { label: t(key) } }, el('span', {}, content));
  return el(
    'tr',
    {},
    cell(
      'targets.colIndicator',
      {},
      x.indicator,
      x.scope ? el('span', { class: 'hint' }, ` (${scopeName(x.scope)})`) : null,
    ),
    cell('targets.colValue', { class: 'num' }, `${comparatorName(x.comparator)} ${targetValue(x)}`.trim()),
    cell('targets.colDeadline', { class: 'num' }, targetWhen(x)),
    cell('targets.colPlace', {}, x.place ?? ''),
    cell(
      'targets.colSource',
      {},
      el('a', { href: readerUrl(x.documentId, x.clauseId, x.quote) }, x.label ?? x.documentSymbol ?? x.documentId),
    ),
    cell('targets.colQuote', { class: 'quote-cell' }, x.quote ? `“${x.quote}”` : ''),
  );
}

function renderChart(rows) {
  groups = comparableGroups(rows).filter((g) => g.items.length >= 1);
  const section = byId('chart-section');
  section.classList.toggle('hidden', groups.length === 0);
  if (!groups.length) return;
  const keep = groupSelect.value;
  groupSelect.replaceChildren(
    ...groups.map((g) =>
      el('option', { value: g.key }, `${g.indicator}${g.unit ? ` (${g.unit})` : ''} — ${g.items.length}`),
    ),
  );
  groupSelect.value = groups.some((g) => g.key === keep) ? keep : groups[0].key;
  drawSelected();
}

function drawSelected() {
  const group = groups.find((g) => g.key === groupSelect.value);
  if (!group) return;
  byId('chart-title').textContent = chartTitle(group);
  try {
    chart = drawChart(/** @type {HTMLCanvasElement} */ (byId('chart')), group, chart);
  } catch (err) {
    byId('chart-section').appendChild(errorNode(err));
  }
}

function render() {
  const rows = filtered();
  byId('table-section').classList.remove('hidden');
  byId('table-heading').textContent = t('targets.count', { n: rows.length, total: all.length });
  replaceChildren(
    byId('targets-body'),
    rows.length ? rows.map(row) : el('tr', {}, el('td', { colspan: '6', class: 'status-empty' }, t('targets.none'))),
  );
  renderChart(rows);
}

async function load() {
  const box = byId('targets-status');
  showLoading(box);
  try {
    ({ targets: all } = await api('/api/targets'));
    replaceChildren(box);
    box.removeAttribute('aria-busy');
    options(place, [...new Set(all.map((x) => x.place).filter(Boolean))].sort());
    const years = new Set();
    for (const x of all) {
      if (x.deadline) years.add(x.deadline);
      if (x.period) for (let y = x.period.from; y <= x.period.to && y - x.period.from < 50; y++) years.add(y);
    }
    options(year, [...years].sort());
    render();
  } catch (err) {
    showError(box, err, load);
  }
}

indicator.addEventListener('input', debounce(render, 150));
place.addEventListener('change', render);
year.addEventListener('change', render);
groupSelect.addEventListener('change', drawSelected);
byId('target-filters').addEventListener('submit', (e) => e.preventDefault());
byId('target-filters').addEventListener('reset', () => setTimeout(render, 0));
window.addEventListener('langchange', () => all.length && render());
load();
