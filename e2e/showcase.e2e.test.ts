import { slugify } from '@guong-sang/text';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, DEMO_ORGANIZER, DEMO_PASSWORD, DEMO_SHOWCASE, launchChromium, type RunningServer, seriousAxeViolations,
  sidewaysOverflow, signInAtPhoneSize, startServer,
} from './harness.ts';

/*
 * Issue 6 in Chromium at 360 px, on the demo (`pnpm demo`), whose last-year contest is published:
 * a visitor reads the showcase, searches without diacritics, opens a story and finds its link
 * preview tags; nothing unpublished answers by URL guessing. A winner whose story the organizer
 * sent back changes it to a pen name and approves; the organizer approves it again; the public
 * page follows.
 */

const PHRASE = 'Gương sáng làm theo lời Bác';

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let contestId: number;
const cspViolations: string[] = [];

interface Winner { code: string; title: string; story: null | { slug: string; displayName: string; unitName: string | null; photo: object | null } }
interface Showcase { tiers: { name: string; winners: Winner[] }[] }

const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);
const showcase = async () => (await (await fetch(`${server.origin}/api/public/contests/${DEMO_SHOWCASE}`)).json()) as Showcase;

async function visitorPage(): Promise<Page> {
  // axe is injected as a script: this context lets it past the page's CSP.
  const context = await browser.newContext({ viewport: { width: 360, height: 740 }, bypassCSP: true });
  return context.newPage();
}

async function expectAccessible(page: Page) {
  expect(await seriousAxeViolations(page), page.url()).toEqual([]);
  expect(await sidewaysOverflow(page), `${page.url()} scrolls sideways`).toBe(0);
}

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({}, { demo: true }), launchChromium()]);
  organizerCookie = await apiLogin(server.origin, DEMO_ORGANIZER, DEMO_PASSWORD);
  const contests = (await organizer('GET', '/contests')).body as unknown as { id: number; slug: string }[];
  contestId = contests.find((c) => c.slug === DEMO_SHOWCASE)?.id ?? 0;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the public showcase', () => {
  it('lists the winners by tier; a winner who did not consent shows only code and title', async () => {
    const page = await visitorPage();
    const response = await page.goto(`${server.origin}/showcase/${DEMO_SHOWCASE}`);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toContain('Gương sáng làm theo lời Bác năm 2025');
    const data = await showcase();
    for (const tier of data.tiers) {
      await page.getByRole('heading', { level: 2, name: tier.name, exact: true }).waitFor();
      for (const winner of tier.winners) {
        if (winner.story) {
          await page.getByRole('link', { name: winner.title }).first().waitFor();
        } else {
          await page.getByText(winner.code).waitFor();
          // Titles can repeat across entries: only winners with a story of that title have a link.
          const storiesWithTitle = data.tiers.flatMap((t) => t.winners).filter((w) => w.story && w.title === winner.title).length;
          await expect(page.getByRole('link', { name: winner.title, exact: true }).count()).resolves.toBe(storiesWithTitle);
        }
      }
    }
    await expectAccessible(page);
    await page.context().close();
  });

  it(`finds stories containing "${PHRASE}" by searching "guong sang lam theo loi bac"; the story has link-preview tags`, async () => {
    const page = await visitorPage();
    await page.goto(`${server.origin}/search`);
    await page.getByRole('searchbox').first().fill('guong sang lam theo loi bac');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/search\?/);
    const results = page.locator('main ol li, main ul li').filter({ has: page.locator('a[href*="/showcase/"]') });
    expect(await results.count()).toBeGreaterThan(0);
    expect(await page.locator('main').innerText()).toContain(PHRASE);
    await expectAccessible(page);

    await results.first().locator('a[href*="/showcase/"]').first().click();
    await page.waitForURL(new RegExp(`/showcase/${DEMO_SHOWCASE}/`));
    const title = (await page.getByRole('heading', { level: 1 }).innerText()).trim();
    expect(await page.locator('main').innerText()).toContain(PHRASE);
    const meta = (property: string) => page.locator(`meta[property="${property}"], meta[name="${property}"]`).first().getAttribute('content');
    expect(await meta('og:title')).toBe(title);
    expect(await meta('og:type')).toBe('article');
    expect(await meta('og:url')).toBe(page.url());
    expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(page.url());
    expect((await meta('og:description'))?.length).toBeGreaterThan(20);
    expect(await meta('og:locale')).toBe('vi_VN');
    expect(await meta('twitter:card')).toMatch(/^summary/);
    const image = await meta('og:image');
    if (image) expect((await fetch(image)).headers.get('content-type')).toMatch(/^image\//);
    const article = JSON.parse(await page.locator('script[type="application/ld+json"]').first().innerText()) as Record<string, unknown>;
    expect(article).toMatchObject({ '@type': 'Article', headline: title });
    await expectAccessible(page);
    await page.context().close();
  });

  it('answers 404 for anything unpublished, however the URL is guessed', async () => {
    const data = await showcase();
    const declined = data.tiers.flatMap((t) => t.winners).filter((w) => !w.story);
    expect(declined.length).toBeGreaterThan(0);
    // A draft of the open contest, from the demo's first listed entrant (who is still drafting).
    const drafter = /entrant \/ người dự thi\s+(\S+@\S+)/.exec(server.output())?.[1] ?? '';
    const draftCookie = await apiLogin(server.origin, drafter, DEMO_PASSWORD);
    const mine = (await apiCall(server.origin, draftCookie, 'GET', '/entries/mine')).body as unknown as { code: string; title: string; status: string }[];
    const draft = mine.find((e) => e.status === 'draft');
    expect(draft).toBeDefined();
    const guesses = [
      '/showcase/guong-sang-2026',
      '/showcase/nguoi-tot-viec-tot-2026',
      ...declined.flatMap((w) => [
        `/showcase/${DEMO_SHOWCASE}/${slugify(w.title, w.code)}`, `/showcase/${DEMO_SHOWCASE}/${w.code.toLowerCase()}`,
      ]),
      `/showcase/guong-sang-2026/${slugify(draft!.title, draft!.code)}`,
      `/showcase/${DEMO_SHOWCASE}/${slugify(draft!.title, draft!.code)}`,
    ];
    const page = await visitorPage();
    for (const path of guesses) {
      expect((await page.goto(`${server.origin}${path}`))?.status(), path).toBe(404);
      const api = path.replace('/showcase/', '/api/public/contests/').replace(/(contests\/[^/]+)\/(.+)$/, '$1/stories/$2');
      expect((await fetch(`${server.origin}${api}`)).status, api).toBe(404);
    }
    const search = await (await fetch(`${server.origin}/api/public/search?q=${encodeURIComponent(draft!.title)}`)).json() as { results: { title: string }[] };
    expect(search.results.map((r) => r.title)).not.toContain(draft!.title);
    await page.context().close();
  });

  it('serves an Atom feed and a sitemap of what is published', async () => {
    const data = await showcase();
    const stories = data.tiers.flatMap((t) => t.winners).flatMap((w) => (w.story ? [w.story.slug] : []));
    const feed = await fetch(`${server.origin}/showcase/${DEMO_SHOWCASE}/feed.xml`);
    expect(feed.headers.get('content-type')).toMatch(/^application\/atom\+xml/);
    const atom = await feed.text();
    expect(atom.match(/<entry>/g)?.length).toBe(stories.length);
    const sitemap = await (await fetch(`${server.origin}/sitemap.xml`)).text();
    for (const slug of stories) expect(sitemap).toContain(`/showcase/${DEMO_SHOWCASE}/${slug}`);
    expect(sitemap).not.toContain('guong-sang-2026');
  });
});

describe('a winner and the organizer', () => {
  it('revise an approved story: pen name, unit hidden, photo described, approved again; the public page follows', async () => {
    const data = await showcase();
    const winner = data.tiers.flatMap((t) => t.winners).find((w) => w.story?.unitName && w.story.photo);
    expect(winner?.story).toBeTruthy();
    const overview = (await organizer('GET', `/contests/${contestId}/publications`)).body as unknown as {
      stories: { entryId: number; code: string; authorName: string }[];
    };
    const story = overview.stories.find((s) => s.code === winner!.code)!;
    const people = (await organizer('GET', `/users?q=${encodeURIComponent(story.authorName)}`)).body as unknown as { email: string; fullName: string }[];
    const email = people.find((p) => p.fullName === story.authorName)!.email;
    const storyUrl = `${server.origin}/showcase/${DEMO_SHOWCASE}/${winner!.story!.slug}`;

    // The organizer takes the approval back: the story leaves the showcase at once.
    expect((await organizer('PUT', `/entries/${story.entryId}/publication/approval`, { approved: false })).status).toBe(200);
    expect((await fetch(storyUrl)).status).toBe(404);

    const author = await signInAtPhoneSize(browser, server, { email, password: DEMO_PASSWORD }, cspViolations);
    await author.page.goto(`${server.origin}/entries`);
    await author.page.getByRole('link', { name: 'Xem và duyệt bản công bố' }).first().click();
    await author.page.waitForURL(/\/publication$/);
    await author.page.getByLabel('Bút danh (nhập bên dưới)').check();
    await author.page.getByLabel('Bút danh', { exact: true }).fill('Hoa Sữa Sài Gòn');
    await author.page.getByRole('checkbox', { name: /Ghi tên đơn vị/ }).uncheck();
    await author.page.getByLabel(/^Mô tả ảnh/).first().fill('Chị đang khám cho một em bé');
    await author.page.getByRole('button', { name: 'Duyệt và gửi Ban Tổ chức' }).click();
    await author.page.getByText('Đã duyệt và gửi Ban Tổ chức').waitFor();
    await author.context.close();

    const organizerTab = await signInAtPhoneSize(browser, server, { email: DEMO_ORGANIZER, password: DEMO_PASSWORD }, cspViolations);
    await organizerTab.page.goto(`${server.origin}/organizer/contests/${contestId}/publication`);
    // Titles can repeat across entries: the link to this entry's publication.
    await organizerTab.page.locator(`a[href="/organizer/contests/${contestId}/publication/${story.entryId}"]`).click();
    await organizerTab.page.getByText('Chờ Ban Tổ chức duyệt').first().waitFor();
    await organizerTab.page.getByRole('button', { name: 'Duyệt công bố' }).click();
    await organizerTab.page.getByRole('button', { name: 'Rút lại duyệt' }).waitFor();
    await organizerTab.context.close();

    const page = await visitorPage();
    expect((await page.goto(storyUrl))?.status()).toBe(200);
    const main = await page.locator('main').innerText();
    expect(main).toContain('Hoa Sữa Sài Gòn');
    expect(main).not.toContain(story.authorName);
    expect(main).not.toContain(winner!.story!.unitName!);
    expect(await page.locator('main figure img').first().getAttribute('alt')).toBe('Chị đang khám cho một em bé');
    await page.context().close();
    expect(cspViolations).toEqual([]);
  });
});
