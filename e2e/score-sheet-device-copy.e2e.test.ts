import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, expectAccessible, judgeAssignments, launchChromium, organizerSetup, signInAtPhoneSize, startServer,
  type JudgeAssignment, type RunningServer,
} from './harness.ts';

/*
 * The score sheet's device copy (localStorage `guong-sang:score-sheet:<assignmentId>`) attacked:
 * contents edited by hand, a copy offered beside a sheet saved elsewhere while the judge goes on
 * typing, two tabs of the same sheet, and the panel that offers it (axe, a phone's width). Each
 * test has its own assignment.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const JUDGE = { fullName: 'Trần Thị Thu Hà', email: 'giamkhao.ha@example.vn' };
const PARAGRAPH =
  'Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai '
  + 'trong xã, gọi điện nhắc lịch khám và đạp xe đến tận nhà những người không có điện thoại.';
const ELSEWHERE = /đã được lưu (hoặc gửi )?ở một thẻ hoặc thiết bị khác/;
const OFFERED = /Máy này còn giữ phiếu chấm nhập lúc/;

let server: RunningServer;
let browser: Browser;
let judge: BrowserContext;
let axeContext: BrowserContext;
let judgeCookie: string;
let assignments: JudgeAssignment[];
const cspViolations: string[] = [];

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  const organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);
  const setup = organizerSetup(server.origin, organizerCookie);
  const [authorUnit, judgeUnit] = await setup.createUnits(['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp']);
  const contest = await setup.createOpenContest({
    title: 'Gương sáng 2025', slug: 'guong-sang-ban-tren-may', minWords: 5,
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  for (let i = 0; i < 4; i++) {
    const author = await apiRegister(server.origin, { email: `tac.gia.${i}@example.vn`, fullName: `Tác Giả ${i}`, password: PASSWORD, unitId: authorUnit });
    const entry = await apiCall(server.origin, author, 'POST', `/contests/${contest}/entries`, { title: `Bài ${i}`, body: `<p>${PARAGRAPH}</p>` });
    expect(entry.status, entry.text).toBe(201);
    const submitted = await apiCall(server.origin, author, 'POST', `/entries/${entry.body.id as number}/submit`, { consentToPublish: true });
    expect(submitted.status, submitted.text).toBe(200);
  }
  const { ids: judgeIds, cookies } = await setup.makeJudges([{ ...JUDGE, unitId: judgeUnit }], PASSWORD);
  judgeCookie = cookies[0]!;
  await setup.closeSubmissions(contest);
  const round = await organizer('POST', `/contests/${contest}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1,
    opensAt: new Date(Date.now() - 60 * 1000).toISOString(), closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  });
  expect(round.status, round.text).toBe(201);
  expect((await organizer('PUT', `/rounds/${round.body.id as number}/judges`, { judges: judgeIds.map((userId) => ({ userId })) })).status).toBe(200);
  expect((await organizer('POST', `/rounds/${round.body.id as number}/assignments`, { seed: 7 })).status).toBe(200);
  assignments = await judgeAssignments(server.origin, judgeCookie);
  expect(assignments).toHaveLength(4);
  browser = await launchChromium();
  ({ context: judge } = await signInAtPhoneSize(browser, server, { email: JUDGE.email, password: PASSWORD }, cspViolations));
  axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const sheetOf = async (assignmentId: number) =>
  (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignmentId}`)).body as
    { rubric: { id: number }[]; score: { status: string; values: Record<string, number>; comment: string; updatedAt: string } | null };

/** Puts `copy` (any JSON) where the sheet keeps its device copy, then opens the sheet again. */
async function plantCopy(page: Page, assignmentId: number, copy: unknown) {
  await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`guong-sang:score-sheet:${assignmentId}`, JSON.stringify(copy)]);
  await page.reload({ waitUntil: 'networkidle' });
}

/** A copy made on a sheet saved long ago: the sheet saved since makes it one to offer, not restore. */
const conflicting = (scores: Record<string, unknown>, comment: string) =>
  ({ content: { scores, comment }, editedAt: Date.now(), base: '2020-01-01T00:00:00.000Z' });

describe('the score sheet\'s device copy, attacked', () => {
  it('a copy edited by hand to a time that is no date breaks nothing: the sheet still takes and saves a score', async () => {
    const { id } = assignments[0]!;
    const page = await judge.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/judging/${id}`, { waitUntil: 'networkidle' });
    await plantCopy(page, id, { content: { scores: {}, comment: 'Nhận xét trên máy.' }, editedAt: 1e20, base: null });
    await page.getByLabel('Điểm «Nội dung»').fill('7');
    await expect.poll(async () => Object.values((await sheetOf(id)).score?.values ?? {}), { timeout: 30_000 }).toEqual([7]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('hand-edited contents: non-number scores and prototype keys are refused whole, HTML in a comment is shown as text', async () => {
    const { id } = assignments[0]!;
    const page = await judge.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${server.origin}/judging/${id}`, { waitUntil: 'networkidle' });
    const [criterion] = (await sheetOf(id)).rubric;
    // A score that is a string: the whole copy is ignored, the saved sheet stays.
    await plantCopy(page, id, { content: { scores: { [criterion!.id]: '9' }, comment: 'x' }, editedAt: Date.now() + 60_000, base: null });
    const saved = (await sheetOf(id)).score?.values[String(criterion!.id)];
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe(saved === undefined ? '' : String(saved));
    expect(await page.getByText(/Đã khôi phục/).count()).toBe(0);
    // "__proto__" as a criterion and markup in the comment, offered beside the saved sheet.
    const raw = `{"content":{"scores":{"__proto__":3,"${criterion!.id}":4},"comment":"<img src=x onerror=alert(1)><b>đậm</b>"},"editedAt":${Date.now()},"base":"2020-01-01T00:00:00.000Z"}`;
    await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [`guong-sang:score-sheet:${id}`, raw]);
    await page.reload({ waitUntil: 'networkidle' });
    const offered = page.locator('section').filter({ hasText: 'Nội dung chưa lưu trên máy này' });
    await offered.getByText(OFFERED).waitFor({ timeout: 15_000 });
    expect(await offered.getByRole('listitem').allTextContents()).toEqual(['Nội dung: 4']);
    expect(await offered.getByText('<img src=x onerror=alert(1)><b>đậm</b>').count()).toBe(1);
    expect(await page.locator('.device-copy img, .device-copy b').count()).toBe(0);
    await page.getByRole('button', { name: 'Giữ bản đã lưu' }).click();
    expect(errors).toEqual([]);
    await page.close();
  });

  it('while a copy made on a sheet saved elsewhere is offered, nothing is typed over it: the sheet waits for the choice', async () => {
    const { id } = assignments[1]!;
    const page = await judge.newPage();
    await page.goto(`${server.origin}/judging/${id}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Điểm «Nội dung»').fill('8');
    await expect.poll(async () => Object.values((await sheetOf(id)).score?.values ?? {}), { timeout: 30_000 }).toEqual([8]);
    const [criterion] = (await sheetOf(id)).rubric;
    await plantCopy(page, id, conflicting({ [criterion!.id]: 3 }, 'Bản trên máy.'));
    await page.getByText(OFFERED).waitFor({ timeout: 15_000 });
    // Typed over, saved, the copy on the device would go, though the panel still offers it.
    expect(await page.getByLabel('Điểm «Nội dung»').isEditable()).toBe(false);
    expect(await page.getByLabel('Nhận xét (không bắt buộc)').isEditable()).toBe(false);
    expect(await page.getByRole('button', { name: /^Nộp (lại )?điểm$/ }).count()).toBe(0);
    // Opened again before choosing, it is still offered.
    await page.reload({ waitUntil: 'networkidle' });
    await page.getByText(OFFERED).waitFor({ timeout: 15_000 });
    await page.getByRole('button', { name: 'Giữ bản đã lưu' }).click();
    expect(await page.getByLabel('Điểm «Nội dung»').isEditable()).toBe(true);
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('8');
    await page.close();
  });

  it('two tabs of one sheet: what one typed and was refused as saved elsewhere is offered when the sheet is opened again, though the other went on', async () => {
    const { id } = assignments[2]!;
    const url = `${server.origin}/judging/${id}`;
    const first = await judge.newPage();
    const second = await judge.newPage();
    await first.goto(url, { waitUntil: 'networkidle' });
    await second.goto(url, { waitUntil: 'networkidle' });
    const stored = async () => Object.values((await sheetOf(id)).score?.values ?? {});
    await second.getByLabel('Điểm «Nội dung»').fill('5');
    await expect.poll(stored, { timeout: 30_000 }).toEqual([5]);
    await first.getByLabel('Điểm «Nội dung»').fill('6');
    await first.getByText(ELSEWHERE).first().waitFor({ timeout: 30_000 });
    // The other tab goes on: its own device copy comes and goes with its saves.
    await second.getByLabel('Điểm «Nội dung»').fill('7');
    await expect.poll(stored, { timeout: 30_000 }).toEqual([7]);
    await second.getByLabel('Nhận xét (không bắt buộc)').fill('Tiếp tục ở thẻ kia.');
    await expect.poll(async () => (await sheetOf(id)).score?.comment, { timeout: 30_000 }).toBe('Tiếp tục ở thẻ kia.');
    await first.close();
    await second.close();

    const again = await judge.newPage();
    await again.goto(url, { waitUntil: 'networkidle' });
    const offered = again.locator('section').filter({ hasText: 'Nội dung chưa lưu trên máy này' });
    await offered.getByText(OFFERED).waitFor({ timeout: 15_000 });
    expect(await offered.getByRole('listitem').allTextContents()).toEqual(['Nội dung: 6']);
    // Settled, it goes: opened again, nothing is offered.
    await again.getByRole('button', { name: 'Giữ bản đã lưu' }).click();
    await again.reload({ waitUntil: 'networkidle' });
    expect(await again.getByText(OFFERED).count()).toBe(0);
    expect(await again.getByLabel('Điểm «Nội dung»').inputValue()).toBe('7');
    await again.close();
  });

  it('one tab refused as saved elsewhere: its sheet is offered when opened again, and once settled it is not offered again', async () => {
    const { id } = assignments[2]!;
    const url = `${server.origin}/judging/${id}`;
    const page = await judge.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    // Another device saves the sheet meanwhile.
    const opened = await sheetOf(id);
    const elsewhere = await apiCall(server.origin, judgeCookie, 'PUT', `/judging/assignments/${id}/score`, {
      scores: { [opened.rubric[0]!.id]: 9 }, comment: '', submit: false, baseUpdatedAt: opened.score?.updatedAt ?? null,
    });
    expect(elsewhere.status, elsewhere.text).toBe(200);
    await page.getByLabel('Điểm «Nội dung»').fill('4');
    await page.getByText(ELSEWHERE).first().waitFor({ timeout: 30_000 });
    await page.reload({ waitUntil: 'networkidle' });
    const offered = page.locator('section').filter({ hasText: 'Nội dung chưa lưu trên máy này' });
    await offered.getByText(OFFERED).waitFor({ timeout: 15_000 });
    expect(await offered.getByRole('listitem').allTextContents()).toEqual(['Nội dung: 4']);
    await page.getByRole('button', { name: 'Giữ bản đã lưu' }).click();
    await page.reload({ waitUntil: 'networkidle' });
    expect(await page.getByText(OFFERED).count()).toBe(0);
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('9');
    await page.close();
  });

  it('the panel offering a copy passes axe and fits a phone', async () => {
    const { id } = assignments[3]!;
    const [criterion] = (await sheetOf(id)).rubric;
    await expectAccessible(axeContext, `${server.origin}/judging/${id}`, judge, async (page) => {
      await plantCopy(page, id, conflicting({ [criterion!.id]: 3 }, `Một nhận xét rất dài ${'không-có-chỗ-ngắt-dòng-'.repeat(20)}`));
      await page.getByText(OFFERED).waitFor({ timeout: 15_000 });
    });
  });

  it('choosing in the panel by keyboard leaves the focus on the sheet, not lost to the page\'s start', async () => {
    const { id } = assignments[3]!;
    const page = await judge.newPage();
    await page.goto(`${server.origin}/judging/${id}`, { waitUntil: 'networkidle' });
    const [criterion] = (await sheetOf(id)).rubric;
    const focused = () => page.evaluate(() => {
      const active = document.activeElement;
      return active && active !== document.body && active.closest('.sheet') ? (active.getAttribute('aria-label') ?? active.id ?? active.tagName) : null;
    });
    for (const choice of ['Giữ bản đã lưu', 'Dùng nội dung trên máy này']) {
      await plantCopy(page, id, conflicting({ [criterion!.id]: 3 }, 'Bản trên máy.'));
      await page.getByText(OFFERED).waitFor({ timeout: 15_000 });
      await page.getByRole('button', { name: choice }).focus();
      await page.keyboard.press('Enter');
      await page.getByText(OFFERED).waitFor({ state: 'detached', timeout: 15_000 });
      expect(await focused(), choice).not.toBeNull();
    }
    await page.close();
  });

  it('ran without a single CSP violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
