import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, launchChromium, seriousAxeViolations, sidewaysOverflow, startMailSink, startServer,
  type RunningServer,
} from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PERSON = { email: 'quen.mat.khau@example.vn', fullName: 'Phạm Thị Thu', password: 'mat-khau-cu-da-quen' };
const NEW_PASSWORD = 'mot-cau-moi-de-nho-2026';

let server: RunningServer;
let sink: Awaited<ReturnType<typeof startMailSink>>;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  sink = await startMailSink();
  server = await startServer({
    ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password,
    SMTP_HOST: '127.0.0.1', SMTP_PORT: String(sink.port), SMTP_FROM: 'Gương Sáng <no-reply@example.vn>',
  });
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
  await sink?.stop();
});

/** The newest set-password link mailed to the person, once the server's mail loop (every 30 s) has sent it. */
async function mailedLink(after: number): Promise<string> {
  const deadline = Date.now() + 100_000;
  for (;;) {
    const mine = sink.mail.filter((mail) => mail.to.includes(PERSON.email)).slice(after);
    const link = mine.map((mail) => /https?:\/\/\S+\/password\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0]).findLast(Boolean);
    if (link) return link;
    if (Date.now() > deadline) throw new Error(`no set-password mail for ${PERSON.email}: ${JSON.stringify(sink.mail)}`);
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
}

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

  it('the organizer sees the mail in the outbox with its link hidden, and sends a new link to the person alone', async () => {
    const firstLink = await mailedLink(0);
    const organizerContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    const organizerPage = await organizerContext.newPage();
    await signIn(organizerPage, ORGANIZER.email, ORGANIZER.password);
    await organizerPage.waitForURL(`${server.origin}/`);
    await organizerPage.getByRole('link', { name: 'Hộp thư đi' }).click();
    await organizerPage.waitForURL(`${server.origin}/organizer/outbox`);
    const mail = organizerPage.locator('article').filter({ hasText: 'Đặt lại mật khẩu Gương Sáng' });
    await mail.waitFor();
    const text = await mail.innerText();
    expect(text).toContain(PERSON.email);
    expect(text).toContain('[liên kết đã ẩn]');
    expect(text).not.toContain('/password/');
    expect(await organizerPage.content()).not.toContain(firstLink.split('/password/')[1]);
    expect(await sidewaysOverflow(organizerPage)).toBe(0);
    expect(await seriousAxeViolations(organizerPage)).toEqual([]);

    const mailsBefore = sink.mail.filter((m) => m.to.includes(PERSON.email)).length;
    await mail.getByRole('button', { name: 'Gửi lại lời mời (liên kết mới)' }).click();
    await organizerPage.getByRole('status').filter({ hasText: `Đã gửi liên kết đặt mật khẩu mới cho ${PERSON.email}` }).waitFor();
    expect(await organizerPage.content()).not.toMatch(/\/password\/[A-Za-z0-9_-]{20,}/);
    await organizerContext.close();

    link = await mailedLink(mailsBefore);
    expect(link.startsWith(`${server.origin}/password/`)).toBe(true);
    expect(link).not.toBe(firstLink);
    // The reset link mailed first stopped working when the new one was sent.
    await page.goto(firstLink, { waitUntil: 'networkidle' });
    await page.getByRole('alert').first().waitFor();
  });

  it('opens the link, sets a new password and is signed in with it; on another device the old one no longer works', async () => {
    await page.goto(link, { waitUntil: 'networkidle' });
    await page.getByRole('heading', { name: 'Đặt mật khẩu cho tài khoản của bạn' }).waitFor();
    expect(await page.locator('main').innerText()).toContain(PERSON.email);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await page.getByLabel('Mật khẩu', { exact: true }).fill(NEW_PASSWORD);
    await page.getByLabel('Nhập lại mật khẩu').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Lưu mật khẩu' }).click();
    await page.waitForURL(`${server.origin}/`);
    expect(await page.locator('.account-name').innerText()).toContain(PERSON.fullName);

    const otherDevice = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
    try {
      const tab = await otherDevice.newPage();
      await signIn(tab, PERSON.email, PERSON.password);
      await tab.getByText('Email hoặc mật khẩu không đúng.').first().waitFor();
      await signIn(tab, PERSON.email, NEW_PASSWORD);
      await tab.waitForURL(`${server.origin}/`);
      expect(await tab.locator('.account-name').innerText()).toContain(PERSON.fullName);
    } finally {
      await otherDevice.close();
    }
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

  it('with JavaScript off, asks again and sets a password through the new link', async () => {
    const noScript = await browser.newContext({ viewport: { width: 360, height: 740 }, javaScriptEnabled: false, bypassCSP: true });
    try {
      const tab = await noScript.newPage();
      const mailsBefore = sink.mail.filter((m) => m.to.includes(PERSON.email)).length;
      await tab.goto(`${server.origin}/forgot`);
      await tab.getByLabel('Email').fill(PERSON.email);
      await tab.getByRole('button', { name: 'Gửi đường dẫn' }).click();
      await tab.getByRole('status').filter({ hasText: 'Nếu email này có tài khoản' }).waitFor();

      // The page keeps its secret address from other sites, yet its own form post still carries its origin.
      await tab.goto(await mailedLink(mailsBefore));
      await tab.getByLabel('Mật khẩu', { exact: true }).fill('cau-khac-khong-can-script');
      await tab.getByLabel('Nhập lại mật khẩu').fill('cau-khac-khong-can-script');
      await tab.getByRole('button', { name: 'Lưu mật khẩu' }).click();
      await tab.waitForURL(`${server.origin}/`);
      expect(await tab.locator('.account-name').innerText()).toContain(PERSON.fullName);
    } finally {
      await noScript.close();
    }
  });
});
