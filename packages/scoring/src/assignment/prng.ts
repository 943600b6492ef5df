/**
 * A small seeded pseudo-random generator, so that every "random" choice of the assignment is a
 * pure function of its seed (no Math.random, no clock).
 *
 * The seed goes through splitmix32 to fill the 128-bit state of xoshiro128** (Blackman & Vigna);
 * both are well-tested, tiny and fast in 32-bit integer arithmetic. Not for cryptography.
 */
export interface Rng {
  /** A uniformly distributed 32-bit unsigned integer. */
  nextUint32(): number;
  /** A uniformly distributed integer in [0, bound) for 1 ≤ bound ≤ 2^32 (rejection, no modulo bias). */
  nextInt(bound: number): number;
  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[];
  /** A generator for a sub-task, independent of this one's later draws. */
  fork(label: number): Rng;
}

function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number): number => ((x << k) | (x >>> (32 - k))) >>> 0;

/** A generator seeded by any integer (taken modulo 2^32) or finite number. */
export function createRng(seed: number): Rng {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  // Fold the high part of seeds beyond 2^32 in, so 1 and 2^32 + 1 differ.
  const high = Math.floor(seed / 2 ** 32) >>> 0;
  const mix = splitmix32((seed >>> 0) ^ Math.imul(high, 0x27d4eb2d));
  let s0 = mix();
  let s1 = mix();
  let s2 = mix();
  let s3 = mix();
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1; // the one state xoshiro cannot leave

  const nextUint32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 ^= s0;
    s3 ^= s1;
    s1 ^= s2;
    s0 ^= s3;
    s2 ^= t;
    s3 = rotl(s3 >>> 0, 11);
    s0 >>>= 0;
    s1 >>>= 0;
    s2 >>>= 0;
    return result;
  };

  const nextInt = (bound: number): number => {
    if (!Number.isInteger(bound) || bound < 1 || bound > 2 ** 32) {
      throw new RangeError(`bound must be an integer in [1, 2^32], got ${bound}`);
    }
    // Largest multiple of bound that fits in 2^32; draws at or above it are rejected.
    const limit = 2 ** 32 - (2 ** 32 % bound);
    for (;;) {
      const x = nextUint32();
      if (x < limit) return x % bound;
    }
  };

  return {
    nextUint32,
    nextInt,
    shuffle<T>(items: T[]): T[] {
      for (let i = items.length - 1; i > 0; i--) {
        const j = nextInt(i + 1);
        const tmp = items[i] as T;
        items[i] = items[j] as T;
        items[j] = tmp;
      }
      return items;
    },
    fork(label: number): Rng {
      return createRng((nextUint32() ^ Math.imul(label >>> 0, 0x9e3779b1)) >>> 0);
    },
  };
}
