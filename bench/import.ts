// People import benchmark (issue 12): a 5,000-person CSV (BOM, CRLF, 77 units, every 50th a judge)
// through the API as the organizer's page sends it: the preview (parse, check every row against the
// database) and the import (checked again and saved in one transaction, audited). Each run starts
// from a fresh database over a real SQLite file (WAL, synchronous=FULL); the table shows each run.
//
// Run alone: node --import tsx bench/import.ts      (BENCH_IMPORT_PEOPLE people, default 5000;
// BENCH_IMPORT_RUNS runs, default 3). `runImportBench()` returns the figures for bench/run.ts.
import { pathToFileURL } from 'node:url';
import { createUnit, json, login, makeApp, multipart, ORGANIZER, organizerEnv } from '../apps/api/test/helpers.ts';
import { peopleCsv, samplePeople } from '../apps/api/test/people-import-file.ts';

export interface ImportRun {
  previewMs: number;
  importMs: number;
}

export interface ImportBenchResult {
  people: number;
  bytes: number;
  runs: ImportRun[];
}

async function oneRun(people: number): Promise<ImportRun & { bytes: number }> {
  const ctx = await makeApp({ env: organizerEnv });
  try {
    const cookie = await login(ctx.app, ORGANIZER.email, ORGANIZER.password);
    const units = Array.from({ length: 77 }, (_, i) => `Đơn vị cơ sở số ${i + 1}`);
    for (const name of units) await createUnit(ctx.app, cookie, name, 800);
    const csv = peopleCsv(samplePeople(people, units));
    const body = multipart({ name: 'nhan-su.csv', bytes: csv });

    let started = performance.now();
    const preview = await ctx.app.inject({
      method: 'POST', url: '/api/imports/preview?kind=people', headers: { ...body.headers, cookie }, payload: body.payload,
    });
    const previewMs = performance.now() - started;
    const { previewId, problemCount } = preview.json<{ previewId: string | null; problemCount: number }>();
    if (preview.statusCode !== 200 || previewId === null) throw new Error(`preview failed (${problemCount} problems): ${preview.body.slice(0, 300)}`);

    started = performance.now();
    const saved = await ctx.app.inject({ method: 'POST', url: '/api/imports', headers: { ...json, cookie }, payload: { previewId } });
    const importMs = performance.now() - started;
    if (saved.statusCode !== 201 || saved.json<{ created: number }>().created !== people) throw new Error(`import failed: ${saved.body}`);
    return { previewMs, importMs, bytes: csv.length };
  } finally {
    await ctx.close();
  }
}

export async function runImportBench(
  options = { people: Number(process.env.BENCH_IMPORT_PEOPLE ?? 5_000), runs: Number(process.env.BENCH_IMPORT_RUNS ?? 3) },
  log: (line: string) => void = console.log,
): Promise<ImportBenchResult> {
  const runs: ImportRun[] = [];
  let bytes = 0;
  for (let i = 0; i < options.runs; i += 1) {
    const run = await oneRun(options.people);
    bytes = run.bytes;
    runs.push({ previewMs: run.previewMs, importMs: run.importMs });
    log(`  run ${i + 1}: preview ${run.previewMs.toFixed(0)} ms, import ${run.importMs.toFixed(0)} ms`);
  }
  return { people: options.people, bytes, runs };
}

export function formatImportResult(result: ImportBenchResult): string {
  return [
    `${result.people.toLocaleString('en')} people, CSV of ${(result.bytes / 1024).toFixed(0)} KB; milliseconds per run:`,
    '',
    '| run | preview (parse + check) | import (check again + save) | together |',
    '|---|---|---|---|',
    ...result.runs.map((run, i) =>
      `| ${i + 1} | ${run.previewMs.toFixed(0)} | ${run.importMs.toFixed(0)} | ${(run.previewMs + run.importMs).toFixed(0)} |`),
  ].join('\n');
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  console.log(formatImportResult(await runImportBench()));
}
