import { countScoreSheets, getRound, roundEntrySpan, type Db, type DbOrTx } from '@guong-sang/db';
import type { FastifyBaseLogger } from 'fastify';
import { Worker } from 'node:worker_threads';
import type { Locale } from '../../lib/locale.ts';
import { threadEntry } from '../../lib/process-entry.ts';
import { keepResults, keptResults } from '../../results/results-cache.ts';
import { roundListedSheetsReadWhole } from '../../results/round-results.ts';
import { writeScoreSheetsPart, type ScoreSheetsJob } from './score-sheets-part.ts';

/**
 * After a thread stopped on its own (it failed to start, or died), none is started again for this
 * long: a thread that dies at every start must not cost a start at every export.
 */
const RESTART_AFTER_MS = 60_000;

/** The thread's answer to job `id`: its part's lines and the revision it read, or why it wrote none. */
type ThreadReply = { id: number } & ({ revision: number; bytes: Uint8Array } | { failed: string });

/**
 * A second thread with its own connection to the database, which writes half of a round's
 * score-sheet CSV while this one writes the other: read whole on one core, a 100,000-entry round's
 * export took ~1.2 s, and the event loop waited all of it. Started once the database holds
 * `fromSheets` score sheets (an idle thread holds ~25 MB). One job at a time; while the thread
 * starts, is busy, or after it failed, the export is written here alone, as without it.
 */
export class ExportThread {
  private worker: Worker | undefined;
  private ready = false;
  private closed = false;
  private jobs = 0;
  /** The job the thread works on: a reply is taken for the job it names alone. */
  private pending: { id: number; resolve: (reply: ThreadReply | undefined) => void } | undefined;
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
      const { filename, eval: isCode } = threadEntry(new URL('./score-sheets-thread.ts', import.meta.url));
      worker = new Worker(filename, { eval: isCode, workerData: { databasePath: this.databasePath } });
    } catch (error) {
      this.log.error({ err: error }, 'export thread not started');
      return;
    }
    // An app left open (a CLI, a test) is not kept alive by its export thread.
    worker.unref();
    this.worker = worker;
    let started = () => {};
    this.started = new Promise((resolve) => { started = resolve; });
    worker.on('message', (message: 'ready' | ThreadReply) => {
      if (message === 'ready') {
        this.ready = true;
        started();
        return;
      }
      if ('failed' in message) this.log.warn({ reason: message.failed }, 'export thread wrote no part');
      if (message.id === this.pending?.id) this.settle(message);
    });
    worker.on('error', (error) => this.log.error({ err: error }, 'export thread failed'));
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
  part(job: Omit<ScoreSheetsJob, 'id'>): Promise<ThreadReply | undefined> | undefined {
    if (!this.worker || !this.ready || this.pending) return undefined;
    const worker = this.worker;
    const id = ++this.jobs;
    return new Promise((resolve) => {
      this.pending = { id, resolve };
      worker.postMessage({ ...job, id });
    });
  }

  async close(): Promise<void> {
    this.closed = true;
    await this.worker?.terminate();
  }

  private settle(reply: ThreadReply | undefined) {
    const pending = this.pending;
    this.pending = undefined;
    pending?.resolve(reply);
  }
}

/**
 * A rubric round's score-sheet CSV written in two halves by entry, the lower here and the upper on
 * `thread`, when the export would otherwise read every sheet whole (nothing of it kept); undefined
 * when it is not such a case, the thread cannot take it, or the two halves were read at different
 * results revisions (a write came between): the caller then writes it here alone. The file is kept
 * until the revision moves: its halves keep no sheets for the next export to start from.
 */
export async function splitScoreSheetsCsv(db: Db, thread: ExportThread, roundId: number, locale: Locale): Promise<Buffer | undefined> {
  const round = getRound(db, roundId);
  if (!round || round.method === 'comparative') return undefined;
  const key = `round-${roundId}-sheets-csv-${locale}`;
  const kept = keptResults<Buffer>(db, round.contestId, key);
  if (kept || !roundListedSheetsReadWhole(db, round)) return kept;
  // Started if the database grew large since (or it stopped): it takes the exports after this one.
  thread.startWhenLarge(db);
  const span = roundEntrySpan(db, roundId);
  if (!span || span.first === span.last) return undefined;
  // The span only places the cut: it is read outside the halves' snapshots, so an entry assigned
  // since may lie beyond it. The halves reach past it both ways and together hold every entry.
  const middle = span.first + Math.floor((span.last - span.first) / 2);
  const upper = thread.part({ roundId, span: { first: middle + 1, last: Number.MAX_SAFE_INTEGER }, locale });
  if (!upper) return undefined;
  const lower = writeScoreSheetsPart(db, { roundId, span: { first: Number.MIN_SAFE_INTEGER, last: middle }, locale });
  const reply = await upper;
  if (!lower || !reply || 'failed' in reply || reply.revision !== lower.revision) return undefined;
  const file = Buffer.concat([lower.header, ...lower.lines, reply.bytes]);
  keepResults(db, round.contestId, key, lower.revision, file);
  return file;
}
