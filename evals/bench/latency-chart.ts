/**
 * @module evals/bench/latency-chart
 * The README's chart: latency (p50/p95) against corpus size for search and ask, vankien and the
 * LangChain baseline, drawn by chart.js in headless Chromium and saved as PNG. Falls back to a
 * hand-drawn SVG when no Chromium is there.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export interface ChartSeries {
  label: string;
  /** One value per corpus size (ms), null where not measured. */
  values: Array<number | null>;
  dashed?: boolean;
}

export interface LatencyChart {
  title: string;
  /** Clauses per tier, the x axis (log scale). */
  sizes: number[];
  series: ChartSeries[];
}

const COLORS = ['#b91c1c', '#1d4ed8', '#15803d', '#a16207', '#7c3aed', '#0f766e', '#9ca3af', '#4b5563'];
export const CHROMIUM = '/usr/bin/chromium';

/** Writes `<base>.png` with Chromium, else `<base>.svg`; returns the path written. */
export async function writeLatencyChart(chart: LatencyChart, base: string, chromium = CHROMIUM): Promise<string> {
  if (existsSync(chromium)) {
    try {
      const png = await renderPng(chart, chromium);
      writeFileSync(`${base}.png`, png);
      return `${base}.png`;
    } catch (err) {
      console.warn(`chart: Chromium rendering failed (${err instanceof Error ? err.message : err}); writing SVG`);
    }
  }
  writeFileSync(`${base}.svg`, renderSvg(chart));
  return `${base}.svg`;
}

async function renderPng(chart: LatencyChart, executablePath: string): Promise<Buffer> {
  const { chromium } = await import('playwright-core');
  const require = createRequire(import.meta.url);
  // The UMD build is not an export of the package: find it beside the package's main file.
  const chartJs = readFileSync(join(dirname(require.resolve('chart.js')), 'chart.umd.min.js'), 'utf8');
  const browser = await chromium.launch({ executablePath, args: ['--no-sandbox', '--disable-gpu'] });
  try {
    const page = await browser.newPage({ viewport: { width: 900, height: 520 }, deviceScaleFactor: 1 });
    const config = {
      type: 'line',
      data: {
        datasets: chart.series.map((s, i) => ({
          label: s.label,
          data: chart.sizes.flatMap((x, j) => (s.values[j] === null ? [] : [{ x, y: s.values[j] }])),
          borderColor: COLORS[i % COLORS.length],
          backgroundColor: COLORS[i % COLORS.length],
          borderDash: s.dashed ? [6, 4] : [],
          tension: 0,
        })),
      },
      options: {
        animation: false,
        responsive: false,
        plugins: { title: { display: true, text: chart.title, font: { size: 16 } }, legend: { position: 'bottom' } },
        scales: {
          x: { type: 'logarithmic', title: { display: true, text: 'corpus size (clauses)' } },
          y: { type: 'logarithmic', title: { display: true, text: 'latency (ms)' } },
        },
      },
    };
    await page.setContent(
      `<!doctype html><html><body style="margin:0;background:#fff"><canvas id="c" width="900" height="520"></canvas>
       <script>${chartJs}</script>
       <script>
         const config = ${JSON.stringify(config)};
         const sizes = ${JSON.stringify(chart.sizes)};
         // Label only the measured sizes on the log axis.
         config.options.scales.x.afterBuildTicks = (axis) => { axis.ticks = sizes.map((value) => ({ value })); };
         config.options.scales.x.ticks = { callback: (v) => Number(v).toLocaleString('en') };
         new Chart(document.getElementById('c'), config); window.done = true;
       </script></body></html>`,
    );
    await page.waitForFunction('window.done === true');
    return await page.locator('#c').screenshot({ type: 'png' });
  } finally {
    await browser.close();
  }
}

/** A plain SVG line chart (log-log axes), for machines without Chromium. */
export function renderSvg(chart: LatencyChart): string {
  const W = 900;
  const H = 520;
  const pad = { l: 70, r: 20, t: 40, b: 110 };
  const values = chart.series.flatMap((s) => s.values.filter((v): v is number => v !== null && v > 0));
  const yMin = Math.log10(Math.max(0.01, Math.min(...values) / 1.5));
  const yMax = Math.log10(Math.max(...values) * 1.5);
  const xMin = Math.log10(Math.min(...chart.sizes));
  const xMax = Math.log10(Math.max(...chart.sizes));
  const px = (x: number) => pad.l + ((Math.log10(x) - xMin) / Math.max(1e-9, xMax - xMin)) * (W - pad.l - pad.r);
  const py = (y: number) => H - pad.b - ((Math.log10(y) - yMin) / Math.max(1e-9, yMax - yMin)) * (H - pad.t - pad.b);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="12">`,
    `<rect width="${W}" height="${H}" fill="#fff"/>`,
    `<text x="${W / 2}" y="24" text-anchor="middle" font-size="16">${escapeXml(chart.title)}</text>`,
    `<line x1="${pad.l}" y1="${H - pad.b}" x2="${W - pad.r}" y2="${H - pad.b}" stroke="#333"/>`,
    `<line x1="${pad.l}" y1="${pad.t}" x2="${pad.l}" y2="${H - pad.b}" stroke="#333"/>`,
  ];
  for (const x of chart.sizes) {
    parts.push(`<text x="${px(x)}" y="${H - pad.b + 18}" text-anchor="middle">${x.toLocaleString('en')}</text>`);
  }
  for (let e = Math.ceil(yMin); e <= Math.floor(yMax); e++) {
    const y = 10 ** e;
    parts.push(`<line x1="${pad.l}" y1="${py(y)}" x2="${W - pad.r}" y2="${py(y)}" stroke="#ddd"/>`);
    parts.push(`<text x="${pad.l - 6}" y="${py(y) + 4}" text-anchor="end">${y} ms</text>`);
  }
  chart.series.forEach((s, i) => {
    const color = COLORS[i % COLORS.length];
    const pts = chart.sizes.flatMap((x, j) => (s.values[j] === null ? [] : [`${px(x)},${py(s.values[j] as number)}`]));
    parts.push(
      `<polyline fill="none" stroke="${color}" stroke-width="2" ${s.dashed ? 'stroke-dasharray="6 4"' : ''} points="${pts.join(' ')}"/>`,
    );
    const lx = pad.l + (i % 3) * 270;
    const ly = H - 60 + Math.floor(i / 3) * 20;
    parts.push(`<line x1="${lx}" y1="${ly}" x2="${lx + 24}" y2="${ly}" stroke="${color}" stroke-width="2"/>`);
    parts.push(`<text x="${lx + 30}" y="${ly + 4}">${escapeXml(s.label)}</text>`);
  });
  parts.push(`<text x="${W / 2}" y="${H - 80}" text-anchor="middle">corpus size (clauses, log scale)</text>`, '</svg>');
  return parts.join('\n');
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
