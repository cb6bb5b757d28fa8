/**
 * @module web/e2e/validity.e2e.test — validity in the browser: status badges and "repealed by" links in the reader,
 * the library's "still in force" filter, and in lineage the citing sentence, node statuses, the filter hiding ended
 * documents, a cited-only document in the picker, click to recentre, double-click to open, and the phone list view.
 * Real archive excerpts (ND 146/2025, ND 26/2026 which repeals its Điều 6–9, ND 71/2019 which replaces ND 163/2013)
 * are uploaded through the admin API, with a short stand-in for ND 163/2013 so that a stored document is replaced.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, settledPoint, untilDone, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');
const token = inject('token');
const FIXTURES = resolve(import.meta.dirname, '../../ingest/references/validity/fixtures');

/** ND 163/2013 as its header and closing article read; ND 71/2019 replaces it. */
const ND_163 = `CHÍNH PHỦ
Số: 163/2013/NĐ-CP
Hà Nội, ngày 12 tháng 11 năm 2013
NGHỊ ĐỊNH
QUY ĐỊNH XỬ PHẠT VI PHẠM HÀNH CHÍNH TRONG LĨNH VỰC HÓA CHẤT, PHÂN BÓN VÀ VẬT LIỆU NỔ CÔNG NGHIỆP
Theo đề nghị của Bộ trưởng Bộ Công Thương;
Chính phủ ban hành Nghị định quy định xử phạt vi phạm hành chính trong lĩnh vực hóa chất, phân bón và vật liệu nổ công nghiệp.
Điều 1. Phạm vi điều chỉnh
Nghị định này quy định về hành vi vi phạm hành chính, hình thức xử phạt, mức xử phạt trong lĩnh vực hóa chất, phân bón và vật liệu nổ công nghiệp.
Điều 2. Hiệu lực thi hành
Nghị định này có hiệu lực thi hành kể từ ngày 01 tháng 01 năm 2014.
`;

const FILES = [
  { name: 'nd-146-2025.txt', text: readFileSync(join(FIXTURES, 'nd-146-2025.txt'), 'utf8') },
  { name: 'nd-26-2026.txt', text: readFileSync(join(FIXTURES, 'nd-26-2026.txt'), 'utf8') },
  { name: 'nd-71-2019.txt', text: readFileSync(join(FIXTURES, 'nd-71-2019.txt'), 'utf8') },
];

async function upload(files: { name: string; text: string }[]): Promise<Map<string, string>> {
  const form = new FormData();
  for (const f of files) form.append('files', new Blob([f.text], { type: 'text/plain' }), f.name);
  const res = await fetch(`${base}/api/admin/documents`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}` },
    body: form,
  });
  expect(res.status).toBe(200);
  const { results } = (await res.json()) as { results: { file: string; status: string; documentId?: string }[] };
  for (const r of results) expect(r.status, r.file).toMatch(/ingested|unchanged/);
  return new Map(results.map((r) => [r.file.replace(/^.*\//, ''), r.documentId ?? '']));
}

function graphNodes(page: Page): Promise<{ id: string; classes: string }[]> {
  return page.evaluate(() => {
    type Node = { id(): string; classes(): string[] };
    const cy = (window as unknown as { vankienGraph: { nodes(): Node[] } }).vankienGraph;
    return [...cy.nodes()].map((n) => ({ id: n.id(), classes: n.classes().join(' ') }));
  });
}

/** Where a node is drawn, in page coordinates. */
async function nodePoint(page: Page, key: string): Promise<{ x: number; y: number }> {
  await page.locator('#graph').scrollIntoViewIfNeeded();
  return settledPoint(page, () =>
    page.evaluate((k) => {
      type Node = { renderedPosition(): { x: number; y: number } };
      const cy = (window as unknown as { vankienGraph: { getElementById(id: string): Node } }).vankienGraph;
      const box = document.getElementById('graph')!.getBoundingClientRect();
      const p = cy.getElementById(k).renderedPosition();
      return { x: box.left + p.x, y: box.top + p.y };
    }, key),
  );
}

async function waitForGraph(page: Page, key?: string): Promise<void> {
  await page.waitForFunction(
    (k) => {
      const cy = (window as unknown as { vankienGraph?: { nodes(): { id(): string }[] } }).vankienGraph;
      return cy && (!k || [...cy.nodes()].some((n) => n.id() === k));
    },
    key,
    { timeout: 30_000 },
  );
}

describe('validity in the reader, library and lineage', () => {
  let browser: Browser;
  let ids = new Map<string, string>();
  beforeAll(async () => {
    browser = await launch();
    ids = await upload(FILES);
  });
  afterAll(async () => {
    await browser?.close();
    for (const id of ids.values()) {
      if (id)
        await fetch(`${base}/api/admin/documents/${id}`, {
          method: 'DELETE',
          headers: { authorization: `Bearer ${token}` },
        });
    }
  });

  it('reader: the document is partly repealed, Điều 6 is repealed, and the link opens the repealing clause', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/doc/${ids.get('nd-146-2025.txt')}`);
    const docBadge = page.locator('.validity-doc .badge-status');
    await docBadge.waitFor();
    expect(await docBadge.textContent()).toBe('Bị bãi bỏ một phần');
    expect(await page.locator('.validity-doc').textContent()).toContain('Bãi bỏ bởi');
    // The article's own status, under its heading, with the clause that repeals it.
    const article = page.locator('section.clause', { has: page.locator('.clause-status') }).first();
    expect(await article.locator('.clause-text').textContent()).toMatch(/^Điều 6\./);
    expect(await article.locator('.clause-status').textContent()).toBe('Đã bị bãi bỏ');
    await screenshot(page, 'validity-reader-desktop');
    await article.locator('.changed-by a').first().click();
    await page.waitForURL(new RegExp(`/doc/${ids.get('nd-26-2026.txt')}`));
    const mark = page.locator('.clause.is-target mark.quote-mark').first();
    await mark.waitFor();
    expect(await page.locator('.clause.is-target').textContent()).toMatch(/Bãi bỏ|bãi bỏ/);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('library: badges on documents; "still in force" drops a replaced document and keeps a partly repealed one', async () => {
    const replaced = await upload([{ name: 'nd-163-2013.txt', text: ND_163 }]);
    for (const [k, v] of replaced) ids.set(k, v);
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/library`);
    const item = (id: string) => page.locator('.doc-item', { has: page.locator(`a[href="/doc/${id}"]`) });
    await item(ids.get('nd-163-2013.txt')!).waitFor();
    expect(await item(ids.get('nd-163-2013.txt')!).locator('.badge-status').textContent()).toBe('Đã bị thay thế');
    expect(await item(ids.get('nd-71-2019.txt')!).locator('.badge-status').textContent()).toBe('Còn hiệu lực');

    await page.getByLabel('Tình trạng hiệu lực').selectOption('current');
    await page.waitForURL(/status=current/);
    await item(ids.get('nd-146-2025.txt')!).waitFor();
    expect(await item(ids.get('nd-163-2013.txt')!).count()).toBe(0);
    const statuses = await page
      .locator('#docs .badge-status')
      .evaluateAll((b) => b.map((x) => (x as HTMLElement).dataset.status));
    expect(statuses.length).toBeGreaterThan(0);
    expect(statuses.every((s) => ['in_force', 'amended', 'partly_repealed'].includes(s ?? ''))).toBe(true);
    // The filter is in the URL: a reload keeps it.
    await page.reload();
    await item(ids.get('nd-146-2025.txt')!).waitFor();
    expect(await page.getByLabel('Tình trạng hiệu lực').inputValue()).toBe('current');
    expect(await item(ids.get('nd-163-2013.txt')!).count()).toBe(0);
    await screenshot(page, 'validity-library-in-force');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('lineage: the edge quotes the citing sentence, an ended node is marked and can be hidden', async () => {
    const { page, problems, context } = await openPage(browser);
    const root = `doc:${ids.get('nd-71-2019.txt')}`;
    const replacedNode = `doc:${ids.get('nd-163-2013.txt')}`;
    await page.goto(`${base}/lineage?key=${encodeURIComponent(ids.get('nd-71-2019.txt')!)}&direction=up&depth=1`);
    await waitForGraph(page, replacedNode);
    const nodes = await graphNodes(page);
    expect(nodes.find((n) => n.id === replacedNode)?.classes).toContain('tone-ended');
    expect(nodes.find((n) => n.id === root)?.classes).toContain('tone-ok');

    const edge = page.locator('#edge-list button', { hasText: 'thay thế' }).first();
    await edge.click();
    const quote = page.locator('#edge-detail blockquote').first();
    await quote.waitFor();
    // The sentence, not the bare mention.
    expect(await quote.textContent()).toMatch(
      /Nghị định này thay thế Nghị định số 163\/2013\/NĐ-CP ngày 12 tháng 11 năm 2013/,
    );
    await screenshot(page, 'validity-lineage-desktop');

    await page.getByLabel('Ẩn văn bản đã hết hiệu lực').check();
    await expect.poll(async () => (await graphNodes(page)).map((n) => n.id)).not.toContain(replacedNode);
    expect((await graphNodes(page)).map((n) => n.id)).toContain(root);
    expect(await page.locator('#timeline').textContent()).not.toContain('163/2013');
    await page.getByLabel('Ẩn văn bản đã hết hiệu lực').uncheck();
    await expect.poll(async () => (await graphNodes(page)).map((n) => n.id)).toContain(replacedNode);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('lineage: the picker offers a cited-only document; a click recentres, a double click opens', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/lineage`);
    await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('115/2016');
    const cited = page.locator('#pick-results button', { hasText: 'chỉ được dẫn chiếu' }).first();
    await cited.waitFor();
    expect(await cited.textContent()).toContain('115/2016/NĐ-CP');
    await cited.click();
    await page.waitForURL(/key=115%2F2016/);
    await waitForGraph(page, `doc:${ids.get('nd-71-2019.txt')}`);

    // One click on the citing decree: the explorer recentres on it.
    const citing = `doc:${ids.get('nd-71-2019.txt')}`;
    await untilDone(
      async () => {
        const p = await nodePoint(page, citing);
        await page.mouse.click(p.x, p.y);
      },
      (timeout) => page.waitForURL(new RegExp(`key=${ids.get('nd-71-2019.txt')}&`), { timeout }),
    );
    await waitForGraph(page, `doc:${ids.get('nd-163-2013.txt')}`);
    expect(await page.locator('#graph-heading').textContent()).toContain('71/2019/NĐ-CP');

    // A double click on a stored document opens it in the reader.
    await untilDone(
      async () => {
        const p = await nodePoint(page, `doc:${ids.get('nd-163-2013.txt')}`);
        await page.mouse.dblclick(p.x, p.y);
      },
      (timeout) => page.waitForURL(new RegExp(`/doc/${ids.get('nd-163-2013.txt')}`), { timeout }),
    );
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('lineage on a phone: a list view with readable entries, no sideways scroll', async () => {
    const { page, problems, context } = await openPage(browser, VIEWPORTS.phone);
    await page.goto(`${base}/lineage?key=${encodeURIComponent('81-KL/TW')}`);
    const items = page.locator('#node-list .node-item');
    await items.first().waitFor();
    expect(await page.locator('#graph').isVisible()).toBe(false);
    expect(await items.count()).toBeGreaterThanOrEqual(2);
    // Each entry is wide enough to read, and text is not shrunk.
    const sizes = await items.evaluateAll((els) =>
      els.map((e) => ({
        width: e.getBoundingClientRect().width,
        font: Number.parseFloat(getComputedStyle(e).fontSize),
      })),
    );
    expect(sizes.every((s) => s.width > 300 && s.font >= 14)).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, 'validity-lineage-phone-list', true);
    // The graph is one tap away.
    await page.getByRole('button', { name: 'Sơ đồ' }).click();
    await waitForGraph(page);
    expect(await page.locator('#graph').isVisible()).toBe(true);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
