// Shared by the comparative tests: comparisons written compactly as "winner loser judge", and the
// dataset with its R reference values.
import type { Comparison } from './types.ts';

/** Comparisons from "winner loser judge" triples separated by `|` or new lines. */
export function parseComparisons(text: string): Comparison[] {
  return text.split(/[|\n]/).map((s) => s.trim()).filter(Boolean).map((triple) => {
    const [winner, loser, judge] = triple.split(/\s+/) as [string, string, string];
    return { winner, loser, judge };
  });
}

/** Items 'e01'…'eNN'. */
export const itemIds = (n: number): string[] => Array.from({ length: n }, (_, i) => `e${String(i + 1).padStart(2, '0')}`);

// 48 comparisons of 10 entries by 4 judges, generated once (createRng(14), true abilities 2.5 … −3;
// e01 forced to win every comparison and e10 to lose every one). The same list is in
// bradley-terry.reference.R.
export const DATASET = parseComparisons(`
  e01 e07 j1 | e06 e10 j2 | e01 e06 j3 | e05 e06 j4 | e01 e03 j1 | e04 e07 j2
  e02 e04 j3 | e03 e04 j4 | e03 e10 j1 | e02 e05 j2 | e01 e07 j3 | e04 e07 j4
  e03 e10 j1 | e01 e07 j2 | e01 e08 j3 | e02 e05 j4 | e03 e06 j1 | e01 e05 j2
  e01 e02 j3 | e03 e07 j4 | e01 e05 j1 | e04 e05 j2 | e05 e04 j3 | e06 e07 j4
  e03 e02 j1 | e07 e10 j2 | e08 e05 j3 | e03 e07 j4 | e01 e04 j1 | e07 e06 j2
  e06 e08 j3 | e05 e07 j4 | e02 e04 j1 | e01 e10 j2 | e02 e08 j3 | e05 e08 j4
  e07 e08 j1 | e09 e06 j2 | e02 e10 j3 | e01 e08 j4 | e01 e03 j1 | e03 e05 j2
  e06 e08 j3 | e08 e07 j4 | e02 e10 j1 | e02 e05 j2 | e03 e10 j3 | e01 e04 j4`);
export const ITEMS = itemIds(10);

// Reference: R 4.2.2, base R only (BradleyTerry2 is not installed here): `Rscript
// bradley-terry.reference.R` — glm(binomial) with the prior 0.5 as pseudo-observations, abilities
// centred, SEs of the centred abilities from vcov(); cross-checked there by optim on the penalised
// log-likelihood (agreement 2e-7).
export const R_REFERENCE = {
  ssr: 0.646275,
  items: [
    { id: 'e01', ability: 3.693415, standardError: 1.459949 },
    { id: 'e02', ability: 1.355325, standardError: 0.909311 },
    { id: 'e03', ability: 1.921588, standardError: 1.042949 },
    { id: 'e04', ability: -0.367211, standardError: 0.818378 },
    { id: 'e05', ability: -0.580931, standardError: 0.711171 },
    { id: 'e06', ability: -0.871649, standardError: 0.769380 },
    { id: 'e07', ability: -1.520862, standardError: 0.727652 },
    { id: 'e08', ability: -1.529535, standardError: 0.822493 },
    { id: 'e09', ability: 0.624621, standardError: 1.597438 },
    { id: 'e10', ability: -2.724760, standardError: 1.433731 },
  ],
};
