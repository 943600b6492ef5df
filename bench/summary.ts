// The one table `pnpm bench` ends with: every target of issue 13 (and later ones), the figure
// measured in this run, the target, and whether it was met. Each benchmark returns its rows;
// run.ts prints them together so one run can be read at a glance.

export interface BenchTarget {
  /** What was measured, e.g. "Submissions: throughput vs bare baseline". */
  name: string;
  /** The figure measured in this run, with its unit, e.g. "0.54× (812 vs 1,503 /s)". */
  figure: string;
  /** The target in words, e.g. "≥ 0.5×". */
  target: string;
  /** null: a figure reported for information, with no target to meet. */
  pass: boolean | null;
  /** The same run's baseline where the target is a ratio. */
  baseline?: string;
}

const escapeCell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

/** A Markdown table of the targets, in the order given. */
export function formatTargets(targets: readonly BenchTarget[]): string {
  const rows = targets.map((row) =>
    `| ${escapeCell(row.name)} | ${escapeCell(row.figure)} | ${escapeCell(row.target)} | ${row.pass === null ? 'info' : row.pass ? 'pass' : '**FAIL**'} | ${escapeCell(row.baseline ?? '')} |`);
  return ['| target | figure | goal | result | baseline (same run) |', '|---|---|---|---|---|', ...rows].join('\n');
}
