import { closeDb, createDb, type Db } from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App, type AppOptions } from '../src/app.ts';
import { loadConfig } from '../src/config.ts';
import { prepareFirstRun } from '../src/first-run.ts';

export const ORIGIN = 'http://localhost:3000';

export interface TestContext {
  app: App;
  db: Db;
  dataDir: string;
  /** The one-time setup link printed at start, when no organizer was configured. */
  setupLink: string | undefined;
  close(): Promise<void>;
}

/** A fresh app over a real SQLite file with the real migrations. */
export async function makeApp(
  options: { dataDir?: string; env?: NodeJS.ProcessEnv; now?: () => Date; onRoute?: AppOptions['onRoute'] } = {},
): Promise<TestContext> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gs-api-'));
  // Tests that want the round thread ask for it: each thread loads the sources through tsx.
  const config = loadConfig({ DATA_DIR: dataDir, ORIGIN, EXPORT_THREAD_SHEETS: 'off', ...options.env });
  const db = createDb(join(dataDir, 'guong-sang.sqlite'));
  const setupLink = await prepareFirstRun(db, config);
  const app = await buildApp({ config, db, now: options.now, onRoute: options.onRoute, logger: process.env.TEST_LOG ? { level: 'error' } : false });
  await app.ready();
  return {
    app,
    db,
    dataDir,
    setupLink,
    async close() {
      await app.close();
      closeDb(db);
      if (!options.dataDir) rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The `name=value` pair of the session cookie a response set, for the next request. */
export function sessionCookie(response: { headers: Record<string, unknown> }): string {
  const header = response.headers['set-cookie'];
  const all = Array.isArray(header) ? header : [header];
  const found = all.map(String).find((c) => c.startsWith('gs_session=') || c.startsWith('__Host-gs_session='));
  if (!found) throw new Error(`no session cookie in ${JSON.stringify(header)}`);
  return found.split(';')[0] ?? '';
}

export const json = { 'content-type': 'application/json' };

export const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
export const organizerEnv = { ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password };

export async function login(app: App, email: string, password: string): Promise<string> {
  const response = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { email, password } });
  if (response.statusCode !== 200) throw new Error(`login failed: ${response.body}`);
  return sessionCookie(response);
}

/** One assignment as the judge's dashboard lists it (judging/blind-view.ts). */
export interface JudgeAssignment {
  id: number;
  code: string;
  title: string;
  category: string | null;
  wordCount: number;
  status: 'pending' | 'draft' | 'submitted';
  round: { contestTitle: string; name: string; kind: string; opensAt: string; closesAt: string; open: boolean };
}

/** Every assignment on a judge's dashboard in its order, page after page (the API answers one page at a time). */
export async function judgeAssignments(app: App, cookie: string): Promise<JudgeAssignment[]> {
  const found: JudgeAssignment[] = [];
  for (let page = 1; ; page++) {
    const response = await app.inject({ url: `/api/judging/assignments?page=${page}&pageSize=200`, headers: { cookie } });
    if (response.statusCode !== 200) throw new Error(`judge's dashboard: ${response.statusCode} ${response.body}`);
    const answer = response.json<{ total: number; rounds: { assignments: JudgeAssignment[] }[] }>();
    found.push(...answer.rounds.flatMap((round) => round.assignments));
    if (page * 200 >= answer.total) return found;
  }
}

export async function createUnit(app: App, organizerCookie: string, name: string, headcount = 100): Promise<number> {
  const response = await app.inject({
    method: 'POST', url: '/api/units', headers: { cookie: organizerCookie }, payload: { name, headcount },
  });
  if (response.statusCode !== 201) throw new Error(`unit not created: ${response.body}`);
  return response.json<{ id: number }>().id;
}

export async function register(
  app: App,
  person: { email: string; password?: string; fullName?: string; unitId: number },
): Promise<string> {
  const response = await app.inject({
    method: 'POST', url: '/api/auth/register',
    payload: { password: 'mat-khau-du-dai', fullName: 'Nguyễn Văn An', ...person },
  });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.body}`);
  return sessionCookie(response);
}

export const FIXTURES = new URL('../../../../shared/fixtures/', import.meta.url).pathname;

/** A multipart/form-data body with optional text fields before one file part. */
export function multipart(file: { name: string; bytes: Buffer }, fields: Record<string, string> = {}) {
  const boundary = `----gs${Math.random().toString(16).slice(2)}`;
  const parts: Buffer[] = Object.entries(fields).map(([name, value]) =>
    Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
  parts.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${file.name}"\r\n`
    + 'Content-Type: application/octet-stream\r\n\r\n'));
  parts.push(file.bytes, Buffer.from(`\r\n--${boundary}--\r\n`));
  return { payload: Buffer.concat(parts), headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
}

export const DAY = 24 * 60 * 60 * 1000;

/** An open contest whose window is around `now`, created through the API. */
export async function createOpenContest(
  app: App,
  organizerCookie: string,
  now: Date,
  overrides: Record<string, unknown> = {},
): Promise<{ id: number; submissionClosesAt: string }> {
  const response = await app.inject({
    method: 'POST', url: '/api/contests', headers: { cookie: organizerCookie },
    payload: {
      title: 'Gương sáng làm theo lời Bác năm 2026',
      slug: `guong-sang-${Math.random().toString(36).slice(2, 8)}`,
      status: 'open',
      submissionOpensAt: new Date(now.getTime() - DAY).toISOString(),
      submissionClosesAt: new Date(now.getTime() + 10 * DAY).toISOString(),
      minWords: 100,
      maxWords: 2500,
      categories: ['Cán bộ, đảng viên', 'Người lao động'],
      criteria: [{ name: 'Nội dung', weight: 0.6, max: 10 }, { name: 'Hình thức', weight: 0.4, max: 10 }],
      prizeTiers: [{ name: 'Giải Nhất', count: 1 }, { name: 'Giải Nhì', count: 2 }],
      ...overrides,
    },
  });
  if (response.statusCode !== 201) throw new Error(`contest not created: ${response.body}`);
  return response.json();
}
