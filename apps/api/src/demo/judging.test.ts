import { createDb, listActiveAssignments, listComparisons, listContests, listRoundEntryIds, listRounds, listRoundSheets } from '@guong-sang/db';
import { roundResults } from '../results/round-results.ts';
import { describe, expect, it } from 'vitest';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { seedDemoJudging } from './judging.ts';
import { seedDemo } from './seed.ts';

describe('demo judging', () => {
  const db = createDb(':memory:');
  const now = new Date('2026-11-26T03:00:00Z');
  seedDemo(db, { passwordHash: 'x', now });
  seedDemoJudging(db, now);
  seedDemoJudging(db, now);
  const contest = listContests(db).find((c) => c.slug !== DEMO_CONTEST_SLUG);
  const [preliminary, final, comparative] = listRounds(db, contest?.id ?? 0);

  it('has a finished preliminary round: every entry read twice or thrice, every sheet submitted', () => {
    expect(listRounds(db, contest?.id ?? 0)).toHaveLength(3);
    expect(preliminary?.closesAt.getTime()).toBeLessThan(now.getTime());
    const active = listActiveAssignments(db, preliminary?.id ?? 0);
    const perEntry = new Map<number, number>();
    for (const a of active) perEntry.set(a.entryId, (perEntry.get(a.entryId) ?? 0) + 1);
    expect(perEntry.size).toBe(40);
    expect([...perEntry.values()].every((n) => n === 2 || n === 3)).toBe(true);
    expect(active.some((a) => a.origin === 'adjudication')).toBe(true);
    const sheets = listRoundSheets(db, preliminary?.id ?? 0);
    expect(sheets).toHaveLength(active.length);
    expect(sheets.every((s) => s.sheet.status === 'submitted')).toBe(true);
  });

  it('has an open final round on the shortlist, read by the panel, partly scored', () => {
    expect(final?.kind).toBe('final');
    expect(final?.closesAt.getTime()).toBeGreaterThan(now.getTime());
    const active = listActiveAssignments(db, final?.id ?? 0);
    expect(new Set(active.map((a) => a.entryId)).size).toBeGreaterThanOrEqual(10);
    const sheets = listRoundSheets(db, final?.id ?? 0);
    expect(sheets.some((s) => s.sheet.status === 'submitted')).toBe(true);
    expect(sheets.some((s) => s.sheet.status === 'draft')).toBe(true);
    expect(sheets.length).toBeLessThan(active.length);
  });

  it('offers the final round by comparison too: same shortlist, open, most choices made, ranked', () => {
    expect(comparative).toMatchObject({ kind: 'final', method: 'comparative' });
    expect(comparative?.closesAt.getTime()).toBeGreaterThan(now.getTime());
    const shortlisted = listRoundEntryIds(db, comparative?.id ?? 0).map((r) => r.entryId).sort();
    expect(shortlisted).toEqual(listRoundEntryIds(db, final?.id ?? 0).map((r) => r.entryId).sort());
    const choices = listComparisons(db, comparative?.id ?? 0);
    expect(choices.length).toBeGreaterThanOrEqual(Math.floor(shortlisted.length * 10 / 2 * 0.8) - 1);
    const results = roundResults(db, comparative?.id ?? 0, 'corrected');
    expect(results.entries).toHaveLength(shortlisted.length);
    expect(results.comparative?.ssr.value).toEqual(expect.any(Number));
  });
});
