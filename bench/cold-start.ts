// Cold start and idle memory: the server started as `pnpm start` runs it, compiled
// (apps/api/dist, scripts/build-api.mjs), and as it ran before, TypeScript through tsx's loader,
// in alternating runs of the same session; and a document worker's start (fork to its first
// message), the fixed cost each upload paid while a worker was started per file.
//
// Run alone: node --import tsx bench/cold-start.ts
// Knobs: BENCH_COLD_RUNS (timed starts per way, default 5), BENCH_COLD_IDLE_MS (wait before
// reading the idle RSS, default 3000).
import { fork, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { freePort } from '../apps/api/test/crash-harness.ts';
import { buildApiIfNeeded, compiledEntry } from '../scripts/build-api.mjs';
import { percentile } from './load.ts';
import { processCpuMs } from './showcase.ts';
import type { BenchTarget } from './summary.ts';

const ROOT = new URL('../', import.meta.url);
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;

const WAYS = {
  tsx: (entry: string) => ({ path: fileURLToPath(new URL(`apps/api/${entry}`, ROOT)), execArgv: ['--import', tsxLoader] }),
  compiled: (entry: string) => ({ path: compiledEntry(entry), execArgv: [] as string[] }),
};
type Way = keyof typeof WAYS;

export interface Median { runs: number; medianMs: number; minMs: number; maxMs: number; cpuMs: number; rssMb: number }

/** One start: wall time, the process's own CPU time until then (what a busy machine does not inflate), RSS. */
interface Sample { ms: number; cpuMs: number; rssMb: number }

export interface ColdStartResult {
  runs: number;
  idleMs: number;
  /** Process start to listening (its "is running at" line), and its RSS once idle. */
  server: Record<Way, Median>;
  /** Fork to the worker's first message, and its RSS then. */
  worker: Record<Way, Median>;
}

function rssMb(pid: number | undefined): number {
  const kb = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
  if (kb === undefined) throw new Error(`no RSS for process ${pid}`);
  return Number(kb) / 1024;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGTERM');
  await Promise.race([exited, sleep(15_000)]);
  if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
}

/** One start of the server on `dataDir`: ms until it says it listens, then its RSS after `idleMs`. */
async function startServerOnce(way: Way, dataDir: string, idleMs: number): Promise<Sample> {
  const port = await freePort();
  const { path, execArgv } = WAYS[way]('src/server.ts');
  const started = performance.now();
  const child = spawn(process.execPath, [...execArgv, path], {
    cwd: fileURLToPath(ROOT),
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ORIGIN: `http://localhost:${port}`, DATA_DIR: dataDir, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  try {
    let output = '';
    const listening = await new Promise<{ ms: number; cpuMs: number }>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`${way} server did not start within 300 s:\n${output}`)), 300_000);
      child.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('is running at')) {
          clearTimeout(timer);
          resolve({ ms: performance.now() - started, cpuMs: processCpuMs(child.pid ?? 0) });
        }
      });
      child.stderr?.on('data', (chunk: Buffer) => { output += chunk.toString(); });
      child.once('exit', (code) => reject(new Error(`${way} server exited (${code}):\n${output}`)));
    });
    const health = await fetch(`http://127.0.0.1:${port}/api/health`);
    if (!health.ok) throw new Error(`${way} server: /api/health answered ${health.status}`);
    await sleep(idleMs);
    return { ...listening, rssMb: rssMb(child.pid) };
  } finally {
    await stop(child);
  }
}

/** One document worker: ms from fork to its "ready" message, and its RSS then. */
async function startWorkerOnce(way: Way): Promise<Sample> {
  const { path, execArgv } = WAYS[way]('src/files/document-worker.ts');
  const started = performance.now();
  const child = fork(path, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'inherit', 'ipc'] });
  try {
    const ms = await new Promise<number>((resolve, reject) => {
      child.once('message', () => resolve(performance.now() - started));
      child.once('exit', (code) => reject(new Error(`${way} worker exited (${code}) before it was ready`)));
    });
    return { ms, cpuMs: processCpuMs(child.pid ?? 0), rssMb: rssMb(child.pid) };
  } finally {
    child.kill('SIGKILL');
  }
}

function median(samples: Sample[]): Median {
  const sorted = (pick: (s: Sample) => number) => samples.map(pick).sort((a, b) => a - b);
  const times = sorted((s) => s.ms);
  return {
    runs: samples.length,
    medianMs: percentile(times, 50),
    minMs: times[0] ?? Number.NaN,
    maxMs: times.at(-1) ?? Number.NaN,
    cpuMs: percentile(sorted((s) => s.cpuMs), 50),
    rssMb: percentile(sorted((s) => s.rssMb), 50),
  };
}

export async function runColdStartBench(
  runs = Number(process.env.BENCH_COLD_RUNS ?? 5),
  idleMs = Number(process.env.BENCH_COLD_IDLE_MS ?? 3000),
  log: (line: string) => void = console.log,
): Promise<ColdStartResult> {
  if (!Number.isInteger(runs) || runs < 1) throw new Error('BENCH_COLD_RUNS must be a whole number, at least 1');
  // The server serves the web build, as `pnpm start` does.
  const web = spawnSync(process.execPath, [fileURLToPath(new URL('scripts/build-web.mjs', ROOT))], { stdio: 'inherit' });
  if (web.status !== 0) throw new Error('building the web app failed');
  await buildApiIfNeeded();
  const dataDir = mkdtempSync(join(tmpdir(), 'gs-bench-cold-'));
  try {
    const samples = { server: { tsx: [], compiled: [] }, worker: { tsx: [], compiled: [] } } as Record<'server' | 'worker', Record<Way, Sample[]>>;
    // Untimed first starts: the database is created and migrated, tsx fills its cache, the files are in the page cache.
    for (const way of ['tsx', 'compiled'] as const) {
      await startServerOnce(way, dataDir, 0);
      await startWorkerOnce(way);
    }
    // Alternating (tsx first, then compiled first…): load from elsewhere falls on both alike.
    for (let run = 0; run < runs; run++) {
      for (const way of run % 2 === 0 ? (['tsx', 'compiled'] as const) : (['compiled', 'tsx'] as const)) {
        const server = await startServerOnce(way, dataDir, idleMs);
        const worker = await startWorkerOnce(way);
        samples.server[way].push(server);
        samples.worker[way].push(worker);
        log(`  run ${run + 1}/${runs} ${way.padEnd(8)} server listening in ${server.ms.toFixed(0)} ms (CPU ${server.cpuMs.toFixed(0)} ms), idle RSS ${server.rssMb.toFixed(0)} MB; `
          + `document worker ready in ${worker.ms.toFixed(0)} ms (${worker.rssMb.toFixed(0)} MB)`);
      }
    }
    return {
      runs,
      idleMs,
      server: { tsx: median(samples.server.tsx), compiled: median(samples.server.compiled) },
      worker: { tsx: median(samples.worker.tsx), compiled: median(samples.worker.compiled) },
    };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

export function formatColdStartResult(result: ColdStartResult): string {
  const row = (what: string, m: Median) =>
    `| ${what} | ${m.runs} | ${m.minMs.toFixed(0)} | ${m.medianMs.toFixed(0)} | ${m.maxMs.toFixed(0)} | ${m.cpuMs.toFixed(0)} | ${m.rssMb.toFixed(0)} |`;
  return [
    `\`src/server.ts\` with the web build (\`SERVE_WEB\` as \`pnpm start\`) on a migrated DATA_DIR; start = spawn to its "is running at" line `
      + `(after listen), and the CPU time the process had used by then; idle RSS ${result.idleMs} ms later. Document worker: fork to its "ready" message, RSS then. Medians of `
      + `${result.runs} alternating runs after one untimed start of each.`,
    '',
    '| process | runs | min ms | median ms | max ms | its CPU ms (median) | RSS MB (median) |',
    '|---|---:|---:|---:|---:|---:|---:|',
    row('server, through tsx (`node --import tsx apps/api/src/server.ts`)', result.server.tsx),
    row('server, compiled (`node apps/api/dist/src/server.js`)', result.server.compiled),
    row('document worker, through tsx', result.worker.tsx),
    row('document worker, compiled', result.worker.compiled),
  ].join('\n');
}

export function coldStartTargets(result: ColdStartResult): BenchTarget[] {
  const { tsx, compiled } = result.server;
  return [
    {
      name: 'Compiled start: process start to listening',
      figure: `${compiled.medianMs.toFixed(0)} ms, CPU ${compiled.cpuMs.toFixed(0)} ms (${(compiled.cpuMs / tsx.cpuMs).toFixed(2)}× tsx)`,
      target: 'faster than through tsx',
      pass: compiled.medianMs < tsx.medianMs && compiled.cpuMs < tsx.cpuMs,
      baseline: `tsx ${tsx.medianMs.toFixed(0)} ms, CPU ${tsx.cpuMs.toFixed(0)} ms`,
    },
    {
      name: 'Compiled start: server RSS at idle',
      figure: `${compiled.rssMb.toFixed(0)} MB`,
      target: 'below through tsx',
      pass: compiled.rssMb < tsx.rssMb,
      baseline: `tsx ${tsx.rssMb.toFixed(0)} MB`,
    },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runColdStartBench();
  console.log(formatColdStartResult(result));
}
