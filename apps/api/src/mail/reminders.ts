import {
  getContest, listJudgesWithUnfinishedSheets, listRoundsClosingBetween, writeTransaction, type Db,
} from '@guong-sang/db';
import { queueUserMail } from './queue.ts';
import { reminderMail } from './templates.ts';

const HOUR_MS = 3600_000;
/** Reminders go this many hours before a round closes, the nearest last. */
const REMINDER_HOURS = [48, 24] as const;

/**
 * Queues the deadline reminders now due: to each judge with unfinished sheets in a round closing
 * within 48 hours (then within 24), each reminder once ever (its key in the queue remembers it).
 * A round found already inside 24 hours gets only the 24-hour reminder. Answers how many were queued.
 */
export function queueDeadlineReminders(db: Db, now: Date): number {
  const horizon = new Date(now.getTime() + Math.max(...REMINDER_HOURS) * HOUR_MS);
  return writeTransaction(db, (tx) => {
    let queued = 0;
    for (const round of listRoundsClosingBetween(tx, now, horizon)) {
      if (round.opensAt > now) continue;
      const contest = getContest(tx, round.contestId);
      if (!contest) continue;
      const left = round.closesAt.getTime() - now.getTime();
      const hours = Math.min(...REMINDER_HOURS.filter((h) => left <= h * HOUR_MS));
      for (const { judgeId, unfinished } of listJudgesWithUnfinishedSheets(tx, round.id)) {
        const facts = {
          contestTitle: contest.title, roundName: round.name, unfinished, closesAt: round.closesAt,
          hoursLeft: Math.max(1, Math.round(left / HOUR_MS)),
        };
        if (queueUserMail(tx, judgeId, 'reminder', (locale, person) => reminderMail(locale, person.fullName, facts), now, {
          onceKey: `reminder:${round.id}:${judgeId}:${hours}`,
        })) queued += 1;
      }
    }
    return queued;
  });
}
