import { addTieDecision, appendAudit, findEntryByCode, getRound, type Tx } from '@guong-sang/db';
import { assertResultsOpen } from '../contests/finality.ts';
import { notFound } from '../lib/errors.ts';

/**
 * The organizer orders entries the declared tie-breaks left tied (packages/scoring's ranking
 * applies the newest decision naming a group): the last tie-break, never silent, always audited.
 */
export function decideTie(
  tx: Tx,
  roundId: number,
  input: { codes: string[]; reason: string },
  actorId: string,
  now: Date,
): void {
  const round = getRound(tx, roundId);
  if (!round) throw notFound();
  assertResultsOpen(tx, round.contestId);
  const entryIds = input.codes.map((code) => {
    const entry = findEntryByCode(tx, code.trim().toUpperCase());
    if (!entry || entry.contestId !== round.contestId) throw notFound();
    return entry.id;
  });
  addTieDecision(tx, { roundId: round.id, entryIds, reason: input.reason, decidedBy: actorId, createdAt: now });
  appendAudit(tx, {
    actorId, action: 'ranking.tie_decided', subjectType: 'round', subjectId: round.id,
    details: { codes: input.codes, reason: input.reason },
  });
}
