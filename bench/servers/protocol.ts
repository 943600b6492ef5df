// The messages between the benchmark (parent) and a server under test (child process), and the
// parent's side of starting and stopping one. The server runs in its own process so the load
// driver and the server each get a core of this 2-core machine, as a real client would not
// share the server's event loop.
import { fork, type ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';

/** The app's configured public origin (what a same-origin browser would send as Origin). */
export const BENCH_ORIGIN = 'http://localhost:3000';
/** The first organizer, created from the environment at start as in an unattended install. */
export const BENCH_ORGANIZER = { email: 'btc@bench.example.vn', password: 'ban-to-chuc-bench-2026' };

export interface ServerStats {
  /** CPU time the server process used so far (user + system), ms. */
  cpuMs: number;
  rssMb: number;
  /** The highest RSS since the previous stats (sampled every 50 ms while the server runs), MB. */
  peakRssMb: number;
  /** Rows the server stored in its submissions table (entry_versions, or the baseline's table). */
  rows: number;
}

export type ChildMessage =
  | { type: 'listening'; port: number; journalMode: string; synchronous: number }
  | ({ type: 'stats' } & ServerStats)
  | { type: 'stopped' };

export type ParentMessage = { type: 'stats' } | { type: 'stop' };

let peakRss = 0;
const sampleRss = () => {
  const rss = process.memoryUsage.rss();
  if (rss > peakRss) peakRss = rss;
  return rss;
};

export function processStats(rows: number): ServerStats {
  const cpu = process.cpuUsage();
  const rss = sampleRss();
  const peakRssMb = peakRss / 1024 / 1024;
  // The next peak is the one of the phase that starts now (the timed run, not the setup before it).
  peakRss = rss;
  return { cpuMs: (cpu.user + cpu.system) / 1000, rssMb: rss / 1024 / 1024, peakRssMb, rows };
}

/** Child side: answers the parent's requests; exits when the parent goes away. */
export function serveParent(handlers: { rows(): number; stop(): Promise<void> }): void {
  // A timer on the server's own loop: it fires late when the loop is busy, so peaks are approximate.
  setInterval(sampleRss, 50).unref();
  const send = (message: ChildMessage) => process.send?.(message);
  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stats') send({ type: 'stats', ...processStats(handlers.rows()) });
    if (message.type === 'stop') {
      void handlers.stop().then(() => {
        send({ type: 'stopped' });
        process.disconnect();
      });
    }
  });
  // The benchmark died: clean up rather than linger.
  process.on('disconnect', () => void handlers.stop().finally(() => process.exit(0)));
}

export interface RunningServer {
  port: number;
  journalMode: string;
  synchronous: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

function nextMessage<T extends ChildMessage['type']>(child: ChildProcess, type: T, timeoutMs: number) {
  return new Promise<Extract<ChildMessage, { type: T }>>((resolve, reject) => {
    const timer = setTimeout(() => done(() => reject(new Error(`server did not answer "${type}" within ${timeoutMs} ms`))), timeoutMs);
    const onMessage = (message: ChildMessage) => {
      if (message.type === type) done(() => resolve(message as Extract<ChildMessage, { type: T }>));
    };
    const onExit = (code: number | null) => done(() => reject(new Error(`server exited (${code}) before "${type}"`)));
    const done = (settle: () => void) => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
      settle();
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

/** Starts `script` (a file in this folder) in a child process and waits until it listens. */
export async function startServer(script: string): Promise<RunningServer> {
  const child = fork(fileURLToPath(new URL(script, import.meta.url)), [], {
    // BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops.
    execArgv: ['--import', tsxLoader, ...(process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [])],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  const listening = await nextMessage(child, 'listening', 60_000);
  return {
    port: listening.port,
    journalMode: listening.journalMode,
    synchronous: listening.synchronous,
    async stats() {
      const answer = nextMessage(child, 'stats', 10_000);
      child.send({ type: 'stats' } satisfies ParentMessage);
      const { cpuMs, rssMb, peakRssMb, rows } = await answer;
      return { cpuMs, rssMb, peakRssMb, rows };
    },
    async stop() {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.send({ type: 'stop' } satisfies ParentMessage);
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
    },
  };
}
