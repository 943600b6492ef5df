import { fork, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { DomainError } from '../lib/errors.ts';
import { processEntry, type ProcessEntry } from '../lib/process-entry.ts';
import type { DocumentResult, DocumentTask, WorkerReply, WorkerRequest } from './document-task.ts';
import { FileRejectedError } from './errors.ts';

export interface WorkerLimits {
  /** Per task, from the moment the worker has the file. */
  timeoutMs: number;
  /** V8 heap of a worker (--max-old-space-size). */
  heapMb: number;
  /** Whole-process memory while a task runs, buffers included (pdf.js and zlib allocate outside the V8 heap). */
  rssMb: number;
}

export const defaultWorkerLimits: WorkerLimits = { timeoutMs: 15_000, heapMb: 256, rssMb: 600 };

export interface DocumentPoolOptions {
  /** Worker processes at most; each parses one file at a time. */
  workers: number;
  /** Uploads that may wait for a worker; the next one is refused (503, Retry-After) instead of piling up in memory. */
  queue: number;
  /** Bytes the waiting uploads may hold together (default 256 MiB): 64 files of 10 MB would be 640 MB. */
  queueBytes?: number;
  /** Uploads one person may have waiting (default 3): one person's burst cannot fill the queue for everyone. */
  queuePerUploader?: number;
  limits?: WorkerLimits;
  /** A worker is replaced after this many tasks, so whatever a parser leaks cannot accumulate. */
  recycleAfterTasks?: number;
  /** …or as soon as its resident memory is above this after a task (default 400 MB: its heap alone may reach `heapMb`). */
  recycleAboveRssMb?: number;
  /** The worker's entry module and the Node options it needs (default: document-worker, compiled or not). */
  entry?: ProcessEntry;
}

/**
 * How long a worker may take to start, before it is given a file. Kept apart from the task's
 * limit: on a busy machine starting Node with tsx's loader alone took 7–9 s, and counting it
 * against the file refused valid documents at the deadline rush.
 */
const STARTUP_LIMIT_MS = 60_000;
const WATCH_INTERVAL_MS = 50;
const RETRY_AFTER_SECONDS = 10;

// Compiled (`pnpm start`), the worker is its own bundle; from sources (dev, tests), the .ts file under tsx's loader.
const defaultEntry = processEntry(new URL('./document-worker.ts', import.meta.url));

/** Resident memory of a process in MB, where /proc exists (Linux); elsewhere the heap and time limits alone apply. */
function rssMb(pid: number | undefined): number | undefined {
  if (pid === undefined) return undefined;
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

/**
 * Where the worker's old generation starts before V8 collects it. With only --max-old-space-size,
 * V8 keeps the limit just above the live heap (~25 MB), and every task of a ~1 MB document ran a
 * full mark-compact: 10 of them in 18 PDF tasks against 3 without the cap, 40–80 ms of CPU a task
 * (bench/RESULTS.md, 2026-12-02). A quarter of the cap starts it where the API's own process does; the cap is unchanged.
 */
function initialHeapMb(heapMb: number): number {
  return Math.max(1, Math.floor(heapMb / 4));
}

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const busy = () => new DomainError(503, 'uploads_busy', { seconds: RETRY_AFTER_SECONDS }, { 'Retry-After': String(RETRY_AFTER_SECONDS) });

interface Job {
  task: DocumentTask;
  uploader: string | undefined;
  resolve: (result: DocumentResult) => void;
  reject: (error: Error) => void;
}

/** One long-lived worker process: started, then given one job at a time, killed on any limit. */
class Worker {
  readonly child: ChildProcess;
  ready = false;
  tasks = 0;
  job: Job | undefined;
  private jobId = 0;
  private dead = false;
  private timers: NodeJS.Timeout[] = [];
  readonly exited: Promise<void>;

  constructor(entry: ProcessEntry, private readonly limits: WorkerLimits, private readonly events: {
    onReady: (worker: Worker) => void;
    onDone: (worker: Worker) => void;
    /** Gone, for whatever reason; `started` says whether it ever became ready. */
    onGone: (worker: Worker, started: boolean, why: string) => void;
  }) {
    this.child = fork(entry.path, [], {
      execArgv: [...entry.execArgv, `--max-old-space-size=${limits.heapMb}`, `--initial-old-space-size=${initialHeapMb(limits.heapMb)}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // The worker parses hostile files: it gets no secrets from our environment.
      // MALLOC_ARENA_MAX: libvips's threads would each keep a malloc arena, and a long-lived worker's memory would only grow.
      env: { PATH: process.env.PATH ?? '', MALLOC_ARENA_MAX: '2', ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}) },
    });
    let stderr = '';
    this.child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    this.exited = new Promise((resolve) => this.child.once('exit', () => resolve()));
    this.timers.push(setTimeout(() => this.kill(`worker did not start within ${STARTUP_LIMIT_MS} ms`), STARTUP_LIMIT_MS));
    this.child.on('message', (reply: WorkerReply) => this.receive(reply));
    this.child.on('error', (error) => this.kill(`worker error: ${error.message}`));
    // Out of heap, killed by the system or by hand, or crashed: the file could not be read within the limits.
    this.child.on('exit', (code, signal) => this.kill(`worker exited (${signal ?? code}) ${stderr.trim().split('\n').at(-1) ?? ''}`.trim()));
  }

  get rssMb(): number | undefined {
    return rssMb(this.child.pid);
  }

  run(job: Job): void {
    this.job = job;
    this.jobId++;
    this.hold(true);
    this.timers.push(setTimeout(() => this.kill(`worker took longer than ${this.limits.timeoutMs} ms`), this.limits.timeoutMs));
    const watch = () => {
      const rss = this.rssMb;
      if (rss !== undefined && rss > this.limits.rssMb) this.kill(`worker used ${Math.round(rss)} MB`);
    };
    this.timers.push(setInterval(watch, WATCH_INTERVAL_MS));
    // Also before the task: a task done within the first interval was never measured, so a worker
    // already past its limit took it (and a test of the limit passed or failed by the clock).
    watch();
    if (this.dead) return;
    this.child.send({ id: this.jobId, task: job.task } satisfies WorkerRequest);
  }

  /** Stops the worker at once; its job, if any, is refused with `why`. Safe to call more than once. */
  kill(why: string): void {
    if (this.dead) return;
    this.dead = true;
    this.clearTimers();
    // Held until it has exited, so whoever awaits `exited` (close()) is not left by an empty event loop.
    this.hold(true);
    this.child.kill('SIGKILL');
    const job = this.job;
    this.job = undefined;
    job?.reject(new FileRejectedError('extraction_failed', why));
    this.events.onGone(this, this.ready, why);
  }

  private receive(reply: WorkerReply): void {
    if (this.dead) return;
    if ('ready' in reply) {
      this.ready = true;
      this.clearTimers();
      this.hold(false);
      this.events.onReady(this);
      return;
    }
    const job = this.job;
    if (!job || reply.id !== this.jobId) return;
    this.clearTimers();
    this.job = undefined;
    this.tasks++;
    this.hold(false);
    if (reply.ok) {
      const { sanitized, extracted } = reply.result;
      job.resolve({ sanitized: toBuffer(sanitized), ...(extracted ? { extracted } : {}) });
    } else {
      job.reject(new FileRejectedError(reply.code, reply.detail, reply.params));
    }
    this.events.onDone(this);
  }

  /** An idle worker does not keep the API process (or a test run) alive; a busy or starting one does. */
  private hold(busy: boolean): void {
    if (busy) {
      this.child.ref();
      this.child.channel?.ref();
    } else {
      this.child.unref();
      this.child.channel?.unref();
    }
  }

  private clearTimers(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers = [];
  }
}

/**
 * Long-lived worker processes that sanitize and extract uploaded documents, and re-encode uploaded
 * photos (a 40-megapixel PNG takes ~40 MB to re-encode, which the API process need not hold), one
 * file per worker at a time, each task under a time limit, a heap limit and a resident-memory
 * watchdog. A zip bomb or a parser stuck on a hostile file costs one worker process (killed,
 * replaced), never the API process, and the next upload is served by the others (SECURITY.md #3,
 * attack case 7). Workers
 * start as uploads need them and are replaced at once when killed or recycled (after
 * `recycleAfterTasks` tasks, or above `recycleAboveRssMb`); at most `queue` uploads wait, beyond
 * that the answer is 503.
 */
export class DocumentPool {
  private readonly workers = new Set<Worker>();
  private readonly waiting: Job[] = [];
  private closed = false;
  private started = 0;
  private readonly entry: ProcessEntry;
  private readonly limits: WorkerLimits;
  private readonly recycleAfterTasks: number;
  private readonly recycleAboveRssMb: number;
  private readonly queueBytes: number;
  private readonly queuePerUploader: number;

  constructor(private readonly options: DocumentPoolOptions) {
    if (!Number.isInteger(options.workers) || options.workers < 1) throw new Error('a document pool needs at least one worker');
    this.entry = options.entry ?? defaultEntry;
    this.limits = options.limits ?? defaultWorkerLimits;
    this.recycleAfterTasks = options.recycleAfterTasks ?? 500;
    this.recycleAboveRssMb = options.recycleAboveRssMb ?? 400;
    this.queueBytes = options.queueBytes ?? 256 * 1024 * 1024;
    this.queuePerUploader = options.queuePerUploader ?? 3;
  }

  /**
   * Sanitizes (and, if asked, extracts) one document in a worker. Refusals are FileRejectedError;
   * a full queue — too many uploads, too many bytes, or too many of this `uploader`'s — is a 503
   * DomainError. An upload that a free or starting worker will take counts against neither the
   * count nor the bytes; it does count toward its uploader's share until a worker takes it.
   */
  run(task: DocumentTask, uploader?: string): Promise<DocumentResult> {
    if (this.closed || !this.mayWait(task, uploader)) return Promise.reject(busy());
    return new Promise((resolve, reject) => {
      this.waiting.push({ task, uploader, resolve, reject });
      this.dispatch();
    });
  }

  private mayWait(task: DocumentTask, uploader: string | undefined): boolean {
    // Served by a worker that is free or about to start, it waits behind nobody.
    const busyWorkers = [...this.workers].filter((worker) => worker.job !== undefined).length;
    if (this.waiting.length < this.options.workers - busyWorkers) return true;
    if (this.waiting.length >= this.options.queue) return false;
    let bytes = task.bytes.length;
    let mine = 0;
    for (const job of this.waiting) {
      bytes += job.task.bytes.length;
      if (uploader !== undefined && job.uploader === uploader) mine += 1;
    }
    return bytes <= this.queueBytes && mine < this.queuePerUploader;
  }

  /** Uploads waiting, workers started so far, and the live ones with their resident memory (for the benchmark and tests). */
  stats(): { waiting: number; started: number; workers: Array<{ pid: number | undefined; rssMb: number | undefined; busy: boolean }> } {
    return {
      waiting: this.waiting.length,
      started: this.started,
      workers: [...this.workers].map((worker) => ({ pid: worker.child.pid, rssMb: worker.rssMb, busy: worker.job !== undefined })),
    };
  }

  /** Refuses what is waiting, stops every worker and resolves once they have exited. */
  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.waiting.splice(0)) job.reject(busy());
    const workers = [...this.workers];
    for (const worker of workers) worker.kill('the server is shutting down');
    await Promise.all(workers.map((worker) => worker.exited));
  }

  private dispatch(): void {
    if (this.closed) return;
    const idle = [...this.workers].filter((worker) => worker.ready && !worker.job);
    while (this.waiting.length > 0 && idle.length > 0) idle.pop()!.run(this.waiting.shift()!);
    // Workers start as uploads need them (an app that never gets a document starts none).
    const starting = [...this.workers].filter((worker) => !worker.ready).length;
    const wanted = Math.min(this.waiting.length - starting, this.options.workers - this.workers.size);
    for (let i = 0; i < wanted; i++) this.startWorker();
  }

  private startWorker(): void {
    this.started++;
    this.workers.add(new Worker(this.entry, this.limits, {
      onReady: () => this.dispatch(),
      onDone: (worker) => this.afterTask(worker),
      onGone: (worker, started, why) => this.gone(worker, started, why),
    }));
  }

  private afterTask(worker: Worker): void {
    const rss = worker.rssMb;
    if (worker.tasks >= this.recycleAfterTasks || (rss !== undefined && rss > this.recycleAboveRssMb)) {
      worker.kill('recycled');
    } else {
      this.dispatch();
    }
  }

  private gone(worker: Worker, started: boolean, why: string): void {
    this.workers.delete(worker);
    if (this.closed) return;
    if (started) {
      // A killed or recycled worker is replaced at once, not when the next upload finds it missing.
      this.startWorker();
    } else {
      // One that cannot even start (broken install, no memory) must not leave uploads waiting for
      // ever: the oldest is answered with the reason, and a start is tried again only for the rest.
      this.waiting.shift()?.reject(new FileRejectedError('extraction_failed', why));
    }
    this.dispatch();
  }
}
