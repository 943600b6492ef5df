import { appendAudit, getEntry, updateEntry, type Entry, type Tx } from '@guong-sang/db';
import { assertResultsOpen } from '../contests/finality.ts';
import { restoreReaders } from '../judging/returned-entry.ts';
import { DomainError, notFound } from '../lib/errors.ts';

/**
 * Screening's decision on a submitted entry: disqualified with a reason the entrant sees, or
 * reinstated and read again as the rounds being judged ask (judging/returned-entry.ts); audited. After the awards are final an award is revoked instead
 * (awards/revocation.ts).
 */
export function setDisqualified(
  tx: Tx,
  entryId: number,
  decision: { disqualify: boolean; reason: string },
  actorId: string,
  now: Date,
): Entry {
  const entry = getEntry(tx, entryId);
  if (!entry) throw notFound();
  assertResultsOpen(tx, entry.contestId);
  if (entry.status !== (decision.disqualify ? 'submitted' : 'disqualified')) throw new DomainError(409, 'not_submitted');
  appendAudit(tx, {
    actorId, action: decision.disqualify ? 'entry.disqualified' : 'entry.reinstated',
    subjectType: 'entry', subjectId: entry.id, details: { reason: decision.reason },
  });
  if (decision.disqualify) return updateEntry(tx, entry.id, { status: 'disqualified', disqualifiedReason: decision.reason }) ?? entry;
  const reinstated = updateEntry(tx, entry.id, { status: 'submitted', disqualifiedReason: null }) ?? entry;
  restoreReaders(tx, reinstated, actorId, now);
  return reinstated;
}
