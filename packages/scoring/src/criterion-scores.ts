/**
 * A sheet's scores as one flat array of numbers, `[criterion id, score, criterion id, score, …]`,
 * the way packages/db reads a round's 220,000 sheets. Keyed by criterion id, an object gets an
 * elements array as long as its largest id: a platform's twelfth contest has ids near 60, and such
 * objects made a round's first read take half as long again, and touch three times the memory.
 */
export type CriterionScores = readonly number[];

/** The sheet's score on criterion `criterionId`, undefined when it has none. */
export function scoreOn(scores: CriterionScores, criterionId: number): number | undefined {
  return scoreAmong(scores, 0, scores.length, criterionId);
}

/** The score on criterion `criterionId` among the pairs `pairs[from … to)` (one sheet's, of many kept in one array). */
export function scoreAmong(pairs: ArrayLike<number>, from: number, to: number, criterionId: number): number | undefined {
  for (let p = from; p < to; p += 2) if (pairs[p] === criterionId) return pairs[p + 1];
  return undefined;
}

/** Scores from criterion id → score pairs (a form's Map, a stored sheet's object as its entries). */
export function criterionScores(pairs: Iterable<readonly [number | string, number]>): CriterionScores {
  const flat: number[] = [];
  for (const [criterionId, score] of pairs) flat.push(Number(criterionId), score);
  return flat;
}
