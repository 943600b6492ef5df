import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRng } from './prng.ts';

const draws = (seed: number, count: number): number[] => {
  const rng = createRng(seed);
  return Array.from({ length: count }, () => rng.nextUint32());
};

describe('createRng', () => {
  it('is a pure function of its seed', () => {
    fc.assert(fc.property(fc.integer(), (seed) => {
      expect(draws(seed, 16)).toEqual(draws(seed, 16));
    }), { seed: 1 });
  });

  it.each([
    [0, 1],
    [1, 2],
    [1, 2 ** 32 + 1],
    [-1, 2 ** 32 - 1 + 2 ** 32],
  ])('gives different streams for seeds %d and %d', (a, b) => {
    expect(draws(a, 8)).not.toEqual(draws(b, 8));
  });

  it('draws 32-bit unsigned integers', () => {
    for (const x of draws(7, 1000)) {
      expect(Number.isInteger(x) && x >= 0 && x < 2 ** 32).toBe(true);
    }
  });

  it('nextInt stays in range and hits every value of a small range about equally', () => {
    const rng = createRng(42);
    const counts = new Array<number>(6).fill(0);
    for (let i = 0; i < 60_000; i++) {
      const x = rng.nextInt(6);
      counts[x] = (counts[x] ?? 0) + 1;
    }
    for (const c of counts) expect(Math.abs(c - 10_000)).toBeLessThan(500);
  });

  it.each([[0], [-3], [1.5], [2 ** 32 + 1], [Number.NaN]])('nextInt refuses the bound %d', (bound) => {
    expect(() => createRng(1).nextInt(bound)).toThrow(RangeError);
  });

  it('refuses a non-finite seed', () => {
    expect(() => createRng(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('shuffle returns a permutation and is reproducible', () => {
    fc.assert(fc.property(fc.integer(), fc.array(fc.integer(), { maxLength: 40 }), (seed, items) => {
      const a = createRng(seed).shuffle([...items]);
      const b = createRng(seed).shuffle([...items]);
      expect(a).toEqual(b);
      expect([...a].sort((x, y) => x - y)).toEqual([...items].sort((x, y) => x - y));
    }), { seed: 2 });
  });

  it('forks into streams that differ from the parent and from each other', () => {
    const parent = createRng(9);
    const one = parent.fork(1);
    const two = parent.fork(2);
    const a = [one.nextUint32(), one.nextUint32()];
    const b = [two.nextUint32(), two.nextUint32()];
    expect(a).not.toEqual(b);
  });
});
