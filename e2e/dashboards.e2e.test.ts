import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, launchChromium, seriousAxeViolations, sidewaysOverflow, type RunningServer, startServer,
} from './harness.ts';

/*
 * Issue 12 in Chromium at 360 px: the organizer's home links the open contest to its next step;
 * its dashboard draws submissions per day and participation per unit with a table beside each
 * chart, sorts by a link without JavaScript, and passes axe; the audit log filters by action
 * through a plain GET form, and pages.
 */

const ORGANIZER = 'btc@example.vn';
const PASSWORD = 'ban-to-chuc-2026';
const UNITS: [string, number][] = [['Đảng ủy Bệnh viện quận Gò Vấp', 120], ['Chi bộ Ấp Bắc', 15], ['Đoàn phường Bến Nghé', 40]];
const BODY = '<p>Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai.</p>';

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;

interface Overview { id: number; title: string; nextStep: string }

/** A signed-in organizer's tab at 360 px, without JavaScript: the pages must work server-rendered. */
async function organizerPage(javaScript = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true, javaScriptEnabled: javaScript });
  const [name, value] = organizerCookie.split('=');
  await context.addCookies([{ name: name ?? '', value: value ?? '', url: server.origin }]);
  return context.newPage();
}

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
  expect(await sidewaysOverflow(page), `${page.url()} scrolls sideways`).toBe(0);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([
    startServer({ ORGANIZER_EMAIL: ORGANIZER, ORGANIZER_PASSWORD: PASSWORD }), launchChromium(),
  ]);
  organizerCookie = await apiLogin(server.origin, ORGANIZER, PASSWORD);
  const api = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);
  const now = Date.now();
  const contest = await api('POST', '/contests', {
    title: 'Gương sáng làm theo lời Bác năm 2026', slug: 'guong-sang-2026', status: 'open',
    submissionOpensAt: new Date(now - 20 * 86_400_000).toISOString(), submissionClosesAt: new Date(now + 10 * 86_400_000).toISOString(),
    minWords: 1, maxWords: 2500, categories: [], criteria: [{ name: 'Nội dung', weight: 1, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  expect(contest.status).toBe(201);
  // Enough units that the audit log has a second page; entrants in three units, unevenly.
  for (let i = 0; i < 50; i++) await api('POST', '/units', { name: `Chi bộ Khu phố ${i + 1}`, headcount: 30 + i });
  for (const [u, [name, headcount]] of UNITS.entries()) {
    const unit = await api('POST', '/units', { name, headcount });
    for (let n = 0; n < 3 - u; n++) {
      const cookie = await apiRegister(server.origin, { email: `tacgia${u}.${n}@example.vn`, password: 'mat-khau-du-dai', fullName: `Người dự thi ${u}.${n}`, unitId: unit.body.id as number });
      const entry = await apiCall(server.origin, cookie, 'POST', `/contests/${contest.body.id}/entries`, { title: `Bài ${u}.${n}`, body: BODY });
      expect((await apiCall(server.origin, cookie, 'POST', `/entries/${entry.body.id}/submit`, { consentToPublish: true })).status).toBe(200);
    }
  }
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the organizer\'s dashboards at 360 px', () => {
  it('the home links the open contest to its next step, and its dashboard shows charts with their tables', async () => {
    const overview = (await apiCall(server.origin, organizerCookie, 'GET', '/dashboards/contests')).body as unknown as Overview[];
    const open = overview.find((c) => c.nextStep === 'submissions');
    expect(open).toBeDefined();
    const page = await organizerPage();
    await page.goto(`${server.origin}/organizer`);
    await page.getByRole('link', { name: `Tiếp theo: theo dõi bài nộp: ${open!.title}` }).click();
    await page.waitForURL(`${server.origin}/organizer/contests/${open!.id}/dashboard`);
    await page.getByRole('heading', { level: 1, name: 'Số liệu' }).waitFor();

    const dashboard = (await apiCall(server.origin, organizerCookie, 'GET', `/contests/${open!.id}/dashboard`)).body as unknown as {
      submissionsPerDay: { day: string }[]; participation: { units: { name: string }[] };
    };
    expect(dashboard.submissionsPerDay.length).toBeGreaterThan(0);
    const perDay = page.getByRole('table', { name: /Số bài nộp mỗi ngày/ });
    await expect(perDay.locator('tbody tr').count()).resolves.toBe(dashboard.submissionsPerDay.length);
    await expect(page.locator('svg.chart').count()).resolves.toBe(1);
    await expect(page.locator('svg.chart').getAttribute('aria-hidden')).resolves.toBe('true');
    const perUnit = page.getByRole('table', { name: /tỉ lệ tham gia của từng đơn vị/ });
    await expect(perUnit.locator('tbody tr').count()).resolves.toBe(dashboard.participation.units.length);
    await expect(perUnit.locator('th[aria-sort="descending"]').innerText()).resolves.toContain('Tỉ lệ');
    await expectAccessible(page);
    await page.screenshot({ path: new URL('../test-results/dashboard-360.png', import.meta.url).pathname, fullPage: true });
    await page.context().close();
  }, 120_000);

  it('sorts participation by a link, without JavaScript', async () => {
    const overview = (await apiCall(server.origin, organizerCookie, 'GET', '/dashboards/contests')).body as unknown as Overview[];
    const page = await organizerPage(false);
    await page.goto(`${server.origin}/organizer/contests/${overview[0]!.id}/dashboard`);
    await page.getByRole('link', { name: /Đơn vị\s*, sắp xếp theo cột này/ }).click();
    await page.waitForURL(/sort=name&order=asc/);
    const names = await page.getByRole('table', { name: /tỉ lệ tham gia của từng đơn vị/ }).locator('tbody th').allInnerTexts();
    expect(names.length).toBeGreaterThan(50);
    expect(names).toEqual([...names].sort(new Intl.Collator('vi').compare));
    await page.context().close();
  }, 120_000);

  it('the audit log pages, and filters by action with a GET form', async () => {
    const page = await organizerPage();
    await page.goto(`${server.origin}/organizer/audit`);
    await page.getByRole('heading', { level: 1, name: 'Nhật ký hoạt động' }).waitFor();
    await expect(page.getByRole('table', { name: 'Nhật ký, mới nhất trước' }).locator('tbody tr').count()).resolves.toBe(50);
    await page.getByRole('link', { name: 'Trang sau ›' }).click();
    await page.waitForURL(/page=2/);
    await expect(page.getByRole('status').innerText()).resolves.toContain('trang 2/');
    await page.getByLabel('Thao tác').selectOption('entry.submitted');
    await page.getByRole('button', { name: 'Lọc' }).click();
    await page.waitForURL(/action=entry\.submitted/);
    const filtered = (await apiCall(server.origin, organizerCookie, 'GET', '/audit?action=entry.submitted')).body as unknown as { total: number };
    await expect(page.getByRole('status').innerText()).resolves.toContain(new Intl.NumberFormat('vi-VN').format(filtered.total));
    const actions = await page.getByRole('table', { name: 'Nhật ký, mới nhất trước' }).locator('tbody td code').allInnerTexts();
    expect(new Set(actions)).toEqual(new Set(['entry.submitted']));
    await expectAccessible(page);
    await page.context().close();
  }, 120_000);
});
