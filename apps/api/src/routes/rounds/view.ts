import {
  getUnit, getUser, listActiveAssignments, listRoundJudges, listRoundSheets, type DbOrTx, type Round,
} from '@guong-sang/db';
import { roundEntries } from '../../judging/plan.ts';

/** The organizer's view of a round: panel, loads and each judge's progress. */
export function roundDetail(db: DbOrTx, round: Round, now: Date) {
  const active = listActiveAssignments(db, round.id);
  const sheets = listRoundSheets(db, round.id);
  const count = (judgeId: string, status: 'draft' | 'submitted') =>
    sheets.filter((s) => s.assignment.judgeId === judgeId && s.sheet.status === status).length;
  return {
    id: round.id,
    contestId: round.contestId,
    name: round.name,
    kind: round.kind,
    readersPerEntry: round.readersPerEntry,
    opensAt: round.opensAt.toISOString(),
    closesAt: round.closesAt.toISOString(),
    open: round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime(),
    closed: now.getTime() >= round.closesAt.getTime(),
    assignmentSeed: round.assignmentSeed,
    entries: roundEntries(db, round).length,
    assignments: active.length,
    submittedSheets: sheets.filter((s) => s.sheet.status === 'submitted').length,
    judges: listRoundJudges(db, round.id).map((judge) => {
      const user = getUser(db, judge.userId);
      return {
        userId: judge.userId,
        fullName: user?.fullName ?? '',
        email: user?.email ?? '',
        unitName: (user && getUnit(db, user.unitId)?.name) ?? '',
        maxLoad: judge.maxLoad,
        assigned: active.filter((a) => a.judgeId === judge.userId).length,
        drafts: count(judge.userId, 'draft'),
        submitted: count(judge.userId, 'submitted'),
      };
    }),
  };
}
