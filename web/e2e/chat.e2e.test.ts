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

describe('chat: structure, memory, declining, suggestions', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('answers with a lead sentence and one bullet per source with its quote; copy; survives a reload; clears', async () => {
    const { page, problems, context } = await openPage(browser);
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: base });
    await page.goto(`${base}/`);
    await page.getByRole('button', { name: SAND }).click();
    const answer = page.locator('.msg-answer').last();
    await answer.locator('.answer-points li').first().waitFor({ timeout: 60_000 });
    const lead = (await answer.locator('.answer-lead').textContent()) ?? '';
    expect(lead).toMatch(/[.!?…]$/);
    expect(lead).not.toMatch(/\[\d+\]/);
    const points = answer.locator('.answer-points li');
    const chips = await answer.locator('.citations .chip').count();
    expect(await points.count()).toBe(chips);
    for (const text of await points.allTextContents()) expect(text).toMatch(/“.+”|.+\s\[\d+\]\s\S+/s);
    await answer.getByRole('button', { name: 'Sao chép' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain(SAND);
    expect(copied).toContain(lead);
    await screenshot(page, 'chat-structured-desktop');

    await page.reload();
    await page.locator('.msg-answer .answer-points li').first().waitFor();
    expect(await page.locator('.msg-user').first().textContent()).toContain(SAND);
    expect(await page.locator('.msg-answer .answer-lead').first().textContent()).toBe(lead);
    await page.getByRole('button', { name: 'Cuộc hỏi mới' }).click();
    await page.reload();
    await page.locator('#suggestions button').first().waitFor();
    expect(await page.locator('.msg').count()).toBe(0);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('when it declines, shows the closest passages marked as not an answer', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/`);
    const input = page.getByRole('textbox');
    await input.fill('Giá vé máy bay đi Paris tuần sau là bao nhiêu?');
    await input.press('Enter');
    const answer = page.locator('.msg-answer').last();
    await expect.poll(() => answer.getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    expect(await answer.locator('.abstain').count()).toBe(1);
    const closest = answer.locator('.closest');
    expect(await closest.locator('h3').textContent()).toContain('không phải câu trả lời');
    expect(await closest.locator('li a').count()).toBeGreaterThan(0);
    await screenshot(page, 'chat-declined-desktop');
    await page.getByRole('button', { name: 'Cuộc hỏi mới' }).click();
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  const CHIPS = ['vi', 'en'].flatMap((lang) => [1, 2, 3, 4, 5].map((n) => [lang, `chat.q${n}`]));
  it.each(CHIPS)('answers the %s suggestion chip %s with a citation', async (lang, key) => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/`);
    if (lang === 'en') await page.getByRole('button', { name: 'Switch to English' }).click();
    const index = Number(key.slice(-1)) - 1;
    const button = page.locator('#suggestions button').nth(index);
    const question = (await button.textContent()) ?? '';
    await button.click();
    const answer = page.locator('.msg-answer').last();
    await expect.poll(() => answer.getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    expect(await answer.locator('.abstain').count(), question).toBe(0);
    expect(await answer.locator('.citations .chip').count(), question).toBeGreaterThan(0);
    await context.close();
  });

  // The README's English headline question, typed as written (not a suggestion chip's wording).
  it('answers the README headline question as written, from the sand-mining clause', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/`);
    const input = page.getByRole('textbox');
    await input.fill('Which body leads the sand-mining oversight?');
    await input.press('Enter');
    const answer = page.locator('.msg-answer').last();
    await expect.poll(() => answer.getAttribute('aria-busy'), { timeout: 60_000 }).toBeNull();
    expect(await answer.locator('.abstain').count()).toBe(0);
    const quotes = (await answer.locator('.answer-quote').allTextContents()).join(' ');
    expect(quotes).toContain('khai thác cát');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
