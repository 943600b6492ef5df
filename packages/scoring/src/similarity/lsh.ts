import { murmur3Words } from './hash.ts';

/**
 * Locality-sensitive hashing over MinHash signatures ("banding"): cut each signature into `bands`
 * bands of `rows` values; two documents become a candidate pair when they agree on a whole band.
 * A pair with Jaccard index s is a candidate with probability 1 − (1 − sʳ)ᵇ, an S-curve that is
 * near 0 for unrelated essays and near 1 above the threshold, so only a tiny fraction of the
 * n(n−1)/2 pairs are ever compared.
 */
export interface Banding {
  bands: number;
  rows: number;
}

/** The probability that a pair with Jaccard index `similarity` shares at least one band. */
export function candidateProbability(similarity: number, { bands, rows }: Banding): number {
  return 1 - (1 - similarity ** rows) ** bands;
}

/** The chance a pair exactly at the threshold must have of becoming a candidate. */
export const TARGET_RECALL = 0.99;

/**
 * The banding for a similarity threshold and signature length. Candidates are confirmed with the
 * exact Jaccard index afterwards, so a false positive only costs a comparison while a false
 * negative is a missed duplicate: among the bandings (rows r, bands ⌊K/r⌋) that make a pair at the
 * threshold a candidate with probability ≥ TARGET_RECALL (pairs above it are likelier still), take
 * the one with the least false-positive area ∫₀ᵗ P(s) ds. If none reaches the target, take the
 * one with the best recall at the threshold.
 *
 * For K = 128: t = 0.5 → 42 bands × 3 rows (P(0.5) = 0.996, P(0.1) = 0.04, P(0.02) = 3·10⁻⁴);
 * t = 0.8 → 21 × 6. Below t ≈ 0.3 the only bandings that keep the recall have one or two rows, so
 * nearly every pair of essays sharing a common phrase becomes a candidate: screening then approaches
 * an all-pairs comparison (still correct, no longer fast).
 */
export function chooseBanding(threshold: number, permutations: number): Banding {
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  }
  let best: { banding: Banding; feasible: boolean; recall: number; falsePositives: number } | undefined;
  for (let rows = 1; rows <= permutations; rows++) {
    const banding = { bands: Math.floor(permutations / rows), rows };
    const recall = candidateProbability(threshold, banding);
    const feasible = recall >= TARGET_RECALL;
    const falsePositives = falsePositiveArea(threshold, banding);
    const better =
      best === undefined ||
      (feasible && !best.feasible) ||
      (feasible && best.feasible && falsePositives < best.falsePositives) ||
      (!feasible && !best.feasible && recall > best.recall);
    if (better) best = { banding, feasible, recall, falsePositives };
  }
  // permutations ≥ 1, so the loop ran at least once.
  return (best as { banding: Banding }).banding;
}

/** ∫₀ᵗ P(s) ds by Simpson's rule (the integrand is smooth). */
function falsePositiveArea(threshold: number, banding: Banding): number {
  const steps = 200;
  const h = threshold / steps;
  let sum = candidateProbability(0, banding) + candidateProbability(threshold, banding);
  for (let i = 1; i < steps; i++) sum += (i % 2 === 1 ? 4 : 2) * candidateProbability(i * h, banding);
  return (sum * h) / 3;
}

/** Document indices must fit beside a 32-bit band key in a double's 53-bit mantissa. */
export const MAX_DOCUMENTS = 2 ** 21;

/**
 * The candidate pairs [i, j] (i < j, indices into `signatures`) that agree on at least one whole
 * band, each once, sorted. Per band, documents are sorted by the band's hash and runs of equal
 * hashes are checked value by value, so a hash collision never makes a candidate.
 *
 * A band shared by m documents yields m(m−1)/2 pairs — for m identical essays that is the answer.
 */
export function lshCandidates(signatures: readonly Uint32Array[], banding: Banding): [number, number][] {
  const { bands, rows } = banding;
  const n = signatures.length;
  if (n > MAX_DOCUMENTS) throw new RangeError(`at most ${MAX_DOCUMENTS} documents, got ${n}`);
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1) {
    throw new RangeError(`bands and rows must be positive integers, got ${bands} × ${rows}`);
  }
  for (const signature of signatures) {
    if (signature.length < bands * rows) {
      throw new RangeError(`${bands} bands × ${rows} rows need signatures of at least ${bands * rows} values, got ${signature.length}`);
    }
  }
  const seen = new Set<number>();
  const keyed = new Float64Array(n);
  for (let band = 0; band < bands; band++) {
    const offset = band * rows;
    for (let i = 0; i < n; i++) {
      keyed[i] = murmur3Words(signatures[i] as Uint32Array, offset, rows, band) * MAX_DOCUMENTS + i;
    }
    keyed.sort();
    let runStart = 0;
    for (let end = 1; end <= n; end++) {
      if (end < n && Math.floor((keyed[end] ?? 0) / MAX_DOCUMENTS) === Math.floor((keyed[runStart] ?? 0) / MAX_DOCUMENTS)) continue;
      for (let x = runStart; x < end; x++) {
        const i = (keyed[x] ?? 0) % MAX_DOCUMENTS;
        for (let y = x + 1; y < end; y++) {
          const j = (keyed[y] ?? 0) % MAX_DOCUMENTS;
          if (sameBand(signatures[i] as Uint32Array, signatures[j] as Uint32Array, offset, rows)) {
            seen.add(Math.min(i, j) * MAX_DOCUMENTS + Math.max(i, j));
          }
        }
      }
      runStart = end;
    }
  }
  const packed = Float64Array.from(seen).sort();
  return Array.from(packed, (key) => [Math.floor(key / MAX_DOCUMENTS), key % MAX_DOCUMENTS] as [number, number]);
}

function sameBand(a: Uint32Array, b: Uint32Array, offset: number, rows: number): boolean {
  for (let r = offset; r < offset + rows; r++) if (a[r] !== b[r]) return false;
  return true;
}
