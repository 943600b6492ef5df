import {
  appendAudit, findEntryByCode, isEntryPublic, listAwards, listPrizeTiers, revokeAward, type Contest, type DbOrTx,
} from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';

/** What a revocation changed, for the organizer to see. */
export interface Revocation {
  code: string;
  title: string;
  tierName: string;
  reason: string;
  revokedAt: Date;
  /** The story was on the public showcase and is now taken down. */
  storyTakenDown: boolean;
}

/**
 * The one way to change a final result (DESIGN, Fairness): one award is revoked with its reason,
 * e.g. plagiarism found after the ceremony. The award row stays with who, when and why; the story
 * leaves the showcase, its search, feed, sitemap and book (publications' isPublic asks for a
 * standing award); certificates go with it. The prize stays vacant: nothing is promoted.
 */
export function revokeFinalAward(
  tx: DbOrTx,
  contest: Contest,
  input: { entryCode: string; reason: string },
  actorId: string,
  now: Date,
): Revocation {
  if (!contest.awardsFinalizedAt) throw new DomainError(409, 'awards_not_final_to_revoke');
  const code = input.entryCode.trim().toUpperCase();
  const entry = findEntryByCode(tx, code);
  const award = entry && entry.contestId === contest.id ? listAwards(tx, contest.id).find((a) => a.entryId === entry.id) : undefined;
  if (!entry || !award) throw new DomainError(404, 'award_not_found', { code });
  const tierName = listPrizeTiers(tx, contest.id).find((t) => t.id === award.tierId)?.name ?? '';
  const storyTakenDown = isEntryPublic(tx, entry.id, now);
  revokeAward(tx, award.id, { revokedBy: actorId, revocationReason: input.reason, revokedAt: now });
  appendAudit(tx, {
    actorId, action: 'award.revoked', subjectType: 'contest', subjectId: contest.id,
    details: { entryId: entry.id, code: entry.code, tierId: award.tierId, tierName, reason: input.reason, storyTakenDown },
  });
  return { code: entry.code, title: entry.title, tierName, reason: input.reason, revokedAt: now, storyTakenDown };
}
