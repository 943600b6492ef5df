import { hashString } from '../lib/hash-string.ts';

/**
 * A small seeded random source, so the demo data is the same on every machine for the same seed.
 * mulberry32: 32-bit state, fast, and good enough for picking names and sentences.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [min, max], both included. */
  int(min: number, max: number): number;
  pick<T>(items: readonly T[]): T;
  /** True with probability p. */
  chance(p: number): boolean;
  /** A shuffled copy. */
  shuffle<T>(items: readonly T[]): T[];
  bytes(n: number): Uint8Array;
  /**
   * An independent stream derived from this one's seed and a label (not from draws made so far),
   * so adding draws in one part of the demo does not shift every other part.
   */
  fork(label: string): Rng;
}

export function createRng(seed: number): Rng {
  const initial = seed >>> 0;
  let state = initial;
  const nextUint32 = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  const next = () => nextUint32() / 2 ** 32;
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  return {
    next,
    int,
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[int(0, items.length - 1)] as T;
    },
    chance: (p) => next() < p,
    shuffle<T>(items: readonly T[]): T[] {
      const copy = [...items];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = int(0, i);
        [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
      }
      return copy;
    },
    bytes(n) {
      return Uint8Array.from({ length: n }, () => nextUint32() & 0xff);
    },
    fork: (label) => createRng(hashString(`${initial}:${label}`)),
  };
}

