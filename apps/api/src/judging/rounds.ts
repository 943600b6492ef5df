import {
  appendAudit, createRound, getRound, getScoreSheet, getUser, getUserRoles, listActiveAssignments, listAllAssignments,
  listComparisons, setAssignmentStatus,
  setRoundEntries, setRoundJudges, updateRound, type Round, type Tx,
} from '@guong-sang/db';
import { assertResultsOpen } from '../contests/finality.ts';
import { assertMayJudge } from '../contests/judge-entrant-conflict.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { entryRoundScores, shortlist } from './round-scores.ts';

/*
 * A contest's judging rounds as the organizer sets them up: window, readers per entry, panel, and
 * the final round made from a shortlist. Each write asks contests/finality.ts and is audited.
 */

function checkWindow(opensAt: Date, closesAt: Date) {
  if (closesAt.getTime() <= opensAt.getTime()) throw new DomainError(400, 'invalid_round_window');
}

export interface RoundInput {
  name: string;
  kind?: Round['kind'];
  method?: Round['method'];
  readersPerEntry?: number;
  comparisonsPerEntry?: number;
  opensAt: Date;
  closesAt: Date;
}

/**
 * How a round ranks (rubric or comparative, comparisons per entry) is settled before judging
 * starts: once an entry is assigned or a choice made, changing it would mix two designs.
 */
function assertNotStarted(tx: Tx, round: Round) {
  if (listAllAssignments(tx, round.id).length > 0 || listComparisons(tx, round.id).length > 0) {
    throw new DomainError(409, 'round_judging_started');
  }
}

/**
 * Creates a round (preliminary and by rubric unless told). `seed` is recorded for a comparative
 * round: its pairs are drawn from it (judging/comparisons.ts).
 */
export function addRound(tx: Tx, contestId: number, input: RoundInput, actorId: string, now: Date, seed: number): Round {
  checkWindow(input.opensAt, input.closesAt);
  assertResultsOpen(tx, contestId);
  const method = input.method ?? 'rubric';
  const created = createRound(tx, {
    contestId, name: cleanLine(input.name), kind: input.kind ?? 'preliminary', method,
    readersPerEntry: input.readersPerEntry ?? 2, comparisonsPerEntry: input.comparisonsPerEntry ?? 10,
    opensAt: input.opensAt, closesAt: input.closesAt, createdAt: now, assignmentSeed: method === 'comparative' ? seed : null,
  });
  appendAudit(tx, { actorId, action: 'round.created', subjectType: 'round', subjectId: created.id, details: { name: created.name } });
  return created;
}

/**
 * Renames a round, moves its window (closing it early), changes its readers per entry, or (before
 * judging starts) its method and comparisons per entry; a round turned comparative records `seed`.
 */
export function changeRound(
  tx: Tx,
  roundId: number,
  input: Partial<Pick<Round, 'name' | 'method' | 'readersPerEntry' | 'comparisonsPerEntry' | 'opensAt' | 'closesAt'>>,
  actorId: string,
  seed: number,
): Round {
  const before = getRound(tx, roundId);
  if (!before) throw notFound();
  const design = {
    ...(input.method !== undefined && input.method !== before.method && { method: input.method }),
    ...(input.comparisonsPerEntry !== undefined && input.comparisonsPerEntry !== before.comparisonsPerEntry
      && { comparisonsPerEntry: input.comparisonsPerEntry }),
  };
  if (Object.keys(design).length > 0) assertNotStarted(tx, before);
  const changes = {
    ...(input.name !== undefined && { name: cleanLine(input.name) }),
    ...(input.readersPerEntry !== undefined && { readersPerEntry: input.readersPerEntry }),
    ...(input.opensAt !== undefined && { opensAt: input.opensAt }),
    ...(input.closesAt !== undefined && { closesAt: input.closesAt }),
    ...design,
    ...(design.method === 'comparative' && before.assignmentSeed === null && { assignmentSeed: seed }),
  };
  checkWindow(changes.opensAt ?? before.opensAt, changes.closesAt ?? before.closesAt);
  if (Object.keys(changes).length === 0) return before;
  // A name is presentation; the window, the readers and the method decide what gets scored.
  if (changes.opensAt || changes.closesAt || changes.readersPerEntry || Object.keys(design).length > 0) {
    assertResultsOpen(tx, before.contestId);
  }
  appendAudit(tx, {
    actorId, action: 'round.updated', subjectType: 'round', subjectId: before.id, details: { changed: Object.keys(changes) },
  });
  return updateRound(tx, before.id, changes) ?? before;
}

/**
 * Sets the round's panel (judges only, none who entered the contest) with optional load caps. A
 * judge who leaves loses the assignments they have not scored; the assignment tops up again.
 */
export function setPanel(
  tx: Tx,
  roundId: number,
  judges: { userId: string; maxLoad?: number | null }[],
  actorId: string,
  now: Date,
): Round {
  const round = getRound(tx, roundId);
  if (!round) throw notFound();
  // A judge listed twice sits once, with the last cap given.
  const unique = [...new Map(judges.map((j) => [j.userId, j])).values()];
  for (const judge of unique) {
    if (!getUser(tx, judge.userId)) throw notFound();
    if (!getUserRoles(tx, judge.userId).includes('judge')) throw new DomainError(400, 'not_a_judge');
    assertMayJudge(tx, judge.userId, round.contestId);
  }
  assertResultsOpen(tx, round.contestId);
  const panel = unique.map((j) => ({ userId: j.userId, maxLoad: j.maxLoad ?? null }));
  setRoundJudges(tx, round.id, panel, now);
  const stay = new Set(panel.map((j) => j.userId));
  for (const assignment of listActiveAssignments(tx, round.id)) {
    if (!stay.has(assignment.judgeId) && getScoreSheet(tx, assignment.id)?.status !== 'submitted') {
      setAssignmentStatus(tx, assignment.id, 'removed');
    }
  }
  appendAudit(tx, { actorId, action: 'round.panel_set', subjectType: 'round', subjectId: round.id, details: { judges: panel } });
  return round;
}

/** Starts a final round with the shortlist of `sourceRoundId` (judging/round-scores.ts). */
export function startFinalRound(
  tx: Tx,
  sourceRoundId: number,
  input: { topN: number; name: string; opensAt: Date; closesAt: Date },
  actorId: string,
  now: Date,
): Round {
  checkWindow(input.opensAt, input.closesAt);
  const source = getRound(tx, sourceRoundId);
  if (!source) throw notFound();
  assertResultsOpen(tx, source.contestId);
  const rows = shortlist(entryRoundScores(tx, source), input.topN);
  const created = createRound(tx, {
    contestId: source.contestId, name: cleanLine(input.name), kind: 'final', readersPerEntry: 1,
    opensAt: input.opensAt, closesAt: input.closesAt, sourceRoundId: source.id, createdAt: now,
  });
  setRoundEntries(tx, created.id, rows);
  appendAudit(tx, {
    actorId, action: 'round.shortlisted', subjectType: 'round', subjectId: created.id,
    details: { sourceRoundId: source.id, topN: input.topN, entries: rows.length },
  });
  return created;
}
