/** @module web/e2e/lineage.e2e.test — the lineage of 81-KL/TW: graph drawn, an edge clicked, its clause and quote shown and opened. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, settledPoint, untilDone, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');

describe('lineage explorer', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('finds a document by symbol and draws its graph', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/lineage`);
    await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('1032');
    const result = page.locator('#pick-results button', { hasText: '1032-CV/TU' });
    await result.first().click();
    await page.waitForURL(/key=/);
    await page.locator('#timeline li').first().waitFor();
    expect(await page.locator('#timeline').textContent()).toContain('81-KL/TW');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('opens the lineage of 81-KL/TW; clicking an edge shows the clause and quote behind it', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/lineage?key=${encodeURIComponent('81-KL/TW')}`);
    await page.waitForFunction(() => (window as unknown as { vankienGraph?: unknown }).vankienGraph, null, {
      timeout: 30_000,
    });
    // External nodes (not in the corpus) are drawn differently from stored ones.
    const classes = await page.evaluate(() =>
      (
        window as unknown as { vankienGraph: { nodes(): { map(f: (n: { classes(): string[] }) => string): string[] } } }
      ).vankienGraph
        .nodes()
        .map((n) => n.classes().join(' ')),
    );
    expect(classes.some((c) => c.includes('corpus'))).toBe(true);
    expect(classes.some((c) => c.includes('external'))).toBe(true);

    // Click the middle of an edge backed by a clause, on the canvas, as a user would (scrolled into view first).
    // The picker's results load beside the graph and push it down: click once the page has settled.
    await page.locator('#pick-results li').first().waitFor();
    await page.locator('#graph').scrollIntoViewIfNeeded();
    const detail = page.locator('#edge-detail');
    // The edge's midpoint once the graph has stopped moving; clicked again if a reflow swallowed the click.
    const edgeMidpoint = () =>
      page.evaluate(() => {
        type Edge = { data(k: string): unknown; renderedMidpoint(): { x: number; y: number } };
        const cy = (window as unknown as { vankienGraph: { edges(): Edge[] } }).vankienGraph;
        const edges = [...cy.edges()];
        const box = document.getElementById('graph')!.getBoundingClientRect();
        const edge = edges.find((e) => e.data('label')) ?? edges[0];
        const mid = edge.renderedMidpoint();
        return { x: box.left + mid.x, y: box.top + mid.y };
      });
    await untilDone(
      async () => {
        const point = await settledPoint(page, edgeMidpoint);
        await page.mouse.click(point.x, point.y);
      },
      (timeout) => detail.locator('strong').first().waitFor({ timeout }),
    );
    await screenshot(page, 'lineage-81-desktop');

    // Every relation is also reachable by keyboard, from the list under the graph.
    const withClause = page.locator('#edge-list button');
    expect(await withClause.count()).toBeGreaterThan(0);
    let opened = false;
    for (let i = 0; i < (await withClause.count()) && !opened; i++) {
      await withClause.nth(i).focus();
      await page.keyboard.press('Enter');
      // A relation shows every clause behind it: label, quote and a link to the reader.
      const links = detail.getByRole('link');
      if ((await links.count()) === 0) continue;
      expect(await detail.locator('blockquote').count()).toBe(await links.count());
      expect(await detail.locator('blockquote').first().textContent()).toMatch(/“.+”/);
      await expect.poll(() => detail.locator('li strong').first().textContent()).toMatch(/, /);
      await links.first().click();
      await page.waitForURL(/\/doc\//);
      await page.locator('.clause.is-target mark.quote-mark').first().waitFor();
      opened = true;
    }
    expect(opened).toBe(true);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('fits a phone screen', async () => {
    const { page, context } = await openPage(browser, VIEWPORTS.phone);
    await page.goto(`${base}/lineage?key=${encodeURIComponent('81-KL/TW')}`);
    await page.locator('#timeline li').first().waitFor();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, 'lineage-81-phone', true);
    await context.close();
  });

  it('says in the user’s words that no document has an unknown symbol, with no empty graph and no retry', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/lineage?key=${encodeURIComponent('99-NQ/XYZ')}`);
    const alert = page.locator('#graph-status [role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Không có văn bản nào');
    expect(text).toContain('99-NQ/XYZ');
    expect(text).not.toMatch(/not_found|no document|try a symbol/);
    expect(await page.locator('#graph-section').getByRole('button', { name: 'Thử lại' }).count()).toBe(0);
    expect(await page.locator('#graph').isVisible()).toBe(false);
    expect(await page.locator('#graph-section .legend').isVisible()).toBe(false);
    await screenshot(page, 'lineage-unknown-desktop');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
