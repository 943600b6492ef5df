import { murmur3Words } from './hash.ts';

/** Default shingle length: five consecutive words. */
export const DEFAULT_SHINGLE = 5;

/**
 * The hashes of a text's word n-gram shingles, given its words' hashes (word-hashes.ts), in text
 * order, repeats included: what MinHash needs (a repeat cannot change a minimum), without the cost
 * of sorting. Each shingle is hashed with MurmurHash3 over its n word hashes in order, so
 * "a b c d e" and "e d c b a" differ.
 *
 * A text with fewer than n words (but at least one) has one shingle: all its words. An empty text
 * has none. With 32-bit hashes two different shingles collide with probability 2⁻³², so between
 * two 1,000-word essays about 2·10⁻⁴ spurious shared shingles are expected: negligible.
 */
export function shingleHashes(words: Uint32Array, size: number = DEFAULT_SHINGLE): Uint32Array {
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`shingle size must be a positive integer, got ${size}`);
  if (words.length === 0) return new Uint32Array(0);
  const width = Math.min(size, words.length);
  const count = words.length - width + 1;
  const shingles = new Uint32Array(count);
  const hash = murmur3Words; // a local: imported bindings are slow in hot loops
  for (let i = 0; i < count; i++) shingles[i] = hash(words, i, width, size);
  return shingles;
}

/** The shingles as a set: sorted, without repeats (what exactJaccard takes). */
export function shingleSet(words: Uint32Array, size: number = DEFAULT_SHINGLE): Uint32Array {
  const shingles = shingleHashes(words, size).sort();
  let unique = 0;
  for (let i = 0; i < shingles.length; i++) {
    const value = shingles[i] as number;
    if (unique === 0 || value !== shingles[unique - 1]) shingles[unique++] = value;
  }
  return shingles.slice(0, unique);
}
