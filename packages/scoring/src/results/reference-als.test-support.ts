import type { SheetTable } from './sheet-table.ts';

/** The ALS as first written, from severities `start`: entry step, then judge by judge over `judgeSheets`. */
export function referenceAls(
  table: SheetTable, ratio: number, part: Int32Array, parts: number, tolerance: number, maxIterations: number, start: Float64Array = new Float64Array(table.judgeIds.length),
) {
  const { entryStart, judgeStart, judgeSheets, entryOf, judgeOf, total } = table;
  const E = table.entryIds.length;
  const J = table.judgeIds.length;
  const a = new Float64Array(E);
  const b = Float64Array.from(start);
  const entryStep = () => {
    for (let e = 0; e < E; e++) {
      let s = 0;
      for (let k = entryStart[e]!; k < entryStart[e + 1]!; k++) s += total[k]! - b[judgeOf[k]!]!;
      a[e] = s / (entryStart[e + 1]! - entryStart[e]!);
    }
  };
  const next = new Float64Array(J);
  let iterations = 0;
  let converged = false;
  while (iterations < maxIterations) {
    iterations++;
    entryStep();
    for (let j = 0; j < J; j++) {
      let r = 0;
      for (let k = judgeStart[j]!; k < judgeStart[j + 1]!; k++) r += total[judgeSheets[k]!]! - a[entryOf[judgeSheets[k]!]!]!;
      next[j] = r / (judgeStart[j + 1]! - judgeStart[j]! + ratio);
    }
    const sum = new Float64Array(parts);
    const count = new Int32Array(parts);
    for (let j = 0; j < J; j++) {
      sum[part[j]!]! += next[j]!;
      count[part[j]!]!++;
    }
    for (let j = 0; j < J; j++) next[j]! -= sum[part[j]!]! / count[part[j]!]!;
    let delta = 0;
    for (let j = 0; j < J; j++) {
      delta = Math.max(delta, Math.abs(next[j]! - b[j]!));
      b[j] = next[j]!;
    }
    if (delta <= tolerance) {
      converged = true;
      break;
    }
  }
  entryStep();
  return { a, b, iterations, converged };
}

/**
 * The fit's severities and entry effects as the ALS gave them before conjugate gradients: unshrunk,
 * then shrunk at the fit's ratio from those severities, each to the fit's default tolerance.
 */
export function alsFitBefore(table: SheetTable, fit: { part: Int32Array; parts: number; variance: { shrinkageRatio: number } }) {
  const { part, parts } = fit;
  const ratio = fit.variance.shrinkageRatio;
  const free = referenceAls(table, 0, part, parts, 1e-10, 1000);
  const shrunk = ratio === 0 ? free : referenceAls(table, ratio, part, parts, 1e-10, 1000, free.b);
  return {
    severityUnshrunk: free.b, entryEffectUnshrunk: free.a, severity: shrunk.b, entryEffect: shrunk.a, converged: free.converged && shrunk.converged,
  };
}
