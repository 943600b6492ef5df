import {
  countHeldLoads, getContest, getEntry, getUser, listConflictsForEntries, listEntryAssignments, listRoundJudges, type Tx, type Round,
} from '@guong-sang/db';
import { topUpEntry, type JudgeEntryPair } from '@guong-sang/scoring';
import { isInRound } from './plan.ts';

/**
 * New readers for one entry after a recusal or for an adjudication, chosen for that entry alone
 * (packages/scoring top-up.ts: the rules, then the least loaded judges): every other assignment
 * of the round stays as it is, and only this entry's rows, the panel and the loads are read.
 * `readers` is the number of active readers the entry should have. Returns the new pairs (to
 * commit with commitAdded) and how many short of `readers` the entry stays.
 */
export function topUpReaders(tx: Tx, round: Round, entryId: number, readers: number, seed: number): { added: JudgeEntryPair[]; short: number } {
  const contest = getContest(tx, round.contestId);
  const entry = getEntry(tx, entryId);
  if (!contest || !entry || !isInRound(tx, round, entryId)) return { added: [], short: 0 };
  const units = new Map<string, number>();
  const unitOf = (userId: string) => {
    if (!units.has(userId)) units.set(userId, getUser(tx, userId)?.unitId ?? -1);
    return units.get(userId) ?? -1;
  };
  const rows = listEntryAssignments(tx, round.id, entryId);
  const current = new Set(rows.filter((a) => a.status === 'active').map((a) => a.judgeId));
  const excluded = new Set([
    ...rows.filter((a) => a.status === 'recused').map((a) => a.judgeId),
    ...listConflictsForEntries(tx, [entryId]).map((c) => c.judgeId),
  ]);
  const panel = listRoundJudges(tx, round.id);
  const input = {
    entry: { id: entry.id, authorId: entry.authorId, unitId: unitOf(entry.authorId) },
    judges: panel.map((j) => ({ id: j.userId, unitId: unitOf(j.userId), cap: j.maxLoad })),
    loads: countHeldLoads(tx, round.id),
    readers: current,
    excluded,
    sameUnitConflict: contest.sameUnitConflict,
    seed,
  };
  // A final round is read by the whole panel: every judge who may read the entry.
  const needed = round.kind === 'final' ? panel.length : readers - current.size;
  const chosen = topUpEntry({ ...input, needed });
  return {
    added: chosen.map((judgeId) => ({ judgeId, entryId })),
    short: round.kind === 'final' ? 0 : Math.max(0, needed - chosen.length),
  };
}
