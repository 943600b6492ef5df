import { comparisonsTarget, nextPair, type Comparison as Choice } from '@guong-sang/scoring';
import {
  appendAudit, createComparison, getRound, isRoundJudge, listComparisons, listRoundJudges, type Comparison, type DbOrTx,
  type Entry, type Round, type Tx,
} from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';
import { hashString } from '../lib/hash-string.ts';
import { blindComparisonEntry, blindRound } from './blind-view.ts';
import { entriesKeptFrom, roundEntries } from './plan.ts';
import { assertRoundOpen } from './round-lock.ts';

/*
 * A comparative round from the judge's side: the panel's judges are served pairs of entries and
 * choose the better one. Pairs come from packages/scoring's nextPair, never with an entry the
 * judge may not read (judging/plan.ts, the conflict rule), and reproducibly: the seed is the
 * round's recorded seed, the judge and how many choices they have made.
 */

/** Choices as the statistics read them: entry ids as strings. */
export function choicesOf(rows: readonly Comparison[]): Choice[] {
  return rows.map((c) => ({
    winner: String(c.winnerEntryId),
    loser: String(c.winnerEntryId === c.leftEntryId ? c.rightEntryId : c.leftEntryId),
    judge: c.judgeId,
  }));
}

/** The round's choices on entries still in it (a withdrawn entry's choices count for nothing). */
export function roundChoices(db: DbOrTx, round: Round): { entries: Entry[]; rows: Comparison[] } {
  const entries = roundEntries(db, round);
  const inRound = new Set(entries.map((e) => e.id));
  const rows = listComparisons(db, round.id).filter((c) => inRound.has(c.leftEntryId) && inRound.has(c.rightEntryId));
  return { entries, rows };
}

/** The whole round's target and each judge's share of it (the panel divides it evenly, rounding up). */
export function comparativeTarget(db: DbOrTx, round: Round, entries: number): { target: number; share: number } {
  const target = entries < 2 ? 0 : comparisonsTarget(entries, round.comparisonsPerEntry);
  const panel = Math.max(1, listRoundJudges(db, round.id).length);
  return { target, share: Math.ceil(target / panel) };
}

/** A comparative round the judge sits on: 404 otherwise, whether it exists or not. */
export function panelComparativeRound(db: DbOrTx, judgeId: string, roundId: number): Round {
  const round = getRound(db, roundId);
  if (!round || round.method !== 'comparative' || !isRoundJudge(db, round.id, judgeId)) throw notFound();
  return round;
}

function pairSeed(round: Round, judgeId: string, made: number): number {
  return hashString(`${round.assignmentSeed ?? round.id}:${judgeId}:${made}`);
}

interface Served {
  round: Round;
  progress: { done: number; share: number; remaining: number };
  pair: [number, number] | null;
  kept: Set<number>;
  entries: Entry[];
}

function serve(db: DbOrTx, round: Round, judgeId: string, now: Date): Served {
  const { entries, rows } = roundChoices(db, round);
  const { share } = comparativeTarget(db, round, entries.length);
  const done = listComparisons(db, round.id, judgeId).length;
  const remaining = Math.max(0, share - done);
  const kept = entriesKeptFrom(db, round, judgeId);
  const open = round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime();
  const pair = open && remaining > 0 ? nextPair({
    items: entries.map((e) => String(e.id)),
    comparisons: choicesOf(rows),
    judge: judgeId,
    excluded: new Set([...kept].map(String)),
    comparisonsPerItem: round.comparisonsPerEntry,
    seed: pairSeed(round, judgeId, done),
  }) : null;
  return { round, progress: { done, share, remaining }, pair: pair && [Number(pair[0]), Number(pair[1])], kept, entries };
}

/** The pair the judge is served now (entry ids, left first), or null. */
export function servedPair(db: DbOrTx, round: Round, judgeId: string, now: Date): [number, number] | null {
  return serve(db, round, judgeId, now).pair;
}

/** What the judge sees: the round, their progress and the next pair, blind (judging/blind-view.ts). */
export function comparisonTask(db: DbOrTx, judgeId: string, roundId: number, now: Date) {
  const served = serve(db, panelComparativeRound(db, judgeId, roundId), judgeId, now);
  return {
    roundId: served.round.id,
    round: blindRound(db, served.round, now),
    progress: served.progress,
    pair: served.pair && { left: blindComparisonEntry(db, served.pair[0]), right: blindComparisonEntry(db, served.pair[1]) },
  };
}

/** The comparative rounds the judge sits on, with their progress. */
export function judgeComparativeRounds(db: DbOrTx, judgeId: string, rounds: readonly Round[], now: Date) {
  return rounds.filter((r) => r.method === 'comparative' && isRoundJudge(db, r.id, judgeId)).map((round) => {
    const { progress } = serve(db, round, judgeId, now);
    return { roundId: round.id, round: blindRound(db, round, now), progress };
  });
}

export interface ChoiceInput { left: string; right: string; winner: string; note: string }

/**
 * Records the judge's choice while the round is open. The pair must be one the judge may be
 * served: two different entries of the round, neither kept from them, not compared by them before,
 * with their share not yet done (another judge's choice may change the pair served meanwhile). Sending the pair just recorded again (a double click) records nothing.
 */
export function recordChoice(tx: Tx, judgeId: string, roundId: number, input: ChoiceInput, now: Date): void {
  const round = panelComparativeRound(tx, judgeId, roundId);
  assertRoundOpen(tx, round, now);
  const served = serve(tx, round, judgeId, now);
  const codes = new Map(served.entries.map((e) => [e.code, e.id]));
  const left = codes.get(input.left);
  const right = codes.get(input.right);
  const winner = codes.get(input.winner);
  if (left === undefined || right === undefined || left === right || (winner !== left && winner !== right)) {
    throw new DomainError(409, 'pair_not_served');
  }
  const mine = listComparisons(tx, round.id, judgeId);
  const samePair = (c: Comparison) => new Set([c.leftEntryId, c.rightEntryId, left, right]).size === 2;
  const last = mine.at(-1);
  if (last && samePair(last)) return;
  // A judge compares a pair once, and never an entry the conflict rule keeps from them.
  if (mine.some(samePair) || served.kept.has(left) || served.kept.has(right)) throw new DomainError(409, 'pair_not_served');
  if (served.progress.remaining === 0) throw new DomainError(409, 'comparisons_done');
  const made = createComparison(tx, {
    roundId: round.id, judgeId, leftEntryId: left, rightEntryId: right, winnerEntryId: winner, note: input.note, createdAt: now,
  });
  appendAudit(tx, {
    actorId: judgeId, action: 'comparison.made', subjectType: 'round', subjectId: round.id,
    details: { comparisonId: made.id, left, right, winner },
  });
}
