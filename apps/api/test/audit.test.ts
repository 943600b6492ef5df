import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { RouteOptions } from 'fastify';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as db from '@guong-sang/db';
import {
  createOpenContest, createUnit, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

let ctx: TestContext;
const clock = new Date('2026-11-20T03:00:00Z');
let organizer: string;
const routes: RouteOptions[] = [];

const get = (cookie: string, url: string) => ctx.app.inject({ method: 'GET', url, headers: { cookie } });

beforeEach(async () => {
  routes.length = 0;
  ctx = await makeApp({ env: organizerEnv, now: () => clock, onRoute: (route) => routes.push(route) });
  organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
});
afterEach(() => ctx.close());

describe('audit log viewer', () => {
  it('filters by contest, person, action and Vietnam days, newest first, 50 a page', async () => {
    const contest = await createOpenContest(ctx.app, organizer, clock);
    const other = await createOpenContest(ctx.app, organizer, clock);
    for (let i = 0; i < 54; i++) await createUnit(ctx.app, organizer, `Chi bộ số ${i + 1}`);
    const unitId = await createUnit(ctx.app, organizer, 'Chi bộ Ấp Bắc');
    // Audit times are the real clock's; these two rows are placed on known Vietnam days.
    const organizerId = (await get(organizer, '/api/me')).json().id;
    db.appendAudit(ctx.db, { actorId: organizerId, action: 'unit.updated', subjectType: 'unit', subjectId: unitId, at: new Date('2026-11-21T16:59:59Z') });
    db.appendAudit(ctx.db, { actorId: organizerId, action: 'unit.updated', subjectType: 'unit', subjectId: unitId, at: new Date('2026-11-21T17:00:00Z') });
    const author = await register(ctx.app, { email: 'tacgia@example.vn', fullName: 'Lê Thị Mai', unitId });
    const entry = (await ctx.app.inject({
      method: 'POST', url: `/api/contests/${contest.id}/entries`, headers: { cookie: author }, payload: { title: 'Người giữ lửa' },
    })).json();

    const all = (await get(organizer, '/api/audit')).json();
    expect(all.total).toBe(1 + 2 + 55 + 2 + 2); // first organizer, contests, units, registration and draft, updates
    expect(all.entries).toHaveLength(50);
    expect(all.entries[0]).toMatchObject({
      action: 'entry.created', subjectType: 'entry', subjectId: String(entry.id), contestId: contest.id,
      actor: { name: 'Lê Thị Mai', email: 'tacgia@example.vn' },
    });
    expect(all.actions).toEqual(expect.arrayContaining(['contest.created', 'entry.created', 'unit.created', 'user.registered']));
    const second = (await get(organizer, '/api/audit?page=2')).json();
    expect(second.entries).toHaveLength(12);
    expect(second.entries.at(-1)).toMatchObject({ action: 'setup.first_organizer' });
    expect(new Set([...all.entries, ...second.entries].map((e: { id: number }) => e.id)).size).toBe(62);
    expect((await get(organizer, '/api/audit?page=3')).json().entries).toEqual([]);

    const ofContest = (await get(organizer, `/api/audit?contestId=${contest.id}`)).json();
    expect(ofContest.entries.map((e: { action: string }) => e.action)).toEqual(['entry.created', 'contest.created']);
    expect((await get(organizer, `/api/audit?contestId=${other.id}`)).json().total).toBe(1);
    expect((await get(organizer, '/api/audit?contestId=999')).json().total).toBe(0);

    const ofPerson = (await get(organizer, '/api/audit?person=%20TacGia@example.vn')).json();
    expect(ofPerson.entries.map((e: { action: string }) => e.action)).toEqual(['entry.created', 'user.registered']);
    expect((await get(organizer, '/api/audit?person=nobody@example.vn')).json().total).toBe(0);

    expect((await get(organizer, '/api/audit?action=unit.created')).json().total).toBe(55);
    // 16:59:59 UTC is the 21st's last second in Vietnam; 17:00 UTC, the 22nd's first.
    const updates = (query: string) => get(organizer, `/api/audit?action=unit.updated&${query}`).then((r) => r.json());
    expect((await updates('from=2026-11-21&to=2026-11-21')).entries.map((e: { at: string }) => e.at)).toEqual(['2026-11-21T16:59:59.000Z']);
    expect((await updates('from=2026-11-22&to=2026-11-22')).entries.map((e: { at: string }) => e.at)).toEqual(['2026-11-21T17:00:00.000Z']);
    expect((await updates('to=2026-11-20')).total).toBe(0);
    expect((await updates('from=2026-11-21')).total).toBe(2);

    for (const bad of ['page=0', 'from=2026-13-01', 'from=2026-02-31', 'to=2025-02-29', 'to=yesterday', 'contestId=abc', 'action=']) {
      expect((await get(organizer, `/api/audit?${bad}`)).statusCode, bad).toBe(400);
    }
  });

  it('answers organizers only', async () => {
    const unitId = await createUnit(ctx.app, organizer, 'Chi bộ Ấp Bắc');
    const entrant = await register(ctx.app, { email: 'tacgia@example.vn', unitId });
    expect((await get(entrant, '/api/audit')).statusCode).toBe(403);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/audit' })).statusCode).toBe(401);
  });
});

describe('the audit log is append-only', () => {
  const SOURCES = ['../src/', '../../../packages/db/src/'].map((p) => fileURLToPath(new URL(p, import.meta.url)));
  const sourceFiles = (dir: string): string[] => readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? sourceFiles(join(dir, d.name)) : d.name.endsWith('.ts') ? [join(dir, d.name)] : []);

  it('no route under the audit path but reads, and nothing in the code can change or delete an entry', async () => {
    const auditRoutes = routes.filter((r) => r.url.startsWith('/api/audit'));
    expect(auditRoutes.length).toBeGreaterThan(0);
    for (const route of auditRoutes) expect([route.method].flat().filter((m) => m !== 'GET' && m !== 'HEAD'), route.url).toEqual([]);

    // Every route reaches the database through packages/db, whose only audit write is an insert.
    const auditFunctions = Object.keys(db).filter((name) => /audit/i.test(name));
    expect(auditFunctions.sort()).toEqual(['appendAudit', 'listAudit', 'listAuditActions', 'searchAudit']);
    const writes = /\b(update|delete)\s*\(\s*(schema\.)?auditLog\b|\b(update|delete\s+from|replace\s+into|insert\s+or\s+replace\s+into)\s+[`"]?audit_log\b/i;
    const offenders = SOURCES.flatMap(sourceFiles).filter((file) => writes.test(readFileSync(file, 'utf8')));
    expect(offenders).toEqual([]);
  });

  it('the database refuses UPDATE and DELETE on audit_log, whatever code runs', async () => {
    await createUnit(ctx.app, organizer, 'Chi bộ Ấp Bắc');
    const raw = ctx.db.$client;
    const before = raw.prepare('select count(*) from audit_log').pluck().get();
    expect(() => raw.prepare("update audit_log set action = 'nothing.happened'").run()).toThrow(/append-only/);
    expect(() => raw.prepare('delete from audit_log').run()).toThrow(/append-only/);
    expect(() => raw.prepare("insert or replace into audit_log (id, created_at, action, subject_type, subject_id, details) select id, created_at, 'x', 'x', 'x', '{}' from audit_log").run()).toThrow(/append-only/);
    expect(raw.prepare('select count(*) from audit_log').pluck().get()).toBe(before);
    expect(raw.prepare("select count(*) from audit_log where action = 'nothing.happened' or action = 'x'").pluck().get()).toBe(0);
  });
});
