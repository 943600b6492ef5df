import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, launchChromium, seriousAxeViolations, sidewaysOverflow, startServer,
  type RunningServer,
} from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PERSON = { email: 'quen.mat.khau@example.vn', fullName: 'Phạm Thị Thu', password: 'mat-khau-cu-da-quen' };
const NEW_PASSWORD = 'mot-cau-moi-de-nho-2026';

let server: RunningServer;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  const organizer = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const unit = await apiCall(server.origin, organizer, 'POST', '/units', { name: 'Đảng ủy Sở Tư pháp', headcount: 310 });
  await apiRegister(server.origin, { ...PERSON, unitId: Number(unit.body.id) });
  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function signIn(tab: Page, email: string, password: string) {
  await tab.goto(`${server.origin}/login`, { waitUntil: 'networkidle' });
  await tab.getByLabel('Email').fill(email);
  await tab.getByLabel('Mật khẩu', { exact: true }).fill(password);
  await tab.getByRole('button', { name: 'Đăng nhập' }).last().click();
}

describe('a person resets a forgotten password through the mailed link in Chromium', () => {
  let link = '';

  it('asks from the sign-in page and is told the same as for any address', async () => {
    await page.goto(`${server.origin}/login`, { waitUntil: 'networkidle' });
    await page.getByRole('link', { name: 'Quên mật khẩu?' }).click();
    await page.waitForURL(`${server.origin}/forgot`);
    await page.getByLabel('Email').fill(PERSON.email);
    await page.getByRole('button', { name: 'Gửi đường dẫn' }).click();
    await page.getByRole('status').filter({ hasText: 'Nếu email này có tài khoản' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });

  it('the organizer finds the mail in the outbox (no SMTP configured)', async () => {
    const organizerContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const organizerPage = await organizerContext.newPage();
    await signIn(organizerPage, ORGANIZER.email, ORGANIZER.password);
    await organizerPage.waitForURL(`${server.origin}/`);
    await organizerPage.getByRole('link', { name: 'Hộp thư đi' }).click();
    await organizerPage.waitForURL(`${server.origin}/organizer/outbox`);
    const mail = organizerPage.locator('article').filter({ hasText: 'Đặt lại mật khẩu Gương Sáng' });
    await mail.waitFor();
    expect(await mail.innerText()).toContain(PERSON.email);
    link = /https?:\/\/\S+\/password\/[A-Za-z0-9_-]+/.exec(await mail.innerText())?.[0] ?? '';
    expect(link.startsWith(`${server.origin}/password/`)).toBe(true);
    expect(await sidewaysOverflow(organizerPage)).toBe(0);
    expect(await seriousAxeViolations(organizerPage)).toEqual([]);
    await organizerContext.close();
  });

  it('opens the link, sets a new password and signs in with it; the old one no longer works', async () => {
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Đặt mật khẩu mới' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(PERSON.email);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.waitForURL(`${server.origin}/login?password=set`);
    await page.getByRole('status').filter({ hasText: 'Mật khẩu mới đã được đặt' }).waitFor();

    await signIn(page, PERSON.email, PERSON.password);
    await page.getByText('Email hoặc mật khẩu không đúng.').first().waitFor();

    await signIn(page, PERSON.email, NEW_PASSWORD);
    await page.waitForURL(`${server.origin}/`);
    expect(await page.locator('.account-name').innerText()).toContain(PERSON.fullName);
  });

  it('the link cannot be used again, and the person sees the mail among their notices', async () => {
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.getByRole('alert').filter({ hasText: 'đã được dùng' }).waitFor();
    await page.getByRole('link', { name: 'Thông báo' }).click();
    await page.waitForURL(`${server.origin}/notices`);
    await page.locator('article').filter({ hasText: 'Đặt lại mật khẩu Gương Sáng' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
  });
});
