// Assignment benchmark: time and memory of `assignReaders` (packages/scoring) on contest-sized
// instances — entries × judges of 2,000 × 30, 20,000 × 200 and 100,000 × 1,000, two readers per
// entry, 80 units, the same-unit rule on, judges spread evenly over the units, a few declared
// conflicts, and some judges who also wrote an entry. Target (issue 4): 100,000 × 1,000 in under 3 s.
//
// Each size runs in a child process of its own (`node --import tsx bench/assignment.ts --case N`):
// one cold run, after which the process's peak RSS (getrusage ru_maxrss, via
// process.resourceUsage().maxRSS) is read — a true high-water mark, where a sampling timer could
// never fire inside the synchronous assignment — then warm runs for the timing.
//
// Run alone: node --import tsx bench/assignment.ts     (BENCH_ASSIGN_RUNS warm runs, default 5)
// `benchAssignment()` returns the same printable report, for bench/run.ts.
import { execFileSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { assignReaders, checkAssignment, createRng, type AssignmentInput } from '../packages/scoring/src/index.ts';

export interface AssignmentBenchCase {
  entries: number;
  judges: number;
  units: number;
  readersPerEntry: number;
  /** Declared conflicts (random judge–entry pairs). */
  conflicts: number;
  /** Entries written by a judge (nine in ten in the judge's own unit, one in ten in another). */
  authorJudges: number;
}

export const ASSIGNMENT_CASES: AssignmentBenchCase[] = [
  { entries: 2_000, judges: 30, units: 80, readersPerEntry: 2, conflicts: 20, authorJudges: 3 },
  { entries: 20_000, judges: 200, units: 80, readersPerEntry: 2, conflicts: 100, authorJudges: 20 },
  { entries: 100_000, judges: 1_000, units: 80, readersPerEntry: 2, conflicts: 300, authorJudges: 50 },
];

/** A deterministic instance: judge i sits in unit i mod units; entries' units are drawn uniformly. */
export function makeAssignmentInstance(spec: AssignmentBenchCase, seed = 2024): AssignmentInput {
  const rng = createRng(seed);
  const judges = Array.from({ length: spec.judges }, (_, i) => ({ id: `judge-${i}`, unitId: i % spec.units }));
  const entries = Array.from({ length: spec.entries }, (_, i) => ({ id: i + 1, authorId: `author-${i}`, unitId: rng.nextInt(spec.units) }));
  for (let a = 0; a < spec.authorJudges; a++) {
    const judge = judges[rng.nextInt(judges.length)]!;
    const entry = entries[rng.nextInt(entries.length)]!;
    entry.authorId = judge.id;
    entry.unitId = a % 10 === 9 ? (judge.unitId + 1) % spec.units : judge.unitId;
  }
  const conflicts = Array.from({ length: spec.conflicts }, () => ({
    judgeId: judges[rng.nextInt(judges.length)]!.id,
    entryId: entries[rng.nextInt(entries.length)]!.id,
  }));
  return { entries, judges, readersPerEntry: spec.readersPerEntry, sameUnitConflict: true, conflicts, seed };
}

/** What a child process measures for one case. */
export interface AssignmentCaseReport {
  spec: AssignmentBenchCase;
  /** Milliseconds of the first run (cold: includes the JIT warming up). */
  firstMs: number;
  /** Milliseconds of each following (warm) run. */
  times: number[];
  /** Process RSS with the instance built, just before the first run, MiB. */
  rssBeforeMiB: number;
  /** The process's peak RSS (ru_maxrss) right after the first run, MiB: memory for one assignment. */
  peakRssMiB: number;
  /** heapUsed growth over the first run, MiB (the result is still held; collections during the run make it a lower bound of the peak). */
  heapDeltaMiB: number;
  ok: boolean;
  /** checkAssignment's verdict on the last result: rule violations found (should be 0). */
  violations: number;
  minLoad: number;
  maxLoad: number;
  pairs: { distinct: number; maxCount: number; repeats: number };
  connected: boolean;
  components: number;
}

const MiB = 1024 * 1024;

/** Runs one case in this process (the child's side): one cold run measured for memory, then `runs` warm runs. */
export function measureAssignmentCase(spec: AssignmentBenchCase, runs: number): AssignmentCaseReport {
  const input = makeAssignmentInstance(spec);
  const before = process.memoryUsage();
  let started = performance.now();
  let result = assignReaders(input);
  const firstMs = performance.now() - started;
  const peakRss = process.resourceUsage().maxRSS * 1024;
  const heapDelta = process.memoryUsage().heapUsed - before.heapUsed;
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    started = performance.now();
    result = assignReaders(input);
    times.push(performance.now() - started);
  }
  return {
    spec,
    firstMs,
    times,
    rssBeforeMiB: before.rss / MiB,
    peakRssMiB: peakRss / MiB,
    heapDeltaMiB: heapDelta / MiB,
    ok: result.ok,
    violations: checkAssignment(input, result).length,
    minLoad: result.objective.minLoad,
    maxLoad: result.objective.maxLoad,
    pairs: { distinct: result.pairs.distinct, maxCount: result.pairs.maxCount, repeats: result.pairs.repeats },
    connected: result.coReading.connected,
    components: result.coReading.components.length,
  };
}

const root = fileURLToPath(new URL('..', import.meta.url));
const self = fileURLToPath(import.meta.url);

/** Runs one case in a fresh child process and returns its report. */
export function runAssignmentCase(index: number, runs: number): AssignmentCaseReport {
  const out = execFileSync(process.execPath, ['--import', 'tsx', self, '--case', String(index), '--runs', String(runs)], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 16 * MiB,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = out.trim().split('\n').at(-1) ?? '';
  return JSON.parse(line) as AssignmentCaseReport;
}

const fmt = (x: number, digits = 0): string => x.toFixed(digits);
const count = (x: number): string => x.toLocaleString('en');

export function formatAssignmentReports(reports: readonly AssignmentCaseReport[]): string {
  const lines = [
    '| entries × judges | warm median ms | warm min–max ms | cold first run ms | RSS before MiB | peak RSS MiB | heapUsed Δ MiB | loads min–max | judge pairs: distinct / most shared / repeats | connected | rules kept |',
    '|---|---:|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|',
  ];
  for (const r of reports) {
    lines.push(
      `| ${count(r.spec.entries)} × ${count(r.spec.judges)} | ${fmt(median(r.times))} | ${fmt(Math.min(...r.times))}–${fmt(Math.max(...r.times))} | `
        + `${fmt(r.firstMs)} | ${fmt(r.rssBeforeMiB)} | ${fmt(r.peakRssMiB)} | ${fmt(r.heapDeltaMiB)} | ${r.minLoad}–${r.maxLoad} | `
        + `${count(r.pairs.distinct)} / ${r.pairs.maxCount} / ${count(r.pairs.repeats)} | ${r.connected ? 'yes' : `no (${r.components})`} | `
        + `${r.ok && r.violations === 0 ? 'yes' : `NO (${r.violations} violations)`} |`,
    );
  }
  return lines.join('\n');
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

/** Every case, each in its own child process, as a printable report. */
export async function benchAssignment(): Promise<string> {
  const runs = Number(process.env.BENCH_ASSIGN_RUNS ?? 5);
  const reports: AssignmentCaseReport[] = [];
  for (let i = 0; i < ASSIGNMENT_CASES.length; i++) {
    reports.push(runAssignmentCase(i, runs));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const last = reports.at(-1);
  const slowest = last === undefined ? Number.NaN : Math.max(last.firstMs, ...last.times);
  const verdict = last === undefined
    ? ''
    : `Target: ${count(last.spec.entries)} × ${count(last.spec.judges)} in under 3,000 ms — ${slowest < 3000 ? 'met' : 'NOT met'} `
      + `(warm median ${fmt(median(last.times))} ms; slowest run, cold included, ${fmt(slowest)} ms).`;
  return [
    'Assignment: k = 2, 80 units, same-unit rule, declared conflicts, judges who are authors. Each size runs in a process of its own: '
      + `one cold run, then ${runs} warm runs. "RSS before" is that process (Node, tsx, the instance) just before the first run; `
      + '"peak RSS" its high-water mark (ru_maxrss) right after the first run, so peak − before is what one assignment takes, result included.',
    '',
    formatAssignmentReports(reports),
    '',
    verdict,
  ].join('\n');
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const at = process.argv.indexOf('--case');
  if (at !== -1) {
    const spec = ASSIGNMENT_CASES[Number(process.argv[at + 1])];
    if (spec === undefined) throw new RangeError(`no assignment case ${process.argv[at + 1]}`);
    const runs = Number(process.argv[process.argv.indexOf('--runs') + 1] ?? 5);
    console.log(JSON.stringify(measureAssignmentCase(spec, runs)));
  } else {
    console.log(await benchAssignment());
  }
}
