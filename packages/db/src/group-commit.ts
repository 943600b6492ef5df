import type { Db, Tx } from './client.ts';
import { writeTransaction } from './client.ts';

/** Most pieces of work one COMMIT carries, so one batch never holds the event loop for long. */
const MAX_BATCH = 64;

interface Job {
  work: (tx: Tx) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/**
 * Write transactions that arrive together commit together. With synchronous=FULL every COMMIT
 * waits for the disk; at a deadline rush hundreds of submissions each paying that alone made the
 * commit the largest cost of a submission. Work handed to the returned function runs, in arrival
 * order, inside one shared BEGIN IMMEDIATE … COMMIT on the next turn of the event loop, each piece
 * in its own savepoint, so a piece that throws rolls back alone and its promise rejects with its
 * own error. Every promise settles only after the COMMIT: an answer still means the write is on
 * disk. If the COMMIT itself fails, every piece of the batch rejects with that error.
 *
 * Work must be synchronous (better-sqlite3 is) and read the clock itself, so a deadline is judged
 * when the work runs, inside the transaction.
 */
export function createGroupCommit(db: Db): <T>(work: (tx: Tx) => T) => Promise<T> {
  const savepoint = db.$client.prepare('SAVEPOINT group_commit_work');
  const release = db.$client.prepare('RELEASE group_commit_work');
  const rollback = db.$client.prepare('ROLLBACK TO group_commit_work');
  let waiting: Job[] = [];
  let scheduled = false;

  const flush = () => {
    const batch = waiting.slice(0, MAX_BATCH);
    waiting = waiting.slice(MAX_BATCH);
    scheduled = waiting.length > 0;
    if (scheduled) setImmediate(flush);
    let outcomes: ({ ok: true; value: unknown } | { ok: false; error: unknown })[];
    try {
      outcomes = writeTransaction(db, (tx) => batch.map((job) => {
        savepoint.run();
        try {
          const value = job.work(tx);
          release.run();
          return { ok: true as const, value };
        } catch (error) {
          rollback.run();
          release.run();
          return { ok: false as const, error };
        }
      }));
    } catch (error) {
      for (const job of batch) job.reject(error);
      return;
    }
    outcomes.forEach((outcome, i) => {
      if (outcome.ok) batch[i]!.resolve(outcome.value);
      else batch[i]!.reject(outcome.error);
    });
  };

  return <T>(work: (tx: Tx) => T) => new Promise<T>((resolve, reject) => {
    waiting.push({ work, resolve: resolve as (value: unknown) => void, reject });
    if (!scheduled) {
      scheduled = true;
      setImmediate(flush);
    }
  });
}
