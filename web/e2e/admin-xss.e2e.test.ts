/** @module web/e2e/admin-xss.e2e.test — upload through the admin page with the token; a document carrying markup renders as text. */
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';
import { XSS_FILE, XSS_IMG, XSS_SCRIPT, XSS_TEXT } from './xss-document.ts';

const base = inject('baseUrl');
const token = inject('token');

describe('admin upload and untrusted text', () => {
  let browser: Browser;
  let documentId = '';
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('refuses a wrong token with a clear message', async () => {
    const { page, context } = await openPage(browser);
    await page.goto(`${base}/admin`);
    await page.getByLabel('Mã truy cập (token)').fill('wrong');
    await page
      .getByLabel('Tệp văn bản')
      .setInputFiles({ name: XSS_FILE, mimeType: 'text/plain', buffer: Buffer.from(XSS_TEXT) });
    await page.getByRole('button', { name: 'Tải lên và xử lý' }).click();
    const alert = page.locator('#upload-status [role="alert"]');
    await alert.waitFor();
    expect(await alert.textContent()).toContain('Mã truy cập không đúng');
    expect(await alert.textContent()).not.toMatch(/unauthorized|Bearer/);
    // The bar does not sit at 0 as if work were pending.
    expect(await page.locator('#progress-box').isVisible()).toBe(false);
    // In English too.
    await page.getByRole('button', { name: 'Switch to English' }).click();
    await page.getByRole('button', { name: 'Upload and process' }).click();
    await expect
      .poll(async () => (await alert.textContent()) ?? '', { timeout: 20_000 })
      .toContain('The access token is wrong');
    await context.close();
  });

  it('uploads with the token, shows progress and per-file results', async () => {
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/admin`);
    await page.getByLabel('Mã truy cập (token)').fill(token);
    await page.getByLabel('Tệp văn bản').setInputFiles([
      { name: XSS_FILE, mimeType: 'text/plain', buffer: Buffer.from(XSS_TEXT) },
      { name: 'trong.txt', mimeType: 'text/plain', buffer: Buffer.from('') },
    ]);
    await page.getByRole('button', { name: 'Tải lên và xử lý' }).click();
    const rows = page.locator('#results-body tr');
    await rows.first().waitFor({ timeout: 120_000 });
    expect(await rows.count()).toBe(2);
    const ok = rows.filter({ hasText: XSS_FILE });
    expect(await ok.locator('.badge').textContent()).toMatch(/đã nạp|không đổi/);
    documentId = (await ok.locator('a').textContent()) ?? '';
    expect(documentId).not.toBe('');
    const empty = rows.filter({ hasText: 'trong.txt' });
    expect(await empty.locator('.badge').textContent()).toBe('lỗi');
    // Why it failed, in the interface's language; the server's English message only behind "Chi tiết kỹ thuật".
    expect(await empty.locator('.ingest-error').textContent()).toContain('Tệp không có nội dung');
    expect(await empty.locator('details').getAttribute('open')).toBeNull();
    expect(await empty.locator('details summary').textContent()).toBe('Chi tiết kỹ thuật');
    expect(await page.locator('#progress').getAttribute('value')).toBe('2');
    await screenshot(page, 'admin-desktop', true);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it.each(Object.entries(VIEWPORTS))('renders the markup as text in the reader (%s)', async (name, viewport) => {
    expect(documentId).not.toBe('');
    const { page, problems, context } = await openPage(browser, viewport);
    await page.goto(`${base}/doc/${encodeURIComponent(documentId)}`);
    await page.locator('.clause').first().waitFor();
    const text = (await page.locator('#clause-list').textContent()) ?? '';
    expect(text).toContain(XSS_SCRIPT);
    expect(text).toContain(XSS_IMG);
    expect(await page.locator('#main script, #main img').count()).toBe(0);
    await page.waitForTimeout(500);
    expect(problems.dialogs).toEqual([]);
    expect(problems.errors).toEqual([]);
    await screenshot(page, `reader-xss-${name}`, true);
    // The same text in the other pages that show document data.
    await page.goto(`${base}/lineage`);
    await page.getByLabel('Tìm theo số, ký hiệu hoặc trích yếu').fill('99-CV');
    await page.locator('#pick-results button').first().waitFor();
    await page.goto(`${base}/briefing`);
    await page.locator('#doc-choices label').first().waitFor();
    await page.waitForTimeout(300);
    await page.goto(`${base}/library?q=${encodeURIComponent('99-CV')}`);
    await page.locator('#docs li.doc-item').first().waitFor({ timeout: 20_000 });
    await page.goto(`${base}/library?text=${encodeURIComponent('script alert')}`);
    await page.locator('#docs-section:not(.hidden)').waitFor({ timeout: 30_000 });
    expect(await page.locator('#main script, #main img').count()).toBe(0);
    await page.waitForTimeout(300);
    expect(problems.dialogs).toEqual([]);
    await context.close();
  });

  it('lists the documents, re-ingests the corpus and deletes one with a confirming second click', async () => {
    expect(documentId).not.toBe('');
    const { page, problems, context } = await openPage(browser);
    await page.goto(`${base}/admin`);
    const rows = page.locator('#docs-admin-body tr');
    await rows.first().waitFor({ timeout: 20_000 });
    const before = await rows.count();
    await page.getByLabel('Mã truy cập (token)').fill(token);
    // The list is fetched again when the batch is done; arm the delete button only after it is redrawn.
    const relisted = page.waitForResponse((r) => r.url().includes('/api/documents?limit='), { timeout: 120_000 });
    await page.getByRole('button', { name: 'Nạp lại toàn bộ kho' }).click();
    await expect
      .poll(async () => (await page.locator('#docs-admin-status').textContent()) ?? '', { timeout: 120_000 })
      .toMatch(/Xong \d+ tệp, 0 lỗi/);
    await relisted;
    // The per-file results name each file, not the server's folder it was read from.
    const files = await page.locator('#results-body tr td:first-child').allTextContents();
    expect(files.length).toBeGreaterThan(0);
    for (const f of files) expect(f).not.toMatch(/[\\/]/);
    // A status badge ("không đổi") stays on one line.
    for (const box of await page
      .locator('#results-body .badge')
      .evaluateAll((els) => els.map((e) => e.getBoundingClientRect().height)))
      expect(box).toBeLessThan(30);
    await rows.first().waitFor();
    const row = rows.filter({ has: page.locator(`a[href="/doc/${documentId}"]`) });
    const del = row.getByRole('button');
    await del.click();
    expect(await del.textContent()).toBe('Bấm lần nữa để xóa');
    expect(await rows.count()).toBe(before);
    await del.click();
    await expect.poll(() => rows.count(), { timeout: 20_000 }).toBe(before - 1);
    expect(await page.locator('#docs-admin-status').textContent()).toContain(documentId);
    expect((await fetch(`${base}/api/documents/${documentId}`)).status).toBe(404);
    await screenshot(page, 'admin-documents', true);
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
