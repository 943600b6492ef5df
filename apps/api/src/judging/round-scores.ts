import { weightedTotal } from '@guong-sang/scoring';
import { listCriteria, listRoundSheetRows, type DbOrTx, type Round } from '@guong-sang/db';

export interface EntryRoundScore {
  entryId: number;
  /** Mean of the readers' weighted totals (unrounded). */
  mean: number;
  /** Standard error of that mean; 0 with a single reader. */
  standardError: number;
  totals: number[];
}

/** Each entry's mean weighted total over the submitted score sheets of its active assignments in a round. */
export function entryRoundScores(db: DbOrTx, round: Round): EntryRoundScore[] {
  const criteria = listCriteria(db, round.contestId);
  const totals = new Map<number, number[]>();
  for (const sheet of listRoundSheetRows(db, round.id)) {
    const total = weightedTotal(criteria, sheet.criteria);
    if (total !== undefined) totals.set(sheet.entryId, [...(totals.get(sheet.entryId) ?? []), total]);
  }
  return [...totals].map(([entryId, values]) => {
    const mean = values.reduce((a, b) => a + b, 0) / values.length;
    const variance = values.length > 1
      ? values.reduce((sum, v) => sum + (v - mean) ** 2, 0) / (values.length - 1) : 0;
    return { entryId, mean, standardError: Math.sqrt(variance / values.length), totals: values };
  });
}

/**
 * The shortlist for a final round: the top `topN` by mean, plus every other entry whose mean is
 * within one standard error (its own) of the cut. Ties at the cut are all in.
 */
export interface ShortlistRow {
  entryId: number;
  reason: 'top' | 'within-error';
}

export function shortlist(scores: EntryRoundScore[], topN: number): ShortlistRow[] {
  const ranked = [...scores].sort((a, b) => b.mean - a.mean || a.entryId - b.entryId);
  const cut = ranked[Math.min(topN, ranked.length) - 1]?.mean;
  if (cut === undefined) return [];
  return ranked.flatMap((score, index): ShortlistRow[] => {
    if (index < topN || score.mean === cut) return [{ entryId: score.entryId, reason: 'top' }];
    if (score.mean + score.standardError >= cut) return [{ entryId: score.entryId, reason: 'within-error' }];
    return [];
  });
}
