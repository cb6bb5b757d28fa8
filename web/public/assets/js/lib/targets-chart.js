/** @module web/lib/targets-chart — groups comparable targets and draws them as a chart.js bar chart (vendored global). */
import { t } from './i18n.js';
import { scopeName } from './labels.js';

/** Lowercase without diacritics, for matching and grouping. */
export function fold(s) {
  return String(s ?? '')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** Words that say how a target is measured, not what it measures (folded). */
const MEASURE_WORDS = new Set(
  'ty le duoc va xu ly thu gom dat tieu chuan moi truong ve tai o cua cac co so theo quy dinh tren dia ban'.split(' '),
);

/** The folded content words of an indicator: what it measures. */
function concept(indicator) {
  return new Set(
    fold(indicator)
      .split(/[^a-z0-9]+/)
      .filter((w) => w && !MEASURE_WORDS.has(w)),
  );
}

function jaccard(a, b) {
  let shared = 0;
  for (const w of a) if (b.has(w)) shared++;
  const union = a.size + b.size - shared;
  return union ? shared / union : 0;
}

/**
 * Comparable groups: same unit and indicators measuring the same thing (at least half their content
 * words shared, e.g. `tỷ lệ thu gom và xử lý chất thải rắn sinh hoạt đô thị` and `chất thải rắn sinh hoạt
 * đô thị, công nghiệp, dịch vụ được thu gom`); larger groups first, named by their shortest indicator.
 * @returns {Array<{ key: string, indicator: string, unit: string | null, items: any[] }>}
 */
export function comparableGroups(targets) {
  const groups = [];
  for (const target of targets) {
    const words = concept(target.indicator);
    const unit = target.unit ?? null;
    const group = groups.find((g) => g.unit === unit && g.concepts.some((c) => jaccard(c, words) >= 0.5));
    if (group) {
      group.items.push(target);
      group.concepts.push(words);
      if (target.indicator.length < group.indicator.length) group.indicator = target.indicator;
    } else {
      groups.push({ unit, indicator: target.indicator, items: [target], concepts: [words] });
    }
  }
  return groups
    .map(({ concepts: _, ...g }) => ({ ...g, key: `${fold(g.items[0].indicator)}|${g.unit ?? ''}` }))
    .sort((a, b) => b.items.length - a.items.length || a.indicator.localeCompare(b.indicator));
}

const PALETTE = ['#a4161a', '#0b4f8a', '#1e7b3a', '#9a6700', '#6b3fa0', '#00838f', '#5d4037'];

/**
 * The chart's title: what it measures and its unit. Shown above the canvas, not drawn in it: a title drawn
 * by the chart sat on the value labels of bars at 100 % (the labels stand above the plot area).
 * @example chartTitle({ indicator: 'sử dụng nước hợp vệ sinh', unit: '%' }) // 'sử dụng nước hợp vệ sinh (%)'
 */
export function chartTitle(group) {
  return group.unit ? `${group.indicator} (${group.unit})` : group.indicator;
}

/** The number shown on a bar: Vietnamese decimal comma, unit after (98, 99 and 100 must read apart). */
export function valueLabel(value, unit) {
  if (value === null || value === undefined) return '';
  const n = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 }).format(value);
  return unit === '%' ? `${n}%` : n;
}

/** Chart.js plugin: writes each bar's value above it; the drawn labels are kept on the canvas for tests and tools. */
function valueLabels(unit) {
  return {
    id: 'valueLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      const drawn = [];
      let top = Number.POSITIVE_INFINITY;
      ctx.save();
      ctx.font = '600 12px system-ui, sans-serif';
      ctx.fillStyle = '#1f1b16';
      ctx.textAlign = 'center';
      ctx.textBaseline = 'bottom';
      chart.data.datasets.forEach((dataset, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const text = valueLabel(dataset.data[j], unit);
          if (!text) return;
          ctx.fillText(text, bar.x, bar.y - 3);
          drawn.push(text);
          top = Math.min(top, bar.y - 3 - 12);
        });
      });
      ctx.restore();
      chart.canvas.dataset.valueLabels = drawn.join(' | ');
      // The highest label's top edge in canvas pixels: below 0 it is cut off.
      if (drawn.length) chart.canvas.dataset.labelTop = String(Math.round(top));
    },
  };
}

/**
 * Draws (or redraws) `group` into `canvas`: one bar group per place (or document when no place),
 * one colour per deadline. Returns the chart, to destroy before the next draw.
 */
export function drawChart(canvas, group, previous) {
  previous?.destroy();
  const Chart = /** @type {any} */ (window).Chart;
  if (typeof Chart !== 'function') throw new Error('chart.js did not load');
  // One bar group per place (and scope: urban and rural figures are different targets).
  const where = (x) =>
    [x.place || x.documentSymbol || x.documentId, x.scope ? scopeName(x.scope) : null].filter(Boolean).join(' · ');
  const places = [...new Set(group.items.map(where))];
  const deadlines = [...new Set(group.items.map((x) => x.deadline ?? x.period?.to ?? null))].sort(
    (a, b) => (a ?? 0) - (b ?? 0),
  );
  const datasets = deadlines.map((deadline, i) => ({
    label: deadline ? t('targets.by', { year: deadline }) : t('targets.noDeadline'),
    backgroundColor: PALETTE[i % PALETTE.length],
    data: places.map((p) => {
      const hit = group.items.find((x) => where(x) === p && (x.deadline ?? x.period?.to ?? null) === deadline);
      return hit ? hit.value : null;
    }),
  }));
  return new Chart(canvas, {
    type: 'bar',
    plugins: [valueLabels(group.unit)],
    data: { labels: places, datasets },
    options: {
      responsive: true,
      maintainAspectRatio: false,
      animation: false,
      // Room above the tallest bar for its label.
      layout: { padding: { top: 18 } },
      plugins: {
        title: { display: false },
        legend: { position: 'bottom' },
      },
      scales: { y: { beginAtZero: true, suggestedMax: group.unit === '%' ? 100 : undefined } },
    },
  });
}
