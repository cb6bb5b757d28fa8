/** @module web/e2e/library.e2e.test — the library: filters and sort kept in the URL, full-text hits highlighted, original file, print view, phone navigation. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');

describe('library', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('lists every document, filters by type into the URL, and keeps the filter on reload', async () => {
    const { documents } = await (await fetch(`${base}/api/documents?limit=1000`)).json();
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/library`);
    const items = page.locator('#docs > li.doc-item');
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(Math.min(documents.length, 20));
    expect(await page.locator('#docs-heading').textContent()).toContain(String(documents.length));

    const type = documents[0].type as string;
    const ofType = documents.filter((d: { type: string }) => d.type === type).length;
    await page.locator('#f-type').selectOption(type);
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(ofType);
    expect(new URL(page.url()).searchParams.get('type')).toBe(type);
    await page.reload();
    await expect.poll(() => items.count(), { timeout: 20_000 }).toBe(ofType);
    expect(await page.locator('#f-type').inputValue()).toBe(type);

    // Sort oldest first: dates ascending.
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.locator('#f-sort').selectOption('date-asc');
    expect(new URL(page.url()).searchParams.get('sort')).toBe('date-asc');
    const dated = documents.filter((d: { date: string | null }) => d.date).map((d: { date: string }) => d.date);
    const oldest = [...dated].sort()[0].slice(0, 4);
    await expect
      .poll(async () => (await items.first().locator('.doc-item-line').textContent()) ?? '')
      .toContain(oldest);
    // Back restores the previous state.
    await page.goBack();
    expect(new URL(page.url()).searchParams.get('sort')).toBeNull();
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('searches the clauses and highlights the words in each snippet, linking to the clause', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/library?text=${encodeURIComponent('khai thác cát')}`);
    const hits = page.locator('#hits > li.hit');
    await expect.poll(() => hits.count(), { timeout: 30_000 }).toBeGreaterThan(0);
    const marks = await page.locator('#hits mark').allTextContents();
    expect(marks.length).toBeGreaterThan(0);
    expect(marks.some((m) => /cát|khai thác/i.test(m))).toBe(true);
    const href = await hits.first().locator('a.hit-label').getAttribute('href');
    expect(href).toMatch(/^\/doc\/[^#]+#.+/);
    // Ten at first, the rest on request.
    const more = page.getByRole('button', { name: /Xem thêm \d+ đoạn/ });
    if (await more.count()) {
      expect(await hits.count()).toBe(10);
      await more.click();
      await expect.poll(() => hits.count()).toBeGreaterThan(10);
    }
    // Only documents with a hit are listed below.
    expect(await page.locator('#docs > li.doc-item').count()).toBeGreaterThan(0);
    await screenshot(page, 'library-search-desktop');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('downloads the original file with its content type, and opens a print view', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/library`);
    const link = page.locator('#docs a', { hasText: 'Tải tệp gốc' }).first();
    await link.waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.txt$/);
    const href = (await link.getAttribute('href')) ?? '';
    const res = await fetch(`${base}${href}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('text/plain');
    expect((await res.text()).length).toBeGreaterThan(100);

    await page.locator('#docs a', { hasText: 'Bản in' }).first().click();
    await page.locator('#reader:not(.hidden)').waitFor();
    expect(page.url()).toContain('print=1');
    expect(await page.locator('#site-header').isVisible()).toBe(false);
    expect(await page.locator('.outline').isVisible()).toBe(false);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.toolbar').first().isVisible()).toBe(false);
    await screenshot(page, 'library-print-view');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('shows every navigation item on a phone without sideways scrolling', async () => {
    const { page, problems, context } = await openPage(browser, VIEWPORTS.phone);
    for (const path of ['/library', '/', '/targets']) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      const links = page.locator('.nav-list a');
      expect(await links.count()).toBe(6);
      for (const box of await links.evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON()))) {
        expect(box.left).toBeGreaterThanOrEqual(0);
        expect(box.right).toBeLessThanOrEqual(VIEWPORTS.phone.width);
      }
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        VIEWPORTS.phone.width,
      );
    }
    await page.goto(`${base}/library`, { waitUntil: 'networkidle' });
    await screenshot(page, 'library-phone');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
