import { createDb, listActiveAssignments, listContests, listRounds, listRoundSheets } from '@guong-sang/db';
import { describe, expect, it } from 'vitest';
import { DEMO_CONTEST_SLUG } from './contests.ts';
import { seedDemoJudging } from './judging.ts';
import { seedDemo } from './seed.ts';

describe('demo judging', () => {
  it('assigns every entry of the contest being judged to two judges, some sheets scored', () => {
    const db = createDb(':memory:');
    const now = new Date('2026-11-26T03:00:00Z');
    seedDemo(db, { passwordHash: 'x', now });
    seedDemoJudging(db, now);
    seedDemoJudging(db, now);
    const contest = listContests(db).find((c) => c.slug !== DEMO_CONTEST_SLUG);
    const rounds = listRounds(db, contest?.id ?? 0);
    expect(rounds).toHaveLength(1);
    const round = rounds[0]!;
    const active = listActiveAssignments(db, round.id);
    const perEntry = new Map<number, number>();
    for (const a of active) perEntry.set(a.entryId, (perEntry.get(a.entryId) ?? 0) + 1);
    expect(perEntry.size).toBe(40);
    expect([...perEntry.values()].every((n) => n === 2)).toBe(true);
    const sheets = listRoundSheets(db, round.id);
    const submitted = sheets.filter((s) => s.sheet.status === 'submitted').length;
    expect(submitted).toBeGreaterThan(active.length * 0.4);
    expect(sheets.some((s) => s.sheet.status === 'draft')).toBe(true);
    expect(submitted).toBeLessThan(active.length);
  });
});
