import {
  appendAudit, findEntryByCode, getContest, getEntry, getUser, listAwards, listPrizeTiers, replaceAwards,
  updateContest, type Contest, type Tx,
} from '@guong-sang/db';
import { assertResultsOpen } from '../contests/finality.ts';
import { DomainError, notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { queueAwardNotices } from '../mail/contest-notices.ts';
import { startPublications } from '../publishing/public-version.ts';
import { proposeAwards } from './proposal.ts';
import { prizeLimits } from './rules.ts';

export interface AwardChoice { entryCode: string; tierId: number; reason?: string }

/**
 * The organizer decides the awards (until they are final): each tier holds at most its count,
 * the award limits hold (awards/rules.ts), and a departure from the ranking's proposal needs a
 * reason. Replaces the previous decision; audited.
 */
export function decideAwards(tx: Tx, contestId: number, choices: AwardChoice[], actorId: string, now: Date): Contest {
  const contest = getContest(tx, contestId);
  if (!contest) throw notFound();
  assertResultsOpen(tx, contest.id);
  const tiers = new Map(listPrizeTiers(tx, contest.id).map((t) => [t.id, t]));
  const proposed = new Map(proposeAwards(tx, contest).map((p) => [p.entryId, p.tierId]));
  const perTier = new Map<number, number>();
  const limits = prizeLimits(contest);
  const rows = choices.map((award) => {
    const entry = findEntryByCode(tx, award.entryCode.trim().toUpperCase());
    const tier = tiers.get(award.tierId);
    const author = entry && getUser(tx, entry.authorId);
    if (!entry || entry.contestId !== contest.id || entry.status !== 'submitted' || !tier || !author) throw notFound();
    const reason = cleanLine(award.reason ?? '') || null;
    if (proposed.get(entry.id) !== tier.id && !reason) throw new DomainError(400, 'award_reason_required', { code: entry.code });
    perTier.set(tier.id, (perTier.get(tier.id) ?? 0) + 1);
    if ((perTier.get(tier.id) ?? 0) > tier.count) throw new DomainError(400, 'award_tier_full', { tier: tier.name, count: tier.count });
    const refusal = limits.refusal(author);
    if (refusal === 'award_one_per_person') throw new DomainError(400, refusal, { code: entry.code });
    if (refusal === 'award_unit_cap') throw new DomainError(400, refusal, { cap: contest.awardsPerUnitCap ?? 0, code: entry.code });
    limits.take(author);
    return { entryId: entry.id, tierId: tier.id, adjustmentReason: reason };
  });
  replaceAwards(tx, contest.id, rows, actorId, now);
  appendAudit(tx, {
    actorId, action: 'awards.decided', subjectType: 'contest', subjectId: contest.id, details: { awards: choices },
  });
  return contest;
}

/**
 * Finalizes the decided awards: audited, names appear in the organizer's result views, every
 * winner gets a public version to review and a mail, and from now on contests/finality.ts refuses changes.
 */
export function finalizeAwards(tx: Tx, contestId: number, actorId: string, now: Date): Contest {
  const contest = getContest(tx, contestId);
  if (!contest) throw notFound();
  assertResultsOpen(tx, contest.id);
  const decided = listAwards(tx, contest.id);
  if (decided.length === 0) throw new DomainError(409, 'no_results');
  // An entry disqualified or withdrawn after the decision cannot win (nor ever be public).
  for (const award of decided) {
    const entry = getEntry(tx, award.entryId);
    if (entry?.status !== 'submitted') throw new DomainError(409, 'award_entry_not_submitted', { code: entry?.code ?? '' });
  }
  appendAudit(tx, {
    actorId, action: 'awards.finalized', subjectType: 'contest', subjectId: contest.id,
    details: { awards: decided.map((a) => ({ entryId: a.entryId, tierId: a.tierId })) },
  });
  startPublications(tx, contest, now);
  queueAwardNotices(tx, contest, now);
  return updateContest(tx, contest.id, { awardsFinalizedAt: now, status: 'awarded' }) ?? contest;
}
