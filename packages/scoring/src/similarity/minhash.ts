import { splitmix32 } from './prng.ts';

/** Default number of MinHash permutations (signature length). */
export const DEFAULT_MINHASH_PERMUTATIONS = 128;

/**
 * A seeded family of K permutations of the 32-bit integers, πₖ(x) = (aₖ·x + bₖ) mod 2³² with aₖ
 * odd (so πₖ is a bijection) — the multiply-add universal family. Shingle hashes are already
 * MurmurHash3 outputs, so a linear permutation on top is enough for an unbiased estimate; the
 * tests check the estimate against the exact Jaccard index.
 */
export interface MinHashFamily {
  readonly a: Uint32Array;
  readonly b: Uint32Array;
}

export function minhashFamily(permutations: number = DEFAULT_MINHASH_PERMUTATIONS, seed = 0): MinHashFamily {
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  }
  const next = splitmix32(seed);
  const a = new Uint32Array(permutations);
  const b = new Uint32Array(permutations);
  for (let k = 0; k < permutations; k++) {
    a[k] = next() | 1;
    b[k] = next();
  }
  return { a, b };
}

const SIGN = 0x80000000;

/**
 * The MinHash signature of a shingle set: for each permutation, the least πₖ(x) over the set.
 * The empty set's signature is all 0xFFFFFFFF (it should not be compared: see findNearDuplicates).
 *
 * This is the hot loop of screening (20,000 essays × 1,000 shingles × 128 permutations), so it
 * takes four permutations per pass over the shingles and compares in signed 32-bit arithmetic:
 * adding 2³¹ to bₖ turns unsigned order into signed order, which V8 keeps in registers.
 */
export function minhashSignature(shingles: Uint32Array, family: MinHashFamily): Uint32Array {
  const { a, b } = family;
  const k = a.length;
  const signature = new Uint32Array(k);
  const n = shingles.length;
  let p = 0;
  for (; p + 4 <= k; p += 4) {
    const a0 = a[p] ?? 0, a1 = a[p + 1] ?? 0, a2 = a[p + 2] ?? 0, a3 = a[p + 3] ?? 0;
    const b0 = ((b[p] ?? 0) ^ SIGN) | 0, b1 = ((b[p + 1] ?? 0) ^ SIGN) | 0;
    const b2 = ((b[p + 2] ?? 0) ^ SIGN) | 0, b3 = ((b[p + 3] ?? 0) ^ SIGN) | 0;
    let m0 = 0x7fffffff, m1 = 0x7fffffff, m2 = 0x7fffffff, m3 = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const x = shingles[i] ?? 0;
      const v0 = (Math.imul(a0, x) + b0) | 0;
      if (v0 < m0) m0 = v0;
      const v1 = (Math.imul(a1, x) + b1) | 0;
      if (v1 < m1) m1 = v1;
      const v2 = (Math.imul(a2, x) + b2) | 0;
      if (v2 < m2) m2 = v2;
      const v3 = (Math.imul(a3, x) + b3) | 0;
      if (v3 < m3) m3 = v3;
    }
    signature[p] = m0 ^ SIGN;
    signature[p + 1] = m1 ^ SIGN;
    signature[p + 2] = m2 ^ SIGN;
    signature[p + 3] = m3 ^ SIGN;
  }
  for (; p < k; p++) {
    const ap = a[p] ?? 0;
    const bp = ((b[p] ?? 0) ^ SIGN) | 0;
    let m = 0x7fffffff;
    for (let i = 0; i < n; i++) {
      const v = (Math.imul(ap, shingles[i] ?? 0) + bp) | 0;
      if (v < m) m = v;
    }
    signature[p] = m ^ SIGN;
  }
  return signature;
}

/** The share of positions where two signatures agree: an unbiased estimate of the Jaccard index. */
export function estimateJaccard(signatureA: Uint32Array, signatureB: Uint32Array): number {
  if (signatureA.length !== signatureB.length || signatureA.length === 0) {
    throw new RangeError(`signatures must have the same, positive length (got ${signatureA.length} and ${signatureB.length})`);
  }
  let equal = 0;
  for (let i = 0; i < signatureA.length; i++) if (signatureA[i] === signatureB[i]) equal++;
  return equal / signatureA.length;
}
