import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, launchChromium, seriousAxeViolations, startServer, type RunningServer } from './harness.ts';

const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
// essay-01's files carry this name in their metadata; the warning below is about the TEXT.
const ENTRANT = { email: 'hong.nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', password: 'viet-ve-guong-sang' };
const UNIT = 'Đảng ủy Sở Tư pháp';
const CONTEST = 'Gương sáng làm theo lời Bác 2026';
const ESSAY = new URL('../../shared/fixtures/essays/essay-01.docx', import.meta.url).pathname;
const shots = (name: string) => new URL(`../test-results/${name}`, import.meta.url).pathname;

let server: RunningServer;
let browser: Browser;
/** The journey runs under the site's real CSP, so the editor is proven to work with it. */
let context: BrowserContext;
let page: Page;
/** axe-core must be injected, which the CSP rightly refuses: only these checks bypass it. */
let axeContext: BrowserContext;
let organizerCookie: string;
let contestId: number;
let entryUrl: string;
const cspViolations: string[] = [];
const scriptErrors: string[] = [];

/** Keeps what a page of the journey refused under CSP and any script error it threw. */
function watch(watched: Page) {
  watched.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  watched.on('pageerror', (error) => scriptErrors.push(`${watched.url()}: ${error.message}`));
}

async function organizer(method: string, path: string, body?: unknown) {
  const response = await fetch(`${server.origin}/api${path}`, {
    method,
    headers: { cookie: organizerCookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

beforeAll(async () => {
  server = await startServer({ ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password });
  organizerCookie = await apiLogin(server.origin, ORGANIZER.email, ORGANIZER.password);
  expect((await organizer('POST', '/units', { name: UNIT, headcount: 310 })).status).toBe(201);
  const now = Date.now();
  const contest = await organizer('POST', '/contests', {
    title: CONTEST,
    slug: 'guong-sang-2026',
    description: 'Viết về **những tấm gương sáng** quanh ta.',
    rules: '## Đối tượng\n\nMọi cán bộ, đảng viên, người lao động.\n\n## Thể thức\n\nBài viết từ 50 đến 5.000 chữ.',
    status: 'open',
    submissionOpensAt: new Date(now - 60 * 60 * 1000).toISOString(),
    submissionClosesAt: new Date(now + 2 * 24 * 60 * 60 * 1000).toISOString(),
    minWords: 50,
    maxWords: 5000,
    categories: ['Cá nhân tiêu biểu', 'Tập thể tiêu biểu'],
    sameUnitConflict: true,
    allowedAttachmentKinds: ['docx', 'odt', 'pdf', 'jpeg', 'png', 'webp'],
    maxAttachments: 5,
    maxAttachmentBytes: 10 * 1024 * 1024,
    criteria: [{ name: 'Nội dung', description: 'Chân thực, tiêu biểu', weight: 1, min: 0, max: 10 }],
    prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  expect(contest.status).toBe(201);
  contestId = contest.body.id as number;

  browser = await launchChromium();
  context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  page = await context.newPage();
  watch(page);
  axeContext = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

async function expectFitsPhone(target: Page = page) {
  const overflow = await target.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

/** Opens `path` with the session of `as` in the CSP-bypassing context and runs axe there. */
async function expectAccessible(path: string, as: BrowserContext = context) {
  await axeContext.clearCookies();
  await axeContext.addCookies(await as.cookies());
  const axePage = await axeContext.newPage();
  try {
    await axePage.goto(`${server.origin}${path}`);
    await axePage.waitForLoadState('networkidle');
    await expectFitsPhone(axePage);
    expect(await seriousAxeViolations(axePage), path).toEqual([]);
  } finally {
    await axePage.close();
  }
}

const editor = () => page.getByRole('textbox', { name: 'Nội dung bài viết' });
const saved = () => page.getByRole('status').filter({ hasText: /^\s*Đã lưu lúc \d{2}:\d{2}:\d{2}\s*$/ });

async function readReceipt() {
  await page.waitForURL(/\/receipt\?version=\d+/);
  await page.getByRole('heading', { name: 'Biên nhận nộp bài' }).waitFor();
  const hash = (await page.getByTestId('receipt-hash').textContent())?.trim() ?? '';
  const code = (await page.locator('dd.code').textContent())?.trim() ?? '';
  const version = new URL(page.url()).searchParams.get('version');
  return { hash, code, version };
}

let firstReceipt: { hash: string; code: string };

describe('an entrant writes, uploads, submits and gets receipts in Chromium at 360 px', () => {
  it('registers and finds the open contest with its deadline', async () => {
    await page.goto(`${server.origin}/register`);
    await page.getByLabel('Email').fill(ENTRANT.email);
    await page.getByLabel('Họ và tên').fill(ENTRANT.fullName);
    await page.getByLabel('Đơn vị').selectOption({ label: UNIT });
    await page.getByLabel('Mật khẩu', { exact: true }).fill(ENTRANT.password);
    await page.getByLabel('Nhập lại mật khẩu').fill(ENTRANT.password);
    await page.getByRole('button', { name: 'Đăng ký' }).click();
    await page.waitForURL(`${server.origin}/`);

    await page.getByRole('link', { name: 'Xem các cuộc thi' }).click();
    await page.waitForURL(`${server.origin}/contests`);
    await page.getByText(/^Hạn nộp bài: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)$/).first().waitFor();
    await expectFitsPhone();
    await page.getByRole('link', { name: CONTEST }).click();
    await page.waitForURL(`${server.origin}/contests/${contestId}`);
    // The rules are the API's sanitized Markdown rendering.
    await page.getByRole('heading', { name: 'Đối tượng' }).waitFor();
    await expectFitsPhone();
  });

  it('starts a draft, and what is typed is autosaved', async () => {
    await page.getByRole('button', { name: 'Viết bài dự thi' }).click();
    await page.waitForURL(/\/entries\/\d+$/);
    entryUrl = page.url();
    await editor().waitFor();
    // Putting one's own name in the title is what the anonymity check must catch.
    await page.getByLabel('Tiêu đề bài viết').fill(`${ENTRANT.fullName} và tổ tiếp dân`);
    await page.getByLabel('Nhân vật được viết về').fill('Tổ tiếp dân phường Bến Nghé');
    await page.getByLabel('Thể loại').selectOption('Tập thể tiêu biểu');
    await editor().click();
    await page.keyboard.type('Mỗi sáng tổ tiếp dân mở cửa đúng giờ.');
    await page.getByRole('status').filter({ hasText: 'Đang lưu…' }).waitFor();
    await saved().waitFor({ timeout: 15_000 });
    await page.getByText('9 chữ', { exact: true }).waitFor();
    await expectFitsPhone();
    await page.screenshot({ path: shots('entry-editor-360.png'), fullPage: true });
  });

  it('keeps the text after a reload', async () => {
    await page.reload();
    await editor().waitFor();
    expect(await editor().textContent()).toContain('Mỗi sáng tổ tiếp dân mở cửa đúng giờ.');
    expect(await page.getByLabel('Tiêu đề bài viết').inputValue()).toBe(`${ENTRANT.fullName} và tổ tiếp dân`);
    expect(await page.getByLabel('Thể loại').inputValue()).toBe('Tập thể tiêu biểu');
  });

  it('the word count\'s "Sửa" link puts the caret in the essay, from the submit page and on the editor page', async () => {
    const wordsFix = (count: number) =>
      page.locator('#submit-blocked').getByRole('link', { name: `Số chữ: ${count} — ít hơn mức tối thiểu 50 chữ.` });
    /** The essay has the focus and is on screen, so a phone's keyboard types into it. */
    const expectCaretInEssay = async () => {
      await expect.poll(() => editor().evaluate((el) => el === document.activeElement)).toBe(true);
      expect(await editor().evaluate((el) => {
        const box = el.getBoundingClientRect();
        return box.top < window.innerHeight && box.bottom > 0;
      })).toBe(true);
    };
    await page.goto(`${entryUrl}/submit`);
    await wordsFix(9).click();
    await page.waitForURL(`${entryUrl}#body`);
    await expectCaretInEssay();
    // Still there once the page has settled: typing goes into the essay.
    await page.waitForLoadState('networkidle');
    await page.keyboard.type('Thêm ');
    await page.getByText('10 chữ', { exact: true }).waitFor();

    // On the editor page itself the same link, further down, brings the caret back up to the essay.
    await page.getByLabel('Tiêu đề bài viết').focus();
    await wordsFix(10).click();
    await expectCaretInEssay();
    await saved().waitFor({ timeout: 15_000 });

    // The link's address opened anew (a new tab, a reload): the page is drawn with the plain
    // textarea first, then the editor takes its place and gets the caret.
    await page.goto(`${entryUrl}/submit`);
    await page.goto(`${entryUrl}#body`);
    await expectCaretInEssay();
  });

  it('a dropped connection loses nothing: the draft waits on the device and is saved later', async () => {
    await context.setOffline(true);
    await editor().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.type(' Câu viết khi mất mạng.');
    await page.getByRole('status').filter({ hasText: 'Chưa lưu — sẽ thử lại khi có mạng' }).waitFor({ timeout: 15_000 });
    // The tab is closed while offline; the text is only on the device now. Another tab of the site
    // (served from here: the device is offline) sees the copy once the browser holds it, not just
    // the closing tab's memory, which a tab closed at once may never hand over.
    await page.waitForFunction(() => Object.values(localStorage).some((copy) => copy.includes('Câu viết khi mất mạng.')));
    const otherTab = await context.newPage();
    await otherTab.route(`${server.origin}/**`, (route) => route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>x</title>' }));
    await otherTab.goto(`${server.origin}/device-copy-check`);
    await otherTab.waitForFunction(() => Object.values(localStorage).some((copy) => copy.includes('Câu viết khi mất mạng.')));
    await otherTab.close();
    await page.close({ runBeforeUnload: false });
    await context.setOffline(false);
    // Should the server already hold the text (however it got there), there is nothing to restore.
    const entrantCookie = (await context.cookies()).map((c) => `${c.name}=${c.value}`).join('; ');
    const serverHas = async () =>
      (await apiCall(server.origin, entrantCookie, 'GET', new URL(entryUrl).pathname)).text.includes('Câu viết khi mất mạng.');
    const savedBeforeReopening = await serverHas();
    page = await context.newPage();
    watch(page);
    await page.goto(entryUrl);
    const restored = page.getByText(/^Đã khôi phục nội dung chưa kịp lưu trên máy này/);
    if (!savedBeforeReopening) {
      await restored.waitFor().catch(async (error: unknown) => {
        throw new Error(`no restore notice; the device holds ${await page.evaluate(() => JSON.stringify(localStorage))}, `
          + `the server has the text: ${await serverHas()}, the editor shows: ${await editor().textContent().catch(() => '(none)')}`,
        { cause: error });
      });
    }
    await expect.poll(() => editor().textContent()).toContain('Câu viết khi mất mạng.');
    await saved().waitFor({ timeout: 15_000 });
    expect(await serverHas()).toBe(true);
    expect(await page.evaluate(() => Object.keys(localStorage))).toEqual([]);
  });

  it('uploads essay-01.docx and uses its extracted text', async () => {
    // A refused file gets the API's reason, in the page's language (the browser asks for English).
    await page.getByLabel('Chọn tệp').setInputFiles(new URL('../../shared/fixtures/bad/bad-html-as.pdf', import.meta.url).pathname);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('alert').filter({ hasText: 'Loại tệp này không được chấp nhận.' }).waitFor();

    await page.getByLabel('Chọn tệp').setInputFiles(ESSAY);
    await page.getByRole('button', { name: 'Tải lên' }).click();
    await page.getByRole('heading', { name: 'Văn bản lấy từ tệp “essay-01.docx”' }).waitFor({ timeout: 30_000 });
    await page.getByText('Người giữ lửa ở khu phố').first().waitFor();
    // The attachment is listed with its name.
    await page.locator('.attachment-name', { hasText: 'essay-01.docx' }).waitFor();

    await page.getByRole('button', { name: 'Dùng văn bản này' }).click();
    // The editor is not empty, so replacing it asks first.
    await page.getByRole('button', { name: 'Thay nội dung' }).click();
    await page.getByText('Đã đưa văn bản vào khung soạn thảo').waitFor();
    expect(await editor().textContent()).toContain('anh Trần Minh Đức đã có mặt ở trụ sở ủy ban phường');
    await page.getByText('361 chữ', { exact: true }).waitFor();
    await saved().waitFor({ timeout: 15_000 });
  });

  it('warns on the submit page where the text names the entrant, then submits and shows the receipt', async () => {
    await page.getByRole('link', { name: 'Kiểm tra và nộp bài' }).click();
    await page.waitForURL(/\/submit$/);
    await page.getByText('Tiêu đề: có họ tên của bạn').waitFor();
    expect(await page.locator('mark').first().textContent()).toBe(ENTRANT.fullName);
    await page.getByText('Số chữ: 361 (yêu cầu từ 50 đến 5.000).').waitFor();
    await expectFitsPhone();

    await page.getByLabel('Tôi đồng ý cho phép Ban Tổ chức đăng tải bài viết nếu đoạt giải').check();
    await page.getByRole('button', { name: 'Nộp bài', exact: true }).click();
    const receipt = await readReceipt();
    expect(receipt.version).toBe('1');
    expect(receipt.code).toMatch(/^GS-[A-Z0-9]{6}$/);
    expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
    await page.getByText('Đã nộp bài thành công.').waitFor();
    await page.getByText(ENTRANT.fullName, { exact: true }).waitFor();
    await expectFitsPhone();
    await page.screenshot({ path: shots('entry-receipt-360.png'), fullPage: true });
    firstReceipt = receipt;
  });

  it('an edit after submitting is submitted as version 2 with its own receipt', async () => {
    await page.goto(entryUrl);
    await editor().waitFor();
    await page.getByText(/Bài đã được nộp lúc .* \(phiên bản 1\)/).waitFor();
    await editor().click();
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('Đoạn bổ sung sau khi nộp lần đầu.');
    await saved().waitFor({ timeout: 15_000 });
    await page.getByText('Bài đã được sửa sau lần nộp gần nhất.').waitFor();

    await page.getByRole('link', { name: 'Kiểm tra và nộp bài' }).click();
    await page.waitForURL(/\/submit$/);
    await page.getByText('Nộp bây giờ sẽ tạo phiên bản 2').waitFor();
    await page.getByRole('button', { name: 'Nộp lại (tạo phiên bản mới)' }).click();
    const receipt = await readReceipt();
    expect(receipt.version).toBe('2');
    expect(receipt.code).toBe(firstReceipt.code);
    expect(receipt.hash).toMatch(/^[0-9a-f]{64}$/);
    expect(receipt.hash).not.toBe(firstReceipt.hash);
    // Both receipts stay reachable.
    await page.getByRole('link', { name: /^Phiên bản 1 — / }).click();
    await page.waitForURL(/\/receipt\?version=1$/);
    expect((await readReceipt()).hash).toBe(firstReceipt.hash);
  });

  it('"My entries" lists the entry with its code, status and receipts', async () => {
    await page.goto(`${server.origin}/entries`);
    await page.getByRole('heading', { name: `${ENTRANT.fullName} và tổ tiếp dân` }).waitFor();
    await page.getByText(firstReceipt.code, { exact: true }).waitFor();
    await page.getByText('Đã nộp', { exact: true }).waitFor();
    await expectFitsPhone();
  });

  it('every entrant page passes axe and fits a phone', async () => {
    const entryPath = new URL(entryUrl).pathname;
    for (const path of [
      '/',
      '/contests',
      `/contests/${contestId}`,
      '/entries',
      entryPath,
      `${entryPath}/submit`,
      `${entryPath}/receipt`,
      `${entryPath}/withdraw`,
    ]) {
      await expectAccessible(path);
    }
  });

  it('after the deadline, submitting is refused with a clear message and the editor is read-only', async () => {
    await page.goto(`${entryUrl}/submit`);
    await page.getByRole('button', { name: 'Nộp lại (tạo phiên bản mới)' }).waitFor();

    // The organizer moves the deadline into the past while the entrant has the page open.
    const now = Date.now();
    const moved = await organizer('PATCH', `/contests/${contestId}`, {
      submissionOpensAt: new Date(now - 2 * 24 * 60 * 60 * 1000).toISOString(),
      submissionClosesAt: new Date(now - 60 * 1000).toISOString(),
    });
    expect(moved.status).toBe(200);

    await page.getByRole('button', { name: 'Nộp lại (tạo phiên bản mới)' }).click();
    const refusal = page.getByRole('alert').filter({ hasText: 'Đã hết hạn nộp bài' });
    await refusal.waitFor();
    expect(await refusal.textContent()).toMatch(
      /Đã hết hạn nộp bài \(\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}.*giờ Việt Nam\)\. Bài dự thi không thể thay đổi nữa\./,
    );

    await page.goto(entryUrl);
    await page.getByText(/^Đã hết hạn nộp bài \(.*\)\. Bài dự thi không thể sửa hay nộp lại nữa\.$/).waitFor();
    expect(await editor().getAttribute('contenteditable')).toBe('false');
    expect(await page.getByRole('link', { name: 'Kiểm tra và nộp bài' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Tải lên' }).count()).toBe(0);
    await expectFitsPhone();
  });

  it('ran the whole journey without a single CSP violation or script error', () => {
    expect(cspViolations).toEqual([]);
    expect(scriptErrors).toEqual([]);
  });
});

describe('an organizer sets up a contest in Chromium at 360 px', () => {
  let orgContext: BrowserContext;
  let org: Page;
  const violations: string[] = [];

  beforeAll(async () => {
    orgContext = await browser.newContext({ viewport: { width: 360, height: 740 } });
    org = await orgContext.newPage();
    org.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    await org.goto(`${server.origin}/login`);
    await org.getByLabel('Email').fill(ORGANIZER.email);
    await org.getByLabel('Mật khẩu').fill(ORGANIZER.password);
    await org.getByRole('button', { name: 'Đăng nhập' }).last().click();
    await org.waitForURL(`${server.origin}/`);
  });

  afterAll(async () => {
    await orgContext?.close();
  });

  it('creates a contest with the form: slug from the title, Vietnam time, default prize tiers', async () => {
    await org.getByRole('link', { name: 'Quản lý cuộc thi' }).first().click();
    await org.waitForURL(`${server.origin}/organizer`);
    await org.getByText(CONTEST).waitFor();
    await org.getByRole('link', { name: 'Tạo cuộc thi mới' }).click();
    await org.waitForURL(`${server.origin}/organizer/contests/new`);

    await org.getByLabel('Tên cuộc thi').fill('Người tốt việc tốt Đợt 2');
    expect(await org.getByLabel('Tên trong địa chỉ trang (slug)').inputValue()).toBe('nguoi-tot-viec-tot-dot-2');
    await org.getByLabel('Thể lệ cuộc thi').fill('## Đối tượng dự thi\n\nĐoàn viên <script>alert(1)</script>công đoàn.');
    await org.locator('#opensDate').fill('2027-01-01');
    await org.locator('#opensTime').fill('00:30');
    await org.locator('#closesDate').fill('2027-02-01');
    await org.locator('#closesTime').fill('23:59');
    await org.getByLabel('Thể loại').fill('Cá nhân\nTập thể');
    expect(await org.locator('input[name="tiers.0.name"]').inputValue()).toBe('Giải Nhất');
    await org.locator('input[name="criteria.0.name"]').fill('Nội dung');
    // A weight typed with the decimal comma, as Vietnamese writes it.
    await org.locator('input[name="criteria.0.weight"]').fill('0,5');
    await org.locator('input[name="criteria.0.max"]').fill('10');
    await expectFitsPhone(org);
    await org.getByRole('button', { name: 'Tạo cuộc thi' }).click();
    await org.waitForURL(/\/organizer\/contests\/\d+\?created=1$/);
    await org.getByText('Đã tạo cuộc thi “Người tốt việc tốt Đợt 2”.').waitFor();
    // The saved contest's form shows the weight back the same way.
    expect(await org.locator('input[name="criteria.0.weight"]').inputValue()).toBe('0,5');

    const id = Number(new URL(org.url()).pathname.split('/').at(-1));
    const { body } = await organizer('GET', `/contests/${id}`);
    // 00:30 on 1 January in Vietnam is 17:30 UTC on 31 December.
    expect(body.submissionOpensAt).toBe('2026-12-31T17:30:00.000Z');
    expect(body.categories).toEqual(['Cá nhân', 'Tập thể']);
    expect((body.prizeTiers as { name: string; count: number }[]).map((t) => [t.name, t.count])).toEqual([
      ['Giải Nhất', 1],
      ['Giải Nhì', 2],
      ['Giải Ba', 3],
      ['Giải Khuyến khích', 10],
    ]);
    expect(body.criteria).toMatchObject([{ name: 'Nội dung', weight: 0.5, min: 0, max: 10 }]);

    // The preview is the API's sanitized rendering: the heading stays, the script does not.
    await org.getByText('Xem trước (bản đã lưu)').last().click();
    await org.getByRole('heading', { name: 'Đối tượng dự thi' }).waitFor();
    expect(await org.locator('.prose script').count()).toBe(0);
    await expectFitsPhone(org);

    for (const path of ['/organizer', '/organizer/contests/new', `/organizer/contests/${id}`]) {
      await expectAccessible(path, orgContext);
    }
    expect(violations).toEqual([]);
  });
});

