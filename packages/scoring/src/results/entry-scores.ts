/**
 * An entry's score in a round, by the method the organizer picks (issue 5):
 *
 * - 'mean': the mean of its readers' weighted totals.
 * - 'corrected': each total minus its judge's (shrunk) severity from the additive model
 *   (additive-model.ts), then averaged — the entry effect, i.e. what an average judge would give.
 * - 'zscore': each total standardized within its judge, z = (x − mean_j) / sd_j, rescaled to the
 *   round's overall mean M and SD S of all totals (M + S·z), then averaged. SDs use n − 1; a judge
 *   with fewer than two sheets or no spread gives z = 0 (the overall mean) to every sheet.
 *
 * Entries named in `adjudicated` that have exactly three sheets are resolved by the resolution rule
 * (resolution.ts) instead of averaged — on raw totals for `raw`, on the method's adjusted values for
 * `corrected`. Raw and corrected are both returned; nothing is rounded.
 *
 * Judge severities always come from the additive model, whatever the method, so the results page can
 * show them beside any ranking.
 */
import type { Id } from '../assignment/types.ts';
import { fitAdditiveModel, type AdditiveFit, type AdditiveModelOptions, type VarianceEstimates } from './additive-model.ts';
import { finiteOrNull } from './descriptive.ts';
import { resolveThree, type ResolutionRule } from './resolution.ts';
import { buildSheetTable, loadOf, type SheetTable } from './sheet-table.ts';
import type { ScoredSheet } from './types.ts';

export type ScoreMethod = 'mean' | 'corrected' | 'zscore';
export const SCORE_METHODS: readonly ScoreMethod[] = ['mean', 'corrected', 'zscore'];

export interface EntryScoreOptions extends AdditiveModelOptions {
  /** Default 'mean'. */
  method?: ScoreMethod;
  /** Entries whose third reading came from adjudication. */
  adjudicated?: Iterable<Id>;
  /** How an adjudicated entry's three readings become one score. Default 'closest-two'. */
  resolution?: ResolutionRule;
}

export interface EntryScore {
  entryId: Id;
  readers: number;
  /** Mean of the readers' totals (or their resolution, for an adjudicated entry). */
  raw: number;
  /** The score by the chosen method (equal to `raw` for 'mean'). Rank by this. */
  corrected: number;
  /** For an adjudicated entry with three sheets: the judges whose readings each score is the mean of. */
  resolution?: { rule: ResolutionRule; raw: Id[]; corrected: Id[] };
}

export interface JudgeSeverity {
  judgeId: Id;
  sheets: number;
  /** Shrunk severity, in total points: positive = lenient (above the average judge), negative = severe. */
  severity: number;
  /** Its standard error; null when the data cannot give one. */
  se: number | null;
  severityUnshrunk: number;
  seUnshrunk: number | null;
  /** The judge step's shrinkage factor n / (n + σ²_r/σ²_j). */
  shrinkage: number;
  /** |severity| > 2 SE. */
  flagged: boolean;
  /** The connected part of the design (severities compare only within one part). */
  part: number;
}

export interface EntryScoresResult {
  method: ScoreMethod;
  /** In canonical entry id order. */
  entries: EntryScore[];
  /** In canonical judge id order. */
  judges: JudgeSeverity[];
  model: {
    status: AdditiveFit['status'];
    iterations: AdditiveFit['iterations'];
    converged: boolean;
    parts: number;
    variance: VarianceEstimates;
  };
  /** The model fit itself, for reuse by `reliabilityReport` (same sheets array only). */
  fit: AdditiveFit;
}

/** Per sheet (table order): the value the method averages — x, x − b_j, or M + S·z. */
export function adjustedValues(table: SheetTable, method: ScoreMethod, fit: AdditiveFit): Float64Array {
  const { total, judgeOf, judgeStart, judgeSheets } = table;
  const N = total.length;
  if (method === 'mean') return Float64Array.from(total);
  if (method === 'corrected') {
    const out = new Float64Array(N);
    for (let s = 0; s < N; s++) out[s] = total[s]! - fit.severity[judgeOf[s]!]!;
    return out;
  }
  if (method !== 'zscore') throw new RangeError(`unknown scoring method ${String(method)}`);
  let grand = 0;
  for (let s = 0; s < N; s++) grand += total[s]!;
  grand /= N;
  let ss = 0;
  for (let s = 0; s < N; s++) ss += (total[s]! - grand) ** 2;
  const overallSd = N > 1 ? Math.sqrt(ss / (N - 1)) : 0;
  const out = new Float64Array(N).fill(grand);
  for (let j = 0; j < table.judgeIds.length; j++) {
    const from = judgeStart[j]!;
    const to = judgeStart[j + 1]!;
    const n = to - from;
    if (n < 2) continue;
    let m = 0;
    for (let k = from; k < to; k++) m += total[judgeSheets[k]!]!;
    m /= n;
    let v = 0;
    for (let k = from; k < to; k++) v += (total[judgeSheets[k]!]! - m) ** 2;
    const sd = Math.sqrt(v / (n - 1));
    if (!(sd > 0)) continue;
    for (let k = from; k < to; k++) {
      const s = judgeSheets[k]!;
      out[s] = grand + (overallSd * (total[s]! - m)) / sd;
    }
  }
  return out;
}

/** The per-judge severity view of a fit. */
export function judgeSeverities(fit: AdditiveFit): JudgeSeverity[] {
  const { table } = fit;
  return table.judgeIds.map((judgeId, j) => {
    const severity = fit.severity[j]!;
    const se = finiteOrNull(fit.severitySe[j]!);
    return {
      judgeId,
      sheets: loadOf(table, j),
      severity,
      se,
      severityUnshrunk: fit.severityUnshrunk[j]!,
      seUnshrunk: finiteOrNull(fit.severityUnshrunkSe[j]!),
      shrinkage: fit.shrinkage[j]!,
      flagged: se !== null && Math.abs(severity) > 2 * se,
      part: fit.part[j]!,
    };
  });
}

/** Scores every entry of a round's sheets (see the file comment). */
export function scoreEntries(sheets: readonly ScoredSheet[], options: EntryScoreOptions = {}): EntryScoresResult {
  return scoreTable(buildSheetTable(sheets), options);
}

/** {@link scoreEntries} of the sheets of a table. */
export function scoreTable(table: SheetTable, options: EntryScoreOptions = {}): EntryScoresResult {
  const scores = scoreTableEntries(table, options);
  const { method, judges, model, fit } = scores;
  return { method, entries: table.entryIds.map((_, e) => entryScoreAt(scores, e)), judges, model, fit };
}

/**
 * Every entry's score as arrays in the table's entry order (what `scoreTable` makes an object of
 * each from): at 100,000 entries a page of the results shapes 100 of them, not every one.
 */
export interface TableScores extends Omit<EntryScoresResult, 'entries'> {
  rule: ResolutionRule;
  table: SheetTable;
  raw: Float64Array;
  corrected: Float64Array;
  /**
   * For an adjudicated entry with three readers, the readings each score is the mean of: bit i
   * for the entry's i-th sheet in the table; 0 for every other entry.
   */
  usedRaw: Uint8Array;
  usedCorrected: Uint8Array;
}

const maskOf = (used: readonly number[]) => used.reduce((mask, i) => mask | (1 << i), 0);

/** {@link scoreTable}'s scores as arrays. */
export function scoreTableEntries(table: SheetTable, options: EntryScoreOptions = {}): TableScores {
  const method = options.method ?? 'mean';
  if (!SCORE_METHODS.includes(method)) throw new RangeError(`unknown scoring method ${String(method)}`);
  const rule = options.resolution ?? 'closest-two';
  const fit = fitAdditiveModel(table, options);
  const values = adjustedValues(table, method, fit);
  const adjudicated = new Set(options.adjudicated ?? []);
  const { entryStart, total } = table;
  const E = table.entryIds.length;
  const raw = new Float64Array(E);
  const corrected = new Float64Array(E);
  const usedRaw = new Uint8Array(E);
  const usedCorrected = new Uint8Array(E);
  for (let e = 0; e < E; e++) {
    const from = entryStart[e]!;
    const to = entryStart[e + 1]!;
    const readers = to - from;
    if (readers === 3 && adjudicated.has(table.entryIds[e]!)) {
      const byTotal = resolveThree([total[from]!, total[from + 1]!, total[from + 2]!], rule);
      const byValue = resolveThree([values[from]!, values[from + 1]!, values[from + 2]!], rule);
      raw[e] = byTotal.score;
      corrected[e] = byValue.score;
      usedRaw[e] = maskOf(byTotal.used);
      usedCorrected[e] = maskOf(byValue.used);
      continue;
    }
    let sumRaw = 0;
    let sumValues = 0;
    for (let k = from; k < to; k++) {
      sumRaw += total[k]!;
      sumValues += values[k]!;
    }
    raw[e] = sumRaw / readers;
    corrected[e] = method === 'mean' ? sumRaw / readers : sumValues / readers;
  }
  return {
    method,
    rule,
    table,
    raw,
    corrected,
    usedRaw,
    usedCorrected,
    judges: judgeSeverities(fit),
    model: { status: fit.status, iterations: fit.iterations, converged: fit.converged, parts: fit.parts, variance: fit.variance },
    fit,
  };
}

/** Entry e's score (by its index in the table) as `scoreEntries` lists it. */
export function entryScoreAt(scores: TableScores, e: number): EntryScore {
  const { table } = scores;
  const from = table.entryStart[e]!;
  const score: EntryScore = { entryId: table.entryIds[e]!, readers: table.entryStart[e + 1]! - from, raw: scores.raw[e]!, corrected: scores.corrected[e]! };
  if (scores.usedRaw[e] === 0) return score;
  const judgesOf = (mask: number) => [0, 1, 2].filter((i) => mask & (1 << i)).map((i) => table.judgeIds[table.judgeOf[from + i]!]!);
  return { ...score, resolution: { rule: scores.rule, raw: judgesOf(scores.usedRaw[e]!), corrected: judgesOf(scores.usedCorrected[e]!) } };
}
