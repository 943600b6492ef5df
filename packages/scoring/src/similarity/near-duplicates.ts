import { exactJaccard } from './jaccard.ts';
import { chooseBanding, lshCandidates, type Banding } from './lsh.ts';
import { DEFAULT_MINHASH_PERMUTATIONS, estimateJaccard, minhashFamily, minhashSignature } from './minhash.ts';
import { DEFAULT_SHINGLE, shingleHashes, shingleSet } from './shingles.ts';
import type { FoldOptions } from './tokenize.ts';
import { wordHashes } from './word-hashes.ts';

export interface SimilarityDocument {
  id: number | string;
  text: string;
}

export interface NearDuplicateOptions extends FoldOptions {
  /** Least exact Jaccard index of the shingle sets for a pair to be flagged. Default 0.5. */
  threshold?: number;
  /** Words per shingle. Default 5. */
  shingle?: number;
  /** MinHash signature length. Default 128. */
  permutations?: number;
  /** LSH bands; with `rows`, overrides the banding chosen for the threshold (lsh.ts). */
  bands?: number;
  rows?: number;
  /** Seed of the MinHash permutations. Default 0. */
  seed?: number;
}

export interface NearDuplicatePair {
  /** Ids of the two documents, `a` the one that came first in the input. */
  a: number | string;
  b: number | string;
  /** MinHash estimate of the Jaccard index. */
  estimated: number;
  /** Exact Jaccard index of the two shingle sets: what the threshold applies to. */
  jaccard: number;
}

export interface NearDuplicateResult {
  /** Flagged pairs, most similar first (exact, then estimated; then input order). */
  pairs: NearDuplicatePair[];
  /** The banding used. */
  banding: Banding;
  /** How many candidate pairs LSH proposed (each confirmed or rejected by its exact Jaccard index). */
  candidates: number;
}

export const DEFAULT_SIMILARITY_THRESHOLD = 0.5;

/**
 * Near-duplicate entries for screening (DESIGN.md step 3): pairs of documents whose sets of word
 * shingles (after NFC and case folding, tokenize.ts) have a Jaccard index of at least `threshold`.
 *
 * 1. Each document's words are hashed, shingled (shingles.ts) and MinHashed (minhash.ts).
 * 2. LSH banding (lsh.ts) proposes candidate pairs without comparing all n(n−1)/2 of them; the
 *    banding is chosen so a pair at the threshold is proposed with probability ≥ 0.99.
 * 3. Each candidate's exact Jaccard index is computed from its shingle sets (recomputed only for
 *    documents in some candidate pair, to keep memory at O(n·K) rather than O(total words)).
 *
 * So every flagged pair really is above the threshold; a pair above it is missed only if LSH fails
 * to propose it (probability ≤ 1% at the threshold, falling fast above it — e.g. ~10⁻¹³ at
 * Jaccard 0.8 for the default banding). The result is a pure function of documents, options and
 * seed. Documents with no words are never flagged (an empty entry is an eligibility problem, not a
 * duplicate). Ids must be distinct.
 */
export function findNearDuplicates(
  documents: readonly SimilarityDocument[],
  options: NearDuplicateOptions = {},
): NearDuplicateResult {
  const threshold = options.threshold ?? DEFAULT_SIMILARITY_THRESHOLD;
  const shingle = options.shingle ?? DEFAULT_SHINGLE;
  const permutations = options.permutations ?? DEFAULT_MINHASH_PERMUTATIONS;
  const seed = options.seed ?? 0;
  if (!(threshold > 0 && threshold <= 1)) throw new RangeError(`threshold must be in (0, 1], got ${threshold}`);
  if (!Number.isInteger(shingle) || shingle < 1) throw new RangeError(`shingle must be a positive integer, got ${shingle}`);
  if (!Number.isInteger(permutations) || permutations < 1) {
    throw new RangeError(`permutations must be a positive integer, got ${permutations}`);
  }
  const banding = resolveBanding(options, threshold, permutations);
  const ids = new Set<number | string>();
  for (const document of documents) {
    if (ids.has(document.id)) throw new RangeError(`document id ${String(document.id)} appears twice`);
    ids.add(document.id);
  }

  const family = minhashFamily(permutations, seed);
  const fold: FoldOptions = { ignoreDiacritics: options.ignoreDiacritics ?? false };
  const words = (index: number): Uint32Array => wordHashes((documents[index] as SimilarityDocument).text, fold);

  // Signatures of the documents that have words; `owners` maps back to input indices.
  const signatures: Uint32Array[] = [];
  const owners: number[] = [];
  for (let index = 0; index < documents.length; index++) {
    const hashes = shingleHashes(words(index), shingle);
    if (hashes.length === 0) continue;
    signatures.push(minhashSignature(hashes, family));
    owners.push(index);
  }

  const candidates = lshCandidates(signatures, banding);
  const cache = new Map<number, Uint32Array>();
  const cachedShingles = (index: number): Uint32Array => {
    let set = cache.get(index);
    if (set === undefined) {
      set = shingleSet(words(index), shingle);
      cache.set(index, set);
    }
    return set;
  };

  const found: { pair: NearDuplicatePair; first: number; second: number }[] = [];
  for (const [x, y] of candidates) {
    const first = owners[x] as number;
    const second = owners[y] as number;
    const jaccard = exactJaccard(cachedShingles(first), cachedShingles(second));
    if (jaccard < threshold) continue;
    const estimated = estimateJaccard(signatures[x] as Uint32Array, signatures[y] as Uint32Array);
    const pair = { a: (documents[first] as SimilarityDocument).id, b: (documents[second] as SimilarityDocument).id, estimated, jaccard };
    found.push({ pair, first, second });
  }
  found.sort(
    (p, q) =>
      q.pair.jaccard - p.pair.jaccard || q.pair.estimated - p.pair.estimated || p.first - q.first || p.second - q.second,
  );
  return { pairs: found.map((f) => f.pair), banding, candidates: candidates.length };
}

function resolveBanding(options: NearDuplicateOptions, threshold: number, permutations: number): Banding {
  const { bands, rows } = options;
  if (bands === undefined && rows === undefined) return chooseBanding(threshold, permutations);
  if (bands === undefined || rows === undefined) throw new RangeError('give both bands and rows, or neither');
  if (!Number.isInteger(bands) || !Number.isInteger(rows) || bands < 1 || rows < 1 || bands * rows > permutations) {
    throw new RangeError(`${bands} bands × ${rows} rows do not fit ${permutations} permutations`);
  }
  return { bands, rows };
}
