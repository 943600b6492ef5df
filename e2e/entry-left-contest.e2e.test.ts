import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, judgeAssignments, launchChromium, organizerSetup, type JudgeAssignment, type RunningServer,
  signInAtPhoneSize, startServer,
} from './harness.ts';

/*
 * A sheet refused for good while its judge has its page open locks as it does when the round
 * closes (the message in the notice, the fields read-only and still showing what was typed, no
 * button to submit), whether the refusal came from the autosave or from "Submit":
 * - an entry withdrawn or disqualified: the API answers 410 `entry_left_contest`; reinstated, the
 *   entry opens again with its draft and what was typed meanwhile, kept on the device;
 * - the sheet saved or submitted in another tab since the page opened: 409
 *   `sheet_changed_elsewhere`, and the other tab's sheet stays as it was.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const LEFT = 'Bài này đã rút hoặc bị loại khỏi cuộc thi nên không cần chấm nữa.';
const ELSEWHERE = 'Phiếu chấm này đã được lưu hoặc gửi ở một thẻ hoặc thiết bị khác sau khi trang này mở ra';
const PARAGRAPH =
  'Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai '
  + 'trong xã, gọi điện nhắc lịch khám và đạp xe đến tận nhà những người không có điện thoại.';
const JUDGE = { fullName: 'Trần Thị Thu Hà', email: 'giamkhao.ha@example.vn' };

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let judgeCookie: string;
const entryIds = new Map<string, number>();
let assignments: JudgeAssignment[] = [];
const cspViolations: string[] = [];

const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const setup = organizerSetup(server.origin, organizerCookie);
  const [authorUnit, judgeUnit] = await setup.createUnits(['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp']);
  const contestId = await setup.createOpenContest({
    title: 'Gương sáng giữa đời thường 2026', slug: 'guong-sang-roi-cuoc-thi-2026', categories: ['Cá nhân tiêu biểu'],
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  for (const [index, fullName] of ['Nguyễn Thị Hồng Nhung', 'Đỗ Quang Huy', 'Lê Thị Mai Anh'].entries()) {
    const cookie = await apiRegister(server.origin, { email: `tac.gia.${index}@example.vn`, password: PASSWORD, fullName, unitId: authorUnit });
    const entry = await apiCall(server.origin, cookie, 'POST', `/contests/${contestId}/entries`, {
      title: `Bài viết số ${index + 1}`, subject: `Nhân vật ${index + 1}`, category: 'Cá nhân tiêu biểu', body: `<p>${PARAGRAPH}</p>`,
    });
    expect(entry.status, entry.text).toBe(201);
    const submitted = await apiCall(server.origin, cookie, 'POST', `/entries/${entry.body.id as number}/submit`, { consentToPublish: true });
    expect(submitted.status, submitted.text).toBe(200);
    entryIds.set(submitted.body.code as string, entry.body.id as number);
  }
  const { ids: judgeIds, cookies } = await setup.makeJudges([{ ...JUDGE, unitId: judgeUnit }], PASSWORD);
  judgeCookie = cookies[0]!;
  await setup.closeSubmissions(contestId);
  const round = await organizer('POST', `/contests/${contestId}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1,
    opensAt: new Date(Date.now() - 60 * 1000).toISOString(), closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  });
  expect(round.status, round.text).toBe(201);
  expect((await organizer('PUT', `/rounds/${round.body.id as number}/judges`, { judges: judgeIds.map((userId) => ({ userId })) })).status).toBe(200);
  const assigned = await organizer('POST', `/rounds/${round.body.id as number}/assignments`, { seed: 7 });
  expect(assigned.status, assigned.text).toBe(200);
  assignments = await judgeAssignments(server.origin, judgeCookie);
  expect(assignments).toHaveLength(3);
  browser = await launchChromium();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const disqualify = async (assignment: JudgeAssignment) => {
  const answer = await organizer('POST', `/entries/${entryIds.get(assignment.code)!}/disqualify`, { reason: 'Đạo văn' });
  expect(answer.status, answer.text).toBe(200);
};

/** The sheet is locked with the API's reason (`LEFT` unless given), as when the round closes. */
async function expectLockedBecauseItLeft(page: Page, reason = LEFT) {
  // The refusal has come back (said somewhere on the page)…
  await page.getByText(reason).first().waitFor({ timeout: 15_000 });
  // …and it locks the sheet, as a round closing does.
  expect(await page.locator('.alert-notice').filter({ hasText: reason }).count()).toBe(1);
  expect(await page.getByRole('button', { name: 'Nộp điểm' }).count()).toBe(0);
  expect(await page.getByLabel('Điểm «Nội dung»').getAttribute('readonly')).not.toBeNull();
}

/** Another tab of the judge's saves the sheet (as its autosave would, on the sheet it last had). */
async function saveInAnotherTab(assignment: JudgeAssignment, score: number, submit: boolean) {
  const opened = await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`);
  const [criterion] = opened.body.rubric as { id: number }[];
  const saved = await apiCall(server.origin, judgeCookie, 'PUT', `/judging/assignments/${assignment.id}/score`, {
    scores: { [criterion!.id]: score }, comment: '', submit, baseUpdatedAt: (opened.body.score as { updatedAt: string }).updatedAt,
  });
  expect(saved.status, saved.text).toBe(200);
}

const storedSheet = async (assignment: JudgeAssignment) =>
  (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body.score as { status: string; values: object };

describe('an entry that leaves the contest while its judge has it open, in Chromium', () => {
  let page: Page;

  beforeAll(async () => {
    ({ page } = await signInAtPhoneSize(browser, server, { email: JUDGE.email, password: PASSWORD }, cspViolations));
  });

  it('the autosave\'s refusal locks the sheet with the reason; reinstated, the entry opens with its draft', async () => {
    const open = assignments[0]!;
    await page.goto(`${server.origin}/judging/${open.id}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Điểm «Nội dung»').pressSequentially('7');
    await page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ }).waitFor({ timeout: 15_000 });

    await disqualify(open);
    await page.getByLabel('Điểm «Nội dung»').pressSequentially(',5');
    await expectLockedBecauseItLeft(page);

    const reinstated = await organizer('POST', `/entries/${entryIds.get(open.code)!}/reinstate`, { reason: '' });
    expect(reinstated.status, reinstated.text).toBe(200);
    await page.reload({ waitUntil: 'networkidle' });
    // What was typed and refused while it was out waits on the device: it comes back, said so.
    await page.getByText(/Đã khôi phục nội dung chưa kịp lưu trên máy này/).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('7,5');
    await page.getByRole('button', { name: 'Nộp điểm' }).waitFor();
  });

  it('"Submit" refused because the entry left locks the sheet with the reason too', async () => {
    const open = assignments[1]!;
    await page.goto(`${server.origin}/judging/${open.id}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Điểm «Nội dung»').pressSequentially('8');
    await page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ }).waitFor({ timeout: 15_000 });

    await disqualify(open);
    await page.getByRole('button', { name: 'Nộp điểm' }).click();
    await expectLockedBecauseItLeft(page);
    const sheet = await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${open.id}`);
    expect(sheet.status).toBe(410);
  });

  it('a sheet saved in another tab since: the autosave\'s refusal locks this one, keeping what was typed on screen', async () => {
    const open = assignments[2]!;
    await page.goto(`${server.origin}/judging/${open.id}`, { waitUntil: 'networkidle' });
    await page.getByLabel('Điểm «Nội dung»').pressSequentially('6');
    await page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ }).waitFor({ timeout: 15_000 });

    await saveInAnotherTab(open, 9, true);
    await page.getByLabel('Điểm «Nội dung»').pressSequentially(',5');
    await expectLockedBecauseItLeft(page, ELSEWHERE);
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('6,5');
    // Typing on does nothing to the other tab's submitted sheet.
    const stored = await storedSheet(open);
    expect(stored.status).toBe('submitted');
    expect(Object.values(stored.values)).toEqual([9]);
  });

  it('"Submit" refused because the sheet was saved in another tab locks the sheet too', async () => {
    const open = assignments[0]!;
    await page.goto(`${server.origin}/judging/${open.id}`, { waitUntil: 'networkidle' });
    await saveInAnotherTab(open, 4, false);
    await page.getByLabel('Điểm «Nội dung»').fill('');
    await page.getByLabel('Điểm «Nội dung»').pressSequentially('8');
    await page.getByRole('button', { name: 'Nộp điểm' }).click();
    await expectLockedBecauseItLeft(page, ELSEWHERE);
    expect(await storedSheet(open)).toMatchObject({ status: 'draft' });
  });

  it('a form posted before the page ran its script, refused as the sheet was saved in another tab since: the page that comes back does not save over it', async () => {
    const open = assignments[0]!;
    await page.goto(`${server.origin}/judging/${open.id}`, { waitUntil: 'networkidle' });
    await saveInAnotherTab(open, 3, false);
    // As a slow phone posts the form before the script runs: no input event, the form's own POST.
    await page.evaluate(() => {
      const input = document.querySelector<HTMLInputElement>('input[name^="score."]')!;
      input.value = '5';
      HTMLFormElement.prototype.submit.call(input.form!);
    });
    await page.waitForURL(/\/judging\/\d+/, { waitUntil: 'networkidle' });
    await page.getByRole('alert').filter({ hasText: ELSEWHERE }).waitFor({ timeout: 15_000 });
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('5');
    // The page that came back runs its script: its autosave either saves what was typed or is refused.
    const saved = page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ });
    const locked = page.locator('.alert-notice').filter({ hasText: ELSEWHERE });
    const settled = (locator: typeof saved) => locator.first().waitFor({ timeout: 30_000 }).catch(() => undefined);
    await Promise.race([settled(saved), settled(locked)]);
    // The other tab's sheet stands, as the refusal said; what was typed stays on screen.
    expect(Object.values((await storedSheet(open)).values)).toEqual([3]);
    await locked.waitFor({ timeout: 5_000 });
    expect(await page.getByLabel('Điểm «Nội dung»').inputValue()).toBe('5');
  });

  it('ran without a single CSP violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
