/** @module web/e2e/briefing.e2e.test — build a briefing, edit it with the keyboard, download DOCX and Markdown and read them back. */
import { readFileSync } from 'node:fs';
import mammoth from 'mammoth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launch, openPage, screenshot, VIEWPORTS } from './browser.ts';

const base = inject('baseUrl');
const TOPIC = 'thu gom, xử lý chất thải rắn';

async function build(page: Page) {
  await page.goto(`${base}/briefing`);
  await page.getByLabel('Chủ đề').fill(TOPIC);
  await page.getByRole('button', { name: 'Soạn tóm tắt' }).click();
  const items = page.locator('#briefing-result:not(.hidden) .briefing-item');
  const failure = page.locator('#briefing-status [role="alert"]');
  await items.or(failure).first().waitFor({ timeout: 60_000 });
  if (await failure.count()) throw new Error(`briefing failed: ${await failure.textContent()}`);
}

const itemTexts = (page: Page) => page.locator('.briefing-item .item-quote').allTextContents();

describe('briefing builder', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });

  it('builds a cited briefing, edits it by keyboard and exports a DOCX that opens', async () => {
    const { page, problems, context } = await openPage(browser);
    await build(page);
    const before = await itemTexts(page);
    expect(before.length).toBeGreaterThan(1);
    // Assessments (results, shortcomings) have their own section, apart from tasks.
    const headings = await page.locator('.briefing-section h3').allTextContents();
    expect(headings.map((h) => h.replace(/ \(\d+\)$/, ''))).toEqual([
      'Kết quả, đánh giá',
      'Mục tiêu, chỉ tiêu',
      'Nhiệm vụ và cơ quan chủ trì',
      'Căn cứ và quan hệ giữa các văn bản',
    ]);
    // Every item shows its citation.
    const cites = await page.locator('.briefing-item .item-cite').allTextContents();
    expect(cites).toHaveLength(before.length);
    for (const c of cites) expect(c).toMatch(/^\(.+\)$/);

    // Remove the first item with the keyboard; focus stays in the list.
    await page.locator('.briefing-item [data-action="remove"]').first().focus();
    await page.keyboard.press('Enter');
    const afterRemove = await itemTexts(page);
    expect(afterRemove).toHaveLength(before.length - 1);
    // Focus stays in the list (on the next item's remove button, or on "undo" when the section emptied).
    expect(await page.evaluate(() => Boolean(document.activeElement?.closest('#briefing-sections button')))).toBe(true);
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('BUTTON');

    // Move the second item of the first section up.
    const firstList = page.locator('.briefing-items').first();
    if ((await firstList.locator('.briefing-item').count()) > 1) {
      const second = await firstList.locator('.item-quote').nth(1).textContent();
      await firstList.locator('[data-action="up"]').nth(1).click();
      expect(await firstList.locator('.item-quote').first().textContent()).toBe(second);
    }
    const edited = await itemTexts(page);
    await screenshot(page, 'briefing-desktop', true);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Word (.docx)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^briefing-.+\.docx$/);
    const path = await download.path();
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(path) });
    const paragraphs = value.split('\n').filter((p) => p.trim());
    const items = paragraphs.filter((p) => /^\d+\. /.test(p));
    expect(items).toHaveLength(edited.length);
    // Each item is followed by its citation, and keeps the edited order.
    items.forEach((p, i) => {
      expect(p).toMatch(/” \(.+\)$/);
      expect(p).toContain(edited[i].replace(/^“|”$/g, ''));
    });
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });

  it('exports Markdown, and works on a phone', async () => {
    const { page, context } = await openPage(browser, VIEWPORTS.phone);
    await build(page);
    const count = (await itemTexts(page)).length;
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Markdown' }).click(),
    ]);
    const md = readFileSync(await download.path(), 'utf8');
    expect(md.split('\n')[0]).toMatch(/^# TÓM TẮT: /);
    expect(md.split('\n').filter((l) => /^\d+\. .*” \(.+\)$/.test(l))).toHaveLength(count);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(VIEWPORTS.phone.width);
    await screenshot(page, 'briefing-phone', true);
    await context.close();
  });

  it('puts the header block of the issuer the user picks into the DOCX, with the introduction', async () => {
    const { page, problems, context } = await openPage(browser);
    await build(page);
    await page.getByLabel('Cơ quan ban hành').fill('Ban Tuyên giáo Thành ủy Cần Thơ');
    await page.getByLabel('Số', { exact: true }).fill('12');
    await page.getByLabel('Ký hiệu cơ quan').fill('BTGTU');
    await page.getByLabel('Địa danh').fill('Cần Thơ');
    await page.getByLabel('Chức vụ người ký').fill('Phó Trưởng ban');
    await page.getByLabel('Nơi nhận (mỗi dòng một nơi)').fill('Thường trực Thành ủy\nCác quận ủy, huyện ủy');
    await page
      .getByLabel('Phần mở đầu')
      .fill('Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.');
    await screenshot(page, 'briefing-header-form', true);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Word (.docx)' }).click(),
    ]);
    const { value } = await mammoth.extractRawText({ buffer: readFileSync(await download.path()) });
    const lines = value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(lines.slice(0, 4)).toEqual([
      'BAN TUYÊN GIÁO THÀNH ỦY CẦN THƠ',
      '*',
      'Số 12-BC/BTGTU',
      'ĐẢNG CỘNG SẢN VIỆT NAM',
    ]);
    expect(lines[4]).toMatch(/^Cần Thơ, ngày \d{2} tháng \d{1,2} năm \d{4}$/);
    expect(lines).toContain('Thực hiện chỉ đạo của Thường trực Thành ủy, Ban Tuyên giáo báo cáo như sau.');
    expect(lines).toContain('- Các quận ủy, huyện ủy;');
    expect(lines).toContain('T/M BAN THƯỜNG VỤ');

    // A State issuer switches the format.
    await page.getByLabel('Cơ quan ban hành').fill('Ủy ban nhân dân thành phố Cần Thơ');
    const [state] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Word (.docx)' }).click(),
    ]);
    const stateText = (await mammoth.extractRawText({ buffer: readFileSync(await state.path()) })).value;
    expect(stateText).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(stateText).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(stateText).not.toContain('ĐẢNG CỘNG SẢN VIỆT NAM');

    // A letter (công văn): V/v under the number, Kính gửi before the text, no BÁO CÁO.
    await page.getByLabel('Loại văn bản').selectOption('letter');
    await page
      .getByLabel('Kính gửi (công văn; mỗi dòng một nơi)')
      .fill('Ủy ban nhân dân các quận, huyện\nSở Tài nguyên và Môi trường');
    const [letter] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Xuất Word (.docx)' }).click(),
    ]);
    const letterLines = (await mammoth.extractRawText({ buffer: readFileSync(await letter.path()) })).value
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    expect(letterLines).toContain(`V/v tóm tắt về ${TOPIC}`);
    expect(letterLines).toContain('Kính gửi:');
    expect(letterLines).toContain('- Sở Tài nguyên và Môi trường.');
    expect(letterLines).not.toContain('BÁO CÁO');
    expect(problems).toEqual({ errors: [], dialogs: [] });
    await context.close();
  });
});
