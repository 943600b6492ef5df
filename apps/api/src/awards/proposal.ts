import { findEntryByCode, getUser, listPrizeTiers, listRounds, type Contest, type DbOrTx } from '@guong-sang/db';
import { roundResults } from '../routes/results/index.ts';

export interface Proposal { entryId: number; tierId: number; rank: number; tie: boolean }

/**
 * The ranking's proposal: tiers filled in order from the latest round with scores (the final
 * round when there is one), one prize per person, at most `awardsPerUnitCap` per unit.
 */
export function proposeAwards(db: DbOrTx, contest: Contest): Proposal[] {
  const rounds = listRounds(db, contest.id).reverse();
  const ranked = rounds.map((round) => roundResults(db, round.id, 'corrected')).find((r) => r.entries.length > 0);
  if (!ranked) return [];
  const tiers = listPrizeTiers(db, contest.id);
  const people = new Set<string>();
  const perUnit = new Map<number, number>();
  const proposals: Proposal[] = [];
  let tierIndex = 0;
  let filled = 0;
  for (const row of ranked.entries) {
    const tier = tiers[tierIndex];
    if (!tier) break;
    const entry = findEntryByCode(db, row.code);
    const author = entry && getUser(db, entry.authorId);
    if (!entry || !author || people.has(author.id)) continue;
    if (contest.awardsPerUnitCap !== null && (perUnit.get(author.unitId) ?? 0) >= contest.awardsPerUnitCap) continue;
    people.add(author.id);
    perUnit.set(author.unitId, (perUnit.get(author.unitId) ?? 0) + 1);
    proposals.push({ entryId: entry.id, tierId: tier.id, rank: row.rank, tie: row.tie });
    filled += 1;
    if (filled >= tier.count) {
      tierIndex += 1;
      filled = 0;
    }
  }
  return proposals;
}
