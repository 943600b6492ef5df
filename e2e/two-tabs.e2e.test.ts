import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, launchChromium, signInAtPhoneSize, startWithDraft, type RunningServer } from './harness.ts';

/*
 * One draft open in two tabs of the same browser (or on two devices): what one tab saved is never
 * silently replaced by the other tab's older text, and what the other tab typed is not lost
 * either: it stays on the device and is offered back, for the author to choose.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const ENTRANT = { email: 'thu.ha@example.vn', fullName: 'Lê Thu Hà', password: 'viet-ve-guong-sang' };
const FIRST = 'Chị Lan làm tổ trưởng tổ dân phố đã ba mươi năm, ai cũng quý chị.';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let entrantCookie: string;
let entryUrl: string;
const cspViolations: string[] = [];

beforeAll(async () => {
  ({ server, entrantCookie, entryUrl } = await startWithDraft(ORGANIZER, ENTRANT, { slug: 'guong-sang-hai-the', body: `<p>${FIRST}</p>` }));
  browser = await launchChromium();
  ({ context } = await signInAtPhoneSize(browser, server, ENTRANT, cspViolations));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const editor = (page: Page) => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ });
const stored = async () => (await apiCall(server.origin, entrantCookie, 'GET', new URL(entryUrl).pathname)).body.body as string;

async function open(): Promise<Page> {
  const page = await context.newPage();
  await page.goto(entryUrl, { waitUntil: 'networkidle' });
  await editor(page).waitFor();
  return page;
}

async function typeAtEnd(page: Page, text: string) {
  await editor(page).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(text);
}

describe('a draft open in two tabs', () => {
  it('keeps what one tab saved when the other, older tab saves, and offers the older tab\'s text back', async () => {
    const tabA = await open();
    const tabB = await open();
    await typeAtEnd(tabB, ' Câu viết ở thẻ B.');
    await saved(tabB).waitFor({ timeout: 30_000 });
    expect(await stored()).toContain('Câu viết ở thẻ B.');

    // Tab A still shows the text as it was when it opened; its author adds a sentence there.
    await typeAtEnd(tabA, ' Câu viết ở thẻ A.');
    const conflict = tabA.getByText(/đã được lưu ở một thẻ hoặc thiết bị khác/);
    // Whichever comes: the save went through, or it was refused.
    const settled = (locator: ReturnType<Page['getByText']>) => locator.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    await Promise.race([settled(saved(tabA)), settled(conflict)]);
    // What tab B saved is still there: tab A's older text did not replace it.
    expect(await stored()).toContain('Câu viết ở thẻ B.');
    await conflict.first().waitFor();
    expect(await editor(tabA).textContent()).toContain('Câu viết ở thẻ A.');

    // Tab A is closed and the entry opened again: the text typed there waits on the device and is
    // offered beside the saved version; the author takes it, and it is saved.
    await tabA.close({ runBeforeUnload: false });
    const again = await open();
    await again.getByRole('heading', { name: 'Nội dung chưa lưu trên máy này' }).waitFor();
    await again.getByText('Câu viết ở thẻ A.', { exact: false }).first().waitFor();
    await again.getByRole('button', { name: 'Dùng nội dung trên máy này' }).click();
    await expect.poll(() => editor(again).textContent()).toContain('Câu viết ở thẻ A.');
    await saved(again).waitFor({ timeout: 30_000 });
    expect(await stored()).toContain('Câu viết ở thẻ A.');
    expect(cspViolations).toEqual([]);
  });

  it('keeps the older tab\'s refused text on the device while the other tab goes on typing and saving', async () => {
    const tabA = await open();
    const tabB = await open();
    await typeAtEnd(tabB, ' Câu B hai.');
    await expect.poll(stored, { timeout: 30_000 }).toContain('Câu B hai.');
    await typeAtEnd(tabA, ' Câu A hai, chỉ có ở thẻ A.');
    await tabA.getByText(/đã được lưu ở một thẻ hoặc thiết bị khác/).first().waitFor({ timeout: 30_000 });

    // The author goes on in the newer tab, which keeps its own unsaved text in this browser's
    // storage too, and clears it once saved.
    await typeAtEnd(tabB, ' Câu B ba.');
    await expect.poll(stored, { timeout: 30_000 }).toContain('Câu B ba.');
    const draftKey = `guong-sang:entry-draft:${new URL(entryUrl).pathname.split('/').at(-1)}`;
    await expect.poll(() => tabB.evaluate((key) => localStorage.getItem(key), draftKey), { timeout: 30_000 }).toBeNull();

    // Tab A is closed and the entry opened again: what only tab A held is still offered.
    await tabA.close({ runBeforeUnload: false });
    const again = await open();
    await again.getByRole('heading', { name: 'Nội dung chưa lưu trên máy này' }).waitFor({ timeout: 15_000 });
    await again.getByText('Câu A hai, chỉ có ở thẻ A.', { exact: false }).first().waitFor();
    await again.getByRole('button', { name: 'Dùng nội dung trên máy này' }).click();
    await expect.poll(stored, { timeout: 30_000 }).toContain('Câu A hai, chỉ có ở thẻ A.');
    // Settled: offered no more.
    const later = await open();
    await saved(later).waitFor({ timeout: 30_000 }).catch(() => undefined);
    expect(await later.getByRole('heading', { name: 'Nội dung chưa lưu trên máy này' }).count()).toBe(0);
    expect(cspViolations).toEqual([]);
  });
});
