import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, launchChromium, seriousAxeViolations, sidewaysOverflow, startServer, type RunningServer } from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const UNIT = 'Đảng ủy Sở Tư pháp';

let server: RunningServer;
let browser: Browser;
let organizer: string;

const csv = (rows: string[]) => ({
  name: 'nhan-su.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from(`\uFEFFHọ và tên;Email;Đơn vị;Vai trò\r\n${rows.join('\r\n')}\r\n`, 'utf8'),
});
const broken = csv([`Trần Thị Mai;mai@tuphap.example.vn;${UNIT};`, `Lê Văn Tùng;tung@tuphap.example.vn;Sở Không Có;giám khảo`]);
const fixed = csv([`Trần Thị Mai;mai@tuphap.example.vn;${UNIT};`, `Lê Văn Tùng;tung@tuphap.example.vn;${UNIT};giám khảo`]);

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  organizer = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  expect((await apiCall(server.origin, organizer, 'POST', '/units', { name: UNIT, headcount: 310 })).status).toBe(201);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** A 360 px tab signed in as the organizer (the session cookie from the API). */
async function organizerTab(options: { javaScriptEnabled: boolean }): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true, ...options });
  const [name, value] = organizer.split('=') as [string, string];
  await context.addCookies([{ name, value, url: server.origin }]);
  return { context, page: await context.newPage() };
}

describe('the organizer imports people from a CSV in Chromium', () => {
  it('sees the broken row, uploads the fixed file, confirms, and the people exist — without JavaScript', async () => {
    const { context, page } = await organizerTab({ javaScriptEnabled: false });
    await page.goto(`${server.origin}/organizer/units`);
    await page.getByRole('link', { name: 'Nhập đơn vị hoặc người dùng từ tệp CSV, Excel' }).click();
    await page.getByRole('heading', { name: 'Nhập danh sách đơn vị, người dùng' }).waitFor();

    await page.getByLabel('Người dùng — cột').check();
    await page.getByLabel('Tệp CSV hoặc Excel').setInputFiles(broken);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByRole('alert').filter({ hasText: 'Có 1 vấn đề' }).waitFor();
    const cells = await page.locator('table tbody tr').first().locator('td').allInnerTexts();
    expect(cells).toEqual(['3', 'Đơn vị', 'Không có đơn vị «Sở Không Có». Hãy nhập đơn vị trước hoặc sửa tên cho khớp.']);
    expect(await page.getByRole('button', { name: /^Nhập \d+ dòng$/ }).count()).toBe(0);
    expect(await sidewaysOverflow(page)).toBe(0);

    await page.getByLabel('Tệp CSV hoặc Excel').setInputFiles(fixed);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByRole('button', { name: 'Nhập 2 dòng' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã nhập 2 người dùng.' }).waitFor();
    await context.close();

    const found = await apiCall(server.origin, organizer, 'GET', '/users?q=tuphap.example.vn');
    const people = found.body as unknown as { email: string; roles: string[]; unitName: string }[];
    expect(people.map((p) => [p.email, p.roles, p.unitName]).sort()).toEqual([
      ['mai@tuphap.example.vn', ['entrant'], UNIT],
      ['tung@tuphap.example.vn', ['entrant', 'judge'], UNIT],
    ]);
  }, 120_000);

  it('shows the problems table at phone width with no serious axe violations', async () => {
    const { context, page } = await organizerTab({ javaScriptEnabled: true });
    await page.goto(`${server.origin}/organizer/import`, { waitUntil: 'networkidle' });
    await page.getByLabel('Tệp CSV hoặc Excel').setInputFiles(broken);
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    // Both e-mails are taken now, and the unit is still unknown: three problems.
    await page.getByRole('alert').filter({ hasText: 'Có 3 vấn đề' }).waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('downloads the template files with the header the import expects; the units page shows each unit\'s parent', async () => {
    const { context, page } = await organizerTab({ javaScriptEnabled: true });
    await page.goto(`${server.origin}/organizer/import`, { waitUntil: 'networkidle' });
    for (const [name, header] of [['mẫu danh sách đơn vị', 'Tên đơn vị,Đơn vị cấp trên,Số người'], ['mẫu danh sách người dùng', 'Họ và tên,Email,Đơn vị,Vai trò']]) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name }).click()]);
      const path = await download.path();
      const text = (await import('node:fs')).readFileSync(path, 'utf8');
      expect(text.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(header);
    }

    const parent = await apiCall(server.origin, organizer, 'POST', '/units', { name: 'Đảng bộ Khối Cơ quan', headcount: 2000 });
    const child = await apiCall(server.origin, organizer, 'POST', '/units', { name: 'Chi bộ Văn phòng', headcount: 30 });
    const units = await apiCall(server.origin, organizer, 'GET', '/units');
    expect((units.body as unknown as { id: number; parentId: number | null }[]).every((u) => u.parentId === null)).toBe(true);
    // Parents are set by the units import: the template's own rows.
    await page.getByLabel('Đơn vị — cột').check();
    await page.getByLabel('Tệp CSV hoặc Excel').setInputFiles({
      name: 'don-vi.csv', mimeType: 'text/csv',
      buffer: Buffer.from('\uFEFFTên đơn vị,Đơn vị cấp trên,Số người\r\nChi bộ Văn phòng,Đảng bộ Khối Cơ quan,35\r\n', 'utf8'),
    });
    await page.getByRole('button', { name: 'Kiểm tra tệp' }).click();
    await page.getByRole('button', { name: 'Nhập 1 dòng' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã nhập' }).waitFor();
    const after = (await apiCall(server.origin, organizer, 'GET', '/units')).body as unknown as { id: number; parentId: number | null }[];
    expect(after.find((u) => u.id === Number(child.body.id))?.parentId).toBe(Number(parent.body.id));

    await page.goto(`${server.origin}/organizer/units`, { waitUntil: 'networkidle' });
    await page.getByText('thuộc Đảng bộ Khối Cơ quan').waitFor();
    expect(await sidewaysOverflow(page)).toBe(0);
    expect(await seriousAxeViolations(page)).toEqual([]);
    await context.close();
  }, 120_000);

  it('puts a unit under another on the units page by the parent\'s name, and a loop is refused beside the field — without JavaScript', async () => {
    const { context, page } = await organizerTab({ javaScriptEnabled: false });
    const units = (await apiCall(server.origin, organizer, 'GET', '/units')).body as unknown as { id: number; name: string }[];
    const idOf = (name: string) => units.find((unit) => unit.name === name)!.id;
    await page.goto(`${server.origin}/organizer/units`);

    // The office's own cell cannot be above the office.
    const office = idOf('Đảng bộ Khối Cơ quan');
    await page.getByText('Sửa: Đảng bộ Khối Cơ quan').click();
    await page.locator(`#unit-${office}-parent`).fill('Chi bộ Văn phòng');
    await page.locator(`#unit-${office}-parent`).press('Enter');
    await page.locator(`#unit-${office}-parent-error`)
      .filter({ hasText: 'Không thể đặt «Chi bộ Văn phòng» làm cấp trên: đó là chính đơn vị này hoặc một đơn vị trực thuộc nó.' })
      .waitFor();
    expect(await page.locator(`#unit-${office}-parent`).inputValue()).toBe('Chi bộ Văn phòng');

    // A new unit under the office, its name typed without capitals.
    await page.getByLabel('Tên đơn vị').first().fill('Chi bộ Phòng Tổ chức');
    await page.getByLabel('Số cán bộ, đảng viên, người lao động').first().fill('12');
    await page.locator('#create-parent').fill('đảng bộ khối cơ quan');
    await page.getByRole('button', { name: 'Thêm đơn vị' }).click();
    await page.getByRole('status').filter({ hasText: 'Đã thêm đơn vị “Chi bộ Phòng Tổ chức”.' }).waitFor();
    const added = page.locator('li.unit').filter({ hasText: 'Chi bộ Phòng Tổ chức' });
    expect(await added.locator('.unit-parent').innerText()).toBe('thuộc Đảng bộ Khối Cơ quan');

    // A parent that is no unit is named back; emptying the field puts the unit at the top.
    const cell = idOf('Chi bộ Văn phòng');
    await page.getByText('Sửa: Chi bộ Văn phòng').click();
    await page.locator(`#unit-${cell}-parent`).fill('Sở Không Có');
    await page.locator(`#unit-${cell}-parent`).press('Enter');
    await page.locator(`#unit-${cell}-parent-error`).filter({ hasText: 'Không có đơn vị nào tên «Sở Không Có».' }).waitFor();
    await page.locator(`#unit-${cell}-parent`).fill('');
    await page.locator(`#unit-${cell}-parent`).press('Enter');
    await page.getByRole('status').filter({ hasText: 'Đã lưu thay đổi của đơn vị “Chi bộ Văn phòng”.' }).waitFor();
    const after = (await apiCall(server.origin, organizer, 'GET', '/units')).body as unknown as { id: number; parentId: number | null }[];
    expect(after.find((unit) => unit.id === cell)?.parentId).toBeNull();
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  }, 120_000);
});

describe('the organizer decides which units entrants may register into', () => {
  it('closes a unit on the units page and registration stops offering it, then opens it again — without JavaScript', async () => {
    const { context, page } = await organizerTab({ javaScriptEnabled: false });
    const units = (await apiCall(server.origin, organizer, 'GET', '/units')).body as unknown as { id: number; name: string }[];
    const unitId = units.find((unit) => unit.name === UNIT)!.id;
    const offered = async () => ((await apiCall(server.origin, '', 'GET', '/auth/units')).body as unknown as { name: string }[])
      .map((unit) => unit.name);
    expect(await offered()).toContain(UNIT);
    await page.goto(`${server.origin}/organizer/units`);
    // The organizers' own unit, made at first run, is shown as closed.
    await page.getByText('Không mở cho người dự thi').first().waitFor();

    await page.getByText(`Sửa: ${UNIT}`).click();
    const open = page.locator(`#unit-${unitId}-open`);
    expect(await open.isChecked()).toBe(true);
    await open.uncheck();
    await page.locator(`#unit-${unitId}-open`).locator('xpath=ancestor::form').getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(/updated=/);
    await page.locator('li.unit').filter({ hasText: UNIT }).getByText('Không mở cho người dự thi').waitFor();
    expect(await offered()).not.toContain(UNIT);

    await page.getByText(`Sửa: ${UNIT}`).click();
    expect(await page.locator(`#unit-${unitId}-open`).isChecked()).toBe(false);
    await page.locator(`#unit-${unitId}-open`).check();
    await page.locator(`#unit-${unitId}-open`).locator('xpath=ancestor::form').getByRole('button', { name: 'Lưu thay đổi' }).click();
    await page.waitForURL(/updated=/);
    expect(await offered()).toContain(UNIT);
    expect(await sidewaysOverflow(page)).toBe(0);
    await context.close();
  }, 120_000);
});
