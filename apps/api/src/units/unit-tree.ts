/**
 * Units form a tree: a unit's parent is another unit, and no unit is above itself. Both the
 * units page and the import check a new parent here.
 */

/** Whether following parents from `start` comes back to it (a unit its own ancestor). */
export function inCycle<Key>(start: Key, parentOf: ReadonlyMap<Key, Key | null>): boolean {
  const seen = new Set<Key>();
  let current = parentOf.get(start) ?? null;
  while (current !== null && !seen.has(current)) {
    if (current === start) return true;
    seen.add(current);
    current = parentOf.get(current) ?? null;
  }
  return false;
}
