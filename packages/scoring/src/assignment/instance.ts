import { compareIds, isId } from './ids.ts';
import type { AssignmentInput, AssignmentWarning, Id } from './types.ts';

/**
 * The assignment's input, checked and turned into dense indices in canonical id order: entries
 * 0..n−1, judges 0..m−1, units 0..u−1. Everything after this works on integers.
 */
export interface Instance {
  entryIds: Id[];
  judgeIds: Id[];
  /** Unit index per entry / judge, −1 when none is given. */
  entryUnit: Int32Array;
  judgeUnit: Int32Array;
  /** The judge index of the entry's author, −1 when the author is not a judge. */
  entryAuthor: Int32Array;
  /** Declared conflicts per entry (judge indices, ascending, unique); absent when none. */
  conflicts: Map<number, number[]>;
  /** Existing readers per entry, judge indices in input order, duplicates and unknowns dropped. */
  existing: number[][];
  /** Readers each entry must have in total. */
  required: Int32Array;
  /** Readers still to add: max(0, required − existing). */
  need: Int32Array;
  /** Existing load per judge. */
  baseLoad: Int32Array;
  /** A judge's cap (Infinity when none). */
  cap: Float64Array;
  /** How many more assignments each judge can take: max(0, cap − baseLoad). */
  room: Float64Array;
  sameUnitConflict: boolean;
  seed: number;
  warnings: AssignmentWarning[];
  /** Invalid input: when not empty, nothing is assigned. */
  errors: string[];
}

const isCount = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x) && x >= 0;

export function buildInstance(input: AssignmentInput): Instance {
  const errors: string[] = [];
  const warnings: AssignmentWarning[] = [];

  const readersPerEntry = input.readersPerEntry ?? 2;
  if (!isCount(readersPerEntry)) errors.push(`readersPerEntry must be a whole number ≥ 0, got ${String(readersPerEntry)}`);
  if (typeof input.seed !== 'number' || !Number.isFinite(input.seed)) errors.push(`seed must be a finite number, got ${String(input.seed)}`);

  const entries = [...input.entries].sort((a, b) => compareIds(a.id, b.id));
  const judges = [...input.judges].sort((a, b) => compareIds(a.id, b.id));
  for (const [what, list] of [['entry', entries], ['judge', judges]] as const) {
    for (let i = 0; i < list.length; i++) {
      const id = list[i]!.id;
      if (!isId(id)) errors.push(`${what} id ${String(id)} is not a string or finite number`);
      else if (i > 0 && list[i - 1]!.id === id) errors.push(`duplicate ${what} id ${String(id)}`);
    }
  }

  const n = entries.length;
  const m = judges.length;
  const entryIds = entries.map((e) => e.id);
  const judgeIds = judges.map((j) => j.id);
  const entryIndex = new Map<Id, number>(entryIds.map((id, i) => [id, i]));
  const judgeIndex = new Map<Id, number>(judgeIds.map((id, i) => [id, i]));

  const unitIndex = new Map<Id, number>();
  const unitOf = (unit: Id | null | undefined): number => {
    if (unit === null || unit === undefined) return -1;
    let index = unitIndex.get(unit);
    if (index === undefined) {
      index = unitIndex.size;
      unitIndex.set(unit, index);
    }
    return index;
  };
  const judgeUnit = Int32Array.from(judges, (j) => unitOf(j.unitId));
  const entryUnit = Int32Array.from(entries, (e) => unitOf(e.unitId));
  const entryAuthor = Int32Array.from(entries, (e) => judgeIndex.get(e.authorId) ?? -1);

  const cap = new Float64Array(m);
  judges.forEach((j, i) => {
    if (j.cap === undefined || j.cap === null) cap[i] = Number.POSITIVE_INFINITY;
    else if (isCount(j.cap)) cap[i] = j.cap;
    else errors.push(`cap of judge ${String(j.id)} must be a whole number ≥ 0, got ${String(j.cap)}`);
  });

  const required = new Int32Array(n).fill(isCount(readersPerEntry) ? readersPerEntry : 0);
  for (const [entryId, count] of input.required ?? []) {
    const e = entryIndex.get(entryId);
    if (e === undefined) warnings.push({ kind: 'unknown-entry', entryId, where: 'required' });
    else if (!isCount(count)) errors.push(`required readers of entry ${String(entryId)} must be a whole number ≥ 0, got ${String(count)}`);
    else required[e] = count;
  }

  const conflictSets = new Map<number, Set<number>>();
  for (const { judgeId, entryId } of input.conflicts ?? []) {
    const e = entryIndex.get(entryId);
    const j = judgeIndex.get(judgeId);
    if (e === undefined) warnings.push({ kind: 'unknown-entry', entryId, where: 'conflicts' });
    else if (j === undefined) warnings.push({ kind: 'unknown-judge', judgeId, where: 'conflicts' });
    else {
      let set = conflictSets.get(e);
      if (!set) conflictSets.set(e, (set = new Set()));
      set.add(j);
    }
  }
  const conflicts = new Map<number, number[]>();
  for (const e of [...conflictSets.keys()].sort((a, b) => a - b)) {
    conflicts.set(e, [...conflictSets.get(e)!].sort((a, b) => a - b));
  }

  const existing: number[][] = Array.from({ length: n }, () => []);
  const baseLoad = new Int32Array(m);
  for (const { judgeId, entryId } of input.existing ?? []) {
    const e = entryIndex.get(entryId);
    const j = judgeIndex.get(judgeId);
    if (e === undefined) {
      warnings.push({ kind: 'unknown-entry', entryId, where: 'existing' });
      continue;
    }
    if (j === undefined) {
      warnings.push({ kind: 'unknown-judge', judgeId, where: 'existing' });
      continue;
    }
    const readers = existing[e]!;
    if (readers.includes(j)) {
      warnings.push({ kind: 'duplicate-existing', entryId, judgeId });
      continue;
    }
    readers.push(j);
    baseLoad[j]! += 1;
    const sameUnit = input.sameUnitConflict && judgeUnit[j] !== -1 && judgeUnit[j] === entryUnit[e];
    if (entryAuthor[e] === j || sameUnit || conflictSets.get(e)?.has(j)) {
      warnings.push({ kind: 'existing-conflict', entryId, judgeId });
    }
  }

  const room = new Float64Array(m);
  for (let j = 0; j < m; j++) {
    room[j] = Math.max(0, cap[j]! - baseLoad[j]!);
    if (baseLoad[j]! > cap[j]!) warnings.push({ kind: 'existing-over-cap', judgeId: judgeIds[j]!, load: baseLoad[j]!, cap: cap[j]! });
  }

  const need = new Int32Array(n);
  for (let e = 0; e < n; e++) {
    const have = existing[e]!.length;
    need[e] = Math.max(0, required[e]! - have);
    if (have > required[e]!) {
      warnings.push({ kind: 'existing-above-required', entryId: entryIds[e]!, existing: have, required: required[e]! });
    }
  }

  return {
    entryIds,
    judgeIds,
    entryUnit,
    judgeUnit,
    entryAuthor,
    conflicts,
    existing,
    required,
    need,
    baseLoad,
    cap,
    room,
    sameUnitConflict: input.sameUnitConflict,
    seed: typeof input.seed === 'number' && Number.isFinite(input.seed) ? input.seed : 0,
    warnings,
    errors,
  };
}

/**
 * May judge j read entry e at all (ignoring caps)? Not the author, not of the entry's unit when
 * the contest says so, no declared conflict, not already reading it.
 */
export function isEligible(instance: Instance, e: number, j: number): boolean {
  if (instance.entryAuthor[e] === j) return false;
  if (instance.sameUnitConflict && instance.judgeUnit[j] !== -1 && instance.judgeUnit[j] === instance.entryUnit[e]) return false;
  if (instance.conflicts.get(e)?.includes(j)) return false;
  return !instance.existing[e]!.includes(j);
}
