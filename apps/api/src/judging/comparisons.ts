import { comparisonsTarget, nextPair, type Comparison as Choice } from '@guong-sang/scoring';
import {
  appendAudit, createComparison, getRound, isRoundJudge, listComparisonRecusals, listComparisons, listContests, listRoundJudges, listRounds,
  type Comparison, type DbOrTx,
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

/**
 * The round's choices (or one judge's) but those a recusal set aside: a judge's choices holding an
 * entry they were taken off while the round was judged (judging/recusal.ts, `recuseChoices`).
 */
function choicesKept(db: DbOrTx, round: Round, judgeId?: string): Comparison[] {
  const recused = new Set(listComparisonRecusals(db, round.id).map((r) => `${r.judgeId}:${r.entryId}`));
  return listComparisons(db, round.id, judgeId)
    .filter((c) => !recused.has(`${c.judgeId}:${c.leftEntryId}`) && !recused.has(`${c.judgeId}:${c.rightEntryId}`));
}

/**
 * The round's counted choices: kept (not set aside by a recusal) and on entries still in the round
 * (a withdrawn entry's choices count for nothing). What its results, view and exports count.
 */
export function roundChoices(db: DbOrTx, round: Round): { entries: Entry[]; rows: Comparison[] } {
  const entries = roundEntries(db, round);
  const inRound = new Set(entries.map((e) => e.id));
  const rows = choicesKept(db, round).filter((c) => inRound.has(c.leftEntryId) && inRound.has(c.rightEntryId));
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

/** The pair nextPair gives the judge when the round's choices are `rows` (null when nothing is left). */
function pairFor(round: Round, judgeId: string, entries: readonly Entry[], rows: readonly Comparison[], kept: ReadonlySet<number>, done: number) {
  const pair = nextPair({
    items: entries.map((e) => String(e.id)),
    comparisons: choicesOf(rows),
    judge: judgeId,
    excluded: new Set([...kept].map(String)),
    comparisonsPerItem: round.comparisonsPerEntry,
    seed: pairSeed(round, judgeId, done),
  });
  return pair && ([Number(pair[0]), Number(pair[1])] as [number, number]);
}

function serve(db: DbOrTx, round: Round, judgeId: string, now: Date): Served {
  const { entries, rows } = roundChoices(db, round);
  const { share } = comparativeTarget(db, round, entries.length);
  // Choices set aside are not done: the judge makes them up on other pairs.
  const done = choicesKept(db, round, judgeId).length;
  const remaining = Math.max(0, share - done);
  const kept = entriesKeptFrom(db, round, judgeId);
  const open = round.opensAt.getTime() <= now.getTime() && now.getTime() < round.closesAt.getTime();
  const pair = open && remaining > 0 ? pairFor(round, judgeId, entries, rows, kept, done) : null;
  return { round, progress: { done, share, remaining }, pair, kept, entries };
}

/**
 * Other judges' choices made while a judge reads a pair change what nextPair would serve next, so
 * a choice is accepted on any pair the judge was served since their own last choice: one per state
 * of the round's choices since then, the newest RECENT_STATES of them (older ones: reload the page).
 */
const RECENT_STATES = 50;

/**
 * The pair among those served to the judge since their last choice that holds both codes, or
 * undefined. States are tried newest first and each refit stops at the match: the pair on the
 * judge's screen usually came a few choices ago, so the write transaction rarely refits more than
 * a handful of times (at most RECENT_STATES + 1, for a pair never served).
 */
function servedPairWithCodes(tx: Tx, round: Round, judgeId: string, lastOwnId: number, done: number, codes: [string, string]) {
  const { entries, rows } = roundChoices(tx, round);
  const kept = entriesKeptFrom(tx, round, judgeId);
  const codeOf = new Map(entries.map((e) => [e.id, e.code]));
  const cutoffs = [lastOwnId, ...rows.filter((r) => r.id > lastOwnId).map((r) => r.id)].slice(-(RECENT_STATES + 1)).reverse();
  for (const cutoff of cutoffs) {
    const pair = pairFor(round, judgeId, entries, rows.filter((r) => r.id <= cutoff), kept, done);
    if (!pair) continue;
    const served = new Set([codeOf.get(pair[0]), codeOf.get(pair[1])]);
    if (codes[0] !== codes[1] && served.has(codes[0]) && served.has(codes[1])) return { pair, codeOf };
  }
  return undefined;
}

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

/** The comparative rounds the judge sits on, in every contest, with their progress. */
export function judgeComparativeRounds(db: DbOrTx, judgeId: string, now: Date) {
  const rounds = listContests(db).flatMap((contest) => listRounds(db, contest.id));
  return rounds.filter((r) => r.method === 'comparative' && isRoundJudge(db, r.id, judgeId)).map((round) => {
    const { progress } = serve(db, round, judgeId, now);
    return { roundId: round.id, round: blindRound(db, round, now), progress };
  });
}

export interface ChoiceInput { left: string; right: string; winner: string; note: string }

/**
 * Records the judge's choice while the round is open, on a pair they were served (not a pair of
 * their own making: that would let a judge aim choices at an entry). Sending the pair just
 * recorded again (a double click) records nothing. Every other refusal is the same answer, so it
 * tells nothing about codes the judge was not shown.
 */
export function recordChoice(tx: Tx, judgeId: string, roundId: number, input: ChoiceInput, now: Date): void {
  const round = panelComparativeRound(tx, judgeId, roundId);
  assertRoundOpen(tx, round, now);
  const mine = choicesKept(tx, round, judgeId);
  const last = mine.at(-1);
  if (last) {
    const codesOfLast = new Set(roundEntries(tx, round).filter((e) => e.id === last.leftEntryId || e.id === last.rightEntryId).map((e) => e.code));
    if (codesOfLast.size === 2 && codesOfLast.has(input.left) && codesOfLast.has(input.right)) return;
  }
  const { share } = comparativeTarget(tx, round, roundEntries(tx, round).length);
  if (mine.length >= share) throw new DomainError(409, 'comparisons_done');
  if (input.winner !== input.left && input.winner !== input.right) throw new DomainError(409, 'pair_not_served');
  const found = servedPairWithCodes(tx, round, judgeId, last?.id ?? 0, mine.length, [input.left, input.right]);
  if (!found) throw new DomainError(409, 'pair_not_served');
  const { pair: served, codeOf } = found;
  const idOf = (code: string) => (codeOf.get(served[0]) === code ? served[0] : served[1]);
  const [left, right, winner] = [idOf(input.left), idOf(input.right), idOf(input.winner)];
  const made = createComparison(tx, {
    roundId: round.id, judgeId, leftEntryId: left, rightEntryId: right, winnerEntryId: winner, note: input.note, createdAt: now,
  });
  appendAudit(tx, {
    actorId: judgeId, action: 'comparison.made', subjectType: 'round', subjectId: round.id,
    details: { comparisonId: made.id, left, right, winner },
  });
}
