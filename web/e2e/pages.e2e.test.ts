/** @module web/e2e/pages.e2e.test — every page loads at laptop and phone widths, offline-ready, without errors; screenshots for review. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');
const PAGES = ['/', '/library', '/lineage', '/briefing', '/targets', '/admin'];

describe('pages', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it.each(Object.entries(VIEWPORTS))('load on %s with only same-origin requests', async (name, viewport) => {
    const { page, problems, context } = await openPage(browser, viewport);
    const foreign: string[] = [];
    page.on('request', (r) => {
      if (!r.url().startsWith(base) && !r.url().startsWith('blob:') && !r.url().startsWith('data:'))
        foreign.push(r.url());
    });
    for (const path of PAGES) {
      await page.goto(`${base}${path}`, { waitUntil: 'networkidle' });
      expect(await page.locator('h1').count()).toBe(1);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
      await screenshot(page, `page-${path === '/' ? 'home' : path.slice(1)}-${name}`);
    }
    const { documents } = await (await fetch(`${base}/api/documents`)).json();
    await page.goto(`${base}/doc/${encodeURIComponent(documents[0].id)}`, { waitUntil: 'networkidle' });
    // The reader belongs to the library in the navigation, not to the chat.
    expect(await page.locator('nav [aria-current="page"]').getAttribute('href')).toBe('/library');
    await screenshot(page, `page-doc-${name}`);
    expect(foreign).toEqual([]);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('tells the user in their words that a document does not exist, and offers the library', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/doc/no-such-document`);
    const alert = page.locator('[role="alert"]');
    await alert.waitFor();
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Không tìm thấy văn bản này');
    expect(text).not.toMatch(/not_found|GET \/api/);
    expect(await alert.getByRole('link', { name: 'Xem thư viện văn bản' }).getAttribute('href')).toBe('/library');
    await context.close();
  });

  it('answers a mistyped address with its own page in the user’s words, not the API’s JSON', async () => {
    const { page, problems, context } = await openPage(browser, VIEWPORTS.phone);
    const res = await page.goto(`${base}/thu-vien`);
    expect(res?.status()).toBe(404);
    expect(await page.locator('h1').textContent()).toBe('Không tìm thấy trang');
    expect(await page.locator('main').textContent()).not.toMatch(/no route|not_found/);
    expect(await page.getByRole('link', { name: 'Xem thư viện văn bản' }).getAttribute('href')).toBe('/library');
    await screenshot(page, 'page-not-found-phone');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('is keyboard navigable: skip link, then the main navigation', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/targets`);
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Chuyển đến nội dung chính');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('A');
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await context.close();
  });
});
