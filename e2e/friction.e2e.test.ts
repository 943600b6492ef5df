import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, DEMO_ORGANIZER, DEMO_PASSWORD, DEMO_SHOWCASE, judgeAssignments, launchChromium, type RunningServer,
  seriousAxeViolations, sidewaysOverflow, startServer,
} from './harness.ts';

/*
 * Issue 12's everyday friction, in Chromium at 360 px on the demo (`pnpm demo`): what a visitor,
 * an entrant, a judge and the organizer meet, most of it with JavaScript off, since every fix
 * must work without it.
 */

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;

interface Assignment {
  id: number;
  code: string;
  status: string;
  round: { contestTitle: string; name: string; open: boolean; closesAt: string };
}

/** A phone-sized tab with the session of `cookie` (or none); JavaScript off unless asked for. */
async function tab(cookie: string | null, options: { js?: boolean } = {}): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({
    viewport: { width: 360, height: 740 }, javaScriptEnabled: options.js ?? false, bypassCSP: true,
  });
  if (cookie) {
    const [name, value] = cookie.split('=') as [string, string];
    await context.addCookies([{ name, value, url: server.origin }]);
  }
  return { context, page: await context.newPage() };
}

/** axe runs as a script: the page is opened again with JavaScript on to check it, and its width. */
async function expectAccessible(path: string, cookie: string | null) {
  const { context, page } = await tab(cookie, { js: true });
  await page.goto(`${server.origin}${path}`, { waitUntil: 'networkidle' });
  expect(await seriousAxeViolations(page), path).toEqual([]);
  expect(await sidewaysOverflow(page), `${path} scrolls sideways`).toBe(0);
  await context.close();
}

/** The codes on every page of the judge's list, following the pager's "next" link (`query` kept in its links). */
async function walkPages(page: Page, query: string): Promise<{ pages: number; codes: (string | undefined)[] }> {
  const codes: (string | undefined)[] = [];
  for (let pages = 1; ; pages += 1) {
    codes.push(...await page.locator('.assignment .code').evaluateAll((links) => links.map((a) => a.textContent?.split(':')[0]?.trim())));
    expect(await sidewaysOverflow(page), `page ${pages} scrolls sideways`).toBe(0);
    const next = page.getByRole('navigation', { name: 'Các trang danh sách bài được giao' }).getByRole('link', { name: 'Trang sau' });
    if ((await next.count()) === 0) return { pages, codes };
    await next.click();
    await page.waitForURL(`${server.origin}/judging?${query ? `${query}&` : ''}page=${pages + 1}`);
  }
}

const printed = (role: string) =>
  [...server.output().matchAll(new RegExp(`${role}\\s+(\\S+@\\S+)`, 'g'))].map((m) => m[1]!);

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({}, { demo: true }), launchChromium()]);
  organizerCookie = await apiLogin(server.origin, DEMO_ORGANIZER, DEMO_PASSWORD);
}, 600_000);
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the home page', () => {
  it('features the contest open now with the time left, rendered on the server', async () => {
    const { context, page } = await tab(null);
    await page.goto(server.origin);
    const featured = page.locator('section', { has: page.getByRole('heading', { name: 'Gương sáng làm theo lời Bác năm 2026' }) });
    await featured.getByText('Cuộc thi đang nhận bài').waitFor();
    expect(await featured.getByRole('timer').innerText()).toMatch(/^Còn \d+ ngày \d+ giờ \d+ phút$/);
    await featured.getByText(/^Hạn nộp bài: \d{2}\/\d{2}\/\d{4} \d{2}:\d{2} \(giờ Việt Nam\)$/).waitFor();
    await context.close();
    await expectAccessible('/', null);
  });
});

describe('an entrant whose draft breaks several rules', () => {
  let cookie: string;
  let entryId: number;

  beforeAll(async () => {
    const drafter = printed('entrant / người dự thi')[0]!;
    cookie = await apiLogin(server.origin, drafter, DEMO_PASSWORD);
    const mine = (await apiCall(server.origin, cookie, 'GET', '/entries/mine')).body as unknown as { id: number; status: string }[];
    entryId = mine.find((e) => e.status === 'draft')!.id;
    const patch = await apiCall(server.origin, cookie, 'PATCH', `/entries/${entryId}`, { title: '', category: null, body: '<p>Mới viết ba chữ.</p>' });
    expect(patch.status, patch.text).toBe(200);
  });

  it('sees every problem at once on the submit page, linked to its field, and the button stays off', async () => {
    const { context, page } = await tab(cookie);
    await page.goto(`${server.origin}/entries/${entryId}/submit`);
    const blocked = page.locator('#submit-blocked');
    await blocked.getByText('Cần sửa trước khi nộp (3):').waitFor();
    await blocked.getByText('Bài chưa có tiêu đề.').waitFor();
    await blocked.getByText('Bài chưa chọn thể loại.').waitFor();
    await blocked.getByText('Số chữ: 4 — ít hơn mức tối thiểu 500 chữ.').waitFor();
    const fixes = await blocked.getByRole('link').evaluateAll((links) => links.map((a) => (a as HTMLAnchorElement).href));
    const editor = `${server.origin}/entries/${entryId}`;
    expect(fixes).toEqual([`${editor}#title`, `${editor}#category`, `${editor}#body`]);
    const submit = page.getByRole('button', { name: 'Nộp bài', exact: true });
    expect(await submit.isDisabled()).toBe(true);
    expect(await submit.getAttribute('aria-describedby')).toBe('submit-blocked');
    await context.close();
    await expectAccessible(`/entries/${entryId}/submit`, cookie);
  });

  it('the API refuses the same entry once, naming every problem', async () => {
    const refused = await apiCall(server.origin, cookie, 'POST', `/entries/${entryId}/submit`, { consentToPublish: false });
    expect(refused.status).toBe(400);
    const error = refused.body.error as { code: string; message: string };
    expect(error.code).toBe('entry_not_submittable');
    expect(error.message).toMatch(/^Chưa nộp được bài: cần sửa 3 điều sau\. Bài dự thi cần có tiêu đề\. Vui lòng chọn thể loại/);
  });

  it('in the editor the way to submit is off until the problems are fixed, and turns on as they are', async () => {
    const { context, page } = await tab(cookie, { js: true });
    await page.goto(`${server.origin}/entries/${entryId}`, { waitUntil: 'networkidle' });
    const next = page.locator('section', { has: page.getByRole('heading', { name: 'Nộp bài' }) });
    await next.getByText('Cần sửa trước khi nộp (3):').waitFor();
    expect(await next.getByRole('button', { name: 'Kiểm tra và nộp bài' }).isDisabled()).toBe(true);
    expect(await next.getByRole('link', { name: 'Kiểm tra và nộp bài' }).count()).toBe(0);
    await page.getByLabel('Tiêu đề bài viết').fill('Người thắp lửa ở khu phố');
    await next.getByText('Cần sửa trước khi nộp (2):').waitFor();
    expect(await next.getByText('Bài chưa có tiêu đề.').count()).toBe(0);
    await context.close();
  });
});

describe('a judge', () => {
  let cookie: string;
  let assignments: Assignment[];

  beforeAll(async () => {
    for (const email of printed('judge / giám khảo')) {
      const candidate = await apiLogin(server.origin, email, DEMO_PASSWORD);
      const list: Assignment[] = await judgeAssignments(server.origin, candidate);
      if (list.filter((a) => a.round.open && a.status !== 'submitted').length >= 2) {
        cookie = candidate;
        assignments = list;
        break;
      }
    }
    expect(cookie, 'a demo judge with two unscored entries in an open round').toBeDefined();
  });

  it('sees the assignments grouped by contest and round, and filters to "not yet scored" without JavaScript', async () => {
    const { context, page } = await tab(cookie);
    await page.goto(`${server.origin}/judging`);
    for (const title of new Set(assignments.map((a) => a.round.contestTitle))) {
      await page.getByRole('heading', { level: 2, name: title }).waitFor();
    }
    const unscored = assignments.filter((a) => a.status !== 'submitted');
    await page.getByRole('link', { name: `Chưa chấm xong (${unscored.length})` }).click();
    await page.waitForURL(`${server.origin}/judging?show=unscored`);
    const shownUnscored = await walkPages(page, 'show=unscored');
    expect(shownUnscored.codes.sort()).toEqual(unscored.map((a) => a.code).sort());
    expect(await page.locator('.badge-sheet-submitted').count()).toBe(0);
    expect(await page.getByRole('link', { name: `Chưa chấm xong (${unscored.length})` }).getAttribute('aria-current')).toBe('page');
    await context.close();
    await expectAccessible('/judging?show=unscored', cookie);
  });

  it('pages through all of them, 50 a page, with the pager\'s plain links at 360 px', async () => {
    const { context, page } = await tab(cookie);
    await page.goto(`${server.origin}/judging`);
    const shown = await walkPages(page, '');
    expect(shown.pages).toBe(Math.max(1, Math.ceil(assignments.length / 50)));
    // The API's order, nothing lost or repeated at a page's edge.
    expect(shown.codes).toEqual(assignments.map((a) => a.code));
    await context.close();
    if (shown.pages > 1) await expectAccessible(`/judging?page=${shown.pages}`, cookie);
  });

  it('after submitting a sheet, is offered the next unscored entry of the same round', async () => {
    const open = assignments.filter((a) => a.round.open && a.status !== 'submitted');
    const current = open[0]!;
    const detail = (await apiCall(server.origin, cookie, 'GET', `/judging/assignments/${current.id}`)).body as unknown as {
      rubric: { id: number; max: number }[];
    };
    const scores = Object.fromEntries(detail.rubric.map((c) => [String(c.id), c.max]));
    const saved = await apiCall(server.origin, cookie, 'PUT', `/judging/assignments/${current.id}/score`, { scores, submit: true });
    expect(saved.status, saved.text).toBe(200);

    const { context, page } = await tab(cookie);
    await page.goto(`${server.origin}/judging/${current.id}?submitted=1`);
    const sameRound = open.filter((a) => a.id !== current.id && a.round.name === current.round.name
      && a.round.contestTitle === current.round.contestTitle);
    const next = page.getByRole('link', { name: /^Chấm bài tiếp theo: / });
    const code = (await next.innerText()).replace('Chấm bài tiếp theo: ', '').trim();
    expect(sameRound.map((a) => a.code)).toContain(code);
    await next.click();
    await page.getByRole('heading', { name: `Chấm bài ${code}` }).waitFor();
    await context.close();
  });
});

describe('a reader of a published story', () => {
  it('can share it to Zalo and copy its link, with no JavaScript', async () => {
    const showcase = (await (await fetch(`${server.origin}/api/public/contests/${DEMO_SHOWCASE}`)).json()) as {
      tiers: { winners: { story: { slug: string } | null }[] }[];
    };
    const story = showcase.tiers.flatMap((t) => t.winners).find((w) => w.story)!.story!;
    const { context, page } = await tab(null);
    await page.goto(`${server.origin}/showcase/${DEMO_SHOWCASE}/${story.slug}`);
    const field = page.getByLabel('Đường dẫn bài viết');
    expect(await field.inputValue()).toBe(await page.locator('link[rel="canonical"]').getAttribute('href'));
    expect(await field.getAttribute('readonly')).not.toBeNull();
    expect(await page.getByRole('link', { name: /Mở Zalo để dán đường dẫn/ }).getAttribute('href')).toBe('https://chat.zalo.me/');
    await context.close();
    await expectAccessible(`/showcase/${DEMO_SHOWCASE}/${story.slug}`, null);
  });
});

describe('the organizer', () => {
  it('must confirm before taking the showcase down; an unconfirmed post changes nothing', async () => {
    const contests = (await apiCall(server.origin, organizerCookie, 'GET', '/contests')).body as unknown as { id: number; slug: string }[];
    const contestId = contests.find((c) => c.slug === DEMO_SHOWCASE)!.id;
    const { context, page } = await tab(organizerCookie);
    await page.goto(`${server.origin}/organizer/contests/${contestId}/publication`);
    const confirm = page.getByLabel(/^Tôi hiểu: mọi câu chuyện sẽ bị gỡ khỏi trang công bố/);
    expect(await confirm.getAttribute('required')).not.toBeNull();
    await context.close();

    const posted = await fetch(`${server.origin}/organizer/contests/${contestId}/publication?/unpublish`, {
      method: 'POST',
      headers: { cookie: organizerCookie, origin: server.origin, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'confirm=',
      redirect: 'manual',
    });
    expect((await fetch(`${server.origin}/api/public/contests/${DEMO_SHOWCASE}`)).status).toBe(200);
    // SvelteKit shows the page again with the refusal (no redirect, so nothing happened).
    expect(posted.headers.get('location')).toBeNull();
    expect(await posted.text()).toContain('Vui lòng đánh dấu xác nhận trước khi gỡ trang công bố.');
  });

  it('reads the reliability figures in plain words first, the statistic second', async () => {
    const contests = (await apiCall(server.origin, organizerCookie, 'GET', '/contests')).body as unknown as { id: number; slug: string }[];
    const contestId = contests.find((c) => c.slug === DEMO_SHOWCASE)!.id;
    const rounds = (await apiCall(server.origin, organizerCookie, 'GET', `/contests/${contestId}/rounds`)).body as unknown as { id: number }[];
    const { context, page } = await tab(organizerCookie);
    await page.goto(`${server.origin}/organizer/rounds/${rounds[0]!.id}/results`);
    const alpha = page.locator('dt', { hasText: 'Hệ số alpha của Krippendorff' });
    expect((await alpha.innerText()).split('\n').map((line) => line.trim()).filter(Boolean)).toEqual([
      'Các giám khảo chấm giống nhau đến đâu (1 là hoàn toàn giống, 0 là như chấm ngẫu nhiên)',
      'Hệ số alpha của Krippendorff',
    ]);
    await context.close();
  });
});
