import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, DEMO_ORGANIZER, DEMO_PASSWORD, launchChromium, type RunningServer, seriousAxeViolations,
  sidewaysOverflow, signInAtPhoneSize, startServer,
} from './harness.ts';

/*
 * Issue 12's everyday friction, as the organizer and an entrant meet it: the judging rules and
 * entries per author on the contest form, a second draft refused with a way to the first one,
 * and an entry list long enough to need pages and sorting.
 */

// The demo's open contest has about 265 submitted entries: more than one page.
const ORGANIZER = { email: DEMO_ORGANIZER, password: DEMO_PASSWORD };
const ENTRANT = { email: 'lan.moi@example.vn', fullName: 'Trần Thị Lan', password: 'viet-ve-guong-sang' };
const DEMO_SLUG = 'guong-sang-2026';
const DAY = 24 * 60 * 60 * 1000;

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let entrantCookie: string;
let org: { context: BrowserContext; page: Page };
let contestId: number;
let listedContestId: number;
const cspViolations: string[] = [];

const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);

function contest(slug: string, extra: Record<string, unknown> = {}) {
  const now = Date.now();
  return {
    title: `Gương sáng ${slug}`, slug, status: 'open',
    submissionOpensAt: new Date(now - DAY).toISOString(), submissionClosesAt: new Date(now + 5 * DAY).toISOString(),
    minWords: 1, maxWords: 5000,
    criteria: [{ name: 'Nội dung', weight: 1, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
    ...extra,
  };
}

beforeAll(async () => {
  server = await startServer({}, { demo: true });
  organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const units = (await apiCall(server.origin, '', 'GET', '/auth/units')).body as unknown as { id: number }[];
  contestId = (await organizer('POST', '/contests', contest('mot-bai'))).body.id as number;
  const contests = (await organizer('GET', '/contests')).body as unknown as { id: number; slug: string }[];
  listedContestId = contests.find((c) => c.slug === DEMO_SLUG)?.id ?? 0;
  entrantCookie = await apiRegister(server.origin, { ...ENTRANT, unitId: units[0]?.id });
  browser = await launchChromium();
  org = await signInAtPhoneSize(browser, server, ORGANIZER, cspViolations);
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the contest form sets the judging rules and entries per author', () => {
  it('saves a 30% gap, the mean of three, and one entry per author', async () => {
    const { page } = org;
    await page.goto(`${server.origin}/organizer/contests/${contestId}`, { waitUntil: 'networkidle' });
    await page.getByText('Khi hai giám khảo chấm một bài lệch nhau nhiều hơn mức này', { exact: false }).waitFor();
    await page.getByLabel('Mức chênh lệch cần giám khảo thứ ba (%)').fill('30');
    await page.getByLabel('Điểm của bài có ba giám khảo chấm').selectOption({ label: 'Trung bình cả ba điểm' });
    await page.getByLabel('Số bài tối đa mỗi tác giả').fill('1');
    await page.getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.getByText('Đã lưu thay đổi của cuộc thi', { exact: false }).waitFor();
    expect((await organizer('GET', `/contests/${contestId}`)).body).toMatchObject({
      disagreementThreshold: 0.3, adjudicationMethod: 'mean-of-three', entriesPerAuthor: 1,
    });
    expect(await page.getByLabel('Mức chênh lệch cần giám khảo thứ ba (%)').inputValue()).toBe('30');
    expect(await sidewaysOverflow(page)).toBe(0);
  }, 60_000);
});

describe('one entry per author', () => {
  it('a second draft is refused with the reason and a link to the entry that uses the allowance', async () => {
    const lan = await signInAtPhoneSize(browser, server, ENTRANT, cspViolations);
    const { page } = lan;
    // The page was opened before the first draft existed (another tab): its button still shows.
    await page.goto(`${server.origin}/contests/${contestId}`, { waitUntil: 'networkidle' });
    const first = await apiCall(server.origin, entrantCookie, 'POST', `/contests/${contestId}/entries`, { title: 'Người giữ lửa' });
    expect(first.status).toBe(201);
    await page.getByRole('button', { name: 'Viết bài dự thi' }).click();
    const alert = page.getByRole('alert');
    await alert.getByText('Thể lệ cho phép mỗi tác giả 1 bài', { exact: false }).waitFor();
    await alert.getByRole('link', { name: 'Mở bài đã có' }).click();
    await page.waitForURL(`${server.origin}/entries/${first.body.id}`);
    expect((await apiCall(server.origin, entrantCookie, 'GET', '/entries/mine')).body).toHaveLength(1);

    // Coming back, the page says so at once instead of offering the button.
    await page.goto(`${server.origin}/contests/${contestId}`);
    await page.getByText('Tối đa 1 bài (bài đã rút không tính)').waitFor();
    expect(await page.getByRole('button', { name: 'Viết bài dự thi' }).count()).toBe(0);
    expect(await page.getByRole('link', { name: 'Mở bài đã có' }).getAttribute('href')).toBe(`/entries/${first.body.id}`);
    await lan.context.close();
  }, 60_000);
});

describe('the entry list pages and sorts', () => {
  it('shows 50 entries a page with the total, pages without JavaScript, and sorts by words', async () => {
    const { page } = org;
    const screening = `${server.origin}/organizer/contests/${listedContestId}/screening`;
    const byWords = (await organizer('GET', `/contests/${listedContestId}/screening?sort=words&order=desc&pageSize=50&page=2`)).body as unknown as {
      total: number; entries: { code: string }[];
    };
    const total = byWords.total;
    const pages = Math.ceil(total / 50);
    expect(total).toBeGreaterThan(100);
    await page.goto(screening, { waitUntil: 'networkidle' });
    await page.getByText(`Bài 1–50 trên tổng số ${total} bài (trang 1/${pages})`).waitFor();
    expect(await page.locator('table.entries tbody tr').count()).toBe(50);

    await page.getByLabel('Sắp xếp theo').selectOption({ label: 'Số chữ' });
    await page.getByLabel('Thứ tự').selectOption({ value: 'desc' });
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/sort=words&order=desc/);
    const words = (await page.locator('table.entries tbody tr td.number').allInnerTexts()).map((w) => Number(w.replace(/\D/g, '')));
    expect(words).toEqual([...words].sort((a, b) => b - a));

    // Without JavaScript the pager is plain links that keep the sort.
    const plain = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 740 } });
    await plain.addCookies(await org.context.cookies());
    const noJs = await plain.newPage();
    await noJs.goto(`${screening}?sort=words&order=desc`);
    await noJs.getByRole('navigation', { name: 'Các trang danh sách bài' }).getByRole('link', { name: 'Trang sau' }).click();
    await noJs.waitForURL(/page=2/);
    expect(noJs.url()).toMatch(/sort=words&order=desc/);
    await noJs.getByText(`Bài 51–${Math.min(100, total)} trên tổng số ${total} bài (trang 2/${pages})`).waitFor();
    expect(await noJs.locator('table.entries tbody tr th[scope="row"]').allInnerTexts()).toEqual(byWords.entries.map((e) => e.code));
    await plain.close();

    const axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    await axeContext.addCookies(await org.context.cookies());
    const axePage = await axeContext.newPage();
    await axePage.goto(`${screening}?page=2`, { waitUntil: 'networkidle' });
    expect(await seriousAxeViolations(axePage)).toEqual([]);
    expect(await sidewaysOverflow(axePage)).toBe(0);
    await axeContext.close();
    expect(cspViolations).toEqual([]);
  }, 90_000);
});
