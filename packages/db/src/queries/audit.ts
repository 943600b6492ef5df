import { and, count, desc, eq, gte, lt, or, sql, type SQL } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { auditLog, users } from '../schema/index.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

/** The contest a subject belongs to, looked up in the same statement that appends the row. */
function contestOf(subjectType: string, id: ReturnType<typeof sql.placeholder>): SQL | null {
  switch (subjectType) {
    case 'contest': return sql`(select id from contests where id = ${id})`;
    case 'entry': return sql`(select contest_id from entries where id = ${id})`;
    case 'round': return sql`(select contest_id from rounds where id = ${id})`;
    case 'assignment':
      return sql`(select r.contest_id from assignments a join rounds r on r.id = a.round_id where a.id = ${id})`;
    default: return null;
  }
}

/**
 * The only write the audit log has: it is append-only (the database's triggers refuse UPDATE and
 * DELETE on audit_log, and this module offers neither).
 */
export function appendAudit(
  db: DbOrTx,
  entry: {
    actorId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | number;
    details?: Record<string, unknown>;
    /** When it happened, if not now (the demo's history). */
    at?: Date;
  },
): void {
  const subjectId = String(entry.subjectId);
  const numericId = Number(subjectId);
  const kind = Number.isSafeInteger(numericId) && CONTEST_SUBJECTS.has(entry.subjectType) ? entry.subjectType : '';
  appendStatement(kind)(db).run({
    actorId: entry.actorId, action: entry.action, subjectType: entry.subjectType, subjectId,
    details: entry.details ?? {}, at: entry.at ?? new Date(), numericId,
  });
}

const CONTEST_SUBJECTS = new Set(['contest', 'entry', 'round', 'assignment']);
/** One prepared insert per kind of subject ('' = no contest), as the contest lookup differs. */
const appendStatements = new Map<string, ReturnType<typeof prepareAppend>>();
function prepareAppend(subjectType: string) {
  return preparedOnce((db) => db.insert(auditLog).values({
    actorId: sql.placeholder('actorId'), action: sql.placeholder('action'), subjectType: sql.placeholder('subjectType'),
    subjectId: sql.placeholder('subjectId'), details: sql.placeholder('details'), at: sql.placeholder('at'),
    contestId: contestOf(subjectType, sql.placeholder('numericId')),
  }).prepare());
}
function appendStatement(subjectType: string) {
  let statement = appendStatements.get(subjectType);
  if (!statement) {
    statement = prepareAppend(subjectType);
    appendStatements.set(subjectType, statement);
  }
  return statement;
}

export function listAudit(
  db: DbOrTx,
  filter: { subjectType?: string; subjectId?: string; limit?: number } = {},
): AuditEntry[] {
  return db.select().from(auditLog)
    .where(and(
      filter.subjectType ? eq(auditLog.subjectType, filter.subjectType) : undefined,
      filter.subjectId ? eq(auditLog.subjectId, filter.subjectId) : undefined,
    ))
    .orderBy(desc(auditLog.id)).limit(filter.limit ?? 100).all();
}

export interface AuditFilter {
  contestId?: number;
  /** What the person did, and what was done to their account. */
  personId?: string;
  action?: string;
  /** Inclusive start, exclusive end. */
  from?: Date;
  to?: Date;
}

export interface AuditRow extends AuditEntry {
  actorName: string | null;
  actorEmail: string | null;
}

/** One page of the log, newest first, with the number of rows the filter matches. */
export function searchAudit(
  db: DbOrTx,
  filter: AuditFilter,
  page: { limit: number; offset: number },
): { rows: AuditRow[]; total: number } {
  const where = and(
    filter.contestId !== undefined ? eq(auditLog.contestId, filter.contestId) : undefined,
    filter.personId !== undefined
      ? or(eq(auditLog.actorId, filter.personId), and(eq(auditLog.subjectType, 'user'), eq(auditLog.subjectId, filter.personId)))
      : undefined,
    filter.action !== undefined ? eq(auditLog.action, filter.action) : undefined,
    filter.from ? gte(auditLog.at, filter.from) : undefined,
    filter.to ? lt(auditLog.at, filter.to) : undefined,
  );
  const rows = db.select({ entry: auditLog, actorName: users.fullName, actorEmail: users.email })
    .from(auditLog).leftJoin(users, eq(users.id, auditLog.actorId))
    .where(where).orderBy(desc(auditLog.id)).limit(page.limit).offset(page.offset).all()
    .map((r) => ({ ...r.entry, actorName: r.actorName, actorEmail: r.actorEmail }));
  const total = db.select({ n: count() }).from(auditLog).where(where).get()?.n ?? 0;
  return { rows, total };
}

/** Every action the log holds, for the viewer's filter. */
export function listAuditActions(db: DbOrTx): string[] {
  return db.selectDistinct({ action: auditLog.action }).from(auditLog).orderBy(auditLog.action).all().map((r) => r.action);
}
