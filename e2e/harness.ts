import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer, type Socket } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApiIfNeeded, compiledEntry } from '../scripts/build-api.mjs';

const root = new URL('..', import.meta.url).pathname;

export interface RunningServer {
  origin: string;
  dataDir: string;
  output: () => string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

/** The demo's organizer (every demo account has the one password) and its published showcase, last year's contest. */
export const DEMO_ORGANIZER = 'organizer@demo.guongsang.vn';
export const DEMO_PASSWORD = 'guongsang-demo';
export const DEMO_SHOWCASE = 'guong-sang-2025';

/**
 * Starts the real server (built web app + compiled API on one port) on a fresh data directory,
 * exactly as `pnpm start` does (or `pnpm demo`, with its seeded contests), and waits for /api/health.
 */
export async function startServer(env: Record<string, string> = {}, options: { demo?: boolean } = {}): Promise<RunningServer> {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-e2e-'));
  const origin = `http://localhost:${port}`;
  let log = '';
  await buildApiIfNeeded();
  const entry = compiledEntry(options.demo ? 'src/demo-server.ts' : 'src/server.ts');
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATA_DIR: dataDir, LOG_LEVEL: 'warn', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => { log += chunk.toString(); });
  child.stderr?.on('data', (chunk: Buffer) => { log += chunk.toString(); });

  // The demo seeds a few hundred people, three contests and their files first.
  // Generous: a shared 2-core machine under load can take minutes (the hook allows 240 s).
  const deadline = Date.now() + (options.demo ? 200_000 : 120_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited early:\n${log}`);
    try {
      if ((await fetch(`${origin}/api/health`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    dataDir,
    output: () => log,
    async stop() {
      // A server that already exited (a test that made it crash) has nothing to wait for.
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** What a mail sink keeps of one message: its recipients and its decoded text parts. */
export interface SunkMail { to: string[]; text: string }

/** A MIME body's text parts, decoded (quoted-printable or base64), joined. */
function decodedText(raw: string): string {
  const parts = raw.split(/\r\n--[^\r\n]+/);
  return parts.map((part) => {
    const split = part.indexOf('\r\n\r\n');
    if (split < 0) return '';
    const headers = part.slice(0, split).toLowerCase();
    const body = part.slice(split + 4);
    if (headers.includes('content-transfer-encoding: base64')) return Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8');
    if (headers.includes('content-transfer-encoding: quoted-printable')) {
      const bytes = body.replace(/=\r\n/g, '').replace(/=([0-9A-F]{2})/gi, (_, hex: string) => `%${hex}`);
      return decodeURIComponent(bytes.replace(/%(?![0-9A-F]{2})/gi, '%25'));
    }
    return body;
  }).join('\n');
}

/**
 * The smallest SMTP server the platform's mailer talks to, on loopback: it accepts every message
 * and keeps it, so a test reads what a person finds in their mailbox (links included).
 */
export async function startMailSink(): Promise<{ port: number; mail: SunkMail[]; stop(): Promise<void> }> {
  const mail: SunkMail[] = [];
  const sockets = new Set<Socket>();
  const server = createServer((socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    let buffer = '';
    let data: string | null = null;
    let to: string[] = [];
    socket.write('220 sink ESMTP\r\n');
    socket.on('data', (chunk: Buffer) => {
      buffer += chunk.toString('latin1');
      for (;;) {
        if (data !== null) {
          const end = buffer.indexOf('\r\n.\r\n');
          if (end < 0) return;
          data += buffer.slice(0, end);
          buffer = buffer.slice(end + 5);
          mail.push({ to, text: decodedText(Buffer.from(data, 'latin1').toString('latin1')) });
          data = null;
          to = [];
          socket.write('250 kept\r\n');
          continue;
        }
        const line = buffer.indexOf('\r\n');
        if (line < 0) return;
        const command = buffer.slice(0, line);
        buffer = buffer.slice(line + 2);
        const verb = command.slice(0, 4).toUpperCase();
        if (verb === 'EHLO' || verb === 'HELO') socket.write('250 sink\r\n');
        else if (verb === 'RCPT') { to.push(/<([^>]*)>/.exec(command)?.[1] ?? ''); socket.write('250 ok\r\n'); }
        else if (verb === 'DATA') { data = ''; socket.write('354 go on\r\n'); }
        else if (verb === 'QUIT') { socket.end('221 bye\r\n'); return; }
        else socket.write('250 ok\r\n');
      }
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  return {
    port: typeof address === 'object' && address ? address.port : 0,
    mail,
    stop: () => new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    }),
  };
}

/** Debian's Chromium, headless, without the background traffic this closed network refuses. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
  });
}

/** Signs in through the API (not the browser) and returns the session cookie pair. */
export async function apiLogin(origin: string, email: string, password: string): Promise<string> {
  const response = await fetch(`${origin}/api/auth/login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }),
  });
  if (!response.ok) throw new Error(`login failed: ${await response.text()}`);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

/** A JSON call to the API with a session cookie, for setting up what the browser then uses. */
export async function apiCall(origin: string, cookie: string, method: string, path: string, body?: unknown) {
  const response = await fetch(`${origin}/api${path}`, {
    method,
    headers: { cookie, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, unknown>) : {}, text };
}

/** One assignment as the judge's dashboard lists it. */
export interface JudgeAssignment {
  id: number;
  code: string;
  title: string;
  status: 'pending' | 'draft' | 'submitted';
  round: { contestTitle: string; name: string; kind: string; opensAt: string; closesAt: string; open: boolean };
}

/** Every assignment on a judge's dashboard in its order, page after page (the API answers one page at a time). */
export async function judgeAssignments(origin: string, cookie: string): Promise<JudgeAssignment[]> {
  const found: JudgeAssignment[] = [];
  for (let page = 1; ; page++) {
    const answer = await apiCall(origin, cookie, 'GET', `/judging/assignments?page=${page}&pageSize=200`);
    if (answer.status !== 200) throw new Error(`judge's dashboard: ${answer.status} ${answer.text}`);
    const { total, rounds } = answer.body as unknown as { total: number; rounds: { assignments: JudgeAssignment[] }[] };
    found.push(...rounds.flatMap((round) => round.assignments));
    if (page * 200 >= total) return found;
  }
}

/** Registers a person through the API and returns their session cookie pair. */
export async function apiRegister(
  origin: string,
  person: { email: string; password: string; fullName: string; unitId: number | undefined },
): Promise<string> {
  const response = await fetch(`${origin}/api/auth/register`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(person),
  });
  if (response.status >= 300) throw new Error(`registration failed: ${await response.text()}`);
  return response.headers.getSetCookie()[0]?.split(';')[0] ?? '';
}

/**
 * A server where `entrant` has a draft (titled "Người giữ lửa", body `body`) in an open contest of
 * one criterion and one prize, for tests of the essay editor: the entrant's cookie and the
 * draft's page.
 */
export async function startWithDraft(
  organizer: { email: string; password: string },
  entrant: { email: string; password: string; fullName: string },
  contest: { slug: string; body: string },
): Promise<{ server: RunningServer; entrantCookie: string; entryUrl: string }> {
  const server = await startServer({ ORGANIZER_EMAIL: organizer.email, ORGANIZER_PASSWORD: organizer.password });
  const setup = organizerSetup(server.origin, await apiLogin(server.origin, organizer.email, organizer.password));
  const [unitId] = await setup.createUnits(['Phường Bến Nghé']);
  const contestId = await setup.createOpenContest({
    title: 'Gương sáng 2026', slug: contest.slug, minWords: 5,
    criteria: [{ name: 'Nội dung', weight: 1, min: 0, max: 10 }], prizeTiers: [{ name: 'Giải Nhất', count: 1 }],
  });
  const entrantCookie = await apiRegister(server.origin, { ...entrant, unitId });
  const created = await apiCall(server.origin, entrantCookie, 'POST', `/contests/${contestId}/entries`, { title: 'Người giữ lửa', body: contest.body });
  expect(created.status, created.text).toBe(201);
  return { server, entrantCookie, entryUrl: `${server.origin}/entries/${created.body.id as number}` };
}

/**
 * A phone-sized tab signed in through the login page; CSP violations it logs are pushed to
 * `cspViolations`. On failure it says where the page stayed and what the server printed.
 */
export async function signInAtPhoneSize(
  browser: Browser,
  server: RunningServer,
  credentials: { email: string; password: string },
  cspViolations: string[],
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(`${page.url()}: ${message.text()}`);
  });
  // Typing before the page has hydrated can be lost: wait until its scripts have run.
  await page.goto(`${server.origin}/login`, { waitUntil: 'networkidle' });
  await page.getByLabel('Email').fill(credentials.email);
  await page.getByLabel('Mật khẩu').fill(credentials.password);
  await page.getByRole('button', { name: 'Đăng nhập' }).last().click();
  await page.waitForURL(`${server.origin}/`).catch(async (error: unknown) => {
    const typed = await page.getByLabel('Email').inputValue().catch(() => '?');
    const main = await page.locator('main').innerText().catch(() => '?');
    throw new Error(`sign-in as ${credentials.email} stayed at ${page.url()} (e-mail field: "${typed}"): ${main}\n${server.output().slice(-2000)}`, { cause: error });
  });
  return { context, page };
}

/**
 * The page's serious and critical axe-core violations as "rule: targets" lines. axe is injected
 * as a script, so the page's context must bypass CSP (`bypassCSP: true`).
 */
export async function seriousAxeViolations(page: Page, options: { iframes?: boolean } = {}): Promise<string[]> {
  await page.addScriptTag({ content: axe.source });
  return page.evaluate(async (iframes) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run({ iframes });
    return result.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  }, options.iframes ?? true);
}

/** How many pixels the page is wider than its viewport: 0 when it fits (no sideways scrolling). */
export function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => Math.max(0, document.documentElement.scrollWidth - window.innerWidth));
}

/** The organizer's side of setting up a journey, through the API: units, an open contest, judges, the deadline passed. */
export function organizerSetup(origin: string, organizerCookie: string) {
  const call = (method: string, path: string, body?: unknown) => apiCall(origin, organizerCookie, method, path, body);
  const expectStatus = (answer: Awaited<ReturnType<typeof call>>, status: number) => expect(answer.status, answer.text).toBe(status);
  return {
    call,
    async createUnits(names: readonly string[]): Promise<number[]> {
      const ids: number[] = [];
      for (const name of names) {
        const unit = await call('POST', '/units', { name, headcount: 300 });
        expectStatus(unit, 201);
        ids.push(unit.body.id as number);
      }
      return ids;
    },
    /** A contest open since two hours ago until tomorrow, 30–5,000 words, unless `fields` say otherwise. */
    async createOpenContest(fields: Record<string, unknown>): Promise<number> {
      const now = Date.now();
      const contest = await call('POST', '/contests', {
        status: 'open',
        submissionOpensAt: new Date(now - 2 * 60 * 60 * 1000).toISOString(),
        submissionClosesAt: new Date(now + 24 * 60 * 60 * 1000).toISOString(),
        minWords: 30,
        maxWords: 5000,
        ...fields,
      });
      expectStatus(contest, 201);
      return contest.body.id as number;
    },
    /** Registers each person and gives them the judge role; their ids and sessions signed in as judges, in order. */
    async makeJudges(people: readonly { email: string; fullName: string; unitId: number | undefined }[], password: string) {
      const judges = { ids: [] as string[], cookies: [] as string[] };
      for (const person of people) {
        const registered = await apiRegister(origin, { email: person.email, fullName: person.fullName, unitId: person.unitId, password });
        const id = (await apiCall(origin, registered, 'GET', '/me')).body.id as string;
        expectStatus(await call('PUT', `/users/${id}/roles`, { roles: ['judge'] }), 200);
        judges.ids.push(id);
        judges.cookies.push(await apiLogin(origin, person.email, password));
      }
      return judges;
    },
    /** Submissions are over: the window ended a minute ago and the contest is being judged. */
    async closeSubmissions(contestId: number): Promise<void> {
      expectStatus(await call('PATCH', `/contests/${contestId}`, {
        status: 'judging',
        submissionOpensAt: new Date(Date.now() - 2 * 24 * 60 * 60 * 1000).toISOString(),
        submissionClosesAt: new Date(Date.now() - 60 * 1000).toISOString(),
      }), 200);
    },
  };
}

/** The page fits a phone's width (no sideways scrolling). */
export async function expectFitsPhone(page: Page): Promise<void> {
  expect(await sidewaysOverflow(page), page.url()).toBe(0);
}

/**
 * Opens `path` with the session of `as` in `axeContext` (which bypasses CSP so axe can be
 * injected), optionally acts on it, then checks its width and axe's serious violations.
 */
export async function expectAccessible(
  axeContext: BrowserContext,
  url: string,
  as: BrowserContext,
  before?: (page: Page) => Promise<void>,
): Promise<void> {
  await axeContext.clearCookies();
  await axeContext.addCookies(await as.cookies());
  const page = await axeContext.newPage();
  try {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    if (before) await before(page);
    await expectFitsPhone(page);
    expect(await seriousAxeViolations(page), page.url()).toEqual([]);
  } finally {
    await page.close();
  }
}
