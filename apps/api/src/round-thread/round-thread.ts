import { countScoreSheets, type CountedSheets, type DbOrTx, type EntrySpan, type ListedSheets } from '@guong-sang/db';
import type { FastifyBaseLogger } from 'fastify';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../lib/locale.ts';
import { threadEntry } from '../lib/process-entry.ts';

/**
 * After a thread stopped on its own (it failed to start, or died), none is started again for this
 * long: a thread that dies at every start must not cost a start at every large read.
 */
const RESTART_AFTER_MS = 60_000;

/** What the thread can be asked for: a part of a rubric round's reads, on its entries in `span`. */
export type RoundThreadJob =
  | { kind: 'score-sheets-csv'; roundId: number; span: EntrySpan; locale: Locale }
  | { kind: 'counted-sheets'; roundId: number; span: EntrySpan }
  | { kind: 'sheet-details'; roundId: number; span: EntrySpan };

/**
 * What each kind of job gives back: the score-sheet CSV's lines, the counted sheets as columns, or
 * the details of every sheet (what the export reads beside the counted sheets) as text.
 */
export interface RoundThreadValues {
  'score-sheets-csv': Uint8Array[];
  'counted-sheets': CountedSheets;
  'sheet-details': ListedSheets;
}

/** The thread's answer to a job: its part and the results revision its reads saw, or why it gave none. */
export type RoundThreadReply<K extends RoundThreadJob['kind']> = { revision: number; value: RoundThreadValues[K] } | { failed: string };

/** An answer as it crosses between the threads, naming its job. */
export type RoundThreadMessage = { id: number } & RoundThreadReply<RoundThreadJob['kind']>;

/**
 * A round's entries cut in two, `lowerShare` of `span` below the cut (the middle by default), for
 * this thread and the round thread to read a part each; undefined without two entries to cut
 * between. The span only places the cut: read outside the halves' snapshots, an entry assigned since
 * may lie beyond it, so the halves reach past it both ways and together hold every entry.
 */
export function entryHalves(span: EntrySpan | undefined, lowerShare = 0.5): { lower: EntrySpan; upper: EntrySpan } | undefined {
  if (!span || span.first === span.last) return undefined;
  const middle = Math.min(span.last - 1, span.first + Math.floor((span.last - span.first) * lowerShare));
  return { lower: { first: Number.MIN_SAFE_INTEGER, last: middle }, upper: { first: middle + 1, last: Number.MAX_SAFE_INTEGER } };
}

/**
 * A second thread with its own connection to the database, which reads half of a large round while
 * this one reads the other: the score-sheet CSV (read whole on one core, a 100,000-entry round's
 * export took ~1.2 s, and the event loop waited all of it), the counted sheets results start from,
 * and the details the export reads beside them. Started once the database holds `fromSheets` score
 * sheets (an idle thread holds ~25 MB). One job at a time; while the thread starts, is busy, or
 * after it failed, the caller reads alone, as without it.
 */
export class RoundThread {
  private worker: Worker | undefined;
  private ready = false;
  private closed = false;
  private jobs = 0;
  /** The job the thread works on: a reply is taken for the job it names alone. */
  private pending: { id: number; resolve: (reply: RoundThreadMessage | undefined) => void } | undefined;
  private started: Promise<void> = Promise.resolve();
  private stoppedAt = Number.NEGATIVE_INFINITY;

  constructor(
    private readonly databasePath: string,
    private readonly fromSheets: number,
    private readonly log: Pick<FastifyBaseLogger, 'warn' | 'error'>,
  ) {}

  /**
   * Starts the thread if it is not running and `db` holds at least `fromSheets` score sheets;
   * `whenStarted` then waits until it can take a job, or it failed.
   */
  startWhenLarge(db: DbOrTx): void {
    if (this.closed || this.worker || performance.now() - this.stoppedAt < RESTART_AFTER_MS) return;
    if (countScoreSheets(db) < this.fromSheets) return;
    let worker: Worker;
    try {
      const { filename, eval: isCode } = threadEntry(new URL('./round-thread-entry.ts', import.meta.url));
      worker = new Worker(filename, { eval: isCode, workerData: { databasePath: this.databasePath } });
    } catch (error) {
      this.log.error({ err: error }, 'round thread not started');
      return;
    }
    // An app left open (a CLI, a test) is not kept alive by its round thread.
    worker.unref();
    this.worker = worker;
    let started = () => {};
    this.started = new Promise((resolve) => { started = resolve; });
    worker.on('message', (message: 'ready' | RoundThreadMessage) => {
      if (message === 'ready') {
        this.ready = true;
        started();
        return;
      }
      if ('failed' in message) this.log.warn({ reason: message.failed }, 'round thread gave no part');
      if (message.id === this.pending?.id) this.settle(message);
    });
    worker.on('error', (error) => this.log.error({ err: error }, 'round thread failed'));
    worker.on('exit', () => {
      started();
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.ready = false;
      this.stoppedAt = performance.now();
      this.settle(undefined);
    });
  }

  /**
   * Resolves once the thread `startWhenLarge` started can take a job, has failed, or `timeoutMs`
   * passed: a server waits for it before it answers, so its first export finds it ready.
   */
  async whenStarted(timeoutMs: number): Promise<void> {
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([this.started, new Promise((resolve) => { timer = setTimeout(resolve, timeoutMs); })]);
    clearTimeout(timer);
  }

  /** The thread's part of `job`, or undefined at once when it cannot take one now. */
  part<J extends RoundThreadJob>(job: J): Promise<RoundThreadReply<J['kind']> | undefined> | undefined {
    if (!this.worker || !this.ready || this.pending) return undefined;
    const worker = this.worker;
    const id = ++this.jobs;
    return new Promise((resolve) => {
      // The thread answers a job of this kind with a value of this kind (round-thread-entry.ts).
      this.pending = { id, resolve: resolve as (reply: RoundThreadMessage | undefined) => void };
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }

  private settle(reply: RoundThreadMessage | undefined) {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(reply);
  }
}
