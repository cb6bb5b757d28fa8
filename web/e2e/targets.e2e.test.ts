/** @module web/e2e/targets.e2e.test — the targets table filters by indicator, place and year; the chart is drawn. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');

describe('targets', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('filters the table and draws a comparison chart', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/targets`);
    const rows = page.locator('#targets-body tr');
    await page.locator('#table-section:not(.hidden)').waitFor();
    const total = await rows.count();
    expect(total).toBeGreaterThan(1);
    expect(await page.locator('#chart-section:not(.hidden) canvas').count()).toBe(1);
    await screenshot(page, 'targets-desktop', true);

    // By indicator (diacritics optional).
    const first = (await rows.first().locator('td').first().textContent()) ?? '';
    const word = first.split(/\s+/).find((w) => w.length >= 4) ?? first.slice(0, 4);
    await page.getByLabel('Chỉ tiêu', { exact: true }).fill(word);
    // Matching ignores case and diacritics (`chất` also finds `chặt`).
    const fold = (t: string) => t.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/gi, 'd').toLowerCase();
    await expect.poll(async () => (await rows.allTextContents()).every((r) => fold(r).includes(fold(word)))).toBe(true);
    const byIndicator = await rows.count();
    expect(byIndicator).toBeGreaterThan(0);
    expect(byIndicator).toBeLessThanOrEqual(total);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => rows.count()).toBe(total);

    // By place.
    const places = await page
      .locator('#f-place option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    if (places.length) {
      await page.getByLabel('Địa phương', { exact: true }).selectOption(places[0]);
      const cells = await page.locator('#targets-body tr td:nth-child(4)').allTextContents();
      expect(cells.length).toBeGreaterThan(0);
      for (const c of cells) expect(c).toBe(places[0]);
      await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    }

    // By year.
    const years = await page
      .locator('#f-year option')
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value).filter(Boolean));
    expect(years.length).toBeGreaterThan(0);
    await page.getByLabel('Năm (thời hạn)', { exact: true }).selectOption(years[0]);
    await expect.poll(() => rows.count()).toBeLessThanOrEqual(total);
    for (const when of await page.locator('#targets-body tr td:nth-child(3)').allTextContents()) {
      const [from, to] = when.split('–').map(Number);
      expect(Number(years[0])).toBeGreaterThanOrEqual(from);
      expect(Number(years[0])).toBeLessThanOrEqual(to || from);
    }

    // A row links to its clause with the quote highlighted.
    await page.locator('#targets-body tr a').first().click();
    await page.locator('.clause.is-target mark.quote-mark').first().waitFor();
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('matches the indicator by whole words with accents optional, and labels each bar with its value', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/targets`);
    const rows = page.locator('#targets-body tr');
    await page.locator('#table-section:not(.hidden)').waitFor();
    const input = page.getByLabel('Chỉ tiêu', { exact: true });
    const countFor = async (text: string) => {
      await input.fill(text);
      await page.waitForTimeout(300);
      return (await rows.allTextContents()).filter((r) => !/Không có chỉ tiêu/.test(r)).length;
    };
    const accented = await countFor('thu gom chất thải');
    expect(accented).toBeGreaterThan(0);
    expect(await countFor('thu gom chat thai')).toBe(accented);
    expect(await countFor('chat thai thu gom')).toBe(accented);
    expect(await countFor('thu go')).toBe(0); // a word cut short matches nothing
    await input.fill('');
    await page.locator('#chart-section:not(.hidden)').waitFor();
    await page.waitForTimeout(400);
    const labels = await page.locator('#chart').getAttribute('data-value-labels');
    expect(labels ?? '').toMatch(/\d/);
    // The labels stand inside the canvas and the title sits above it: a bar at 100 % keeps its label readable.
    expect(Number(await page.locator('#chart').getAttribute('data-label-top'))).toBeGreaterThanOrEqual(0);
    const title = await page.locator('#chart-title').boundingBox();
    const canvas = await page.locator('#chart').boundingBox();
    expect(await page.locator('#chart-title').textContent()).toMatch(/\S/);
    expect((title?.y ?? 0) + (title?.height ?? 0)).toBeLessThanOrEqual(canvas?.y ?? 0);
    await screenshot(page, 'targets-value-labels');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('fits a phone screen (the table scrolls inside its box)', async () => {
    const { page, context } = await openPage(browser, VIEWPORTS.phone);
    await page.goto(`${base}/targets`);
    await page.locator('#table-section:not(.hidden)').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, 'targets-phone', true);
    await context.close();
  });
});
