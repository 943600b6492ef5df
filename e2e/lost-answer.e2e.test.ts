import type { Browser, BrowserContext, Page, Route } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, apiRegister, judgeAssignments, launchChromium, organizerSetup, signInAtPhoneSize, startServer,
  type JudgeAssignment, type RunningServer,
} from './harness.ts';

/*
 * A save whose answer was lost (the request reached the server, the connection dropped before
 * the answer came back), maybe more saves while offline, then the connection back: the page goes
 * on from the text it stored itself. It is never refused as "saved in another tab or device" by
 * its own save, on the essay nor on the score sheet (whose comment the server keeps in NFC, as
 * macOS's Vietnamese input does not type it). A submission whose answer was lost stays submitted;
 * a sheet typed offline in a tab the phone then dropped comes back from the device, or is offered
 * beside the sheet another tab saved since.
 */

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
const PASSWORD = 'mat-khau-du-dai-2026';
const ENTRANT = { email: 'thu.ha@example.vn', fullName: 'Lê Thu Hà', password: PASSWORD };
const JUDGE = { fullName: 'Trần Thị Thu Hà', email: 'giamkhao.ha@example.vn' };
const PARAGRAPH =
  'Ở trạm y tế xã, cô hộ sinh trẻ nhất lại là người thức khuya nhất. Cô lập sổ theo dõi từng bà mẹ mang thai '
  + 'trong xã, gọi điện nhắc lịch khám và đạp xe đến tận nhà những người không có điện thoại.';
const ELSEWHERE = /đã được lưu (hoặc gửi )?ở một thẻ hoặc thiết bị khác/;

let server: RunningServer;
let browser: Browser;
let entrant: BrowserContext;
let judge: BrowserContext;
let entrantCookie: string;
let judgeCookie: string;
let entryId: number;
let assignment: JudgeAssignment;
/** A second sheet of the judge's, for a test that needs one never submitted. */
let second: JudgeAssignment;
const cspViolations: string[] = [];

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  const organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);
  const setup = organizerSetup(server.origin, organizerCookie);
  const [authorUnit, judgeUnit] = await setup.createUnits(['Đảng ủy Sở Tư pháp', 'Đảng ủy Bệnh viện quận Gò Vấp']);
  // One contest still taking entries (the essay), one being judged (the score sheet).
  const writing = await setup.createOpenContest({
    title: 'Gương sáng 2026', slug: 'guong-sang-mat-ket-noi', minWords: 5,
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  const judged = await setup.createOpenContest({
    title: 'Gương sáng 2025', slug: 'guong-sang-mat-ket-noi-cham', minWords: 5,
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  entrantCookie = await apiRegister(server.origin, { ...ENTRANT, unitId: authorUnit });
  const draft = await apiCall(server.origin, entrantCookie, 'POST', `/contests/${writing}/entries`, { title: 'Người giữ lửa', body: `<p>${PARAGRAPH}</p>` });
  expect(draft.status, draft.text).toBe(201);
  entryId = draft.body.id as number;
  const entry = await apiCall(server.origin, entrantCookie, 'POST', `/contests/${judged}/entries`, { title: 'Cô hộ sinh', body: `<p>${PARAGRAPH}</p>` });
  expect(entry.status, entry.text).toBe(201);
  const submitted = await apiCall(server.origin, entrantCookie, 'POST', `/entries/${entry.body.id as number}/submit`, { consentToPublish: true });
  expect(submitted.status, submitted.text).toBe(200);
  const another = await apiCall(server.origin, entrantCookie, 'POST', `/contests/${judged}/entries`, { title: 'Người lái đò', body: `<p>${PARAGRAPH}</p>` });
  expect(another.status, another.text).toBe(201);
  const anotherSubmitted = await apiCall(server.origin, entrantCookie, 'POST', `/entries/${another.body.id as number}/submit`, { consentToPublish: true });
  expect(anotherSubmitted.status, anotherSubmitted.text).toBe(200);
  const { ids: judgeIds, cookies } = await setup.makeJudges([{ ...JUDGE, unitId: judgeUnit }], PASSWORD);
  judgeCookie = cookies[0]!;
  await setup.closeSubmissions(judged);
  const round = await organizer('POST', `/contests/${judged}/rounds`, {
    name: 'Vòng sơ khảo', readersPerEntry: 1,
    opensAt: new Date(Date.now() - 60 * 1000).toISOString(), closesAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000).toISOString(),
  });
  expect(round.status, round.text).toBe(201);
  expect((await organizer('PUT', `/rounds/${round.body.id as number}/judges`, { judges: judgeIds.map((userId) => ({ userId })) })).status).toBe(200);
  expect((await organizer('POST', `/rounds/${round.body.id as number}/assignments`, { seed: 7 })).status).toBe(200);
  const assigned = (await judgeAssignments(server.origin, judgeCookie)) as JudgeAssignment[];
  assignment = assigned.find((a) => a.title === 'Cô hộ sinh')!;
  second = assigned.find((a) => a.title === 'Người lái đò')!;
  browser = await launchChromium();
  ({ context: entrant } = await signInAtPhoneSize(browser, server, ENTRANT, cspViolations));
  ({ context: judge } = await signInAtPhoneSize(browser, server, { email: JUDGE.email, password: PASSWORD }, cspViolations));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const saved = (page: Page) => page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ });

/** Saved, not refused as saved elsewhere: whichever comes first is told. */
async function expectSavedNotRefused(page: Page) {
  const settled = (locator: ReturnType<Page['getByText']>) => locator.first().waitFor({ timeout: 60_000 }).catch(() => undefined);
  await Promise.race([settled(saved(page)), settled(page.getByText(ELSEWHERE))]);
  expect(await page.getByText(ELSEWHERE).allTextContents()).toEqual([]);
  await saved(page).waitFor({ timeout: 5_000 });
}

/**
 * The connection as the page's saves (`method` to `url`) meet it: the first one reaches the
 * server and its answer is lost; the next ones while `offline` never leave; then it is back.
 */
async function flakyConnection(page: Page, url: string, method: string, then: 'offline' | 'back' = 'offline') {
  let state: 'answer-lost' | 'offline' | 'back' = 'answer-lost';
  const lostWhileOffline: string[] = [];
  await page.route(url, async (route: Route) => {
    const request = route.request();
    if (request.method() !== method || state === 'back') return route.fallback();
    if (state === 'answer-lost') {
      await route.fetch();
      state = then;
      return route.abort('connectionreset');
    }
    lostWhileOffline.push(request.postData() ?? '');
    return route.abort('internetdisconnected');
  });
  return {
    lostWhileOffline,
    back: () => { state = 'back'; },
  };
}

describe('a save whose answer was lost, then the connection gone for a while', () => {
  it('the essay goes on from the text it stored itself: no "saved elsewhere", nothing typed offline lost', async () => {
    const page = await entrant.newPage();
    const url = `${server.origin}/entries/${entryId}`;
    await page.goto(url, { waitUntil: 'networkidle' });
    const editor = page.getByRole('textbox', { name: 'Nội dung bài viết' });
    const connection = await flakyConnection(page, `${server.origin}/api/entries/${entryId}`, 'PATCH');
    const stored = async () => (await apiCall(server.origin, entrantCookie, 'GET', `/entries/${entryId}`)).body.body as string;

    await editor.click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Câu một.');
    // The server has it; the page never heard back.
    await expect.poll(stored, { timeout: 30_000 }).toContain('Câu một.');
    await page.keyboard.type(' Câu hai, gõ khi mất mạng.');
    await expect.poll(() => connection.lostWhileOffline.some((body) => body.includes('Câu hai')), { timeout: 30_000 }).toBe(true);

    connection.back();
    await expectSavedNotRefused(page);
    expect(await stored()).toContain('Câu hai, gõ khi mất mạng.');
    await page.close();
  });

  it('the score sheet goes on from the sheet it stored itself, its comment typed in NFD', async () => {
    const page = await judge.newPage();
    await page.goto(`${server.origin}/judging/${assignment.id}`, { waitUntil: 'networkidle' });
    // Only the answer to one save is lost: the connection is back at once.
    await flakyConnection(page, `${server.origin}/api/judging/assignments/${assignment.id}/score`, 'PUT', 'back');
    const sheet = async () => (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body.score as
      { values: Record<string, number>; comment: string } | null;

    // Vietnamese typed on a Mac comes as letters and combining marks (NFD); the server keeps NFC.
    await page.getByLabel('Nhận xét (không bắt buộc)').fill('Bài viết cảm động, giàu chi tiết.'.normalize('NFD'));
    await expect.poll(async () => (await sheet())?.comment, { timeout: 30_000 }).toBe('Bài viết cảm động, giàu chi tiết.');
    await page.getByLabel('Điểm «Nội dung»').pressSequentially('8');
    await expectSavedNotRefused(page);
    expect(Object.values((await sheet())!.values)).toEqual([8]);
    await page.close();
  });

  it('a submission whose answer was lost stays submitted: the page comes to say so, its draft save never turning it back', async () => {
    const page = await judge.newPage();
    await page.goto(`${server.origin}/judging/${assignment.id}`, { waitUntil: 'networkidle' });
    await flakyConnection(page, `${server.origin}/api/judging/assignments/${assignment.id}/score`, 'PUT', 'back');
    await page.getByLabel('Điểm «Nội dung»').fill('9');
    await page.getByRole('button', { name: 'Nộp điểm' }).click();
    // The server has it; the page heard nothing back and says so…
    await page.getByText('Chưa nộp được điểm vì mất kết nối').waitFor({ timeout: 15_000 });
    // …until the draft save that follows finds the sheet it submitted.
    await page.getByText(/Đã nộp điểm lúc/).waitFor({ timeout: 60_000 });
    expect(await page.getByText('Chưa nộp được điểm vì mất kết nối').count()).toBe(0);
    const stored = (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body.score as
      { status: string; values: Record<string, number> };
    expect(stored.status).toBe('submitted');
    expect(Object.values(stored.values)).toEqual([9]);
    await page.close();
  });

  it('scores and a comment typed offline on a phone whose tab was then closed come back when the sheet is opened again', async () => {
    const url = `${server.origin}/judging/${assignment.id}`;
    const page = await judge.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await judge.setOffline(true);
    await page.getByLabel('Điểm «Nội dung»').fill('7');
    await page.getByLabel('Nhận xét (không bắt buộc)').fill('Viết lại nhận xét khi mất mạng.');
    // The phone drops the tab (no unload handlers run), then the connection is back.
    await page.close({ runBeforeUnload: false });
    await judge.setOffline(false);

    const again = await judge.newPage();
    await again.goto(url, { waitUntil: 'networkidle' });
    await again.getByText(/Đã khôi phục nội dung chưa kịp lưu trên máy này/).waitFor({ timeout: 15_000 });
    expect(await again.getByLabel('Điểm «Nội dung»').inputValue()).toBe('7');
    expect(await again.getByLabel('Nhận xét (không bắt buộc)').inputValue()).toBe('Viết lại nhận xét khi mất mạng.');
    // The sheet was submitted: a revision waits for "Submit again", as one typed on the page does.
    await again.getByRole('button', { name: /^Nộp (lại )?điểm$/ }).click();
    await again.getByText(/Đã nộp điểm lúc/).waitFor({ timeout: 15_000 });
    const stored = (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body.score as
      { status: string; values: Record<string, number>; comment: string };
    expect(stored).toMatchObject({ status: 'submitted', comment: 'Viết lại nhận xét khi mất mạng.' });
    expect(Object.values(stored.values)).toEqual([7]);
    // Saved, the copy on the device goes: opened again, nothing is restored.
    await again.reload({ waitUntil: 'networkidle' });
    expect(await again.getByText(/Đã khôi phục/).count()).toBe(0);
    await again.close();
  });

  it('a sheet kept on the device while another tab saved the sheet since is offered beside the saved one, to choose', async () => {
    const url = `${server.origin}/judging/${assignment.id}`;
    const page = await judge.newPage();
    await page.goto(url, { waitUntil: 'networkidle' });
    await judge.setOffline(true);
    await page.getByLabel('Điểm «Nội dung»').fill('6');
    await page.close({ runBeforeUnload: false });
    await judge.setOffline(false);
    // Meanwhile another device submits other scores.
    const opened = (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body;
    const [criterion] = opened.rubric as { id: number }[];
    const elsewhere = await apiCall(server.origin, judgeCookie, 'PUT', `/judging/assignments/${assignment.id}/score`, {
      scores: { [criterion!.id]: 8 }, comment: '', submit: true, baseUpdatedAt: (opened.score as { updatedAt: string }).updatedAt,
    });
    expect(elsewhere.status, elsewhere.text).toBe(200);

    const again = await judge.newPage();
    await again.goto(url, { waitUntil: 'networkidle' });
    const offered = again.locator('section').filter({ hasText: 'Nội dung chưa lưu trên máy này' });
    await offered.getByText(/Máy này còn giữ phiếu chấm nhập lúc/).waitFor({ timeout: 15_000 });
    expect(await offered.getByRole('listitem').allTextContents()).toEqual(['Nội dung: 6']);
    expect(await again.getByLabel('Điểm «Nội dung»').inputValue()).toBe('8');
    await again.getByRole('button', { name: 'Dùng nội dung trên máy này' }).click();
    expect(await again.getByLabel('Điểm «Nội dung»').inputValue()).toBe('6');
    await again.getByRole('button', { name: 'Nộp lại điểm' }).click();
    await again.getByText(/Đã nộp điểm lúc/).waitFor({ timeout: 15_000 });
    const stored = (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${assignment.id}`)).body.score as
      { status: string; values: Record<string, number> };
    expect(stored.status).toBe('submitted');
    expect(Object.values(stored.values)).toEqual([6]);
    await again.close();
  });

  it('typed on after a submission whose answer was lost: the page takes the submission as its own and the typing as a change to submit again, never "saved elsewhere"', async () => {
    const page = await judge.newPage();
    await page.goto(`${server.origin}/judging/${second.id}`, { waitUntil: 'networkidle' });
    await flakyConnection(page, `${server.origin}/api/judging/assignments/${second.id}/score`, 'PUT', 'back');
    const sheet = async () => (await apiCall(server.origin, judgeCookie, 'GET', `/judging/assignments/${second.id}`)).body.score as
      { status: string; values: Record<string, number>; comment: string };
    await page.getByLabel('Điểm «Nội dung»').fill('7');
    await page.getByRole('button', { name: 'Nộp điểm' }).click();
    // The server has it; the page heard nothing back and says so. The judge goes on typing.
    await page.getByText('Chưa nộp được điểm vì mất kết nối').waitFor({ timeout: 15_000 });
    await page.getByLabel('Nhận xét (không bắt buộc)').fill('Cần thêm chi tiết về nhân vật.');
    // The draft save of that finds the sheet this page submitted itself: not another tab's.
    const revised = page.getByText(/Bạn đã sửa điểm sau khi nộp/);
    const settled = (locator: ReturnType<Page['getByText']>) => locator.first().waitFor({ timeout: 60_000 }).catch(() => undefined);
    await Promise.race([settled(revised), settled(page.getByText(ELSEWHERE))]);
    expect(await page.getByText(ELSEWHERE).allTextContents()).toEqual([]);
    await revised.waitFor({ timeout: 5_000 });
    // Still submitted as it was: no draft was sent on it.
    expect(await sheet()).toMatchObject({ status: 'submitted', values: { [Object.keys((await sheet()).values)[0]!]: 7 }, comment: '' });
    // What was typed since is submitted with the button that says so.
    await page.getByRole('button', { name: 'Nộp lại điểm' }).click();
    await page.getByText(/Đã nộp điểm lúc/).waitFor({ timeout: 30_000 });
    expect(await sheet()).toMatchObject({ status: 'submitted', comment: 'Cần thêm chi tiết về nhân vật.' });
    expect(Object.values((await sheet()).values)).toEqual([7]);
    await page.close();
  });

  it('ran without a single CSP violation', () => {
    expect(cspViolations).toEqual([]);
  });
});
