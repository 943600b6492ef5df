import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, expectAccessible, expectFitsPhone, judgeAssignments, launchChromium, organizerSetup, type RunningServer,
  signInAtPhoneSize, startServer,
} from './harness.ts';

/*
 * Issue 5 in Chromium at 360 px: six entries read by three judges, one of whom scores far higher,
 * so a third reader is called for the entries they read. The organizer opens the results, switches
 * to corrected scores, sees raw and corrected side by side, the lenient judge flagged and an
 * adjudicated entry with its three totals; then decides and finalizes the awards, which reveals
 * the authors' names; the XLSX export answers.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const UNITS = ['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp', 'Đảng bộ Công an phường Bến Nghé'];
const CONTEST = 'Gương sáng giữa đời thường 2026';
const PARAGRAPH =
  'Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai '
  + 'trong xã, gọi điện nhắc lịch khám và đạp xe đến tận nhà những người không có điện thoại. Năm ngoái, không '
  + 'một ca sinh nào trong xã gặp biến chứng.';
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
  { fullName: 'Phạm Minh Châu', email: 'giamkhao.chau@example.vn', unit: 2 },
];

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let contestId: number;
let roundId: number;
const unitIds: number[] = [];
const judgeCookies: string[] = [];
let axeContext: BrowserContext;
const cspViolations: string[] = [];

const api = (cookie: string, method: string, path: string, body?: unknown) =>
  apiCall(server.origin, cookie, method, path, body);
const organizer = (method: string, path: string, body?: unknown) => api(organizerCookie, method, path, body);

const register = (person: { email: string; fullName: string; unit: number }) =>
  apiRegister(server.origin, { email: person.email, password: PASSWORD, fullName: person.fullName, unitId: unitIds[person.unit] });

interface Assignment { id: number; code: string; status: string }
interface Criterion { id: number; min: number; max: number }

/** Every judge submits every pending sheet: judge 0 near the top of the scale, judge 1 at the bottom, judge 2 in between. */
async function scoreAll(): Promise<number> {
  let scored = 0;
  for (const [index, cookie] of judgeCookies.entries()) {
    const list: Assignment[] = await judgeAssignments(server.origin, cookie);
    for (const [n, a] of list.entries()) {
      if (a.status === 'submitted') continue;
      const detail = (await api(cookie, 'GET', `/judging/assignments/${a.id}`)).body as unknown as { rubric: Criterion[] };
      const scores = Object.fromEntries(detail.rubric.map((c) => {
        // Judge 0 is lenient (near the top), judge 1 severe (at the bottom), judge 2 in between.
        const middle = Math.round((c.min + c.max) / 2);
        const value = [c.max - (n % 2), c.min + (n % 2), middle + (n % 3) - 1][index] ?? middle;
        return [c.id, Math.min(c.max, Math.max(c.min, value))];
      }));
      const saved = await api(cookie, 'PUT', `/judging/assignments/${a.id}/score`, { scores, submit: true });
      expect(saved.status, saved.text).toBe(200);
      scored += 1;
    }
  }
  return scored;
}

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const setup = organizerSetup(server.origin, organizerCookie);
  unitIds.push(...await setup.createUnits(UNITS));
  contestId = await setup.createOpenContest({
    title: CONTEST,
    slug: 'guong-sang-giua-doi-thuong-2026',
    categories: ['Cá nhân tiêu biểu'],
    sameUnitConflict: false,
    allowedAttachmentKinds: ['pdf'],
    maxAttachments: 1,
    maxAttachmentBytes: 10 * 1024 * 1024,
    criteria: [
      { name: 'Nội dung', description: 'Chân thực, tiêu biểu', weight: 0.6, min: 0, max: 10 },
      { name: 'Hình thức', description: 'Bố cục, ngôn ngữ', weight: 0.4, min: 1, max: 5 },
    ],
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
  });

  for (const [index, author] of AUTHORS.entries()) {
    const cookie = await register(author);
    const entry = await api(cookie, 'POST', `/contests/${contestId}/entries`, {
      title: `Bài viết số ${index + 1}`,
      subject: `Nhân vật ${index + 1}`,
      category: 'Cá nhân tiêu biểu',
      body: `<p>${PARAGRAPH}</p><p>${PARAGRAPH}</p>`,
    });
    expect(entry.status, entry.text).toBe(201);
    const submitted = await api(cookie, 'POST', `/entries/${entry.body.id as number}/submit`, { consentToPublish: true });
    expect(submitted.status, submitted.text).toBe(200);
  }
  const judges = await setup.makeJudges(JUDGES.map((judge) => ({ ...judge, unitId: unitIds[judge.unit] })), PASSWORD);
  judgeCookies.push(...judges.cookies);
  const judgeIds = judges.ids;
  await setup.closeSubmissions(contestId);
  const round = await organizer('POST', `/contests/${contestId}/rounds`, {
    name: 'Vòng sơ khảo',
    readersPerEntry: 2,
    opensAt: new Date(Date.now() - 60 * 1000).toISOString(),
    closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  });
  expect(round.status, round.text).toBe(201);
  roundId = round.body.id as number;
  const panel = await organizer('PUT', `/rounds/${roundId}/judges`, { judges: judgeIds.map((userId) => ({ userId })) });
  expect(panel.status, panel.text).toBe(200);
  const assigned = await organizer('POST', `/rounds/${roundId}/assignments`, { seed: 7 });
  expect(assigned.status, assigned.text).toBe(200);
  // 12 sheets, plus third readers called for the entries judge 0 read (scored as they appear).
  expect((await scoreAll()) + (await scoreAll())).toBeGreaterThan(12);
  expect(await scoreAll()).toBe(0);

  browser = await launchChromium();
  axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const signedIn = (email: string, password: string) =>
  signInAtPhoneSize(browser, server, { email, password }, cspViolations);

const accessible = (path: string, as: BrowserContext) => expectAccessible(axeContext, `${server.origin}${path}`, as);

let orgContext: BrowserContext;
let org: Page;

describe('the organizer reads the results and awards the prizes in Chromium at 360 px', () => {
  beforeAll(async () => {
    ({ context: orgContext, page: org } = await signedIn(ORGANIZER.email, ORGANIZER.password));
  });

  it('opens the results from the round page and switches to corrected scores', async () => {
    await org.goto(`${server.origin}/organizer/rounds/${roundId}`);
    await org.getByRole('link', { name: 'Xem kết quả và xếp hạng' }).click();
    await org.waitForURL(`${server.origin}/organizer/rounds/${roundId}/results`);
    await expect.poll(() => org.getByRole('heading', { level: 1 }).innerText()).toBe('Kết quả: Vòng sơ khảo');
    await org.getByRole('link', { name: 'Điểm đã hiệu chỉnh' }).click();
    await org.waitForURL(/\?method=corrected$/);
    const ranking = org.getByRole('region', { name: 'Xếp hạng' });
    await expect.poll(() => ranking.getByRole('columnheader').allInnerTexts())
      .toEqual(expect.arrayContaining(['Điểm thô', 'Điểm đã hiệu chỉnh']));
    expect(await ranking.getByRole('row').count()).toBe(7);
    // Scores in Vietnamese use a decimal comma.
    expect(await ranking.locator('td.number').nth(1).innerText()).toMatch(/^\d+,\d{2}$/);
    await expectFitsPhone(org);
  });

  it('shows the lenient and the severe judge flagged and an adjudicated entry with its three totals', async () => {
    const judges = org.getByRole('region', { name: 'Giám khảo' });
    const flagged = judges.getByRole('row').filter({ hasText: /Dễ dãi|Khắt khe/ });
    expect(await flagged.count()).toBeGreaterThan(0);
    expect(await judges.getByRole('row').filter({ hasText: JUDGES[0]!.fullName }).innerText()).toContain('Dễ dãi');
    expect(await judges.getByRole('row').filter({ hasText: JUDGES[1]!.fullName }).innerText()).toContain('Khắt khe');

    const badge = org.getByText('Phúc khảo', { exact: true }).first();
    await badge.click();
    const details = org.locator('details.adjudication[open]').first();
    const totals = details.getByRole('listitem');
    expect(await totals.count()).toBe(3);
    expect(await details.innerText()).toContain('không tính');
    // The reliability report, each figure with its reading.
    const reliability = org.locator('section', { has: org.getByRole('heading', { name: 'Độ tin cậy của việc chấm' }) });
    expect(await reliability.innerText()).toContain('Hệ số alpha của Krippendorff');
    expect(await reliability.innerText()).toContain('Tỷ lệ chấm phúc khảo');
    await accessible(`/organizer/rounds/${roundId}/results?method=corrected`, orgContext);
  });

  it('the XLSX export answers with a spreadsheet', async () => {
    const href = await org.getByRole('link', { name: /^XLSX\s*— Bảng kết quả$/ }).getAttribute('href');
    expect(href).toBe(`/api/rounds/${roundId}/export?table=results&format=xlsx&method=corrected`);
    const cookie = (await orgContext.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const response = await fetch(`${server.origin}${href ?? ''}`, { headers: { cookie } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100);
  });

  it('decides the proposed awards and finalizes them after confirming, revealing names', async () => {
    await org.goto(`${server.origin}/organizer/contests/${contestId}`);
    await org.getByRole('link', { name: 'Giải thưởng' }).click();
    await org.waitForURL(`${server.origin}/organizer/contests/${contestId}/awards`);
    await org.waitForLoadState('networkidle');
    const proposed = (await organizer('GET', `/contests/${contestId}/awards`)).body.proposed as { code: string }[];
    expect(proposed).toHaveLength(3);
    expect(await org.getByLabel('Mã bài dự thi').first().inputValue()).toBe(proposed[0]!.code);
    await accessible(`/organizer/contests/${contestId}/awards`, orgContext);

    await org.getByRole('button', { name: 'Lưu quyết định' }).click();
    await org.waitForURL(/\?saved=1/);
    await expect.poll(() => org.getByRole('status').innerText()).toBe('Đã lưu quyết định trao giải.');

    // Finalizing without the confirmation is refused by the browser; with it, it goes through.
    await org.getByLabel('Tôi xác nhận chốt kết quả trao giải').check();
    await org.getByRole('button', { name: 'Chốt kết quả' }).click();
    await org.waitForURL(/\?finalized=1/);
    await expect.poll(() => org.getByRole('status').innerText()).toBe('Đã chốt kết quả trao giải.');
    const decided = await org.locator('#decided').innerText();
    const named = AUTHORS.filter((a) => decided.includes(a.fullName));
    expect(named).toHaveLength(3);
    expect(await org.getByRole('button', { name: 'Chốt kết quả' }).count()).toBe(0);
    await expectFitsPhone(org);
    await accessible(`/organizer/contests/${contestId}/awards`, orgContext);

    // The results now show authors.
    await org.goto(`${server.origin}/organizer/rounds/${roundId}/results`);
    expect(await org.getByRole('region', { name: 'Xếp hạng' }).getByRole('columnheader').allInnerTexts()).toContain('Tác giả');
    await accessible(`/organizer/rounds/${roundId}/results`, orgContext);
  });

  it('raised no CSP violations', () => {
    expect(cspViolations).toEqual([]);
  });
});
