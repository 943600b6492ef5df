/**
 * A seeded simulation of a judging round, for tests, the benchmark and demos: entries with a known
 * true quality, judges with known severities, a random balanced design (every entry read by k
 * distinct judges, judges' loads within one of each other), optionally a share of entries given a
 * third reader (as adjudication would). Pure: everything follows from `seed`.
 *
 * Reading model, per criterion c of entry e read by judge j:
 *     score = clamp(round(mid_c + q_e + d_ec + s_j + ε)),   q_e ~ N(0, qualitySd²), d_ec ~ N(0, criterionSd²),
 *     ε ~ N(0, noiseSd²),
 * with mid_c the middle of the criterion's scale; the sheet's total is weightedTotal of the scores.
 * The true total of an entry is Σ w_c (mid_c + q_e + d_ec); a judge's true severity on the total is
 * s_j · Σ w_c (before rounding and clamping).
 */
import type { Id } from '../assignment/types.ts';
import { createRng, type Rng } from '../assignment/prng.ts';
import { scoreOn } from '../criterion-scores.ts';
import { weightedTotal, type CriterionScale } from '../weighted-total.ts';
import type { ScoredSheet } from './types.ts';

export interface SimulationSpec {
  entries: number;
  judges: number;
  /** Readers per entry, k. Default 2. */
  readersPerEntry?: number;
  /** Share of entries given one more reader, marked adjudicated. Default 0. */
  extraReaderShare?: number;
  rubric: readonly CriterionScale[];
  /** SD of entries' true quality, in criterion points. */
  qualitySd: number;
  /** SD of an entry's per-criterion deviation from its quality. Default 0. */
  criterionSd?: number;
  /** Judges' severities in criterion points; default: evenly spread over ±severitySpread. */
  severities?: readonly number[];
  /** Half-width of the default even spread of severities. Default 1. */
  severitySpread?: number;
  /** SD of a reading's noise, in criterion points. */
  noiseSd: number;
  /** Round scores to whole points (and clamp to the scale). Default true; false keeps exact values, unclamped. */
  integerScores?: boolean;
  seed: number;
}

export interface SimulatedRound {
  sheets: ScoredSheet[];
  /** Entry ids 1…E. */
  entryIds: number[];
  /** Judge ids 'judge-1'…'judge-J'. */
  judgeIds: string[];
  /** True total per entry (index = entry id − 1). */
  trueTotal: Float64Array;
  /** True severity on the total per judge (index = judge number − 1). */
  trueSeverity: Float64Array;
  /** Entries given an extra reader. */
  adjudicated: Id[];
}

/** A standard normal draw (Box–Muller on two 32-bit uniforms). */
export function normalDraw(rng: Rng): number {
  const u = (rng.nextUint32() + 0.5) / 2 ** 32;
  const v = (rng.nextUint32() + 0.5) / 2 ** 32;
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** Judge numbers (0-based) for each entry: k distinct per entry, loads within one of each other. */
export function balancedDesign(entries: number, judges: number, k: number, rng: Rng): Int32Array[] {
  if (k > judges) throw new RangeError(`cannot give ${k} distinct readers out of ${judges} judges`);
  const slots = new Int32Array(entries * k);
  for (let filled = 0; filled < slots.length; ) {
    const block = rng.shuffle(Array.from({ length: judges }, (_, j) => j));
    for (const j of block) if (filled < slots.length) slots[filled++] = j;
  }
  // Repair repeated judges within an entry by swapping with a later slot (loads are unchanged).
  for (let e = 0; e < entries; e++) {
    for (let a = 1; a < k; a++) {
      const at = e * k + a;
      const clash = (j: number, entry: number, skip: number): boolean => {
        for (let b = 0; b < k; b++) if (entry * k + b !== skip && slots[entry * k + b] === j) return true;
        return false;
      };
      if (!clash(slots[at]!, e, at)) continue;
      let swapped = false;
      for (let p = 0; p < slots.length && !swapped; p++) {
        const other = Math.floor(p / k);
        if (other === e) continue;
        if (!clash(slots[p]!, e, at) && !clash(slots[at]!, other, p)) {
          const t = slots[p]!;
          slots[p] = slots[at]!;
          slots[at] = t;
          swapped = true;
        }
      }
      if (!swapped) throw new RangeError('could not build a design with distinct readers');
    }
  }
  return Array.from({ length: entries }, (_, e) => slots.slice(e * k, e * k + k));
}

export function simulateRound(spec: SimulationSpec): SimulatedRound {
  const k = spec.readersPerEntry ?? 2;
  const rng = createRng(spec.seed);
  const integer = spec.integerScores ?? true;
  const rubric = spec.rubric;
  const weightSum = rubric.reduce((s, c) => s + c.weight, 0);
  const spread = spec.severitySpread ?? 1;
  const severities = spec.severities
    ?? Array.from({ length: spec.judges }, (_, j) => (spec.judges === 1 ? 0 : -spread + (2 * spread * j) / (spec.judges - 1)));
  if (severities.length !== spec.judges) throw new RangeError('one severity per judge');
  const design = balancedDesign(spec.entries, spec.judges, k, rng.fork(1));
  const extra = rng.fork(2);
  const draw = rng.fork(3);
  const entryIds = Array.from({ length: spec.entries }, (_, e) => e + 1);
  const judgeIds = Array.from({ length: spec.judges }, (_, j) => `judge-${j + 1}`);
  const trueTotal = new Float64Array(spec.entries);
  const trueSeverity = Float64Array.from(severities, (s) => s * weightSum);
  const sheets: ScoredSheet[] = [];
  const adjudicated: Id[] = [];
  const mids = rubric.map((c) => (c.min + c.max) / 2);
  for (let e = 0; e < spec.entries; e++) {
    const quality = spec.qualitySd * normalDraw(draw);
    const truth = rubric.map((_, c) => mids[c]! + quality + (spec.criterionSd ?? 0) * normalDraw(draw));
    trueTotal[e] = rubric.reduce((s, c, i) => s + c.weight * truth[i]!, 0);
    const readers = Array.from(design[e]!);
    if (spec.extraReaderShare && extra.nextUint32() / 2 ** 32 < spec.extraReaderShare && readers.length < spec.judges) {
      let j = extra.nextInt(spec.judges);
      while (readers.includes(j)) j = (j + 1) % spec.judges;
      readers.push(j);
      adjudicated.push(e + 1);
    }
    for (const j of readers) {
      const scores: number[] = [];
      rubric.forEach((c, i) => {
        let x = truth[i]! + severities[j]! + spec.noiseSd * normalDraw(draw);
        if (integer) x = Math.min(c.max, Math.max(c.min, Math.round(x)));
        scores.push(c.id, x);
      });
      const total = integer ? weightedTotal(rubric, scores)! : rubric.reduce((s, c) => s + c.weight * scoreOn(scores, c.id)!, 0);
      sheets.push({ entryId: e + 1, judgeId: judgeIds[j]!, total, criteria: scores });
    }
  }
  return { sheets, entryIds, judgeIds, trueTotal, trueSeverity, adjudicated };
}
