import {
  getUnit, getUser, listActiveAssignments, listRoundJudges, listRoundSheets, type Assignment, type DbOrTx, type Round,
} from '@guong-sang/db';
import { comparativeTarget, roundChoices } from '../../judging/comparisons.ts';
import { plannedReadings, roundEntries } from '../../judging/plan.ts';

/**
 * The round's readings told apart, so its facts add up: the plan (`planned`: entries × readers, or a
 * final round's whole panel), the readings given for it, the extra ones a disagreement called, and
 * any left on entries that have since left the round (withdrawn or disqualified), which count for nothing.
 */
function readings(planned: number, inRound: Set<number>, active: Assignment[], submitted: Assignment[]) {
  const kind = (a: Assignment) => !inRound.has(a.entryId) ? 'outside' : a.origin === 'adjudication' ? 'extra' : 'planned';
  const tally = (list: Assignment[], which: string) => list.filter((a) => kind(a) === which).length;
  return {
    planned,
    assigned: tally(active, 'planned'),
    submitted: tally(submitted, 'planned'),
    extra: tally(active, 'extra'),
    extraSubmitted: tally(submitted, 'extra'),
    outside: tally(active, 'outside'),
  };
}

/**
 * The organizer's view of a round: panel, loads and each judge's progress. A judge's progress
 * counts their live readings, as the contest dashboard does (packages/db live-assignment.ts):
 * readings on an entry that left the round are told apart once, in `readings.outside`.
 */
export function roundDetail(db: DbOrTx, round: Round, now: Date) {
  const active = listActiveAssignments(db, round.id);
  const sheets = listRoundSheets(db, round.id);
  const entries = roundEntries(db, round);
  const inRound = new Set(entries.map((entry) => entry.id));
  const choices = round.method === 'comparative' ? roundChoices(db, round).rows : [];
  const count = (judgeId: string, status: 'draft' | 'submitted') => sheets.filter((s) =>
    s.assignment.judgeId === judgeId && s.sheet.status === status && inRound.has(s.assignment.entryId)).length;
  return {
    id: round.id,
    contestId: round.contestId,
    name: round.name,
    kind: round.kind,
    method: round.method,
    readersPerEntry: round.readersPerEntry,
    comparisonsPerEntry: round.comparisonsPerEntry,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    open: round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime(),
    closed: now.getTime() >= round.closesAt.getTime(),
    assignmentSeed: round.assignmentSeed,
    entries: inRound.size,
    assignments: active.length,
    submittedSheets: sheets.filter((s) => s.sheet.status === 'submitted').length,
    readings: readings(plannedReadings(db, round, entries), inRound, active, sheets.filter((s) => s.sheet.status === 'submitted').map((s) => s.assignment)),
    comparisons: round.method === 'comparative'
      ? { ...comparativeTarget(db, round, inRound.size), done: choices.length } : null,
    judges: listRoundJudges(db, round.id).map((judge) => {
      const user = getUser(db, judge.userId);
      return {
        userId: judge.userId,
        fullName: user?.fullName ?? '',
        email: user?.email ?? '',
        unitName: (user && getUnit(db, user.unitId)?.name) ?? '',
        maxLoad: judge.maxLoad,
        assigned: active.filter((a) => a.judgeId === judge.userId && inRound.has(a.entryId)).length,
        drafts: count(judge.userId, 'draft'),
        submitted: count(judge.userId, 'submitted'),
        comparisons: choices.filter((c) => c.judgeId === judge.userId).length,
      };
    }),
  };
}
