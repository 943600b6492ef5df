import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, launchChromium, seriousAxeViolations, sidewaysOverflow, startServer, type RunningServer,
} from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PERSON = { email: 'tran.binh@example.vn', fullName: 'Trần Thanh Bình', password: 'viet-ve-guong-sang' };

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  const organizer = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const unit = await apiCall(server.origin, organizer, 'POST', '/units', { name: 'Công đoàn Bệnh viện Chợ Rẫy', headcount: 900 });
  const unitId = unit.body.id as number;
  await apiRegister(server.origin, { ...PERSON, unitId });
  for (const [email, fullName] of [['an@example.vn', 'Nguyễn Văn An'], ['lan@example.vn', 'Lê Thị Lan']] as const) {
    await apiRegister(server.origin, { email, fullName, password: 'mot-mat-khau-tot', unitId });
  }
  browser = await launchChromium();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A phone-sized tab; bypassCSP only lets axe-core be injected. */
async function phone(): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  return { context, page: await context.newPage() };
}

/** Signs in on the login page the visitor was sent to, and waits to be brought back to `path`. */
async function signInHere(page: Page, credentials: { email: string; password: string }, path: string) {
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Mật khẩu').fill(credentials.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${server.origin}${path}`);
}

describe('people and roles in Chromium at 360 px', () => {
  it('sends a signed-out visitor of an organizer page to sign in, and back afterwards', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/organizer/people?q=binh`);
    expect(new URL(page.url()).pathname).toBe('/login');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/organizer/people?q=binh');
    await signInHere(page, ORGANIZER, '/organizer/people?q=binh');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('Người dùng');
    await context.close();
  }, 60_000);

  it('the organizer finds a person without typing accents and makes them a judge; they then see the judge area', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/login?next=/organizer/people`);
    await signInHere(page, ORGANIZER, '/organizer/people');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByLabel('Tên hoặc e-mail').fill('tran thanh binh');
    await page.getByRole('button', { name: 'Tìm', exact: true }).click();
    await page.waitForURL(/q=tran/);
    const items = page.locator('.people-list > li');
    await expect(items.count()).resolves.toBe(1);
    await expect(items.first().innerText()).resolves.toContain('Trần Thanh Bình');

    await items.first().getByText('Quyền và tài khoản').click();
    await page.getByRole('checkbox', { name: 'Giám khảo' }).check();
    await page.getByRole('button', { name: /Lưu quyền/ }).click();
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/Đã lưu quyền của Trần Thanh Bình: Người dự thi, Giám khảo/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();

    // The new judge, signing in, finds the judging area in the menu and on its page.
    const judge = await phone();
    await judge.page.goto(`${server.origin}/judging`);
    expect(new URL(judge.page.url()).pathname).toBe('/login');
    await signInHere(judge.page, PERSON, '/judging');
    await expect(judge.page.getByRole('navigation', { name: 'Điều hướng chính' }).getByRole('link', { name: 'Chấm bài' }).count())
      .resolves.toBe(1);
    await judge.context.close();
  }, 90_000);

  it('a signed-in person without the role still gets 404 on an organizer page', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/login?next=/account`);
    await signInHere(page, { email: 'lan@example.vn', password: 'mot-mat-khau-tot' }, '/account');
    const response = await page.goto(`${server.origin}/organizer/people`);
    expect(response?.status()).toBe(404);
    await context.close();
  }, 60_000);

  it('the account page changes one\'s name and refuses a common password with a clear message', async () => {
    const { context, page } = await phone();
    await page.goto(`${server.origin}/account`);
    expect(new URL(page.url()).pathname).toBe('/login');
    await signInHere(page, { email: 'an@example.vn', password: 'mot-mat-khau-tot' }, '/account');
    expect(await seriousAxeViolations(page)).toEqual([]);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByLabel('Họ và tên').fill('Nguyễn Văn An Khang');
    await page.getByRole('button', { name: 'Lưu họ tên' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Đã lưu họ tên.');

    await page.getByLabel('Mật khẩu hiện tại').fill('mot-mat-khau-tot');
    await page.getByLabel('Mật khẩu mới').fill('12345678');
    await page.getByLabel('Nhập lại mật khẩu').fill('12345678');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    await expect(page.locator('#password-error').innerText()).resolves.toMatch(/phổ biến, dễ đoán/);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 60_000);
});
