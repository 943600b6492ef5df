import type { AssignmentInput, AssignmentResult, Id } from './types.ts';

/**
 * An independent check of a result against the rules, written from the input alone (it shares
 * nothing with the algorithm), for tests and as a last guard before an assignment is committed.
 * Returns the violations in plain English; empty when the result keeps every rule:
 *
 * - every entry has exactly its required number of distinct readers — or, if the result lists it
 *   as unassignable, exactly its existing ones;
 * - existing readers are all kept, first, in input order;
 * - no new reader is the author, of the entry's unit (when that rule is on), in declared conflict,
 *   or an unknown judge; no judge takes more new entries than its cap leaves room for;
 * - `loads` and `added` agree with `assignments`.
 */
export function checkAssignment(input: AssignmentInput, result: Pick<AssignmentResult, 'assignments' | 'loads' | 'added' | 'unassignable'>): string[] {
  const problems: string[] = [];
  const judges = new Map<Id, (typeof input.judges)[number]>(input.judges.map((j) => [j.id, j]));
  const entryIds = new Set<Id>(input.entries.map((e) => e.id));
  const pairKey = (judgeId: Id, entryId: Id): string => `${typeof judgeId}:${String(judgeId)}|${typeof entryId}:${String(entryId)}`;
  const conflicts = new Set((input.conflicts ?? []).map((c) => pairKey(c.judgeId, c.entryId)));
  const unassignable = new Set<Id>(result.unassignable.map((u) => u.entryId));

  const existing = new Map<Id, Id[]>();
  const base = new Map<Id, number>();
  for (const a of input.existing ?? []) {
    if (!entryIds.has(a.entryId) || !judges.has(a.judgeId)) continue;
    const list = existing.get(a.entryId) ?? [];
    if (list.includes(a.judgeId)) continue;
    list.push(a.judgeId);
    existing.set(a.entryId, list);
    base.set(a.judgeId, (base.get(a.judgeId) ?? 0) + 1);
  }

  const counted = new Map<Id, number>();
  const fresh = new Map<Id, number>();
  const added = new Set<string>();
  for (const entry of input.entries) {
    const readers = result.assignments.get(entry.id);
    if (readers === undefined) {
      problems.push(`entry ${String(entry.id)} is missing from the assignments`);
      continue;
    }
    const kept = existing.get(entry.id) ?? [];
    const required = input.required?.get(entry.id) ?? input.readersPerEntry ?? 2;
    const expected = unassignable.has(entry.id) ? kept.length : Math.max(required, kept.length);
    if (readers.length !== expected) {
      problems.push(`entry ${String(entry.id)} has ${readers.length} readers, expected ${expected}`);
    }
    if (new Set(readers).size !== readers.length) problems.push(`entry ${String(entry.id)} has a reader twice`);
    kept.forEach((judgeId, i) => {
      if (readers[i] !== judgeId) problems.push(`entry ${String(entry.id)} lost or moved its existing reader ${String(judgeId)}`);
    });
    for (const judgeId of readers) counted.set(judgeId, (counted.get(judgeId) ?? 0) + 1);
    for (const judgeId of readers.slice(kept.length)) {
      const judge = judges.get(judgeId);
      const where = `judge ${String(judgeId)} on entry ${String(entry.id)}`;
      added.add(pairKey(judgeId, entry.id));
      if (judge === undefined) {
        problems.push(`${where}: unknown judge`);
        continue;
      }
      fresh.set(judgeId, (fresh.get(judgeId) ?? 0) + 1);
      if (judgeId === entry.authorId) problems.push(`${where}: own entry`);
      if (input.sameUnitConflict && judge.unitId !== undefined && judge.unitId !== null && judge.unitId === entry.unitId) {
        problems.push(`${where}: same unit`);
      }
      if (conflicts.has(pairKey(judgeId, entry.id))) problems.push(`${where}: declared conflict`);
    }
  }
  for (const entryId of result.assignments.keys()) {
    if (!entryIds.has(entryId)) problems.push(`assignments name unknown entry ${String(entryId)}`);
  }
  for (const judge of input.judges) {
    const load = counted.get(judge.id) ?? 0;
    if (result.loads.get(judge.id) !== load) problems.push(`load of judge ${String(judge.id)} is ${String(result.loads.get(judge.id))}, counted ${load}`);
    const cap = judge.cap ?? Number.POSITIVE_INFINITY;
    const room = Math.max(0, cap - (base.get(judge.id) ?? 0));
    if ((fresh.get(judge.id) ?? 0) > room) problems.push(`judge ${String(judge.id)} takes ${fresh.get(judge.id)} new entries, room for ${room}`);
  }
  const listed = new Set(result.added.map((a) => pairKey(a.judgeId, a.entryId)));
  if (listed.size !== result.added.length || listed.size !== added.size || [...added].some((key) => !listed.has(key))) {
    problems.push('`added` does not list exactly the new assignments');
  }
  return problems;
}
