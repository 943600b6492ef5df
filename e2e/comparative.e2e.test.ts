import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, expectAccessible, expectFitsPhone, launchChromium, organizerSetup, type RunningServer, signInAtPhoneSize, startServer,
} from './harness.ts';

/*
 * Issue 14 in Chromium at 360 px: the organizer makes the final round comparative; two judges
 * each see pairs of blind entries one above the other, choose with the sticky bar until their
 * share is done; the organizer sees the ranking with standard errors and the reliability in plain
 * words, and proposes the awards from it.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const UNITS = ['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp', 'Đảng bộ Công an phường Bến Nghé'];
const CONTEST = 'Gương sáng giữa đời thường 2026';
const PARAGRAPH =
  'Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai '
  + 'trong xã, gọi điện nhắc lịch khám và đạp xe đến tận nhà những người không có điện thoại.';
const AUTHORS = [
  { fullName: 'Nguyễn Thị Hồng Nhung', email: 'hong.nhung@example.vn', unit: 0 },
  { fullName: 'Đỗ Quang Huy', email: 'quang.huy@example.vn', unit: 1 },
  { fullName: 'Trần Văn Bảy', email: 'van.bay@example.vn', unit: 2 },
  { fullName: 'Lê Thị Mai Anh', email: 'mai.anh@example.vn', unit: 0 },
  { fullName: 'Phạm Văn Tâm', email: 'van.tam@example.vn', unit: 1 },
  { fullName: 'Võ Thị Lan Hương', email: 'lan.huong@example.vn', unit: 2 },
];
const JUDGES = [
  { fullName: 'Trần Thị Thu Hà', email: 'giamkhao.ha@example.vn', unit: 0 },
  { fullName: 'Lê Văn Hùng', email: 'giamkhao.hung@example.vn', unit: 1 },
];

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let contestId: number;
let roundId: number;
const unitIds: number[] = [];
const codes: string[] = [];
let axeContext: BrowserContext;
const cspViolations: string[] = [];

const api = (cookie: string, method: string, path: string, body?: unknown) => apiCall(server.origin, cookie, method, path, body);
const organizer = (method: string, path: string, body?: unknown) => api(organizerCookie, method, path, body);
const register = (person: { email: string; fullName: string; unit: number }) =>
  apiRegister(server.origin, { email: person.email, password: PASSWORD, fullName: person.fullName, unitId: unitIds[person.unit] });

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const setup = organizerSetup(server.origin, organizerCookie);
  unitIds.push(...await setup.createUnits(UNITS));
  contestId = await setup.createOpenContest({
    title: CONTEST,
    slug: 'guong-sang-so-sanh-2026',
    categories: ['Cá nhân tiêu biểu'],
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }],
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
  });
  for (const [index, author] of AUTHORS.entries()) {
    const cookie = await register(author);
    const entry = await api(cookie, 'POST', `/contests/${contestId}/entries`, {
      title: `Bài viết số ${index + 1}`, subject: `Nhân vật ${index + 1}`, category: 'Cá nhân tiêu biểu',
      body: `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`,
    });
    expect(entry.status, entry.text).toBe(201);
    const submitted = await api(cookie, 'POST', `/entries/${entry.body.id as number}/submit`, { consentToPublish: true });
    expect(submitted.status, submitted.text).toBe(200);
    codes.push(submitted.body.code as string);
  }
  const { ids: judgeIds } = await setup.makeJudges(JUDGES.map((judge) => ({ ...judge, unitId: unitIds[judge.unit] })), PASSWORD);
  await setup.closeSubmissions(contestId);
  const round = await organizer('POST', `/contests/${contestId}/rounds`, {
    name: 'Vòng chung khảo',
    opensAt: new Date(Date.now() - 60 * 1000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  });
  expect(round.status, round.text).toBe(201);
  roundId = round.body.id as number;
  const panel = await organizer('PUT', `/rounds/${roundId}/judges`, { judges: judgeIds.map((userId) => ({ userId })) });
  expect(panel.status, panel.text).toBe(200);

  browser = await launchChromium();
  axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signedIn = (email: string, password: string) => signInAtPhoneSize(browser, server, { email, password }, cspViolations);

const accessible = (path: string, as: BrowserContext) => expectAccessible(axeContext, `${server.origin}${path}`, as);

let orgContext: BrowserContext;
let org: Page;

describe('a final round by comparison, in Chromium at 360 px', () => {
  beforeAll(async () => {
    ({ context: orgContext, page: org } = await signedIn(ORGANIZER.email, ORGANIZER.password));
  });

  it('the organizer makes the round comparative, two comparisons per entry, before judging starts', async () => {
    await org.goto(`${server.origin}/organizer/rounds/${roundId}`, { waitUntil: 'networkidle' });
    await org.getByLabel('So sánh từng cặp bài').check();
    await org.getByLabel('Số lần so sánh mỗi bài').fill('2');
    await org.getByRole('button', { name: 'Lưu cách chấm' }).click();
    await expect.poll(() => org.getByRole('status').innerText()).toBe('Đã lưu cách chấm của vòng.');
    const facts = await org.locator('dl.facts').first().innerText();
    expect(facts).toContain('So sánh từng cặp bài');
    expect(facts).toContain('6 bài, mỗi bài được so sánh 2 lần');
    expect(facts).toContain('Đã có 0/6 lượt so sánh');
    // Nothing to assign in a comparative round.
    expect(await org.getByRole('heading', { name: 'Phân công chấm' }).count()).toBe(0);
    await accessible(`/organizer/rounds/${roundId}`, orgContext);
  });

  for (const [index, judge] of JUDGES.entries()) {
    it(`judge ${index + 1} compares blind pairs, one above the other, until their share is done`, async () => {
      const { context, page } = await signedIn(judge.email, PASSWORD);
      try {
        await page.goto(`${server.origin}/judging`, { waitUntil: 'networkidle' });
        await page.getByRole('link', { name: `${CONTEST} · Vòng chung khảo` }).click();
        await page.waitForURL(`${server.origin}/judging/comparisons/${roundId}`);
        await page.getByRole('button', { name: 'Bài A tốt hơn' }).waitFor();
        expect(await page.getByText(/còn 3 so sánh/).count()).toBeGreaterThan(0);
        if (index === 0) await accessible(`/judging/comparisons/${roundId}`, context);
        for (let turn = 0; turn < 6; turn += 1) {
          const choose = page.getByRole('button', { name: turn % 2 === 0 ? 'Bài A tốt hơn' : 'Bài B tốt hơn' });
          if ((await choose.count()) === 0) break;
          // Blind: no author, e-mail or unit anywhere on the page; only codes.
          const seen = await page.content();
          expect(seen).toContain('GS-');
          for (const trace of [...AUTHORS.flatMap((a) => [a.fullName, a.email]), ...UNITS]) expect(seen).not.toContain(trace);
          // On a phone the two entries are one above the other, and the choice bar stays in view.
          const [a, b] = [await page.locator('#entry-a-heading').boundingBox(), await page.locator('#entry-b-heading').boundingBox()];
          expect(b!.y).toBeGreaterThan(a!.y + 100);
          expect(await page.locator('.choice-bar').evaluate((bar) => getComputedStyle(bar).position)).toBe('sticky');
          await expectFitsPhone(page);
          if (turn === 0) await page.getByLabel('Ghi chú ngắn (không bắt buộc)').fill('Nhân vật gần gũi, chi tiết thật.');
          await Promise.all([page.waitForURL(/\?chosen=1$/), choose.click()]);
          await page.waitForLoadState('networkidle');
        }
        await expect.poll(() => page.getByText('Bạn đã làm đủ số lượt so sánh của mình trong vòng này. Cảm ơn bạn!').count()).toBe(1);
        expect(await page.getByText(/còn 0 so sánh/).count()).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    });
  }

  it('the organizer sees the progress, the ranking with standard errors and the reliability in plain words', async () => {
    await org.goto(`${server.origin}/organizer/rounds/${roundId}`, { waitUntil: 'networkidle' });
    expect(await org.locator('dl.facts').first().innerText()).toContain('Đã có 6/6 lượt so sánh');
    await org.getByRole('link', { name: 'Xem kết quả và xếp hạng' }).click();
    await org.waitForURL(`${server.origin}/organizer/rounds/${roundId}/results`);
    const ranking = org.getByRole('region', { name: 'Xếp hạng' });
    await expect.poll(() => ranking.getByRole('columnheader').allInnerTexts())
      .toEqual(expect.arrayContaining(['Năng lực', 'Sai số chuẩn', 'Khoảng 95%']));
    expect(await ranking.getByRole('row').count()).toBe(7);
    const reliability = org.locator('section', { has: org.getByRole('heading', { name: 'Độ tin cậy của việc chấm' }) });
    const text = await reliability.innerText();
    expect(text).toContain('Độ tin cậy tách thang (SSR)');
    expect(text).toContain('Độ tin cậy chia đôi hội đồng');
    // The plain reading comes before the statistic's name.
    expect(text.indexOf('Thứ hạng')).toBeLessThan(text.indexOf('Độ tin cậy tách thang (SSR):'));
    await accessible(`/organizer/rounds/${roundId}/results`, orgContext);
  });

  it('proposes the awards from the comparative ranking and saves them', async () => {
    const results = (await organizer('GET', `/rounds/${roundId}/results`)).body as { entries: { code: string }[] };
    await org.goto(`${server.origin}/organizer/contests/${contestId}/awards`, { waitUntil: 'networkidle' });
    const proposed = (await organizer('GET', `/contests/${contestId}/awards`)).body.proposed as { code: string }[];
    expect(proposed.map((p) => p.code)).toEqual(results.entries.slice(0, 3).map((e) => e.code));
    expect(await org.getByLabel('Mã bài dự thi').first().inputValue()).toBe(proposed[0]!.code);
    await org.getByRole('button', { name: 'Lưu quyết định' }).click();
    await org.waitForURL(/\?saved=1/);
    await expect.poll(() => org.getByRole('status').innerText()).toBe('Đã lưu quyết định trao giải.');
    expect(cspViolations).toEqual([]);
  });
});
