import { createDb, getContestBySlug, listAwards, listPublicationsByContest, listPublicStories, searchPublicStories } from '@guong-sang/db';
import { describe, expect, it } from 'vitest';
import { DEMO_PUBLISHED_SLUG } from './contests.ts';
import { seedDemoJudging } from './judging.ts';
import { seedDemoPublication } from './publication.ts';
import { seedDemo } from './seed.ts';

describe('demo publication', () => {
  const db = createDb(':memory:');
  const now = new Date('2026-11-26T03:00:00Z');
  seedDemo(db, { passwordHash: 'x', now });
  seedDemoJudging(db, now);
  seedDemoPublication(db);
  seedDemoPublication(db);
  const contest = getContestBySlug(db, DEMO_PUBLISHED_SLUG)!;

  it('publishes last year\'s contest: every prize awarded, the consenting winners\' stories public', () => {
    expect(contest.status).toBe('published');
    expect(contest.publishedAt!.getTime()).toBeLessThan(now.getTime());
    expect(listAwards(db, contest.id)).toHaveLength(12);
    const publications = listPublicationsByContest(db, contest.id);
    expect(publications).toHaveLength(12);
    const shown = listPublicStories(db, now, { contestId: contest.id });
    expect(shown.length).toBeGreaterThanOrEqual(6);
    expect(shown.every(({ entry }) => entry.consentToPublish)).toBe(true);
    expect(publications.filter((p) => p.authorDeclinedAt).length).toBe(12 - shown.length);
  });

  it('has stories a visitor finds by searching the contest\'s name without diacritics', () => {
    expect(searchPublicStories(db, 'guong sang lam theo loi bac', now, { limit: 20, offset: 0 }).total).toBeGreaterThan(0);
  });

  it('fills the outbox with mail of every kind a contest sends: receipts, assignments, reminders, awards, publication', () => {
    const kinds = new Map((db.$client.prepare('select kind, count(*) as n from mail_queue group by kind').all() as { kind: string; n: number }[])
      .map(({ kind, n }) => [kind, n]));
    expect(kinds.get('receipt')).toBeGreaterThanOrEqual(350);
    expect(kinds.get('assignment')).toBeGreaterThan(0);
    // The judged contest's final round closes in 40 hours: judges with sheets left are reminded.
    expect(kinds.get('reminder')).toBeGreaterThan(0);
    expect(kinds.get('award')).toBe(12);
    expect(kinds.get('publication')).toBeGreaterThan(0);
  });
});
