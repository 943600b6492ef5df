// The parent's side of a server under test: compile it, start it in its own process, ask for its
// figures, stop it. The server runs in its own process so the load driver and the server each get
// a core of this 2-core machine, as a real client would not share the server's event loop.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { bundleEntryPoint } from '../../scripts/build-api.mjs';
import type { ChildMessage, ParentMessage, ServerStats } from './protocol.ts';

export interface RunningServer {
  port: number;
  journalMode: string;
  synchronous: number;
  stats(): Promise<ServerStats>;
  stop(): Promise<void>;
}

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

/**
 * Starts `script` (a file in this folder) in a child process and waits until it listens. The script
 * is compiled to JavaScript first, as `pnpm start` serves compiled code (a TypeScript loader would
 * add its own memory and CPU to the server's figures).
 */
export async function startServer(script: string): Promise<RunningServer> {
  const outDir = mkdtempSync(join(tmpdir(), 'gs-bench-server-'));
  const compiled = join(outDir, script.replace(/^.*\//, '').replace(/\.ts$/, '.js'));
  await bundleEntryPoint(fileURLToPath(new URL(script, import.meta.url)), compiled);
  const child = fork(compiled, [], {
    // BENCH_CPU_PROF=<folder>: each server writes a V8 CPU profile there when it stops.
    execArgv: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
  child.once('exit', () => rmSync(outDir, { recursive: true, force: true }));
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
