import { assignReaders, type AssignmentResult } from '@guong-sang/scoring';
import {
  countOutLoads, getContest, getEntry, getUser, listActiveAssignments, listAllAssignments, listComparisonRecusals, listConflictsForEntries,
  listEntriesByContest, listRoundEntryIds, listSubmittedEntryIds, listRoundJudges, type DbOrTx, type Entry, type Round,
} from '@guong-sang/db';

/** Of the contest's submitted entries (`idOf` each), those the round reads: all for a preliminary round, the shortlist for a final. */
function keptByRound<T>(db: DbOrTx, round: Round, submitted: T[], idOf: (entry: T) => number): T[] {
  if (round.kind === 'preliminary') return submitted;
  const shortlisted = new Set(listRoundEntryIds(db, round.id).map((row) => row.entryId));
  return submitted.filter((entry) => shortlisted.has(idOf(entry)));
}

/** The entries a round reads: every submitted entry for a preliminary round, the shortlist for a final. */
export function roundEntries(db: DbOrTx, round: Round): Entry[] {
  return keptByRound(db, round, listEntriesByContest(db, round.contestId, { status: 'submitted' }), (entry) => entry.id);
}

/**
 * Whether an entry is one of `roundEntries`, by id, read without the entries' texts: results ask it
 * of 220,000 sheets at 100,000 entries. Ids are row numbers, so they mark an array indexed by id
 * (a set of 100,000 numbers and an object for each took ~45 ms of the first results); ids that are
 * not (typed in by hand) go into a set.
 */
export function roundEntryTest(db: DbOrTx, round: Round): (entryId: number) => boolean {
  const ids = keptByRound(db, round, listSubmittedEntryIds(db, round.contestId), (id) => id);
  const limit = 4 * ids.length + 1024;
  if (!ids.every((id) => Number.isInteger(id) && id >= 0 && id < limit)) {
    const set = new Set(ids);
    return (entryId) => set.has(entryId);
  }
  const marked = new Uint8Array(limit);
  for (const id of ids) marked[id] = 1;
  // A typed array has no element at a fraction, a negative or past its end: those read undefined.
  return (entryId) => marked[entryId] === 1;
}

/**
 * The conflict rule, its one home: a judge never reads their own entry, an entry of their own unit
 * (when the contest keeps units apart), one they declared a conflict with or recused from.
 */
function readingRule(db: DbOrTx, round: Round, sameUnitConflict: boolean, entries: readonly Entry[]) {
  const unitOf = new Map<string, number>();
  const unit = (userId: string) => {
    if (!unitOf.has(userId)) unitOf.set(userId, getUser(db, userId)?.unitId ?? -1);
    return unitOf.get(userId) ?? -1;
  };
  const declared = listConflictsForEntries(db, entries.map((e) => e.id)).map((c) => ({ judgeId: c.judgeId, entryId: c.entryId }));
  // Taken off an entry in this round (a recused assignment; choices set aside, judging/recusal.ts),
  // the judge stays off it here though the conflict be withdrawn.
  const recused = [...listAllAssignments(db, round.id).filter((a) => a.status === 'recused'), ...listComparisonRecusals(db, round.id)]
    .map((a) => ({ judgeId: a.judgeId, entryId: a.entryId }));
  const excluded = new Set([...declared, ...recused].map((c) => `${c.judgeId}:${c.entryId}`));
  const mayRead = (judgeId: string, entry: Entry) => judgeId !== entry.authorId
    && !(sameUnitConflict && unit(judgeId) === unit(entry.authorId))
    && !excluded.has(`${judgeId}:${entry.id}`);
  return { unit, declared, recused, mayRead };
}

/** The entries of the round `judgeId` may not read (judging/comparisons.ts leaves them out of pairs). */
export function entriesKeptFrom(db: DbOrTx, round: Round, judgeId: string): Set<number> {
  const contest = getContest(db, round.contestId);
  if (!contest) throw new Error(`round ${round.id} has no contest`);
  const entries = roundEntries(db, round);
  const { mayRead } = readingRule(db, round, contest.sameUnitConflict, entries);
  return new Set(entries.filter((entry) => !mayRead(judgeId, entry)).map((entry) => entry.id));
}

/** Whether the round reads this entry (as `roundEntries` would list it), without listing the round. */
export function isInRound(db: DbOrTx, round: Round, entryId: number): boolean {
  const entry = getEntry(db, entryId);
  if (!entry || entry.contestId !== round.contestId || entry.status !== 'submitted') return false;
  return round.kind === 'preliminary' || listRoundEntryIds(db, round.id).some((row) => row.entryId === entryId);
}

/** A final round is read by the whole panel: each entry by every judge who may read it. */
function wholePanelReaders(
  panel: readonly { userId: string }[], entries: readonly Entry[], mayRead: (judgeId: string, entry: Entry) => boolean,
): Map<number, number> {
  return new Map(entries.map((e) => [e.id, panel.filter((j) => mayRead(j.userId, e)).length]));
}

/**
 * The readings the round's plan asks for, of its `entries` (`roundEntries`): entries × readers, or in
 * a final round every reading the whole panel may give.
 */
export function plannedReadings(db: DbOrTx, round: Round, entries: readonly Entry[]): number {
  if (round.kind !== 'final') return entries.length * round.readersPerEntry;
  const contest = getContest(db, round.contestId);
  if (!contest) throw new Error(`round ${round.id} has no contest`);
  const { mayRead } = readingRule(db, round, contest.sameUnitConflict, entries);
  let planned = 0;
  for (const readers of wholePanelReaders(listRoundJudges(db, round.id), entries, mayRead).values()) planned += readers;
  return planned;
}

export interface AssignmentPlan {
  result: AssignmentResult;
  entries: Entry[];
  /** Entry–judge pairs each rule kept apart (for the organizer's preview). */
  conflictsAvoided: { ownEntry: number; sameUnit: number; declared: number };
}

/**
 * Runs the assignment for a round in incremental mode: active assignments stay, recusals and
 * declared conflicts are excluded, and every entry is topped up to its readers.
 */
export function planAssignment(
  db: DbOrTx,
  round: Round,
  options: { seed: number; required?: ReadonlyMap<number, number> },
): AssignmentPlan {
  const contest = getContest(db, round.contestId);
  if (!contest) throw new Error(`round ${round.id} has no contest`);
  const entries = roundEntries(db, round);
  const panel = listRoundJudges(db, round.id);
  const { unit, declared, recused, mayRead } = readingRule(db, round, contest.sameUnitConflict, entries);
  const entryIds = new Set(entries.map((e) => e.id));
  const out = countOutLoads(db, round.id);
  const existing = listActiveAssignments(db, round.id)
    .filter((a) => entryIds.has(a.entryId))
    .map((a) => ({ judgeId: a.judgeId, entryId: a.entryId }));
  const required = round.kind === 'final' ? wholePanelReaders(panel, entries, mayRead) : options.required;
  const result = assignReaders({
    entries: entries.map((e) => ({ id: e.id, authorId: e.authorId, unitId: unit(e.authorId) })),
    // A reading on a disqualified entry keeps its place under the cap: reinstated, it is back (countHeldLoads).
    judges: panel.map((j) => ({ id: j.userId, unitId: unit(j.userId), cap: j.maxLoad === null ? null : Math.max(0, j.maxLoad - (out.get(j.userId) ?? 0)) })),
    readersPerEntry: round.readersPerEntry,
    ...(required && { required }),
    sameUnitConflict: contest.sameUnitConflict,
    conflicts: [...declared, ...recused],
    existing,
    seed: options.seed,
  });

  const judgeIds = new Set(panel.map((j) => j.userId));
  const judgeUnits = new Map<number, number>();
  for (const judge of panel) judgeUnits.set(unit(judge.userId), (judgeUnits.get(unit(judge.userId)) ?? 0) + 1);
  return {
    result,
    entries,
    conflictsAvoided: {
      ownEntry: entries.filter((e) => judgeIds.has(e.authorId)).length,
      sameUnit: contest.sameUnitConflict
        ? entries.reduce((sum, e) => sum + (judgeUnits.get(unit(e.authorId)) ?? 0), 0) : 0,
      declared: declared.filter((c) => judgeIds.has(c.judgeId)).length + recused.length,
    },
  };
}
