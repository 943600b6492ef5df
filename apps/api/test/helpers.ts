import { closeDb, createDb, type Db } from '@guong-sang/db';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildApp, type App } from '../src/app.ts';
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
export async function makeApp(options: { dataDir?: string; env?: NodeJS.ProcessEnv } = {}): Promise<TestContext> {
  const dataDir = options.dataDir ?? mkdtempSync(join(tmpdir(), 'gs-api-'));
  const config = loadConfig({ DATA_DIR: dataDir, ORIGIN, ...options.env });
  const db = createDb(join(dataDir, 'guong-sang.sqlite'));
  const setupLink = await prepareFirstRun(db, config);
  const app = await buildApp({ config, db });
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
