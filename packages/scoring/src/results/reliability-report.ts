/**
 * The reliability report for organizers (issue 5): per-judge statistics and severities, exact and
 * adjacent agreement, Krippendorff's alpha, ICCs (Shrout & Fleiss on complete blocks, variance
 * components for the whole incomplete design), quadratic weighted kappa for judge pairs that share
 * enough entries, and the adjudication rate — each figure with a reading in Vietnamese and English.
 * Everything is computed on unrounded weighted totals unless it says "criterion".
 */
import type { Id } from '../assignment/types.ts';
import type { CriterionScale } from '../weighted-total.ts';
import { fitAdditiveModel, type AdditiveFit, type AdditiveModelOptions, type VarianceEstimates } from './additive-model.ts';
import { criterionMatrix } from './criterion-matrix.ts';
import { criterionAgreement, type AgreementCounts, type CriterionAgreement } from './agreement.ts';
import { varianceComponentIcc, type VarianceComponentIcc } from './component-icc.ts';
import { finiteOrNull } from './descriptive.ts';
import { judgeSeverities, type JudgeSeverity } from './entry-scores.ts';
import { shroutFleissIcc, type ShroutFleissIcc } from './icc.ts';
import { quadraticWeightedKappa } from './kappa.ts';
import { intervalAlphaGrouped } from './krippendorff.ts';
import { readAdjudication, readAgreement, readAlpha, readIcc, readKappa, readSeverity } from './readings.ts';
import { buildSheetTable, entryIndexOf, readersOf, type SheetTable } from './sheet-table.ts';
import type { Figure, Reading, ScoredSheet } from './types.ts';

export interface ReliabilityOptions extends AdditiveModelOptions {
  /** Readers each entry gets before adjudication. Default 2. */
  readersPerEntry?: number;
  /** Entries that got a third reader through adjudication. Default: entries with more than `readersPerEntry` sheets. */
  adjudicated?: Iterable<Id>;
  /** Judge pairs need at least this many shared entries for a kappa. Default 10. */
  minSharedEntries?: number;
  /** A complete block (entries read by the same judges) needs this many entries for its ICCs. Default 5. */
  minBlockEntries?: number;
  /** At most this many complete blocks are reported, largest first. Default 20. */
  maxBlocks?: number;
  /** A fit of these very sheets (`scoreEntries(...).fit`), to avoid fitting twice. */
  fit?: AdditiveFit;
}

export interface JudgeReliability extends JudgeSeverity {
  /** Mean and SD (n − 1) of the judge's totals; SD null below two sheets. */
  mean: number;
  sd: number | null;
  reading: Reading;
}

export interface IccFigures {
  judgeIds: Id[];
  entries: number;
  icc11: Figure;
  icc21: Figure;
  icc31: Figure;
  icc1k: Figure;
  icc2k: Figure;
  icc3k: Figure;
  meanSquares: ShroutFleissIcc['meanSquares'];
}

export interface PairKappa {
  judgeIds: [Id, Id];
  shared: number;
  /** Kappa on the weighted totals. */
  total: Figure;
  /** Kappa on each criterion's scores. */
  criteria: { criterionId: number; value: number | null }[];
}

export interface ReliabilityReport {
  design: {
    entries: number;
    judges: number;
    sheets: number;
    readers: { min: number; max: number; harmonicMean: number };
    /** Every judge read every entry (then `icc.complete` is set). */
    complete: boolean;
    /** Connected parts of the design; severities compare only within one. */
    parts: number;
  };
  judges: JudgeReliability[];
  agreement: { overall: AgreementCounts & { reading: Reading }; criteria: CriterionAgreement[] };
  alpha: { total: Figure; criteria: { criterionId: number; value: number | null; reading: Reading }[] };
  icc: {
    complete: IccFigures | null;
    blocks: IccFigures[];
    /** Complete blocks that qualified, before `maxBlocks`. */
    blockCount: number;
    varianceComponents: {
      readers: number;
      oneWay: { single: Figure; average: Figure };
      agreement: { single: Figure; average: Figure };
      consistency: { single: Figure; average: Figure };
      components: VarianceComponentIcc['components'];
    };
  };
  kappa: PairKappa[];
  adjudication: { adjudicated: number; eligible: number; rate: Figure };
  model: { status: AdditiveFit['status']; iterations: AdditiveFit['iterations']; converged: boolean; variance: VarianceEstimates };
}

const figure = (value: number | null, read: (v: number | null) => Reading): Figure => ({ value, reading: read(value) });

function iccFigures(judgeIds: Id[], icc: ShroutFleissIcc): IccFigures {
  const single = (v: number | null) => figure(v, (x) => readIcc(x, 'single'));
  const average = (v: number | null) => figure(v, (x) => readIcc(x, 'average'));
  return {
    judgeIds,
    entries: icc.targets,
    icc11: single(icc.icc11),
    icc21: single(icc.icc21),
    icc31: single(icc.icc31),
    icc1k: average(icc.icc1k),
    icc2k: average(icc.icc2k),
    icc3k: average(icc.icc3k),
    meanSquares: icc.meanSquares,
  };
}

/**
 * Entries grouped by their exact set of readers; groups big enough get Shrout & Fleiss ICCs. The
 * reader set (judge indices, ascending) is keyed as one number, digits j + 1 in base J + 1, while that is exact, else
 * as text; groups keep the order of their first entry either way.
 */
function completeBlocks(table: SheetTable, minEntries: number): IccFigures[] {
  const { entryStart, judgeOf, total } = table;
  const E = table.entryIds.length;
  const J = table.judgeIds.length;
  const least = Math.max(2, minEntries);
  const keys: (number | string | null)[] = new Array<number | string | null>(E);
  const numeric = new Float64Array(E);
  let numericCount = 0;
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    if (to - from < 2) {
      keys[e] = null;
      continue;
    }
    let key: number | string = 0;
    if ((to - from) * Math.log2(J + 1) < 52) {
      for (let k = from; k < to; k++) key = key * (J + 1) + judgeOf[k]! + 1;
      numeric[numericCount++] = key;
    } else {
      key = judgeOf.subarray(from, to).join(',');
    }
    keys[e] = key;
  }
  // Most reader sets of a large round are one entry's alone: count the numeric keys by sorting
  // them, and make groups only for those with enough entries.
  const sortedKeys = numeric.subarray(0, numericCount).sort();
  const frequent = new Set<number>();
  for (let i = 0; i < numericCount; ) {
    let k = i + 1;
    while (k < numericCount && sortedKeys[k] === sortedKeys[i]) k++;
    if (k - i >= least) frequent.add(sortedKeys[i]!);
    i = k;
  }
  const groups = new Map<number | string, number[]>();
  for (let e = 0; e < E; e++) {
    const key = keys[e]!;
    if (key === null || (typeof key === 'number' && !frequent.has(key))) continue;
    const group = groups.get(key);
    if (group) group.push(e);
    else groups.set(key, [e]);
  }
  const blocks: IccFigures[] = [];
  for (const entries of groups.values()) {
    if (entries.length < least) continue;
    const ratings = entries.map((e) => Array.from(total.subarray(entryStart[e]!, entryStart[e + 1]!)));
    const first = entries[0]!;
    const judgeIds = Array.from(judgeOf.subarray(entryStart[first]!, entryStart[first + 1]!), (j) => table.judgeIds[j]!);
    blocks.push(iccFigures(judgeIds, shroutFleissIcc(ratings)));
  }
  return blocks.sort((a, b) => b.entries - a.entries || b.judgeIds.length - a.judgeIds.length);
}

/** Kappa for every judge pair with enough shared entries, in canonical judge order. */
function pairKappas(table: SheetTable, rubric: readonly CriterionScale[], minShared: number): PairKappa[] {
  const J = table.judgeIds.length;
  const { entryStart, judgeOf } = table;
  // Count shared entries per judge pair by sorting the pairs' keys (no map of a large round's pairs).
  let pairCount = 0;
  for (let e = 0; e < table.entryIds.length; e++) {
    const m = entryStart[e + 1]! - entryStart[e]!;
    pairCount += (m * (m - 1)) / 2;
  }
  const keys = new Float64Array(pairCount);
  let filled = 0;
  for (let e = 0; e < table.entryIds.length; e++) {
    for (let s = entryStart[e]!; s < entryStart[e + 1]!; s++) {
      for (let t = s + 1; t < entryStart[e + 1]!; t++) keys[filled++] = judgeOf[s]! * J + judgeOf[t]!;
    }
  }
  keys.sort();
  const pairs = new Map<number, [number, number][]>();
  for (let i = 0; i < pairCount; ) {
    let k = i + 1;
    while (k < pairCount && keys[k] === keys[i]) k++;
    if (k - i >= minShared) pairs.set(keys[i]!, []);
    i = k;
  }
  if (pairs.size === 0) return [];
  for (let e = 0; e < table.entryIds.length; e++) {
    for (let s = entryStart[e]!; s < entryStart[e + 1]!; s++) {
      for (let t = s + 1; t < entryStart[e + 1]!; t++) pairs.get(judgeOf[s]! * J + judgeOf[t]!)?.push([s, t]);
    }
  }
  return [...pairs.keys()].sort((x, y) => x - y).map((key): PairKappa => {
    const list = pairs.get(key)!;
    const a = list.map(([s]) => table.total[s]!);
    const b = list.map(([, t]) => table.total[t]!);
    const value = quadraticWeightedKappa(a, b);
    const C = rubric.length;
    const matrix = criterionMatrix(table, rubric);
    const criteria = rubric.map((c, i) => {
      const x: number[] = [];
      const y: number[] = [];
      for (const [s, t] of list) {
        const u = matrix[s * C + i]!;
        const v = matrix[t * C + i]!;
        if (!Number.isNaN(u) && !Number.isNaN(v)) {
          x.push(u);
          y.push(v);
        }
      }
      return { criterionId: c.id, value: quadraticWeightedKappa(x, y) };
    });
    return {
      judgeIds: [table.judgeIds[Math.floor(key / J)]!, table.judgeIds[key % J]!],
      shared: list.length,
      total: { value, reading: readKappa(value, list.length) },
      criteria,
    };
  });
}

/** Interval alpha on each criterion's scores (entries as units). */
function criterionAlphas(table: SheetTable, rubric: readonly CriterionScale[]): (number | null)[] {
  const C = rubric.length;
  const matrix = criterionMatrix(table, rubric);
  const E = table.entryIds.length;
  const values = new Float64Array(table.total.length);
  const start = new Int32Array(E + 1);
  return rubric.map((_, c) => {
    let n = 0;
    for (let e = 0; e < E; e++) {
      for (let s = table.entryStart[e]!; s < table.entryStart[e + 1]!; s++) {
        const x = matrix[s * C + c]!;
        if (!Number.isNaN(x)) values[n++] = x;
      }
      start[e + 1] = n;
    }
    return intervalAlphaGrouped(values, start);
  });
}

export function reliabilityReport(
  sheets: readonly ScoredSheet[],
  rubric: readonly CriterionScale[],
  options: ReliabilityOptions = {},
): ReliabilityReport {
  if (options.fit && options.fit.table.source !== sheets) {
    throw new RangeError('options.fit was fitted on a different array of sheets');
  }
  return reliabilityReportOfTable(options.fit?.table ?? buildSheetTable(sheets), rubric, options);
}

/** {@link reliabilityReport} of the sheets of a table (`options.fit`, if given, of this table). */
export function reliabilityReportOfTable(
  table: SheetTable,
  rubric: readonly CriterionScale[],
  options: ReliabilityOptions = {},
): ReliabilityReport {
  if (options.fit && options.fit.table !== table) throw new RangeError('options.fit was fitted on another table');
  const fit = options.fit ?? fitAdditiveModel(table, options);
  const E = table.entryIds.length;
  const J = table.judgeIds.length;
  const N = table.total.length;
  const readersPerEntry = options.readersPerEntry ?? 2;

  // Design.
  let minReaders = Number.POSITIVE_INFINITY;
  let maxReaders = 0;
  for (let e = 0; e < E; e++) {
    minReaders = Math.min(minReaders, readersOf(table, e));
    maxReaders = Math.max(maxReaders, readersOf(table, e));
  }
  const complete = E >= 2 && J >= 2 && minReaders === J;

  // Judges.
  const judges = judgeSeverities(fit).map((severity, j): JudgeReliability => {
    const from = table.judgeStart[j]!;
    const to = table.judgeStart[j + 1]!;
    let mean = 0;
    for (let k = from; k < to; k++) mean += table.total[table.judgeSheets[k]!]!;
    mean /= to - from;
    let ss = 0;
    for (let k = from; k < to; k++) ss += (table.total[table.judgeSheets[k]!]! - mean) ** 2;
    return {
      ...severity,
      mean,
      sd: to - from >= 2 ? Math.sqrt(ss / (to - from - 1)) : null,
      reading: readSeverity(severity.severity, severity.se, severity.flagged),
    };
  });

  const agreement = criterionAgreement(table, rubric);
  const totalAlpha = intervalAlphaGrouped(table.total, table.entryStart);

  const blocks = completeBlocks(table, options.minBlockEntries ?? 5);
  const components = varianceComponentIcc(fit);
  const single = (v: number | null) => figure(finiteOrNull(v ?? Number.NaN), (x) => readIcc(x, 'single'));
  const average = (v: number | null) => figure(finiteOrNull(v ?? Number.NaN), (x) => readIcc(x, 'average'));

  // Adjudication.
  let adjudicated = 0;
  let eligible = 0;
  const given = options.adjudicated ? new Set(options.adjudicated) : null;
  for (let e = 0; e < E; e++) {
    const m = readersOf(table, e);
    if (m >= readersPerEntry) eligible++;
    if (given === null && m > readersPerEntry) adjudicated++;
  }
  if (given !== null) for (const id of given) if (entryIndexOf(table, id) >= 0) adjudicated++;

  return {
    design: {
      entries: E,
      judges: J,
      sheets: N,
      readers: { min: E > 0 ? minReaders : 0, max: maxReaders, harmonicMean: components.readers },
      complete,
      parts: fit.parts,
    },
    judges,
    agreement: {
      overall: { ...agreement.overall, reading: readAgreement(agreement.overall.exactRate, agreement.overall.adjacentRate, agreement.overall.pairs) },
      criteria: agreement.criteria,
    },
    alpha: {
      total: figure(totalAlpha, readAlpha),
      criteria: criterionAlphas(table, rubric).map((value, c) => ({ criterionId: rubric[c]!.id, value, reading: readAlpha(value) })),
    },
    icc: {
      complete: complete ? (blocks[0] ?? null) : null,
      blocks: blocks.slice(0, options.maxBlocks ?? 20),
      blockCount: blocks.length,
      varianceComponents: {
        readers: components.readers,
        oneWay: { single: single(components.oneWay.single), average: average(components.oneWay.average) },
        agreement: { single: single(components.agreement.single), average: average(components.agreement.average) },
        consistency: { single: single(components.consistency.single), average: average(components.consistency.average) },
        components: components.components,
      },
    },
    kappa: pairKappas(table, rubric, options.minSharedEntries ?? 10),
    adjudication: {
      adjudicated,
      eligible,
      rate: { value: eligible > 0 ? adjudicated / eligible : null, reading: readAdjudication(adjudicated, eligible) },
    },
    model: { status: fit.status, iterations: fit.iterations, converged: fit.converged, variance: fit.variance },
  };
}
