/** @module web/e2e/browser — Chromium for the suite, with the page's console errors, CSP violations and dialogs recorded. */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';

export const SCREENSHOTS = resolve(import.meta.dirname, 'screenshots');
export const VIEWPORTS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } } as const;

/** What went wrong on a page that the user would not see as an error message. */
export interface PageProblems {
  errors: string[];
  dialogs: string[];
}

export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });
}

/** A fresh context and page; problems are collected instead of thrown. */
export async function openPage(
  browser: Browser,
  viewport: { width: number; height: number } = VIEWPORTS.desktop,
): Promise<{ context: BrowserContext; page: Page; problems: PageProblems }> {
  const context = await browser.newContext({ viewport, acceptDownloads: true });
  const page = await context.newPage();
  const problems: PageProblems = { errors: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error' && !/Failed to load resource/.test(m.text())) problems.errors.push(m.text());
  });
  page.on('pageerror', (e) => problems.errors.push(e.message));
  page.on('dialog', async (d) => {
    problems.dialogs.push(d.message());
    await d.dismiss();
  });
  return { context, page, problems };
}

/** Saves a screenshot as `web/e2e/screenshots/<name>.png`. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<string> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  const path = join(SCREENSHOTS, `${name}.png`);
  await page.screenshot({ path, fullPage });
  return path;
}

/**
 * A point read from the page (a graph node or edge on screen), read again until it stops moving:
 * layouts and fits animate, and a click planned on a moving graph lands beside its target.
 */
export async function settledPoint(
  page: Page,
  read: () => Promise<{ x: number; y: number }>,
): Promise<{ x: number; y: number }> {
  let last = { x: Number.NaN, y: Number.NaN };
  for (let i = 0; i < 20; i++) {
    const p = await read();
    if (Math.abs(p.x - last.x) < 1 && Math.abs(p.y - last.y) < 1) return p;
    last = p;
    await page.waitForTimeout(150);
  }
  return last;
}

/**
 * Acts on the page until `done` holds (3 tries, `done` given 5 s each): a click can land while the page
 * reflows above its target, and a user would click again. The last try's failure is what the test sees.
 */
export async function untilDone(act: () => Promise<void>, done: (timeout: number) => Promise<unknown>): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    await act();
    if (attempt === 3) {
      await done(30_000);
      return;
    }
    if (
      await done(5_000).then(
        () => true,
        () => false,
      )
    )
      return;
  }
}
