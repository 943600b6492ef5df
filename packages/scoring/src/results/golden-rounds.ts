/**
 * Fixed simulated rounds and an exact fingerprint of everything the results page, the reliability
 * page and the exports read from them (scores, severities, ranking with its tie-breaks, the
 * reliability report). The fingerprints in `fast-path.test.ts` were taken from the straightforward
 * implementation before the large-round speed-ups (issue 13), and again when the severities' solver
 * changed (checked then to agree to 3.1e-9); the fast path must reproduce them bit for bit. Numbers are written with `Object.is` precision (NaN, −0 and ±Infinity spelled out).
 */
import { createHash } from 'node:crypto';
import type { CriterionScale } from '../weighted-total.ts';
import { scoreEntries, type ScoreMethod } from './entry-scores.ts';
import { nearlyEqual } from './descriptive.ts';
import { rankEntries, type Ranking } from './ranking.ts';
import { reliabilityReport } from './reliability-report.ts';
import type { ResolutionRule } from './resolution.ts';
import { simulateRound } from './simulate.ts';

export interface GoldenRound {
  entries: number;
  judges: number;
  readersPerEntry: number;
  extraReaderShare: number;
  /** Criterion scale maximum: a short scale gives many tied scores. */
  max: number;
  method: ScoreMethod;
  resolution: ResolutionRule;
  seed: number;
}

export const GOLDEN_ROUNDS: GoldenRound[] = [
  { entries: 400, judges: 14, readersPerEntry: 2, extraReaderShare: 0.2, max: 10, method: 'corrected', resolution: 'closest-two', seed: 1 },
  { entries: 300, judges: 9, readersPerEntry: 2, extraReaderShare: 0.3, max: 3, method: 'corrected', resolution: 'closest-two', seed: 2 },
  { entries: 250, judges: 6, readersPerEntry: 3, extraReaderShare: 0.1, max: 4, method: 'mean', resolution: 'mean-of-three', seed: 3 },
  { entries: 200, judges: 4, readersPerEntry: 4, extraReaderShare: 0, max: 5, method: 'zscore', resolution: 'closest-two', seed: 4 },
  { entries: 120, judges: 40, readersPerEntry: 1, extraReaderShare: 0.5, max: 2, method: 'corrected', resolution: 'closest-two', seed: 5 },
];

function exact(_key: string, value: unknown): unknown {
  if (typeof value === 'number') return Number.isFinite(value) && !Object.is(value, -0) ? value : String(Object.is(value, -0) ? '-0' : value);
  if (ArrayBuffer.isView(value)) return Array.from(value as unknown as ArrayLike<number>);
  if (value instanceof Map) return [...value];
  if (value instanceof Set) return [...value];
  return value;
}

/**
 * The ranking with its tie-break keys only where the ranking works them out (ranking.ts): the top
 * criterion for an entry whose score ties with a neighbour's, the median rank for one also tied on
 * the top criterion. Applied to the straightforward implementation, which gave every entry both,
 * this is what the fast path must give.
 */
function withKeysAsNeeded(ranking: Ranking): Ranking {
  const { entries } = ranking;
  const same = (x: number | null, y: number | null) => (x === null || y === null ? x === y : nearlyEqual(x, y));
  return {
    ...ranking,
    entries: entries.map((entry, i) => {
      const neighbours = [entries[i - 1], entries[i + 1]].filter((other) => other !== undefined && nearlyEqual(other.score, entry.score));
      return {
        ...entry,
        topCriterion: neighbours.length > 0 ? entry.topCriterion : null,
        medianRank: neighbours.some((other) => same(other!.topCriterion, entry.topCriterion)) ? entry.medianRank : null,
      };
    }),
  };
}

/** SHA-256 of scores, ranking (with an organizer decision on the first tie) and reliability report. */
export function goldenFingerprint(spec: GoldenRound): string {
  const rubric: CriterionScale[] = [0.4, 0.3, 0.3].map((weight, i) => ({ id: i + 1, weight, min: 0, max: spec.max }));
  const { sheets, adjudicated } = simulateRound({
    entries: spec.entries, judges: spec.judges, readersPerEntry: spec.readersPerEntry, extraReaderShare: spec.extraReaderShare,
    rubric, qualitySd: spec.max / 8, criterionSd: spec.max / 20, noiseSd: spec.max / 10, severitySpread: spec.max / 10, seed: spec.seed,
  });
  const scored = scoreEntries(sheets, { method: spec.method, adjudicated, resolution: spec.resolution });
  const scores = scored.entries.map((e) => ({ entryId: e.entryId, score: e.corrected }));
  const undecided = withKeysAsNeeded(rankEntries(scores, sheets, rubric, { table: scored.fit.table }));
  const firstTie = undecided.ties[0]?.entryIds;
  const ranking = withKeysAsNeeded(rankEntries(scores, sheets, rubric, { decisions: firstTie ? [[...firstTie].reverse(), [-1, -2]] : [] }));
  const report = reliabilityReport(sheets, rubric, { fit: scored.fit, adjudicated, readersPerEntry: spec.readersPerEntry, minBlockEntries: 2 });
  const { fit, ...rest } = scored;
  const model = { ...fit, table: undefined };
  return createHash('sha256').update(JSON.stringify({ rest, model, undecided, ranking, report }, exact)).digest('hex');
}
