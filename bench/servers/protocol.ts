// The messages between the benchmark (parent) and a server under test (child process), and the
// child's side of them; start-server.ts is the parent's. Servers import this file, so it imports
// nothing that only the parent needs.

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
