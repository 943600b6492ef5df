import { fork } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { processEntry } from '../lib/process-entry.ts';
import type { DocumentResult, DocumentTask } from './document-task.ts';
import { FileRejectedError, type FileErrorCode } from './errors.ts';

export interface WorkerLimits {
  timeoutMs: number;
  /** V8 heap of the worker (--max-old-space-size). */
  heapMb: number;
  /** Whole-process memory, buffers included (pdf.js and zlib allocate outside the V8 heap). */
  rssMb: number;
}

export const defaultWorkerLimits: WorkerLimits = { timeoutMs: 15_000, heapMb: 256, rssMb: 600 };

/**
 * How long a worker may take to start, before it has seen the file. Kept apart from the task's
 * limit: on a busy machine starting Node with its loader alone took 7–9 s, and counting it
 * against the file refused valid documents at the deadline rush.
 */
const STARTUP_LIMIT_MS = 60_000;

const worker = processEntry(new URL('./document-worker.ts', import.meta.url));

/** Parsing is CPU-bound: more workers than cores would only slow every upload down. */
const maxWorkers = Math.max(1, Math.min(4, availableParallelism() - 1));
let running = 0;
const waiting: Array<() => void> = [];

async function slot(): Promise<void> {
  if (running < maxWorkers) {
    running++;
    return;
  }
  await new Promise<void>((resolve) => waiting.push(resolve));
}

function release(): void {
  const next = waiting.shift();
  if (next) next();
  else running--;
}

/** Resident memory of a process in MB, where /proc exists (Linux); elsewhere the time limit alone applies. */
function rssMb(pid: number): number | undefined {
  try {
    const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
    return kb === undefined ? undefined : Number(kb) / 1024;
  } catch {
    return undefined;
  }
}

type Reply =
  | { ready: true }
  | { ok: true; result: DocumentResult }
  | { ok: false; code: FileErrorCode; detail: string; params?: Record<string, string | number> };

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

function runOnce(task: DocumentTask, limits: WorkerLimits): Promise<DocumentResult> {
  return new Promise((resolve, reject) => {
    const child = fork(worker.path, [], {
      execArgv: [...worker.execArgv, `--max-old-space-size=${limits.heapMb}`],
      serialization: 'advanced',
      stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      // The worker parses hostile files: it gets no secrets from our environment.
      env: { PATH: process.env.PATH ?? '', ...(process.env.TMPDIR ? { TMPDIR: process.env.TMPDIR } : {}) },
    });
    let stderr = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      stderr = (stderr + chunk.toString('utf8')).slice(-2000);
    });
    let settled = false;
    const finish = (settle: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(startup);
      clearTimeout(timer);
      clearInterval(watch);
      child.kill('SIGKILL');
      settle();
    };
    const fail = (detail: string) => finish(() => reject(new FileRejectedError('extraction_failed', detail)));
    const startup = setTimeout(() => fail(`worker did not start within ${STARTUP_LIMIT_MS} ms`), STARTUP_LIMIT_MS);
    let timer: NodeJS.Timeout | undefined;
    const watch = setInterval(() => {
      const rss = child.pid === undefined ? undefined : rssMb(child.pid);
      if (rss !== undefined && rss > limits.rssMb) fail(`worker used ${Math.round(rss)} MB`);
    }, 50);
    child.on('message', (reply: Reply) => {
      if ('ready' in reply) {
        // The task's time limit starts when the worker has the file.
        clearTimeout(startup);
        timer = setTimeout(() => fail(`worker took longer than ${limits.timeoutMs} ms`), limits.timeoutMs);
        child.send(task);
      } else if (reply.ok) {
        const { sanitized, extracted } = reply.result;
        finish(() => resolve({ sanitized: toBuffer(sanitized), ...(extracted ? { extracted } : {}) }));
      } else {
        finish(() => reject(new FileRejectedError(reply.code, reply.detail, reply.params)));
      }
    });
    child.on('error', (error) => fail(`worker error: ${error.message}`));
    // Out of heap, killed by the system, or crashed: the file could not be read within the limits.
    child.on('exit', (code, signal) => fail(`worker exited (${signal ?? code}) ${stderr.trim().split('\n').at(-1) ?? ''}`));
  });
}

/**
 * Runs a document task (sanitize, optionally extract) in a fresh child process with a time limit,
 * a heap limit and a resident-memory watchdog, a few at a time. A zip bomb or a parser stuck on a
 * hostile file costs that child, never the API process (SECURITY.md #3, attack case 7).
 */
export async function runInChild(task: DocumentTask, limits: WorkerLimits = defaultWorkerLimits): Promise<DocumentResult> {
  await slot();
  try {
    return await runOnce(task, limits);
  } finally {
    release();
  }
}
