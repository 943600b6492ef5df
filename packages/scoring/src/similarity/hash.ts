/**
 * Fast, seedable 32-bit hashes for shingling. Not cryptographic: an adversary could craft
 * collisions, which at worst makes two essays look a little more alike than they are — and every
 * flagged pair is confirmed and shown to a person.
 */

export const FNV_OFFSET = 0x811c9dc5;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the string's UTF-16 code units (one code unit per step), as an unsigned 32-bit integer. */
export function fnv1a32(text: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), FNV_PRIME);
  return hash >>> 0;
}

const rotl = (x: number, k: number): number => (x << k) | (x >>> (32 - k));

/** MurmurHash3's finalizer: a bijection on 32-bit integers that mixes every bit into every other. */
export function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/**
 * MurmurHash3 (x86, 32-bit) of `count` 32-bit words `keys[start..start+count)`, taken as a key of
 * 4·count bytes (little-endian) — the hash of a shingle given its words' hashes.
 */
export function murmur3Words(keys: ArrayLike<number>, start: number, count: number, seed = 0): number {
  let h = seed | 0;
  for (let i = start; i < start + count; i++) {
    let k = Math.imul(keys[i] ?? 0, 0xcc9e2d51);
    k = rotl(k, 15);
    k = Math.imul(k, 0x1b873593);
    h ^= k;
    h = rotl(h, 13);
    h = (Math.imul(h, 5) + 0xe6546b64) | 0;
  }
  return fmix32(h ^ (count * 4));
}
