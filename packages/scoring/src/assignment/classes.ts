import type { Instance } from './instance.ts';

/**
 * Eligibility classes: entries that still need readers, grouped so that all entries of a class
 * need the same number of new readers and may be read by exactly the same judges.
 *
 * With the same-unit rule and no personal exclusions, a class is "the entries of unit u that need
 * r more readers" — about as many classes as units. An entry whose author is a judge of another
 * unit, or that has a declared conflict or existing readers, is excluded from a few more judges
 * and lands in a small class of its own (or shared with entries excluding the same judges).
 *
 * This is what makes the flow small: it runs on classes × judges instead of entries × judges, and
 * it loses nothing, because inside a class any per-judge counts x_j ≤ |class| with Σ x_j =
 * |class| · r can be realized entry by entry (see disaggregate.ts).
 */
export interface EligibilityClass {
  /** Entry indices, ascending. */
  entries: number[];
  /** New readers each of its entries needs (≥ 1). */
  need: number;
  /** blocked[j] = 1 when judge j may not read the class's entries. */
  blocked: Uint8Array;
  /** Judges allowed (m − blocked count). */
  eligible: number;
}

export interface Classes {
  classes: EligibilityClass[];
  /** Class index of each entry, −1 for entries needing no new readers. */
  entryClass: Int32Array;
}

export function buildClasses(instance: Instance): Classes {
  const n = instance.entryIds.length;
  const m = instance.judgeIds.length;
  const unitJudges = new Map<number, number[]>();
  if (instance.sameUnitConflict) {
    for (let j = 0; j < m; j++) {
      const u = instance.judgeUnit[j]!;
      if (u === -1) continue;
      let list = unitJudges.get(u);
      if (!list) unitJudges.set(u, (list = []));
      list.push(j);
    }
  }

  const byKey = new Map<string, number>();
  const classes: EligibilityClass[] = [];
  const entryClass = new Int32Array(n).fill(-1);
  const personal = new Set<number>();
  for (let e = 0; e < n; e++) {
    const need = instance.need[e]!;
    if (need === 0) continue;
    const unit = instance.sameUnitConflict ? instance.entryUnit[e]! : -1;
    // Judges excluded from this entry beyond its unit's: author, declared conflicts, existing readers.
    personal.clear();
    const author = instance.entryAuthor[e]!;
    if (author !== -1) personal.add(author);
    for (const j of instance.conflicts.get(e) ?? []) personal.add(j);
    for (const j of instance.existing[e]!) personal.add(j);
    const extra = [...personal].filter((j) => unit === -1 || instance.judgeUnit[j] !== unit).sort((a, b) => a - b);
    const key = `${unit}:${need}:${extra.join(',')}`;
    let c = byKey.get(key);
    if (c === undefined) {
      c = classes.length;
      byKey.set(key, c);
      const blocked = new Uint8Array(m);
      let blockedCount = 0;
      for (const j of unit === -1 ? [] : unitJudges.get(unit) ?? []) {
        blocked[j] = 1;
        blockedCount++;
      }
      for (const j of extra) {
        blocked[j] = 1;
        blockedCount++;
      }
      classes.push({ entries: [], need, blocked, eligible: m - blockedCount });
    }
    classes[c]!.entries.push(e);
    entryClass[e] = c;
  }
  return { classes, entryClass };
}
