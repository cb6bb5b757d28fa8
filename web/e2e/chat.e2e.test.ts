/** @module web/e2e/chat.e2e.test — ask in the chat, watch the answer stream in, follow a citation to the highlighted clause. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');
const SAND = 'Cơ quan nào chủ trì kiểm soát khai thác cát trên sông Hậu?';

describe('chat', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers the sand-mining question and its citation opens the clause with the quote highlighted', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/`);
    // Suggested questions on first load; the first one is the sand-mining question.
    await page.getByRole('button', { name: SAND }).click();
    const answer = page.locator('.msg-answer').last();
    await answer.locator('.citations .chip').first().waitFor({ timeout: 60_000 });
    await expect.poll(() => answer.getAttribute('aria-busy')).toBeNull();
    expect((await answer.locator('.answer-text').first().textContent())?.trim().length).toBeGreaterThan(10);
    await screenshot(page, 'chat-answer-desktop');

    const chips = answer.locator('.citations .chip');
    const labels = await chips.allTextContents();
    const pick = Math.max(
      0,
      labels.findIndex((l) => l.includes('3.4')),
    );
    const chip = chips.nth(pick);
    const quote = (await chip.getAttribute('title')) ?? '';
    expect(quote.length).toBeGreaterThan(0);
    await chip.click();
    await page.waitForURL(/\/doc\//);
    const mark = page.locator('.clause.is-target mark.quote-mark');
    await mark.first().waitFor();
    const marked = (await mark.allTextContents()).join('');
    expect(quote.replace(/\s+/g, ' ')).toContain(marked.replace(/\s+/g, ' ').trim());
    expect(await mark.first().isVisible()).toBe(true);
    await screenshot(page, 'reader-highlight-desktop');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('keeps the conversation for a follow-up and says plainly when it abstains', async () => {
    const { page, problems, context } = await openPage(browser, VIEWPORTS.phone);
    const requests: string[] = [];
    page.on('request', (r) => {
      if (r.url().includes('/api/ask')) requests.push(r.postData() ?? '');
    });
    await page.goto(`${base}/`);
    const input = page.getByRole('textbox');
    await input.fill(SAND);
    await input.press('Enter');
    await page.locator('.msg-answer .citations .chip').first().waitFor({ timeout: 60_000 });
    await input.fill('Xin cho biết giá vé máy bay đi Paris tuần sau?');
    await page.getByRole('button', { name: 'Gửi' }).click();
    const second = page.locator('.msg-answer').nth(1);
    await expect.poll(() => second.getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    const body = JSON.parse(requests[1]);
    expect(body.history).toEqual([
      { role: 'user', content: SAND },
      { role: 'assistant', content: expect.any(String) },
    ]);
    const direct = await (
      await fetch(`${base}/api/ask`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ question: body.question, history: body.history }),
      })
    ).json();
    expect(await second.locator('.abstain').count()).toBe(direct.abstained ? 1 : 0);
    await screenshot(page, 'chat-followup-phone', true);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('switches to English and remembers it', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Ask the documents');
    await page.reload();
    expect(await page.locator('h1').textContent()).toBe('Ask the documents');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('button', { name: 'Chuyển sang tiếng Việt' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Hỏi đáp về văn bản');
    await context.close();
  });
});
