import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createOpenContest, createUnit, FIXTURES, login, makeApp, ORGANIZER, organizerEnv, register, type TestContext,
} from './helpers.ts';

// SECURITY.md cases 14 and 18: simultaneous writes, and writes straddling the deadline, keep every rule.
let ctx: TestContext;
let clock: Date;
/** The server clock passes the deadline after this many readings of it, mid-way through the requests. */
let passDeadlineAfter: number | undefined;
let closesAt: Date;
let entrant: string;
let contestId: number;

const essay = readFileSync(join(FIXTURES, 'essays/essay-01.txt'), 'utf8').split(/\n\s*\n/).map((p) => `<p>${p.trim()}</p>`).join('');
const api = (method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: { cookie: entrant }, ...(payload && { payload }) });
const count = (sql: string, ...params: unknown[]) => Number(ctx.db.$client.prepare(sql).pluck().get(...params));

beforeEach(async () => {
  clock = new Date('2026-11-26T03:00:00Z');
  passDeadlineAfter = undefined;
  ctx = await makeApp({
    env: organizerEnv,
    now: () => {
      if (passDeadlineAfter !== undefined && passDeadlineAfter-- <= 0) clock = new Date(closesAt.getTime() + 1);
      return clock;
    },
  });
  const organizer = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
  const unitId = await createUnit(ctx.app, organizer, 'Đảng ủy Sở Tư pháp');
  entrant = await register(ctx.app, { email: 'nhung@example.vn', fullName: 'Nguyễn Thị Hồng Nhung', unitId });
  const contest = await createOpenContest(ctx.app, organizer, clock);
  contestId = contest.id;
  closesAt = new Date(contest.submissionClosesAt);
});
afterEach(() => ctx.close());

async function draft(): Promise<number> {
  const response = await api('POST', `/api/contests/${contestId}/entries`, { title: 'Người giữ lửa', body: essay, category: 'Người lao động' });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: number }>().id;
}

describe('simultaneous writes', () => {
  it('20 submits of one entry at once: every acknowledged one is its own stored version with its receipt', async () => {
    const entryId = await draft();
    const responses = await Promise.all(Array.from({ length: 20 }, () =>
      api('POST', `/api/entries/${entryId}/submit`, { consentToPublish: true })));
    const acknowledged = responses.filter((r) => r.statusCode === 200).map((r) => r.json<{ receiptHash: string }>());
    expect(responses.filter((r) => r.statusCode !== 200 && r.statusCode !== 409).map((r) => r.body)).toEqual([]);
    expect(acknowledged.length).toBeGreaterThan(0);
    expect(count('select count(*) from entry_versions where entry_id = ?', entryId)).toBe(acknowledged.length);
    for (const receipt of acknowledged) {
      expect(count('select count(*) from entry_versions where entry_id = ? and sha256 = ?', entryId, receipt.receiptHash)).toBeGreaterThan(0);
    }
    expect(count("select count(*) from audit_log where action = 'entry.submitted' and subject_id = ?", String(entryId)))
      .toBe(acknowledged.length);
  });

  it('submits and edits racing the deadline: nothing is stored after it, everything refused says so', async () => {
    const entryId = await draft();
    clock = new Date(closesAt.getTime() - 1000);
    passDeadlineAfter = 20;
    const requests = Array.from({ length: 30 }, (_, i) => (i % 2 === 0
      ? api('POST', `/api/entries/${entryId}/submit`, { consentToPublish: true })
      : api('PATCH', `/api/entries/${entryId}`, { title: `Người giữ lửa ${i}` })));
    const responses = await Promise.all(requests);
    const statuses = responses.map((response) => response.statusCode);
    expect(statuses).toContain(200);
    expect(statuses).toContain(409);
    for (const response of responses) {
      expect([200, 409]).toContain(response.statusCode);
      if (response.statusCode === 409) expect(response.json().error.code).toMatch(/submission_closed|already_submitted|not_editable/);
    }
    const latest = count('select max(submitted_at) from entry_versions where entry_id = ?', entryId);
    expect(latest).toBeLessThanOrEqual(closesAt.getTime());
    // After the deadline every write is refused, whatever came before.
    expect((await api('PATCH', `/api/entries/${entryId}`, { title: 'Muộn' })).statusCode).toBe(409);
  });
});
