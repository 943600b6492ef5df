import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launchChromium, signInAtPhoneSize, startWithDraft, type RunningServer } from './harness.ts';

/*
 * Text pasted from a PDF viewer or an old document can carry characters nobody sees: a form feed
 * between pages, a vertical tab for a line break, a bidirectional mark, a replacement character
 * for a glyph the source could not encode. The API refuses them in an essay; the editor must not
 * let them in, or every save after the paste is refused and what is typed next never reaches the
 * server.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const ENTRANT = { email: 'thu.ha@example.vn', fullName: 'Lê Thu Hà', password: 'viet-ve-guong-sang' };

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let entrantCookie: string;
let entryUrl: string;

beforeAll(async () => {
  ({ server, entrantCookie, entryUrl } = await startWithDraft(ORGANIZER, ENTRANT, { slug: 'guong-sang-dan-van-ban', body: '<p>Chị Lan làm tổ trưởng tổ dân phố đã ba mươi năm.</p>' }));
  browser = await launchChromium();
  ({ context } = await signInAtPhoneSize(browser, server, ENTRANT, []));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const editor = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ });
const stored = async () => (await apiCall(server.origin, entrantCookie, 'GET', new URL(entryUrl).pathname)).body.body as string;

/** Pastes as a browser does from another application: plain text and, when given, HTML. */
async function paste(page: Page, text: string, html?: string) {
  await page.evaluate(([plain, rich]) => {
    const data = new DataTransfer();
    data.setData('text/plain', plain!);
    if (rich) data.setData('text/html', rich);
    document.activeElement?.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, [text, html] as const);
}

describe('pasting into the essay', () => {
  it('keeps saving after text with invisible control, bidirectional and replacement characters is pasted', async () => {
    const page = await context.newPage();
    await page.goto(entryUrl, { waitUntil: 'networkidle' });
    await editor(page).click();
    await page.keyboard.press('Control+End');
    await paste(page, ' Trang một của tệp PDF.\fTrang hai,\u000Bdòng mới \u202Bký hiệu\u202C lỗi \uFFFD hết.');
    await paste(page, '', '<p>Đoạn từ Word\u000B có ngắt dòng \u2066và\u2069 ký tự điều khiển\u0007.</p>');
    await page.keyboard.type(' Câu gõ sau khi dán.');
    await saved(page).waitFor({ timeout: 30_000 }).catch(async (error: unknown) => {
      throw new Error(`not saved; the page says: ${await page.locator('.save-status').allTextContents()}`, { cause: error });
    });
    const body = await stored();
    expect(body).toContain('Câu gõ sau khi dán.');
    expect(body).toContain('Trang hai');
    expect(body).toContain('Đoạn từ Word');
    // eslint-disable-next-line no-control-regex -- what must not be stored
    expect(body).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069\uFFFD]/);
  });
});
