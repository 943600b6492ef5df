/**
 * The public shapes of the assignment: what goes in, what comes out. See assign.ts for the method.
 */

/** Entry, judge and unit ids as the database has them (integers or text); compared with ===. */
export type Id = string | number;

export interface AssignmentEntry {
  id: Id;
  /** The author's user id. A judge whose id equals it never reads this entry. */
  authorId: Id;
  /** The author's unit; with `sameUnitConflict`, no judge of this unit reads the entry. */
  unitId?: Id | null;
}

export interface AssignmentJudge {
  id: Id;
  unitId?: Id | null;
  /** Maximum total load in this round, existing assignments included. Absent: no cap. */
  cap?: number | null;
}

/** A (judge, entry) pair: a declared conflict, or an assignment. */
export interface JudgeEntryPair {
  judgeId: Id;
  entryId: Id;
}

export interface AssignmentInput {
  entries: readonly AssignmentEntry[];
  judges: readonly AssignmentJudge[];
  /** Readers every entry must have in total (existing ones included). Default 2. */
  readersPerEntry?: number;
  /**
   * Per-entry total readers, overriding `readersPerEntry` for the entries it names: e.g. 3 for an
   * entry that needs an adjudicator. Existing readers count towards it.
   */
  required?: ReadonlyMap<Id, number>;
  /** No judge reads an entry of their own unit. */
  sameUnitConflict: boolean;
  /** Declared conflicts; pass a recusal here too, so the recusing judge is not given the entry back. */
  conflicts?: readonly JudgeEntryPair[];
  /**
   * Assignments to keep exactly as they are (incremental mode): they count towards entries'
   * readers and judges' loads and caps, and are never moved. After a recusal or a judge leaving,
   * leave the dropped assignments out, and the entry is topped up.
   */
  existing?: readonly JudgeEntryPair[];
  /** Every choice among equally good assignments follows from this. Same input and seed: same result. */
  seed: number;
}

/** Why an entry gets no (new) readers. */
export type UnassignableReason =
  | {
      kind: 'too-few-eligible-judges';
      /** Readers the entry must have in total. */
      required: number;
      /** Existing readers it keeps. */
      existing: number;
      /** Judges allowed to read it (not the author, not their unit when that rule is on, no conflict, not already reading it). */
      eligible: number;
      /** Of those, the ones whose cap is not yet reached. */
      eligibleWithCapacity: number;
    }
  | {
      kind: 'insufficient-capacity';
      /** Index into `AssignmentResult.shortfalls`: the group of entries competing for too little capacity. */
      shortfall: number;
    };

export interface UnassignableEntry {
  entryId: Id;
  reason: UnassignableReason;
  /** The same in plain English, for logs. */
  message: string;
}

/**
 * A set of entries that cannot all get their readers: together they need `demand` more reader
 * slots, but the judges they could use can take only `capacity` (the rest of those judges' caps,
 * plus judges these entries could take but already have). A minimum cut of the flow network, so
 * it is exact: raising capacity by `shortfall` on these judges is necessary.
 */
export interface CapacityShortfall {
  entryIds: Id[];
  /** The eligible judges whose caps are all used up by these entries. */
  judgeIds: Id[];
  demand: number;
  capacity: number;
  shortfall: number;
  message: string;
}

export type AssignmentWarning =
  | { kind: 'unknown-entry'; entryId: Id; where: 'conflicts' | 'existing' | 'required' }
  | { kind: 'unknown-judge'; judgeId: Id; where: 'conflicts' | 'existing' }
  | { kind: 'duplicate-existing'; entryId: Id; judgeId: Id }
  | { kind: 'existing-conflict'; entryId: Id; judgeId: Id }
  | { kind: 'existing-over-cap'; judgeId: Id; load: number; cap: number }
  | { kind: 'existing-above-required'; entryId: Id; existing: number; required: number };

export interface PairSummary {
  /** Pairs of judges who share at least one entry. */
  distinct: number;
  /** The most entries any two judges share. */
  maxCount: number;
  /** Σ over pairs of (count − 1) for counts above one: shared readings beyond the first. */
  repeats: number;
  /** histogram[c] = number of judge pairs sharing exactly c entries (c ≥ 1; index 0 unused). */
  histogram: number[];
}

/**
 * The quantities the assignment optimizes, in priority order after coverage.
 * `loadSquares` is minimized exactly; the pair figures are improved by local search.
 */
export interface AssignmentObjective {
  /** Σ over judges of load², loads including existing assignments. Minimized exactly. */
  loadSquares: number;
  maxLoad: number;
  minLoad: number;
  /** Σ over judge pairs of (entries shared)², existing assignments included. Reduced, not minimized. */
  pairSquares: number;
}

export interface CoReading {
  /** The co-reading graph (judges with a positive load, an edge when two share an entry) is connected. */
  connected: boolean;
  /** Its connected components, largest first, each sorted; judges with no load are in none. */
  components: Id[][];
}

export interface AssignmentResult {
  /** Every entry has its required number of readers. */
  ok: boolean;
  seed: number;
  /** Every entry → all its readers: existing ones first (in input order), then new ones. */
  assignments: Map<Id, Id[]>;
  /** Only the new assignments, in entry order: what to insert. */
  added: JudgeEntryPair[];
  /** Every judge → total load (existing + new). */
  loads: Map<Id, number>;
  objective: AssignmentObjective;
  pairs: PairSummary;
  coReading: CoReading;
  /** Entries that got no new readers, with the reason; empty when ok. */
  unassignable: UnassignableEntry[];
  shortfalls: CapacityShortfall[];
  /** Input oddities that did not stop the assignment. */
  warnings: AssignmentWarning[];
  /** Invalid input (duplicate ids, bad numbers): nothing was assigned. */
  errors: string[];
}
