import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { topUpEntry, type TopUpInput } from './top-up.ts';
import type { Id } from './types.ts';

/** A random panel around one entry: units, caps, loads, readers, exclusions, the author maybe on the panel. */
const topUpInput: fc.Arbitrary<TopUpInput> = fc.integer({ min: 1, max: 12 }).chain((m) => fc.record({
  judges: fc.array(fc.record({
    unit: fc.option(fc.integer({ min: 0, max: 3 }), { nil: null }),
    cap: fc.option(fc.integer({ min: 0, max: 6 }), { nil: null }),
    load: fc.integer({ min: 0, max: 6 }),
    role: fc.constantFrom('free', 'free', 'free', 'reader', 'excluded'),
  }), { minLength: m, maxLength: m }),
  author: fc.integer({ min: 0, max: 2 * m }),
  entryUnit: fc.integer({ min: 0, max: 3 }),
  sameUnitConflict: fc.boolean(),
  needed: fc.integer({ min: 0, max: 4 }),
  seed: fc.integer(),
})).map((shape): TopUpInput => ({
  entry: { id: 7, authorId: `j${shape.author}`, unitId: shape.entryUnit },
  judges: shape.judges.map((j, i) => ({ id: `j${i}`, unitId: j.unit, cap: j.cap })),
  loads: new Map(shape.judges.map((j, i) => [`j${i}`, j.load])),
  readers: new Set(shape.judges.flatMap((j, i) => (j.role === 'reader' ? [`j${i}`] : []))),
  excluded: new Set(shape.judges.flatMap((j, i) => (j.role === 'excluded' ? [`j${i}`] : []))),
  sameUnitConflict: shape.sameUnitConflict,
  needed: shape.needed,
  seed: shape.seed,
}));

/** Written from the rules alone, sharing nothing with top-up.ts. */
function allowed(input: TopUpInput, id: Id): boolean {
  const judge = input.judges.find((j) => j.id === id)!;
  const load = input.loads.get(id) ?? 0;
  return id !== input.entry.authorId
    && !input.readers.has(id) && !input.excluded.has(id)
    && !(input.sameUnitConflict && judge.unitId !== null && judge.unitId !== undefined && judge.unitId === input.entry.unitId)
    && (judge.cap === null || judge.cap === undefined || load < judge.cap);
}

describe('topUpEntry', () => {
  it('property: new readers keep every rule, as many as needed and allowed, least loaded first', () => {
    fc.assert(fc.property(topUpInput, (input) => {
      const chosen = topUpEntry(input);
      const possible = input.judges.filter((j) => allowed(input, j.id)).map((j) => j.id);
      expect(new Set(chosen).size).toBe(chosen.length);
      expect(chosen.length).toBe(Math.min(input.needed, possible.length));
      for (const id of chosen) expect(allowed(input, id)).toBe(true);
      // Load balance: no judge left out is less loaded than one chosen.
      const load = (id: Id) => input.loads.get(id) ?? 0;
      const highest = Math.max(...chosen.map(load));
      for (const id of possible) if (!chosen.includes(id)) expect(load(id)).toBeGreaterThanOrEqual(highest);
    }), { seed: 13, numRuns: 500 });
  });

  it('property: the same seed gives the same readers whatever order the panel comes in', () => {
    fc.assert(fc.property(topUpInput, fc.integer(), (input, shuffle) => {
      const reversed = shuffle % 2 === 0 ? [...input.judges].reverse() : [...input.judges.slice(1), ...input.judges.slice(0, 1)];
      expect(topUpEntry({ ...input, judges: reversed })).toEqual(topUpEntry(input));
    }), { seed: 14 });
  });

  it('spreads equally loaded choices over the panel as the seed changes', () => {
    const input: TopUpInput = {
      entry: { id: 1, authorId: 'w', unitId: 0 },
      judges: Array.from({ length: 6 }, (_, i) => ({ id: `j${i}`, unitId: 1 })),
      loads: new Map(), readers: new Set(), excluded: new Set(), sameUnitConflict: true, needed: 1, seed: 0,
    };
    const picked = new Set(Array.from({ length: 60 }, (_, seed) => topUpEntry({ ...input, seed })[0]));
    expect(picked.size).toBeGreaterThan(3);
  });
});
