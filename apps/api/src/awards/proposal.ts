import { findEntryByCode, getUser, listPrizeTiers, listRounds, type Contest, type DbOrTx, type Round } from '@guong-sang/db';
import { roundResults } from '../results/round-results.ts';
import { prizeLimits } from './rules.ts';

export interface Proposal { entryId: number; tierId: number; rank: number; tie: boolean }

/**
 * The ranking's proposal: tiers filled in order from the latest round with scores (the final
 * round when there is one), skipping authors the award limits refuse (awards/rules.ts).
 */
export function proposeAwards(db: DbOrTx, contest: Contest): Proposal[] {
  const rounds = listRounds(db, contest.id).reverse();
  const ranked = rounds.map((round) => roundResults(db, round.id, 'corrected')).find((r) => r.entries.length > 0);
  if (!ranked) return [];
  const tiers = listPrizeTiers(db, contest.id);
  const limits = prizeLimits(contest);
  const proposals: Proposal[] = [];
  let tierIndex = 0;
  let filled = 0;
  for (const row of ranked.entries) {
    const tier = tiers[tierIndex];
    if (!tier) break;
    const entry = findEntryByCode(db, row.code);
    const author = entry && getUser(db, entry.authorId);
    if (!entry || !author || limits.refusal(author)) continue;
    limits.take(author);
    proposals.push({ entryId: entry.id, tierId: tier.id, rank: row.rank, tie: row.tie });
    filled += 1;
    if (filled >= tier.count) {
      tierIndex += 1;
      filled = 0;
    }
  }
  return proposals;
}

/**
 * The contest's rounds not closed yet, earliest first: while one is open or still to come its
 * scores can change, so a proposal (and a decision) made now may not be the final ranking.
 */
export function roundsStillRunning(db: DbOrTx, contest: Contest, now: Date): Round[] {
  return listRounds(db, contest.id).filter((round) => round.closesAt.getTime() > now.getTime());
}
