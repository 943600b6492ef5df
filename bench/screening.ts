// Screening benchmark (issue 13): near-duplicates among 10,000 entries of ~800 words, target under
// 5 s. Entries are seeded Vietnamese-like essays (packages/scoring sample-essays.ts); one in a
// hundred is a lightly edited copy of its neighbour, so the check has real pairs to find. The
// essays are built before timing; the timed part is findNearDuplicates as the screening route
// calls it (word hashing, shingles, MinHash, LSH candidates, exact Jaccard of each candidate).
// CPU time is shown beside wall time: on a shared machine the wall time measures the neighbours too.
//
// Run alone: node --import tsx bench/screening.ts   (BENCH_SCREENING_ENTRIES, default 10,000;
// BENCH_SCREENING_RUNS timed runs, default 2)
import { pathToFileURL } from 'node:url';
import { findNearDuplicates } from '../packages/scoring/src/index.ts';
import { sampleEssay } from '../packages/scoring/src/similarity/sample-essays.ts';
import type { BenchTarget } from './summary.ts';

export const SCREENING_TARGET_MS = 5000;

/** Essay i; every hundredth (i ≡ 1 mod 100) copies essay i − 1 with one sentence changed. */
function essay(i: number): string {
  if (i % 100 !== 1) return sampleEssay(i, 800);
  return sampleEssay(i - 1, 800).replace(/\./, ', một chi tiết khác hẳn.');
}

export async function runScreeningBench(
  entries = Number(process.env.BENCH_SCREENING_ENTRIES ?? 10_000),
  runs = Number(process.env.BENCH_SCREENING_RUNS ?? 2),
): Promise<{ report: string; targets: BenchTarget[] }> {
  const documents = Array.from({ length: entries }, (_, i) => ({ id: i, text: essay(i) }));
  const planted = documents.filter((d) => d.id % 100 === 1).length;
  findNearDuplicates(documents.slice(0, 200)); // warm-up
  const times: number[] = [];
  const cpu: number[] = [];
  let found = 0;
  let candidates = 0;
  for (let r = 0; r < runs; r++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    const result = findNearDuplicates(documents, { threshold: 0.5 });
    times.push(performance.now() - t0);
    const used = process.cpuUsage(c0);
    cpu.push((used.user + used.system) / 1000);
    found = result.pairs.length;
    candidates = result.candidates;
  }
  const best = Math.min(...times);
  const middle = (xs: number[]) => {
    const sorted = [...xs].sort((x, y) => x - y);
    const m = sorted.length >> 1;
    return sorted.length % 2 ? sorted[m]! : (sorted[m - 1]! + sorted[m]!) / 2;
  };
  const median = middle(times);
  const medianCpu = middle(cpu);
  const report = [
    `#### Near-duplicates among ${entries.toLocaleString('en-US')} entries of 800 words`,
    '',
    `${median.toFixed(0)} ms median over ${runs} runs (best ${best.toFixed(0)} ms, CPU ${medianCpu.toFixed(0)} ms); `
      + `${candidates.toLocaleString('en-US')} LSH candidates, ${found} pairs flagged of ${planted} planted — target < 5,000 ms: ${median < SCREENING_TARGET_MS ? 'met' : 'NOT met'}.`,
    '',
  ].join('\n');
  return {
    report,
    targets: [{
      name: `Large rounds: screening ${entries.toLocaleString('en-US')} entries for near-duplicates`,
      figure: `${median.toFixed(0)} ms median (CPU ${medianCpu.toFixed(0)} ms); ${found} of ${planted} planted pairs found`,
      target: '< 5,000 ms',
      pass: median < SCREENING_TARGET_MS && found === planted,
    }],
  };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { report, targets } = await runScreeningBench();
  console.log(report);
  console.log(targets);
}
