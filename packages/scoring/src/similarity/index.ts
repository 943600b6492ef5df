export { tokenize, foldWord, type WordToken, type FoldOptions } from './tokenize.ts';
export { wordHashes } from './word-hashes.ts';
export { fnv1a32, murmur3Words } from './hash.ts';
export { shingleHashes, shingleSet, DEFAULT_SHINGLE } from './shingles.ts';
export {
  minhashFamily,
  minhashSignature,
  estimateJaccard,
  DEFAULT_MINHASH_PERMUTATIONS,
  type MinHashFamily,
} from './minhash.ts';
export { exactJaccard } from './jaccard.ts';
export { chooseBanding, candidateProbability, lshCandidates, type Banding } from './lsh.ts';
export {
  findNearDuplicates,
  DEFAULT_SIMILARITY_THRESHOLD,
  type SimilarityDocument,
  type NearDuplicateOptions,
  type NearDuplicatePair,
  type NearDuplicateResult,
} from './near-duplicates.ts';
export {
  sharedPassages,
  DEFAULT_PASSAGE_MIN_WORDS,
  type SharedPassage,
  type SharedPassageOptions,
  type TextSpan,
} from './shared-passages.ts';
