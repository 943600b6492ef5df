// `pnpm bench`: every benchmark in sequence, then a readable summary with the machine it ran on.
// `pnpm bench --write` also puts that summary into bench/RESULTS.md (between its markers).
// Traffic stays on 127.0.0.1; every loop is bounded; the whole run takes a few minutes
// (BENCH_SKIP_LIGHTHOUSE=1 leaves out Lighthouse, about a minute and a half of it).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';
import { benchAssignment } from './assignment.ts';
import { benchComparative } from './comparative.ts';
import { coldStartTargets, formatColdStartResult, runColdStartBench } from './cold-start.ts';
import { formatImportResult, runImportBench } from './import.ts';
import { formatListResult, listTargets, runListBench } from './lists.ts';
import { formatUploadResult, runUploadBench, uploadTargets } from './docx.ts';
import { formatLighthouseResult, runLighthouseBench, type LighthouseResult } from './lighthouse.ts';
import { runResultsBench } from './results.ts';
import { formatResultsDbResult, resultsDbTargets, runResultsDbBench } from './results-db.ts';
import { runScreeningBench } from './screening.ts';
import { formatShowcaseResult, runShowcaseBench, showcaseTargets, showcaseOptionsFromEnv, startDemoServer, type ShowcaseResult } from './showcase.ts';
import { formatSubmissionResult, runSubmissionBench, submissionOptionsFromEnv, submissionTargets } from './submissions.ts';
import { formatTargets, type BenchTarget } from './summary.ts';

function machine(): string[] {
  let cpu = 'unknown';
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  let date = new Date().toString();
  try {
    date = execFileSync('date', { encoding: 'utf8' }).trim();
  } catch {
    // no date(1)
  }
  return [
    `- date: ${date}`,
    `- cores (nproc): ${availableParallelism()}; CPU: ${cpu}`,
    `- memory: ${(totalmem() / 1024 ** 3).toFixed(1)} GiB`,
    `- Node.js ${process.version} (${process.platform}/${process.arch})`,
  ];
}

const load = () => loadavg().map((x) => x.toFixed(2)).join(' ');

/**
 * Performance, accessibility, best practices and SEO at 100. A `noindex` page (search results)
 * passes SEO if the only SEO audit it fails is the one that flags `noindex` itself.
 */
function lighthouseTargets(lighthouse: LighthouseResult | undefined): BenchTarget[] {
  return (lighthouse?.pages ?? []).map((page) => {
    const scores = Object.values(page.scores);
    const seoByDesign = page.noindex && page.failing.every((audit) => audit.category !== 'seo' || audit.id === 'is-crawlable');
    const judged = Object.entries(page.scores).filter(([category]) => !(seoByDesign && category === 'seo')).map(([, score]) => score);
    return {
      name: `Lighthouse: ${page.name}`,
      figure: scores.map((x) => x.toFixed(0)).join('/'),
      target: seoByDesign ? '100/100/100, SEO n/a (noindex on purpose)' : '100/100/100/100',
      pass: judged.every((x) => x >= 100),
    };
  });
}


const startedAt = performance.now();
const loadBefore = load();
console.log(`Gương Sáng benchmarks — load average before: ${loadBefore}`);
if ((loadavg()[0] ?? 0) > availableParallelism() / 2) {
  console.log('  (the machine is busy: other processes will make these figures slower and noisier)');
}

console.log('\n== submissions ==');
const submissions = await runSubmissionBench(submissionOptionsFromEnv());
console.log('\n== uploads: DOCX, ODT, PDF through the pool of document workers ==');
const uploads = await runUploadBench();
console.log('\n== cold start: tsx and compiled ==');
const coldStart = await runColdStartBench();
console.log('\n== assignment ==');
const assignment = await benchAssignment();
console.log('\n== results ==');
const results = await runResultsBench();
console.log('\n== results of a large round through the app and the database ==');
const resultsDb = await runResultsDbBench();
console.log('\n== screening 10,000 entries ==');
const screening = await runScreeningBench();
console.log('\n== long lists at 10,000 rows ==');
const lists = await runListBench();
console.log('\n== people import ==');
const peopleImport = await runImportBench();
console.log('\n== comparative judgement ==');
const comparative = await benchComparative();
// One demo server (it takes ~12 s to seed) for the load test and then Lighthouse.
console.log('\n== showcase: story page, search ==');
const demo = await startDemoServer();
let showcase: ShowcaseResult;
let lighthouse: LighthouseResult | undefined;
try {
  showcase = await runShowcaseBench(showcaseOptionsFromEnv(), console.log, demo);
  if (process.env.BENCH_SKIP_LIGHTHOUSE !== '1') {
    console.log('\n== Lighthouse ==');
    lighthouse = await runLighthouseBench(undefined, console.log, demo);
  }
} finally {
  await demo.stop();
}

const targets: BenchTarget[] = [
  ...submissionTargets(submissions),
  ...uploadTargets(uploads),
  ...showcaseTargets(showcase),
  ...lighthouseTargets(lighthouse),
  ...results.targets,
  ...resultsDbTargets(resultsDb),
  ...screening.targets,
  ...coldStartTargets(coldStart),
  ...listTargets(lists),
  ...comparative.targets,
];

const targetTable = ['### Targets (issues 13 and 14), this run', '', formatTargets(targets)].join('\n');
const details = [
  '### Machine',
  '',
  ...machine(),
  `- load average (1/5/15 min) before: ${loadBefore}; after: ${load()}`,
  `- whole run: ${((performance.now() - startedAt) / 1000).toFixed(0)} s`,
  '',
  '### Submissions per second',
  '',
  formatSubmissionResult(submissions),
  '',
  `Setup, not timed: ${submissions.options.entrants} registrations in ${submissions.setupSeconds.register.toFixed(1)} s `
    + `(argon2id), ${submissions.options.entrants} sign-ins from one office address in ${submissions.setupSeconds.signIn.toFixed(1)} s, `
    + `drafts created and saved in ${submissions.setupSeconds.drafts.toFixed(1)} s.`,
  '',
  '### Sanitize and extract a 1 MB DOCX, ODT and PDF (pool of document workers)',
  '',
  formatUploadResult(uploads),
  '',
  '### Cold start and idle memory: through tsx and compiled',
  '',
  formatColdStartResult(coldStart),
  '',
  '### Assignment (k = 2, 80 units, same-unit conflicts)',
  '',
  assignment,
  '',
  '### Aggregation and reliability',
  '',
  results.report,
  '',
  '### Results of a large round through the app: SQLite, results, reliability, exports, cache',
  '',
  formatResultsDbResult(resultsDb),
  '',
  '### Screening 10,000 entries for near-duplicates',
  '',
  screening.report,
  '',
  '### Long lists at 10,000 rows (server time)',
  '',
  formatListResult(lists),
  '',
  '### Importing 5,000 people from CSV',
  '',
  formatImportResult(peopleImport),
  '',
  '### Public reading: story page, search, showcase (requests per second)',
  '',
  formatShowcaseResult(showcase),
  '',
  '### Lighthouse: story page, showcase, search',
  '',
  lighthouse ? formatLighthouseResult(lighthouse) : 'Skipped (BENCH_SKIP_LIGHTHOUSE=1).',
  '',
  '### Comparative judgement vs rubric mean (simulated, 40 entries × 6 judges)',
  '',
  ...comparative.lines,
].join('\n');

// The details first, then the one table of targets last, where a reader of the run looks.
console.log(`\n${'='.repeat(80)}\n${details}\n\n${'='.repeat(80)}\n${targetTable}\n`);
const summary = `${targetTable}\n\n${details}`;

if (process.argv.includes('--write')) {
  const path = new URL('./RESULTS.md', import.meta.url);
  const start = '<!-- results:start -->';
  const end = '<!-- results:end -->';
  const current = readFileSync(path, 'utf8');
  const from = current.indexOf(start);
  const to = current.indexOf(end);
  if (from < 0 || to < from) throw new Error(`bench/RESULTS.md lacks the ${start} … ${end} markers`);
  writeFileSync(path, `${current.slice(0, from + start.length)}\n${summary}\n${current.slice(to)}`);
  console.log('bench/RESULTS.md updated.');
}
