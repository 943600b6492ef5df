import { findUserByEmail, getContest, listAuditActions, searchAudit, type AuditFilter, type DbOrTx } from '@guong-sang/db';
import { canonicalEmail } from '@guong-sang/text';

export const AUDIT_PAGE_SIZE = 50;

/** Vietnam days (UTC+7, no daylight saving) as the instants that bound them. */
const VIETNAM_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
const vietnamDayStart = (day: string) => new Date(Date.parse(`${day}T00:00:00Z`) - VIETNAM_OFFSET_MS);

export interface AuditQuery {
  contestId?: number;
  /** The person's e-mail, as the organizer knows them. */
  person?: string;
  action?: string;
  /** Vietnam days, both included. */
  from?: string;
  to?: string;
  page: number;
}

/** One page of the audit log, newest first. Read only: the log is append-only. */
export function auditPage(db: DbOrTx, query: AuditQuery) {
  const filter: AuditFilter = {
    contestId: query.contestId,
    action: query.action,
    from: query.from ? vietnamDayStart(query.from) : undefined,
    to: query.to ? new Date(vietnamDayStart(query.to).getTime() + DAY_MS) : undefined,
  };
  // A person or contest that does not exist matches nothing (rather than being ignored).
  const person = query.person ? findUserByEmail(db, canonicalEmail(query.person)) : undefined;
  const matchesNothing = (query.person && !person) || (query.contestId !== undefined && !getContest(db, query.contestId));
  const rows = matchesNothing
    ? { rows: [], total: 0 }
    : searchAudit(db, { ...filter, personId: person?.id }, { limit: AUDIT_PAGE_SIZE, offset: (query.page - 1) * AUDIT_PAGE_SIZE });
  return {
    total: rows.total,
    page: query.page,
    pageSize: AUDIT_PAGE_SIZE,
    actions: listAuditActions(db),
    entries: rows.rows.map((row) => ({
      id: row.id,
      at: row.at.toISOString(),
      actor: row.actorId === null ? null : { name: row.actorName ?? '', email: row.actorEmail ?? '' },
      action: row.action,
      subjectType: row.subjectType,
      subjectId: row.subjectId,
      contestId: row.contestId,
      details: row.details,
    })),
  };
}
