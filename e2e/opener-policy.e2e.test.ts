import { createServer, type Server } from 'node:http';
import { connect } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  apiCall, apiLogin, DEMO_ORGANIZER, DEMO_PASSWORD, DEMO_SHOWCASE, launchChromium, type RunningServer, startServer,
} from './harness.ts';

/*
 * Public reading pages go without Cross-Origin-Opener-Policy for a signed-out reader
 * (apps/api/src/plugins/public-pages.ts), so a window another site opens on one stays in that
 * site's browsing context group: the other site keeps a handle on it (it can navigate it, count its
 * frames, see it close). That is harmless only while the window shows what every signed-out
 * visitor gets, and only if going on to any other page is a document load that brings COOP back.
 * Attacked here from outside, on the demo: session cookies spelled every way the key's parser and
 * SvelteKit's or the API's might read differently, URL spellings and error pages, and in Chromium
 * a window opened from another site on which the reader then signs in.
 */

let server: RunningServer;
let browser: Browser;
let organizerCookie: string;
let organizerName: string;
let elsewhere: Server;
let elsewhereOrigin: string;

interface RawAnswer { status: number; headers: Map<string, string[]>; body: string }

/** Undoes chunked transfer coding. */
function unchunk(body: Buffer): Buffer {
  const parts: Buffer[] = [];
  let at = 0;
  for (;;) {
    const line = body.indexOf('\r\n', at);
    if (line === -1) return Buffer.concat(parts);
    const size = Number.parseInt(body.subarray(at, line).toString('latin1'), 16);
    if (!(size > 0)) return Buffer.concat(parts);
    parts.push(body.subarray(line + 2, line + 2 + size));
    at = line + 2 + size + 2;
  }
}

/**
 * One request written byte for byte (fetch would merge, drop or normalise what is tried here:
 * repeated Cookie headers, `..` and `%2e%2e`, `//`), answered on a connection of its own.
 */
function rawRequest(target: string, headerLines: string[] = [], method = 'GET'): Promise<RawAnswer> {
  const { hostname, port, host } = new URL(server.origin);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), hostname === 'localhost' ? '127.0.0.1' : hostname);
    const chunks: Buffer[] = [];
    socket.on('data', (chunk: Buffer) => chunks.push(chunk));
    socket.on('error', reject);
    socket.on('end', () => {
      const all = Buffer.concat(chunks);
      const split = all.indexOf('\r\n\r\n');
      const [statusLine = '', ...lines] = all.subarray(0, split).toString('latin1').split('\r\n');
      const headers = new Map<string, string[]>();
      for (const line of lines) {
        const colon = line.indexOf(':');
        const name = line.slice(0, colon).trim().toLowerCase();
        headers.set(name, [...(headers.get(name) ?? []), line.slice(colon + 1).trim()]);
      }
      const rest = all.subarray(split + 4);
      const chunked = headers.get('transfer-encoding')?.includes('chunked') ?? false;
      resolve({ status: Number(statusLine.split(' ')[1]), headers, body: (chunked ? unchunk(rest) : rest).toString('utf8') });
    });
    socket.write(`${method} ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n${headerLines.map((l) => `${l}\r\n`).join('')}\r\n`);
  });
}

const opener = (answer: RawAnswer) => answer.headers.get('cross-origin-opener-policy')?.join(', ');

/** Whether an HTML answer runs script: SvelteKit's start-up (nonced), not the story's JSON-LD. */
const runsScript = (answer: RawAnswer) => /<script(?![^>]*application\/ld\+json)/i.test(answer.body)
  || (answer.headers.get('content-security-policy') ?? []).some((csp) => csp.includes("'nonce-"));

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer({}, { demo: true }), launchChromium()]);
  organizerCookie = await apiLogin(server.origin, DEMO_ORGANIZER, DEMO_PASSWORD);
  organizerName = ((await apiCall(server.origin, organizerCookie, 'GET', '/me')).body as { fullName: string }).fullName;
  // Another site (127.0.0.1 is another site than localhost): a page that opens windows on ours.
  elsewhere = createServer((_request, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<!doctype html><title>Elsewhere</title><p>Elsewhere</p>');
  });
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', () => resolve()));
  const address = elsewhere.address();
  elsewhereOrigin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
  await new Promise((resolve) => elsewhere?.close(resolve));
});

describe('an answer without Cross-Origin-Opener-Policy', () => {
  it('never carries a session, however the session cookie is spelled, nor a cookie of its own', async () => {
    const [, session = ''] = organizerCookie.split('=');
    const path = `/showcase/${DEMO_SHOWCASE}`;
    // The plain spelling is recognised: the organizer's name is on the page, which keeps COOP.
    const signedIn = await rawRequest(path, [`Cookie: ${organizerCookie}`]);
    expect(signedIn.body).toContain(organizerName);
    expect(opener(signedIn)).toBe('same-origin');

    const spellings: string[][] = [
      ['Cookie: gs_locale=en', `Cookie: ${organizerCookie}`],
      [`Cookie: ${organizerCookie}`, 'Cookie: gs_locale=en'],
      [`Cookie: gs_locale=en, ${organizerCookie}`],
      [`Cookie: gs_locale=en,${organizerCookie}`],
      [`Cookie: gs_locale=en;${organizerCookie}`],
      [`Cookie: gs_locale=en; ; ;${organizerCookie}`],
      [`Cookie: gs_locale; ${organizerCookie}`],
      [`Cookie: gs_locale=en=${organizerCookie}`],
      [`Cookie: gs_locale="en; ${organizerCookie}"`],
      [`Cookie: gs_locale=en\t${organizerCookie}`],
      [`Cookie:\t${organizerCookie}\t`],
      [`Cookie: GS_SESSION=${session}`],
      [`Cookie: Gs_Session=${session}; gs_locale=vi`],
      [`Cookie: __Host-gs_session=${session}`],
      [`Cookie: __host-gs_session=${session}`],
      [`Cookie: gs_session="${session}"`],
      [`Cookie: gs_session=${encodeURIComponent(session).replace(/[a-z0-9]/g, (c) => `%${c.charCodeAt(0).toString(16)}`)}`],
      [`Cookie: =${organizerCookie}`],
      [`Authorization: Bearer ${session}`],
      ['Cookie: gs_locale=en', `Authorization: Bearer ${session}`],
      [`Cookie2: ${organizerCookie}`],
    ];
    for (const lines of spellings) {
      for (const method of ['GET', 'HEAD']) {
        const answer = await rawRequest(path, lines, method);
        const label = `${method} ${lines.join(' | ')}`;
        if (opener(answer) !== undefined) continue;
        expect(answer.body, label).not.toContain(organizerName);
        expect(answer.headers.get('set-cookie'), label).toBeUndefined();
      }
    }
  });

  it('is a reading page that runs no script, whatever the path, query or error; the reading pages themselves go without it', async () => {
    for (const target of [`/showcase/${DEMO_SHOWCASE}`, '/showcase', '/search?q=guong+sang']) {
      const answer = await rawRequest(target);
      expect(opener(answer), target).toBeUndefined();
      expect(runsScript(answer), target).toBe(false);
    }
    const targets = [
      // Error pages of the reading routes: an unknown contest or story, a story taken down, a bad page.
      '/showcase/guong-sang-2099', `/showcase/${DEMO_SHOWCASE}/no-such-story`, '/showcase/a/b', '/search?page=abc', '/search?page=-1',
      `/search?q=${'x'.repeat(250)}`,
      // Spellings of the same paths.
      `/showcase/${DEMO_SHOWCASE}/`, `//showcase/${DEMO_SHOWCASE}`, `/SHOWCASE/${DEMO_SHOWCASE}`, `/showcase/%67uong-sang-2025`,
      `/showcase/./${DEMO_SHOWCASE}`,
      `/showcase/${DEMO_SHOWCASE}.`, '/showcase/%2e%2e/login', '/showcase/..%2flogin', '/showcase/../login', '/showcase/%2F%2Forganizer',
      `/showcase/${DEMO_SHOWCASE}/feed.xml`, '/showcase/a/b/c', '/search/', '/search?q=a&q=b', '/search?q=a&next=/organizer',
      '/search?q=a#x', '/showcase?', '/login', '/', '/organizer', `${server.origin}/showcase/${DEMO_SHOWCASE}`,
    ];
    for (const target of targets) {
      const answer = await rawRequest(target);
      if (opener(answer) !== undefined) continue;
      expect(answer.status, target).toBe(200);
      expect(runsScript(answer), target).toBe(false);
    }
  });
});

/** A window that `elsewhere` opens on `path` of our site, and the page of the other site. */
async function openFromElsewhere(path: string): Promise<{ other: Page; opened: Page; handleClosed: () => Promise<boolean> }> {
  const context = await browser.newContext();
  const other = await context.newPage();
  await other.goto(`${elsewhereOrigin}/`);
  const popup = context.waitForEvent('page');
  await other.evaluate((url) => {
    (window as unknown as { opened: Window | null }).opened = window.open(url, '_blank');
  }, `${server.origin}${path}`);
  const opened = await popup;
  await opened.waitForLoadState('networkidle');
  const handleClosed = () => other.evaluate(() => (window as unknown as { opened: Window }).opened.closed);
  return { other, opened, handleClosed };
}

/** Follows the site's own "Đăng nhập" link and signs in as the organizer, as a reader would. */
async function signInFromHeader(page: Page): Promise<void> {
  await page.locator('header').getByRole('link', { name: 'Đăng nhập' }).click();
  await page.waitForURL(`${server.origin}/login`);
  // Typing before the page has hydrated can be lost: wait until its scripts have run.
  await page.waitForLoadState('networkidle');
  await page.getByLabel('Email').fill(DEMO_ORGANIZER);
  await page.getByLabel('Mật khẩu').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${server.origin}/`);
  // Signed in: the header shows the organizer's name.
  await page.locator('header').getByText(organizerName).waitFor();
}

describe('in Chromium, a window another site opens on a reading page', () => {
  it('stays within reach of that site while it shows the reading page, and is cut off once the reader signs in', async () => {
    const { other, opened, handleClosed } = await openFromElsewhere(`/showcase/${DEMO_SHOWCASE}`);
    // No COOP: the other site still holds the window (what the change is for).
    expect(await handleClosed()).toBe(false);
    await signInFromHeader(opened);
    expect(await handleClosed()).toBe(true);
    expect(await opened.evaluate(() => window.opener === null)).toBe(true);
    await other.context().close();
  });

  it('is cut off from that site before the reader signs in, when it was opened on a reading path that answers an error', async () => {
    // An error page of a reading route renders with SvelteKit's client router (only the layouts'
    // options apply), so its "Đăng nhập" link and the sign-in form are navigations in the same
    // document: no response would bring COOP back.
    for (const path of ['/showcase/guong-sang-2099', `/showcase/${DEMO_SHOWCASE}/no-such-story`]) {
      const { other, opened, handleClosed } = await openFromElsewhere(path);
      await signInFromHeader(opened);
      expect(await handleClosed(), path).toBe(true);
      expect(await opened.evaluate(() => window.opener === null), path).toBe(true);
      await other.context().close();
    }
  });
});
