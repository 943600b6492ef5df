import { closeDb, createDb, durabilityPragmas } from '@guong-sang/db';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

// SECURITY.md case 15: a crash at the deadline rush loses no acknowledged submission.
const root = new URL('../../../', import.meta.url).pathname;
const dataDir = mkdtempSync(join(tmpdir(), 'gs-crash-'));
const ENTRANTS = 50;
const SUBMITS_EACH = 10;
const ORGANIZER = { email: 'btc@example.vn', password: 'ban-to-chuc-2026' };
let server: ChildProcess | undefined;
let origin = '';

afterAll(() => {
  server?.kill('SIGKILL');
  rmSync(dataDir, { recursive: true, force: true });
});

const freePort = () => new Promise<number>((resolve) => {
  const probe = createServer().listen(0, '127.0.0.1', () => {
    const address = probe.address();
    probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
  });
});

async function start(): Promise<void> {
  const port = await freePort();
  origin = `http://127.0.0.1:${port}`;
  server = spawn(process.execPath, ['--import', 'tsx', 'apps/api/src/server.ts'], {
    cwd: root,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: origin, DATA_DIR: dataDir, SERVE_WEB: 'false', LOG_LEVEL: 'silent', ORGANIZER_EMAIL: ORGANIZER.email, ORGANIZER_PASSWORD: ORGANIZER.password },
    stdio: 'ignore',
  });
  for (let i = 0; i < 300; i++) {
    if ((await fetch(`${origin}/api/health`).catch(() => undefined))?.ok) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('server did not start');
}

async function call(path: string, init: { method?: string; cookie?: string; body?: unknown; client?: number } = {}) {
  const response = await fetch(`${origin}${path}`, {
    method: init.method ?? 'GET',
    headers: {
      'content-type': 'application/json',
      ...(init.cookie && { cookie: init.cookie }),
      // Each simulated entrant is its own address, as behind the web server.
      ...(init.client !== undefined && { 'x-forwarded-for': `10.9.${Math.floor(init.client / 250)}.${init.client % 250}` }),
    },
    ...(init.body !== undefined && { body: JSON.stringify(init.body) }),
  });
  const cookie = response.headers.getSetCookie()[0]?.split(';')[0];
  return { status: response.status, json: (await response.json().catch(() => null)) as Record<string, unknown> | null, cookie };
}

describe('a crash at the deadline rush', () => {
  it('SIGKILL during 500 submissions: after restart every acknowledged submission is there, intact', async () => {
    await start();
    const organizer = (await call('/api/auth/login', { method: 'POST', body: ORGANIZER })).cookie ?? '';
    const unit = await call('/api/units', { method: 'POST', cookie: organizer, body: { name: 'Đảng ủy Sở Tư pháp', headcount: 100 } });
    const now = Date.now();
    const contest = await call('/api/contests', {
      method: 'POST', cookie: organizer,
      body: { title: 'Gương sáng', slug: 'guong-sang', status: 'open', submissionOpensAt: new Date(now - 3600e3).toISOString(),
        submissionClosesAt: new Date(now + 3600e3).toISOString(), minWords: 1, maxWords: 5000 },
    });
    const body = `<p>${'Chị luôn tận tụy với công việc và hết lòng vì nhân dân. '.repeat(40)}</p>`;
    const entrants = await Promise.all(Array.from({ length: ENTRANTS }, async (_, i) => {
      const registered = await call('/api/auth/register', {
        method: 'POST', client: i,
        body: { email: `tacgia${i}@example.vn`, password: 'mat-khau-du-dai', fullName: `Tác giả ${i}`, unitId: unit.json?.id },
      });
      const cookie = registered.cookie ?? '';
      const entry = await call(`/api/contests/${String(contest.json?.id)}/entries`, { method: 'POST', cookie, client: i, body: { title: `Bài ${i}`, body } });
      return { cookie, entryId: Number(entry.json?.id), client: i };
    }));

    const acknowledged: { entryId: number; version: number; receiptHash: string }[] = [];
    const rush = entrants.map(async ({ cookie, entryId, client }) => {
      for (let n = 0; n < SUBMITS_EACH; n++) {
        const result = await call(`/api/entries/${entryId}/submit`, { method: 'POST', cookie, client, body: { consentToPublish: true } })
          .catch(() => undefined);
        if (!result) return;
        if (result.status === 200) {
          acknowledged.push({ entryId, version: Number(result.json?.version), receiptHash: String(result.json?.receiptHash) });
        }
      }
    });
    // Pull the plug somewhere in the middle of the rush.
    while (acknowledged.length < (ENTRANTS * SUBMITS_EACH) / 3) await new Promise((resolve) => setTimeout(resolve, 5));
    server?.kill('SIGKILL');
    await Promise.all(rush);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(acknowledged.length).toBeLessThan(ENTRANTS * SUBMITS_EACH);

    await start();
    expect((await call('/api/health')).status).toBe(200);
    server?.kill('SIGTERM');

    const db = createDb(join(dataDir, 'guong-sang.sqlite'));
    try {
      expect(db.$client.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(durabilityPragmas(db).synchronous).toBe(2);
      const version = db.$client.prepare('select sha256 from entry_versions where entry_id = ? and version = ?');
      for (const ack of acknowledged) expect(version.pluck().get(ack.entryId, ack.version)).toBe(ack.receiptHash);
      // No half-written submission: every version row has its audit row and vice versa.
      const versions = Number(db.$client.prepare('select count(*) from entry_versions').pluck().get());
      const audits = Number(db.$client.prepare("select count(*) from audit_log where action = 'entry.submitted'").pluck().get());
      expect(audits).toBe(versions);
      expect(versions).toBeGreaterThanOrEqual(acknowledged.length);
    } finally {
      closeDb(db);
    }
  }, 120_000);
});
