import { appendAudit, getUser, setUserName, type DbOrTx } from '@guong-sang/db';
import { notFound } from '../lib/errors.ts';

/**
 * A person changes their own name (audited with the old one). Their unit is not theirs to change:
 * judges are kept from entries of their own unit (DESIGN, Conflicts), so units stay with the
 * organizers.
 */
export function renameSelf(tx: DbOrTx, userId: string, fullName: string): void {
  const user = getUser(tx, userId);
  if (!user) throw notFound();
  if (user.fullName === fullName) return;
  setUserName(tx, userId, fullName);
  appendAudit(tx, {
    actorId: userId, action: 'user.renamed', subjectType: 'user', subjectId: userId,
    details: { before: user.fullName, after: fullName },
  });
}
