/**
 * The exact Jaccard index |A ∩ B| / |A ∪ B| of two sets given as sorted Uint32Arrays without
 * repeats (as shingleSet returns them), by one merge pass. Two empty sets count as identical (1),
 * matching what their MinHash signatures would estimate.
 */
export function exactJaccard(a: Uint32Array, b: Uint32Array): number {
  if (a.length === 0 && b.length === 0) return 1;
  let i = 0;
  let j = 0;
  let shared = 0;
  while (i < a.length && j < b.length) {
    const x = a[i] ?? 0;
    const y = b[j] ?? 0;
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) {
      i++;
    } else {
      j++;
    }
  }
  return shared / (a.length + b.length - shared);
}
