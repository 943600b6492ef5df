// Assignment benchmark: time and memory of `assignReaders` (packages/scoring) on contest-sized
// instances — entries × judges of 2,000 × 30, 20,000 × 200 and 100,000 × 1,000, two readers per
// entry, 80 units, the same-unit rule on, judges spread evenly over the units, a few declared
// conflicts, and some judges who also wrote an entry. Target (issue 4): 100,000 × 1,000 in under 3 s.
//
// Each size runs in a child process of its own (`node --import tsx bench/assignment.ts --case N`),
// so its peak RSS is that process's own high-water mark (getrusage ru_maxrss, via
// process.resourceUsage().maxRSS), not sampling luck: the assignment is synchronous, so a timer
// could never sample inside it. The child reports RSS and heapUsed just before the first run too.
//
// Run alone: node --import tsx bench/assignment.ts     (BENCH_ASSIGN_RUNS timed runs, default 5)
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
  /** Milliseconds of each timed run (after one untimed warm-up run). */
  times: number[];
  /** Process RSS with the instance built, before the first run, MiB. */
  rssBeforeMiB: number;
  /** The process's peak RSS over its whole life (ru_maxrss), MiB. */
  peakRssMiB: number;
  /** heapUsed just before the first run, and right after the last one (result still held), MiB. */
  heapBeforeMiB: number;
  heapAfterMiB: number;
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

/** Runs one case in this process (the child's side). */
export function measureAssignmentCase(spec: AssignmentBenchCase, runs: number): AssignmentCaseReport {
  const input = makeAssignmentInstance(spec);
  const before = process.memoryUsage();
  let result = assignReaders(input); // warm-up: JIT, and the first allocation of everything
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    result = assignReaders(input);
    times.push(performance.now() - started);
  }
  const after = process.memoryUsage();
  return {
    spec,
    times,
    rssBeforeMiB: before.rss / MiB,
    peakRssMiB: process.resourceUsage().maxRSS / 1024,
    heapBeforeMiB: before.heapUsed / MiB,
    heapAfterMiB: after.heapUsed / MiB,
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
    '| entries × judges | median ms | min–max ms | peak RSS MiB | RSS before MiB | heap before → after MiB | loads min–max | judge pairs: distinct / most shared / repeats | connected | ok |',
    '|---|---:|---:|---:|---:|---:|---:|---:|:-:|:-:|',
  ];
  for (const r of reports) {
    const sorted = [...r.times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)] ?? Number.NaN;
    lines.push(
      `| ${count(r.spec.entries)} × ${count(r.spec.judges)} | ${fmt(median)} | ${fmt(sorted[0] ?? Number.NaN)}–${fmt(sorted.at(-1) ?? Number.NaN)} | `
        + `${fmt(r.peakRssMiB)} | ${fmt(r.rssBeforeMiB)} | ${fmt(r.heapBeforeMiB)} → ${fmt(r.heapAfterMiB)} | ${r.minLoad}–${r.maxLoad} | `
        + `${count(r.pairs.distinct)} / ${r.pairs.maxCount} / ${count(r.pairs.repeats)} | ${r.connected ? 'yes' : `no (${r.components})`} | `
        + `${r.ok && r.violations === 0 ? 'yes' : `NO (${r.violations} violations)`} |`,
    );
  }
  return lines.join('\n');
}

/** Every case, each in its own child process, as a printable report. */
export async function benchAssignment(): Promise<string> {
  const runs = Number(process.env.BENCH_ASSIGN_RUNS ?? 5);
  const reports: AssignmentCaseReport[] = [];
  for (let i = 0; i < ASSIGNMENT_CASES.length; i++) {
    reports.push(runAssignmentCase(i, runs));
    await new Promise((resolve) => setImmediate(resolve));
  }
  const last = reports.at(-1);
  const verdict = last === undefined
    ? ''
    : `Target: ${count(last.spec.entries)} × ${count(last.spec.judges)} in under 3,000 ms — `
      + `${Math.max(...last.times) < 3000 ? 'met' : 'NOT met'} (median ${fmt([...last.times].sort((a, b) => a - b)[Math.floor(last.times.length / 2)] ?? Number.NaN)} ms, worst ${fmt(Math.max(...last.times))} ms).`;
  return [
    `Assignment: k = 2, 80 units, same-unit rule, declared conflicts, judges who are authors; `
      + `each size in its own process, ${runs} timed run(s) after one warm-up. Peak RSS is the child process's high-water mark `
      + '(Node + tsx + the instance + the assignment); "RSS before" is the same process with the instance built, just before the first run.',
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
