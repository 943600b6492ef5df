/**
 * Topping up one entry (a recusal, or an adjudication needing a third reader): new readers for
 * that entry alone, chosen without re-solving the round, so no other assignment moves (issue 13).
 *
 * A judge may be chosen when they are not the author, not of the author's unit (with
 * `sameUnitConflict`; a judge without a unit never conflicts), not already reading the entry nor
 * excluded from it (a declared conflict, a recusal), and below their cap. Among those, the least
 * loaded are taken first, which keeps loads as even as one entry can; judges equally loaded are
 * taken in an order shuffled by `seed`, so the choice is fair and reproducible. Pure.
 */
import { compareIds } from './ids.ts';
import { createRng } from './prng.ts';
import type { AssignmentEntry, AssignmentJudge, Id } from './types.ts';

export interface TopUpInput {
  entry: AssignmentEntry;
  /** The round's panel. */
  judges: readonly AssignmentJudge[];
  /** Each judge's current load in the round (active assignments); absent = 0. */
  loads: ReadonlyMap<Id, number>;
  /** Judges already reading the entry. */
  readers: ReadonlySet<Id>;
  /** Judges who must not read it: declared conflicts and recusals on this entry. */
  excluded: ReadonlySet<Id>;
  sameUnitConflict: boolean;
  /** How many new readers the entry needs. */
  needed: number;
  seed: number;
}

/** Whether `judge` may be given `input.entry` (see the file comment). */
export function mayTopUp(input: TopUpInput, judge: AssignmentJudge): boolean {
  const { entry } = input;
  if (judge.id === entry.authorId || input.readers.has(judge.id) || input.excluded.has(judge.id)) return false;
  if (input.sameUnitConflict && judge.unitId !== undefined && judge.unitId !== null && judge.unitId === entry.unitId) return false;
  const cap = judge.cap;
  return cap === undefined || cap === null || (input.loads.get(judge.id) ?? 0) < cap;
}

/** The new readers, at most `needed` (fewer when not enough judges may read the entry). */
export function topUpEntry(input: TopUpInput): Id[] {
  if (input.needed <= 0) return [];
  const eligible = input.judges.filter((judge) => mayTopUp(input, judge)).map((judge) => judge.id).sort(compareIds);
  const order = createRng(input.seed).shuffle(eligible);
  const load = (id: Id) => input.loads.get(id) ?? 0;
  // A stable sort keeps the shuffled order among equally loaded judges.
  return order.sort((a, b) => load(a) - load(b)).slice(0, input.needed);
}
