import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiLogin, launchChromium, seriousAxeViolations, startServer, type RunningServer } from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const ENTRANT = { email: 'hong.nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', password: 'viet-ve-guong-sang' };

let server: RunningServer;
let browser: Browser;
let page: Page;

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  const organizer = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const unit = await fetch(`${server.origin}/api/units`, {
    method: 'POST',
    headers: { cookie: organizer, 'content-type': 'application/json' },
    body: JSON.stringify({ name: 'Đảng ủy Sở Tư pháp', headcount: 310 }),
  });
  expect(unit.status).toBe(201);
  browser = await launchChromium();
  // A small phone: every page must work at 360 px. bypassCSP only lets axe-core be injected;
  // the CSP itself is checked below.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  page = await context.newPage();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectFitsPhone() {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

async function expectNoSeriousAxeViolations() {
  expect(await seriousAxeViolations(page)).toEqual([]);
}

const me = () => page.evaluate(async () => (await fetch('/api/me')).status);

describe('an entrant registers, signs out and signs in again in Chromium', () => {
  it('the home page speaks Vietnamese to a visitor, under a nonce-based CSP', async () => {
    const response = await page.goto(server.origin);
    const csp = (await response?.allHeaders())?.['content-security-policy'] ?? '';
    expect(csp).toMatch(/script-src 'self' 'nonce-/);
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.getByRole('link', { name: 'Đăng nhập' }).first().waitFor();
    await expectFitsPhone();
    await expectNoSeriousAxeViolations();
  });

  it('registers with a unit and lands signed in', async () => {
    await page.goto(`${server.origin}/register`);
    await page.getByLabel('Email').fill(ENTRANT.email);
    await page.getByLabel('Họ và tên').fill(ENTRANT.fullName);
    // The organizers' own unit, made at first run, is not one an entrant registers into.
    const offered = await page.getByLabel('Đơn vị').locator('option').allTextContents();
    expect(offered).toContain('Đảng ủy Sở Tư pháp');
    expect(offered).not.toContain('Ban Tổ chức cuộc thi');
    await page.getByLabel('Đơn vị').selectOption({ label: 'Đảng ủy Sở Tư pháp' });
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ENTRANT.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ENTRANT.password);
    await expectFitsPhone();
    await expectNoSeriousAxeViolations();
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL(`${server.origin}/`);
    await page.getByText(ENTRANT.fullName).first().waitFor();
    expect(await me()).toBe(200);
  });

  it('signs out, and the session is gone on the server', async () => {
    const cookies = await page.context().cookies();
    const session = cookies.find((c) => c.name === 'gs_session');
    expect(session?.httpOnly).toBe(true);
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(`${server.origin}/`);
    await page.getByRole('link', { name: 'Đăng nhập' }).first().waitFor();
    expect(await me()).toBe(401);
    const replay = await fetch(`${server.origin}/api/me`, { headers: { cookie: `gs_session=${session?.value}` } });
    expect(replay.status).toBe(401);
  });

  it('a wrong password gets a clear message; the right one signs in', async () => {
    await page.goto(`${server.origin}/login`);
    await page.getByLabel('Email').fill(ENTRANT.email);
    await page.getByLabel('Mật khẩu').fill('sai-mat-khau-roi');
    await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await page.getByText('Email hoặc mật khẩu không đúng.').first().waitFor();
    // The e-mail the person typed is kept; the password is not.
    expect(await page.getByLabel('Email').inputValue()).toBe(ENTRANT.email);

    await page.getByLabel('Mật khẩu').fill(ENTRANT.password);
    await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await page.waitForURL(`${server.origin}/`);
    await page.getByText(ENTRANT.fullName).first().waitFor();
    expect(await me()).toBe(200);
    await page.screenshot({ path: new URL('../test-results/home-entrant-360.png', import.meta.url).pathname, fullPage: true });
  });

  it('switches the interface to English', async () => {
    await page.getByRole('button', { name: /English/ }).click();
    await page.waitForLoadState('networkidle');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
  });
});
