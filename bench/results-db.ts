// Results of a large round through the app (issue 13): "results, reliability and exports for
// 100,000 entries × 2.2 readings × 5 criteria computed in < 1 s, then served from a cache until a
// score or a rule changes". bench/results.ts times the scoring functions on a round in memory; this
// times the whole path: the app reading the entries, ~220,000 sheets and ~1.1 million scores from
// SQLite through packages/db, computing, and answering as JSON or a file.
//
// One contest is seeded straight through packages/db's bulk query functions in one transaction (not
// timed): a closed rubric round of BENCH_RESULTS_DB_ENTRIES (100,000) submitted entries, 1,000
// judges, two readers each and a third for 20 % (adjudication), 5 criteria, every sheet submitted;
// the scores come from simulateRound (packages/scoring) with a fixed seed, as in bench/results.ts.
// Then, as the organizer (a real session, buildApp + inject, answers read as bytes until the last):
// the results and the score sheets export once, untimed, for the server to keep what it keeps; then
// BENCH_RESULTS_DB_RUNS (3) times: a judge revises
// one submitted sheet (saveScoreSheet, as the judging route does), and timed are the first GET of
// the results ('corrected', cold: the kept sheets take in the revised one, then every entry is
// ranked again), the reliability report (cold), the results export as CSV (rows shaped from the
// cached ranking) and as XLSX (from the cached rows), the score sheets export as CSV (the kept
// sheets take in the revised one), and a second GET of the results (served from the cache); then a reader is recused
// (which sheets count changes) and the results are asked for again. Last, the first requests after
// a start, BENCH_RESULTS_DB_RUNS times each, every time on a server started in a process of its own
// (bench/servers/first-requests.ts, compiled as `pnpm start` runs; its own connection, nothing
// kept, no code compiled by V8 yet): the results (reads every counted sheet: the lower half of the
// entries on the server's thread, the upper on its round thread, started with the server as the
// default EXPORT_THREAD_SHEETS starts it for a database this large) then the score sheets export
// (reads beside the counted sheets the results kept); and the score sheets export asked first
// (reads every sheet, drafts too, in halves as the results do). CPU time of those is the child
// process's, the round thread's included.
// Figures are medians; CPU time
// of this process is shown beside the wall time, since on a shared machine the wall time also
// measures the neighbours.
//
// Run alone: node --import tsx bench/results-db.ts
// Knobs: BENCH_RESULTS_DB_ENTRIES (100000; judges scale down with it below 100,000), BENCH_RESULTS_DB_RUNS (3),
// BENCH_RESULTS_DB_EARLIER_CONTESTS (0: the round's criteria are ids 1–5, as in a fresh install's first
// contest; 11 gives them ids 56–60, as a platform's twelfth contest would have: read as objects keyed
// by criterion id, a sheet's scores got an elements array up to the largest id, and a round's first
// read took ~1.5× the time; read as id, score pairs, the ids no longer matter),
// EXPORT_THREAD_SHEETS (as the server reads it; `off` times the first requests without the round thread)
import {
  createAssignments, createContest, createEntries, createRound, createScoreSheets,
  createUnit, createUsers, listAllAssignments, listCriteria, saveScoreSheet, setAssignmentStatus, setRoundJudges, writeTransaction,
  type NewEntry,
} from '../packages/db/src/index.ts';
import { fork } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { scoreOn, simulateRound, type CriterionScale } from '../packages/scoring/src/index.ts';
import { buildApp } from '../apps/api/src/app.ts';
import { bundleEntryPoint, buildApiIfNeeded } from '../scripts/build-api.mjs';
import { openBenchDatabase, signIn, timed, type Timed } from './in-process-app.ts';
import { BENCH_ORGANIZER } from './servers/protocol.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

export const RESULTS_DB_TARGET_MS = 1000;

const CRITERIA = [
  { name: 'Nội dung', weight: 0.3 },
  { name: 'Nhân vật', weight: 0.25 },
  { name: 'Tính lan tỏa', weight: 0.2 },
  { name: 'Ngôn ngữ', weight: 0.15 },
  { name: 'Hình thức', weight: 0.1 },
];

export interface ResultsDbTiming {
  step: string;
  medianMs: number;
  medianCpuMs: number;
  maxMs: number;
  /** Size of the answer. */
  bytes: number;
}

export interface ResultsDbBenchResult {
  entries: number;
  judges: number;
  sheets: number;
  items: number;
  runs: number;
  seedSeconds: number;
  timings: ResultsDbTiming[];
}

export function resultsDbOptionsFromEnv(env: NodeJS.ProcessEnv = process.env) {
  const entries = Number(env.BENCH_RESULTS_DB_ENTRIES ?? 100_000);
  const runs = Number(env.BENCH_RESULTS_DB_RUNS ?? 3);
  const earlierContests = Number(env.BENCH_RESULTS_DB_EARLIER_CONTESTS ?? 0);
  if (!Number.isInteger(entries) || entries < 100 || !Number.isInteger(runs) || runs < 1
    || !Number.isInteger(earlierContests) || earlierContests < 0) {
    throw new Error('BENCH_RESULTS_DB_ENTRIES must be a whole number ≥ 100, BENCH_RESULTS_DB_RUNS ≥ 1 and BENCH_RESULTS_DB_EARLIER_CONTESTS ≥ 0');
  }
  // 100 entries per judge, as at full size (1,000 judges); at least 10 judges.
  return { entries, judges: Math.max(10, Math.round(entries / 100)), runs, earlierContests };
}

const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};

/** The timed requests, named once: the summary rows find them by these names. */
const STEPS = {
  cold: 'results, first page, after a judge revised a sheet (cold: ranks every entry)',
  reliability: 'reliability report (cold)',
  csv: 'export: results as CSV (from the cached ranking)',
  sheets: 'export: score sheets as CSV',
  cached: 'results, first page again (ranking from the cache)',
  recusal: 'results, first page, after a reader was recused (cold: ranks every entry)',
  start: 'results, first page, first request after the server starts (reads every sheet)',
  sheetsStart: 'export: score sheets as CSV, first after the server starts, after the results (reads beside the kept sheets)',
  sheetsAlone: 'export: score sheets as CSV, first request after a server starts (reads every sheet, half on the round thread)',
  xlsx: 'export: results as XLSX (from the cached results)',
} as const;

/**
 * The contest, written through packages/db's bulk functions in one transaction. In a function of its
 * own so that the simulation (220,000 sheets) is garbage by the time the app is timed: the server
 * under test holds only what it keeps.
 */
function seedRound(db: Awaited<ReturnType<typeof openBenchDatabase>>['db'], options: { entries: number; judges: number; earlierContests: number }) {
  const rubric: CriterionScale[] = CRITERIA.map((c, i) => ({ id: i + 1, weight: c.weight, min: 0, max: 10 }));
  const round = simulateRound({
    entries: options.entries, judges: options.judges, readersPerEntry: 2, extraReaderShare: 0.2, rubric,
    qualitySd: 1.2, criterionSd: 0.6, noiseSd: 1, severitySpread: 1, integerScores: true, seed: 2024,
  });
const seeded = writeTransaction(db, (tx) => {
    const units = Array.from({ length: 40 }, (_, i) => createUnit(tx, { name: `Đảng ủy đơn vị số ${i + 1}`, headcount: 5000 }));
    const now = Date.now();
    const day = 86_400_000;
    // Contests before this one, so its criteria have the ids a later contest's would (see the knob).
    for (let earlier = 1; earlier <= options.earlierContests; earlier++) {
      createContest(tx, {
        slug: `nam-truoc-${earlier}`, title: `Cuộc thi trước số ${earlier}`, status: 'judging',
        submissionOpensAt: new Date(now - 400 * day), submissionClosesAt: new Date(now - 370 * day),
        minWords: 10, maxWords: 2500, categories: ['Cán bộ, đảng viên'],
      }, { criteria: CRITERIA.map((c) => ({ ...c, min: 0, max: 10 })) });
    }
    const contest = createContest(tx, {
      slug: 'vong-lon', title: 'Gương sáng (vòng lớn)', status: 'judging',
      submissionOpensAt: new Date(now - 60 * day), submissionClosesAt: new Date(now - 30 * day),
      minWords: 10, maxWords: 2500, categories: ['Cán bộ, đảng viên'],
    }, { criteria: CRITERIA.map((c) => ({ ...c, min: 0, max: 10 })) });
    const criterionIds = listCriteria(tx, contest.id).map((c) => c.id);
    const judgeIds = round.judgeIds.map((_, j) => `giam-khao-${j + 1}`);
    createUsers(tx, judgeIds.map((id, j) => ({
      id, email: `${id}@bench.example.vn`, fullName: `Giám Khảo Số ${j + 1}`, unitId: units[j % units.length]!.id, passwordHash: '!no-password',
    })), ['judge']);
    createUsers(tx, round.entryIds.map((e) => ({
      id: `tac-gia-${e}`, email: `tac-gia-${e}@bench.example.vn`, fullName: `Tác Giả Số ${e}`,
      unitId: units[e % units.length]!.id, passwordHash: '!no-password',
    })));
    const submittedAt = new Date(now - 31 * day);
    const entryIds = createEntries(tx, round.entryIds.map((e): NewEntry => ({
      contestId: contest.id, authorId: `tac-gia-${e}`, code: `GS-${e.toString(36).toUpperCase().padStart(6, '0')}`,
      title: `Bài dự thi số ${e}`, category: 'Cán bộ, đảng viên', body: `<p>Câu chuyện người tốt việc tốt số ${e}.</p>`,
      wordCount: 7, status: 'submitted', submittedAt,
    })));
    const dbRound = createRound(tx, {
      contestId: contest.id, name: 'Sơ khảo', kind: 'preliminary', method: 'rubric', readersPerEntry: 2,
      opensAt: new Date(now - 29 * day), closesAt: new Date(now - day),
    });
    setRoundJudges(tx, dbRound.id, judgeIds.map((userId) => ({ userId, maxLoad: null })), new Date(now - 29 * day));
    // The simulation lists each entry's sheets together; an adjudicated entry's third one is its third reader.
    const judgeOf = new Map(round.judgeIds.map((id, j) => [id, judgeIds[j]!]));
    const readings = new Map<unknown, number>();
    const adjudicated = new Set(round.adjudicated);
    createAssignments(tx, round.sheets.map((sheet) => {
      const reading = (readings.get(sheet.entryId) ?? 0) + 1;
      readings.set(sheet.entryId, reading);
      return {
        roundId: dbRound.id, entryId: entryIds[Number(sheet.entryId) - 1]!, judgeId: judgeOf.get(String(sheet.judgeId))!,
        origin: reading > 2 && adjudicated.has(sheet.entryId) ? 'adjudication' as const : 'initial' as const,
        createdAt: new Date(now - 29 * day),
      };
    }));
    const assignments = listAllAssignments(tx, dbRound.id);
    const scoredAt = new Date(now - 2 * day);
    createScoreSheets(tx, round.sheets.map((sheet, k) => ({
      assignmentId: assignments[k]!.id, comment: '', status: 'submitted' as const, at: scoredAt,
      scores: new Map(criterionIds.map((id, c) => [id, scoreOn(sheet.criteria, rubric[c]!.id)!])),
    })));
    return { roundId: dbRound.id, criterionIds, assignmentIds: assignments.map((a) => a.id) };
  });
  return { ...seeded, sheets: round.sheets.length };
}

/**
 * Compiles bench/servers/first-requests.ts (and the API's own processes it starts, as the export
 * thread): `run` starts it once on a data folder and gives the timings of its requests.
 */
async function firstRequestsProcess() {
  await buildApiIfNeeded();
  const outDir = mkdtempSync(join(tmpdir(), 'gs-bench-first-'));
  const compiled = join(outDir, 'first-requests.js');
  await bundleEntryPoint(fileURLToPath(new URL('servers/first-requests.ts', import.meta.url)), compiled);
  return {
    run: (dataDir: string, urls: string[]) => new Promise<Timed[]>((resolve, reject) => {
      // Without this process's tsx: the child runs the bundle as `pnpm start` would.
      const child = fork(compiled, [JSON.stringify(urls)], {
        execArgv: [], env: { ...process.env, BENCH_DATA_DIR: dataDir }, stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
      });
      let timings: Timed[] | undefined;
      child.on('message', (message: { type: 'timings'; timings: Timed[] }) => { timings = message.timings; });
      child.on('error', reject);
      child.on('exit', (code) => (timings?.length === urls.length ? resolve(timings) : reject(new Error(`first-requests exited (${code}) without timings`))));
    }),
    close: () => rmSync(outDir, { recursive: true, force: true }),
  };
}

export async function runResultsDbBench(
  options = resultsDbOptionsFromEnv(),
  log: (line: string) => void = console.log,
): Promise<ResultsDbBenchResult> {
  const { config, db, close } = await openBenchDatabase('gs-bench-results-db-');
  try {
    const seedStarted = performance.now();
    const { roundId, criterionIds, assignmentIds, sheets } = seedRound(db, options);
    const seedSeconds = (performance.now() - seedStarted) / 1000;
    const items = sheets * CRITERIA.length;
    log(`results (database): ${options.entries} entries, ${options.judges} judges, ${sheets} submitted sheets, ${items} scores `
      + `simulated and written in ${seedSeconds.toFixed(1)} s (not timed)`);

    const results = `/api/rounds/${roundId}/results?method=corrected`;
    const sheetsExport = `/api/rounds/${roundId}/export?table=sheets&format=csv&method=corrected`;
    const runs = new Map<string, Timed[]>(
      [STEPS.start, STEPS.sheetsStart, STEPS.cold, STEPS.reliability, STEPS.csv, STEPS.xlsx, STEPS.sheets, STEPS.cached, STEPS.recusal, STEPS.sheetsAlone].map((step) => [step, []]),
    );
    const app = await buildApp({ config, db, logger: false });
    await app.ready();
    try {
      const cookie = await signIn(app, BENCH_ORGANIZER.email, BENCH_ORGANIZER.password);
      const time = (url: string) => timed(app, cookie, url);
      const steps: Array<[string, string]> = [
        [STEPS.cold, results],
        [STEPS.reliability, `/api/rounds/${roundId}/reliability`],
        [STEPS.csv, `/api/rounds/${roundId}/export?table=results&format=csv&method=corrected`],
        [STEPS.xlsx, `/api/rounds/${roundId}/export?table=results&format=xlsx&method=corrected`],
        [STEPS.sheets, sheetsExport],
        [STEPS.cached, results],
      ];
      // Kept from here on: the runs below take in what each write changed.
      await time(results);
      await time(sheetsExport);
      for (let run = 0; run < options.runs; run += 1) {
        // A judge revises a sheet: every cached answer of the contest is stale.
        const assignmentId = assignmentIds[(run * 7919) % assignmentIds.length]!;
        writeTransaction(db, (tx) => saveScoreSheet(tx, {
          assignmentId, comment: 'Sửa lại sau khi đọc kỹ.', status: 'submitted', at: new Date(),
          scores: new Map(criterionIds.map((id, k) => [id, (run + k) % 11])),
        }));
        for (const [step, url] of steps) runs.get(step)!.push(await time(url));
        writeTransaction(db, (tx) => setAssignmentStatus(tx, assignmentIds[(run * 7919 + 1) % assignmentIds.length]!, 'recused', 'Người thân của tác giả'));
        runs.get(STEPS.recusal)!.push(await time(results));
      }
    } finally {
      await app.close();
    }
    // The first requests after a start, each on a server started in a process of its own on the
    // database (compiled, as `pnpm start` runs: its own connection, nothing kept, no code compiled
    // by V8 yet), BENCH_RESULTS_DB_RUNS times for a median: asked for the results, then the
    // score-sheet export (read beside the kept sheets); or asked first for the export, which with
    // nothing kept reads every sheet.
    const firstRequests = await firstRequestsProcess();
    try {
      for (let run = 0; run < options.runs; run += 1) {
        const [start, sheetsStart] = await firstRequests.run(config.dataDir, [results, sheetsExport]);
        runs.get(STEPS.start)!.push(start!);
        runs.get(STEPS.sheetsStart)!.push(sheetsStart!);
        runs.get(STEPS.sheetsAlone)!.push(...await firstRequests.run(config.dataDir, [sheetsExport]));
      }
    } finally {
      firstRequests.close();
    }
    const timings: ResultsDbTiming[] = [...runs].map(([step, measured]) => ({
      step,
      medianMs: median(measured.map((m) => m.ms)),
      medianCpuMs: median(measured.map((m) => m.cpuMs)),
      maxMs: Math.max(...measured.map((m) => m.ms)),
      bytes: measured[0]!.bytes,
    }));
    for (const t of timings) log(`  ${t.step.padEnd(50)} median ${t.medianMs.toFixed(0)} ms (CPU ${t.medianCpuMs.toFixed(0)} ms), ${(t.bytes / 1e6).toFixed(1)} MB`);
    return { entries: options.entries, judges: options.judges, sheets, items, runs: options.runs, seedSeconds, timings };
  } finally {
    close();
  }
}

export function formatResultsDbResult(result: ResultsDbBenchResult): string {
  return [
    `${result.entries.toLocaleString('en')} entries × ${(result.sheets / result.entries).toFixed(2)} readings × ${CRITERIA.length} criteria, `
      + `${result.judges.toLocaleString('en')} judges: ${result.sheets.toLocaleString('en')} sheets, ${result.items.toLocaleString('en')} scores in SQLite. `
      + `Server time through the app (inject, organizer's session), median of ${result.runs} runs, each after the results revision was bumped.`,
    '',
    '| request | median ms | median CPU ms | max ms | answer |',
    '|---|---:|---:|---:|---:|',
    ...result.timings.map((t) => `| ${t.step} | ${t.medianMs.toFixed(0)} | ${t.medianCpuMs.toFixed(0)} | ${t.maxMs.toFixed(0)} | ${(t.bytes / 1e6).toFixed(1)} MB |`),
    '',
    `Seeding (bulk inserts in one transaction, not timed): ${result.seedSeconds.toFixed(1)} s.`,
  ].join('\n');
}

/** Summary rows: the cold results, the reliability report and the results export against 1 s; the cached answer for information. */
export function resultsDbTargets(result: ResultsDbBenchResult): BenchTarget[] {
  const at = (step: string) => {
    const timing = result.timings.find((t) => t.step === step);
    if (!timing) throw new Error(`results-db: no timing for "${step}"`);
    return timing;
  };
  const size = `${result.entries.toLocaleString('en')} entries from SQLite`;
  const row = (name: string, timing: ResultsDbTiming, pass: boolean | null): BenchTarget => ({
    name: `Large rounds through the app (${size}): ${name}`,
    figure: `${timing.medianMs.toFixed(0)} ms median (CPU ${timing.medianCpuMs.toFixed(0)} ms)`,
    target: pass === null ? 'served from the cache' : `< ${RESULTS_DB_TARGET_MS.toLocaleString('en')} ms`,
    pass,
  });
  const cold = at(STEPS.cold);
  const reliability = at(STEPS.reliability);
  const csv = at(STEPS.csv);
  const sheets = at(STEPS.sheets);
  const xlsx = at(STEPS.xlsx);
  const cached = at(STEPS.cached);
  const recusal = at(STEPS.recusal);
  const start = at(STEPS.start);
  const sheetsStart = at(STEPS.sheetsStart);
  const sheetsAlone = at(STEPS.sheetsAlone);
  return [
    row('results, first request after the server starts (every sheet read)', start, start.medianMs < RESULTS_DB_TARGET_MS),
    row('results, cold after a judge\'s revision', cold, cold.medianMs < RESULTS_DB_TARGET_MS),
    row('results, cold after a recusal', recusal, recusal.medianMs < RESULTS_DB_TARGET_MS),
    row('reliability, cold', reliability, reliability.medianMs < RESULTS_DB_TARGET_MS),
    row('results export (CSV)', csv, csv.medianMs < RESULTS_DB_TARGET_MS),
    row('results export (XLSX)', xlsx, xlsx.medianMs < RESULTS_DB_TARGET_MS),
    row('score sheets export (CSV, every sheet), first request after a server starts', sheetsAlone, sheetsAlone.medianMs < RESULTS_DB_TARGET_MS),
    row('score sheets export (CSV, every sheet), first after the server starts, after the results', sheetsStart,
      sheetsStart.medianMs < RESULTS_DB_TARGET_MS),
    row('score sheets export (CSV, every sheet), after a judge\'s revision', sheets, sheets.medianMs < RESULTS_DB_TARGET_MS),
    { ...row('results, cached', cached, null), baseline: `cold ${cold.medianMs.toFixed(0)} ms` },
  ];
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const result = await runResultsDbBench();
  console.log(`\n${formatResultsDbResult(result)}\n\n${formatTargets(resultsDbTargets(result))}`);
}
