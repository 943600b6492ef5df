import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiCall, apiLogin, DEMO_ORGANIZER, DEMO_PASSWORD, DEMO_SHOWCASE, type RunningServer, startServer } from './harness.ts';

/*
 * Issue 13: whole public pages (showcase, story, search) are stored once rendered and served
 * compressed (apps/api/src/plugins/public-pages.ts). On the demo, whose last-year contest is
 * published: a stored page never carries a signed-in person's page or a cookie, each language gets
 * its own, a story the organizer takes down leaves every stored page at once, and only pages the
 * store may answer and would keep go without Cross-Origin-Opener-Policy.
 */

let server: RunningServer;
let organizerCookie: string;
let organizerName: string;
let contestId: number;

interface Winner { code: string; title: string; story: null | { slug: string } }

const organizer = (method: string, path: string, body?: unknown) => apiCall(server.origin, organizerCookie, method, path, body);

/** A page as a browser would ask for it; `text` is decoded whatever the encoding. */
async function page(path: string, headers: Record<string, string> = {}) {
  const response = await fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': 'br, gzip', ...headers }, redirect: 'manual' });
  return { status: response.status, headers: response.headers, text: await response.text() };
}

/** Until the first render has been compressed and stored (it is stored in the background). */
async function stored(path: string, headers: Record<string, string> = {}) {
  for (let i = 0; i < 100; i++) {
    const answer = await page(path, headers);
    if (answer.headers.get('content-encoding') === 'br') return answer;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${path} was never served from the store`);
}

beforeAll(async () => {
  server = await startServer({}, { demo: true });
  organizerCookie = await apiLogin(server.origin, DEMO_ORGANIZER, DEMO_PASSWORD);
  organizerName = ((await organizer('GET', '/me')).body as { fullName: string }).fullName;
  const contests = (await organizer('GET', '/contests')).body as unknown as { id: number; slug: string }[];
  contestId = contests.find((c) => c.slug === DEMO_SHOWCASE)?.id ?? 0;
});
afterAll(async () => {
  await server?.stop();
});

describe('stored public pages', () => {
  it('never give a signed-in person\'s page or a cookie to anyone else, and keep each language apart', async () => {
    const showcase = (await (await fetch(`${server.origin}/api/public/contests/${DEMO_SHOWCASE}`)).json()) as {
      tiers: { winners: Winner[] }[];
    };
    const winner = showcase.tiers.flatMap((t) => t.winners).find((w) => w.story)!;
    const path = `/showcase/${DEMO_SHOWCASE}/${winner.story!.slug}`;

    // The organizer reads the story first: their page, with their name, is not stored.
    const own = await page(path, { cookie: organizerCookie });
    expect(own.status).toBe(200);
    expect(own.text).toContain(organizerName);
    expect(own.headers.get('content-encoding')).toBeNull();

    const visitor = await stored(path);
    expect(visitor.text).toContain(winner.title);
    expect(visitor.text).not.toContain(organizerName);
    expect(visitor.headers.get('set-cookie')).toBeNull();
    expect(visitor.headers.get('vary')).toBe('accept-encoding');
    expect(visitor.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect(visitor.headers.get('content-security-policy')).not.toContain('nonce-');

    // With the page stored, a signed-in person still gets their own, and a stranger's cookie
    // (anything but the language) is never answered from the store.
    for (const cookie of [organizerCookie, 'gs_session=not-a-session', 'tracking=1']) {
      const answer = await page(path, { cookie });
      expect(answer.headers.get('content-encoding'), cookie).toBeNull();
    }
    expect((await page(path, { cookie: organizerCookie })).text).toContain(organizerName);
    expect((await page(path)).text).not.toContain(organizerName);

    const english = await stored(path, { cookie: 'gs_locale=en' });
    expect(english.text).toContain('<html lang="en"');
    expect((await page(path)).text).toContain('<html lang="vi"');
    // Without Accept-Encoding, the same page uncompressed.
    const plain = await fetch(`${server.origin}${path}`, { headers: { 'accept-encoding': 'identity' } });
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(visitor.text);
  });

  it('go without COOP for a signed-out reader, so entering from another site needs no fresh process; every other page keeps it', async () => {
    const opener = (answer: { headers: Headers }) => answer.headers.get('cross-origin-opener-policy');
    for (const path of [`/showcase/${DEMO_SHOWCASE}`, '/showcase', '/search?q=guong+sang']) {
      expect(opener(await page(path)), path).toBeNull();
      expect(opener(await stored(path)), `${path}, stored`).toBeNull();
      expect(opener(await page(path, { cookie: 'gs_locale=en' })), `${path} in English`).toBeNull();
      // A signed-in person's page shows their name; a cookie the store does not know may be anything.
      expect(opener(await page(path, { cookie: organizerCookie })), `${path} signed in`).toBe('same-origin');
      expect(opener(await page(path, { cookie: 'tracking=1' })), `${path} with a cookie`).toBe('same-origin');
    }
    // Pages the store never answers keep it, so going on from a reading page still cuts any opener off.
    for (const path of ['/login', '/', `/showcase/${DEMO_SHOWCASE}?x=1`, '/organizer/contests']) {
      expect(opener(await page(path)), path).toBe('same-origin');
    }
    expect(opener(await page('/organizer/contests', { cookie: organizerCookie }))).toBe('same-origin');
  });

  it('never answer a language cookie the page reads otherwise than the store (a repeated name, a value with `=`)', async () => {
    const path = '/search?q=hoa+sen';
    for (const cookie of [undefined, 'gs_locale=vi', 'gs_locale=en']) {
      expect((await stored(path, cookie === undefined ? {} : { cookie })).status).toBe(200);
    }
    // A browser sends two cookies of one name (set for different paths) most specific first, and
    // the page reads the first; a value is all that follows the first `=`. With the store keyed on
    // another reading, each of these got a stored page in the other language, and, stored the other
    // way round, would have put that language in front of every reader of the key.
    const lang = (text: string) => /<html lang="([a-z]+)"/.exec(text)?.[1];
    for (const [cookie, language] of [
      ['gs_locale=en; gs_locale', 'en'], ['gs_locale=en; gs_locale=', 'en'], ['gs_locale=en; gs_locale=vi', 'en'],
      ['gs_locale=vi; gs_locale=en', 'vi'], ['gs_locale=en=1', 'vi'], ['gs_locale=en=', 'vi'],
    ] as const) {
      expect(lang((await page(path, { cookie })).text), cookie).toBe(language);
    }
  });

  it('drop a story the organizer takes down from the story page, showcase and search at once, and show it again when approved', async () => {
    const overview = (await organizer('GET', `/contests/${contestId}/publications`)).body as unknown as {
      stories: { entryId: number; code: string; title: string; status: string }[];
    };
    const showcase = (await (await fetch(`${server.origin}/api/public/contests/${DEMO_SHOWCASE}`)).json()) as {
      tiers: { winners: Winner[] }[];
    };
    const winner = showcase.tiers.flatMap((t) => t.winners).filter((w) => w.story).at(-1)!;
    const story = overview.stories.find((s) => s.code === winner.code)!;
    const storyPath = `/showcase/${DEMO_SHOWCASE}/${winner.story!.slug}`;
    const searchPath = `/search?q=${encodeURIComponent(winner.title)}`;
    // Its slug appears only in links to it (a winner without a public story shows code and title).
    const linkedFrom = (html: string) => html.includes(winner.story!.slug);

    expect((await stored(storyPath)).status).toBe(200);
    expect(linkedFrom((await stored(`/showcase/${DEMO_SHOWCASE}`)).text)).toBe(true);
    expect(linkedFrom((await stored(searchPath)).text)).toBe(true);

    expect((await organizer('PUT', `/entries/${story.entryId}/publication/approval`, { approved: false })).status).toBe(200);
    expect((await page(storyPath)).status).toBe(404);
    expect(linkedFrom((await page(`/showcase/${DEMO_SHOWCASE}`)).text)).toBe(false);
    expect(linkedFrom((await page(searchPath)).text)).toBe(false);

    const reviewed = ((await organizer('GET', `/entries/${story.entryId}/publication`)).body as { authorApprovedAt: string }).authorApprovedAt;
    expect((await organizer('PUT', `/entries/${story.entryId}/publication/approval`, { approved: true, reviewed })).status).toBe(200);
    expect((await page(storyPath)).status).toBe(200);
    expect(linkedFrom((await page(`/showcase/${DEMO_SHOWCASE}`)).text)).toBe(true);
    expect(linkedFrom((await page(searchPath)).text)).toBe(true);
  });
});
