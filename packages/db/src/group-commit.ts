import type { Db, Tx } from './client.ts';
import { writeTransaction } from './client.ts';

/** Most pieces of work one COMMIT carries, so one batch never holds the event loop for long. */
const MAX_BATCH = 64;

interface Job {
  work: (tx: Tx) => unknown;
  resolve: (value: unknown) => void;
  reject: (error: unknown) => void;
}

/** A piece's error ended the whole transaction (SQLITE_FULL, an I/O error, RAISE(ROLLBACK)…). */
class BatchAborted {
  constructor(readonly index: number, readonly cause: unknown) {}
}

const isPromiseLike = (value: unknown) =>
  value !== null && typeof value === 'object' && typeof (value as { then?: unknown }).then === 'function';

/**
 * Write transactions that arrive together commit together. With synchronous=FULL every COMMIT
 * waits for the disk; at a deadline rush hundreds of submissions each paying that alone made the
 * commit the largest cost of a submission. Work handed to the returned function runs, in arrival
 * order, inside one shared BEGIN IMMEDIATE … COMMIT on the next turn of the event loop, each piece
 * in its own savepoint, so a piece that throws rolls back alone and its promise rejects with its
 * own error. Every promise settles only after the COMMIT: an answer still means the write is on
 * disk. Should a piece's error end the whole transaction (a full disk), that piece alone is refused
 * with its error and the others, neither written nor answered, run again in the next batch. If the
 * COMMIT itself fails, every piece of the batch rejects with that error.
 *
 * Work must be synchronous (better-sqlite3 is; a returned promise is refused, as
 * `writeTransaction` refuses it). Work may run more than once (a batch run again) and later than
 * it was handed over: a caller that judges a deadline takes the time before handing it over.
 */
export function createGroupCommit(db: Db): <T>(work: (tx: Tx) => T) => Promise<T> {
  const savepoint = db.$client.prepare('SAVEPOINT group_commit_work');
  const release = db.$client.prepare('RELEASE group_commit_work');
  const rollback = db.$client.prepare('ROLLBACK TO group_commit_work');
  let waiting: Job[] = [];
  let scheduled = false;
  const schedule = () => {
    if (scheduled || waiting.length === 0) return;
    scheduled = true;
    setImmediate(flush);
  };

  const runPiece = (tx: Tx, job: Job, index: number) => {
    savepoint.run();
    let value: unknown;
    try {
      value = job.work(tx);
      if (isPromiseLike(value)) {
        (value as PromiseLike<unknown>).then(undefined, () => undefined);
        throw new TypeError('group commit: work must be synchronous, not return a promise');
      }
    } catch (error) {
      if (!db.$client.inTransaction) throw new BatchAborted(index, error);
      rollback.run();
      release.run();
      return { ok: false as const, error };
    }
    // Throws, failing the whole batch and re-running none of it, if the work ended the transaction itself.
    release.run();
    return { ok: true as const, value };
  };

  const flush = () => {
    scheduled = false;
    const batch = waiting.splice(0, MAX_BATCH);
    schedule();
    let outcomes: ReturnType<typeof runPiece>[];
    try {
      // Nested in someone else's transaction, the savepoints would be answered before that one commits.
      if (db.$client.inTransaction) throw new Error('group commit: the connection is already inside a transaction');
      outcomes = writeTransaction(db, (tx) => batch.map((job, index) => runPiece(tx, job, index)));
    } catch (error) {
      if (error instanceof BatchAborted) {
        batch[error.index]!.reject(error.cause);
        waiting = [...batch.filter((_, i) => i !== error.index), ...waiting];
        schedule();
        return;
      }
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
    schedule();
  });
}
