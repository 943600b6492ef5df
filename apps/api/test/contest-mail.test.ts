import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queueDeadlineReminders } from '../src/mail/reminders.ts';
import { buildWorld, type World } from './attack-world.ts';

let world: World;

beforeAll(async () => {
  world = await buildWorld();
}, 120_000);
afterAll(() => world?.ctx.close());

const mail = (kind: string) => world.ctx.db.$client
  .prepare('select to_address as toAddress, subject, text from mail_queue where kind = ? order by id').all(kind) as
  { toAddress: string; subject: string; text: string }[];

describe('mail that follows the contest', () => {
  it('judges are told of their assignment, with the round and its deadline', () => {
    const assigned = mail('assignment');
    expect(assigned.map((m) => m.toAddress).sort()).toEqual(expect.arrayContaining([world.email.assignedJudge]));
    const judgeMail = assigned.find((m) => m.toAddress === world.email.assignedJudge);
    expect(judgeMail?.subject).toMatch(/^Phân công chấm /);
    expect(judgeMail?.text).toMatch(/Hạn chấm: \d\d\/\d\d\/\d{4} \d\d:\d\d \(giờ Việt Nam\)/);
    // Blind: nothing in the judge's mail names an author.
    expect(judgeMail?.text).not.toContain('Nguyễn Thị Hồng Nhung');
  });

  it('winners are told when the awards are final', () => {
    expect(mail('award').map((m) => m.subject)).toEqual(expect.arrayContaining([expect.stringMatching(/^Chúc mừng: bài GS-/)]));
  });

  it('entrants are told when the showcase is published, with its address', () => {
    const published = mail('publication');
    expect(published.map((m) => m.toAddress)).toEqual(expect.arrayContaining([world.email.owner, world.email.otherEntrant]));
    expect(published[0]?.subject).toMatch(/^Công bố kết quả – /);
    expect(published[0]?.text).toContain(`{{ORIGIN}}/showcase/${world.contests.awardedSlug}`);
  });

  it('reminds judges with unfinished sheets 48 h and 24 h before the round closes, each once', () => {
    const round = world.ctx.db.$client.prepare('select closes_at as closesAt from rounds where id = ?').get(world.roundId) as { closesAt: number };
    const at = (hoursBefore: number) => new Date(round.closesAt - hoursBefore * 3600_000);

    expect(queueDeadlineReminders(world.ctx.db, at(49))).toBe(0);
    const first = queueDeadlineReminders(world.ctx.db, at(47));
    expect(first).toBeGreaterThan(0);
    expect(queueDeadlineReminders(world.ctx.db, at(30))).toBe(0);
    expect(mail('reminder').map((m) => m.subject)).toEqual(Array(first).fill(expect.stringMatching(/^Nhắc hạn chấm: còn 47 giờ/)));

    expect(queueDeadlineReminders(world.ctx.db, at(23))).toBe(first);
    expect(queueDeadlineReminders(world.ctx.db, at(1))).toBe(0);
    expect(mail('reminder')).toHaveLength(2 * first);
    expect(mail('reminder')[0]?.text).toMatch(/Bạn còn \d+ phiếu chấm chưa nộp/);
  });
});
