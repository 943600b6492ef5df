/**
 * splitmix32: a tiny seeded generator of unsigned 32-bit integers, so that the MinHash family (and
 * the test corpora) are pure functions of a seed. Any finite number is a seed: its integer part
 * modulo 2⁶⁴ is folded to 32 bits, so 1 and 2³² + 1 give different streams. Not for cryptography.
 */
export function splitmix32(seed: number): () => number {
  if (!Number.isFinite(seed)) throw new RangeError(`seed must be a finite number, got ${seed}`);
  const whole = Math.trunc(seed);
  const high = Math.floor(whole / 2 ** 32) >>> 0;
  let state = ((whole >>> 0) ^ Math.imul(high, 0x27d4eb2d)) >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}
