import { and, desc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { auditLog } from '../schema/index.ts';

export type AuditEntry = typeof auditLog.$inferSelect;

export function appendAudit(
  db: DbOrTx,
  entry: {
    actorId: string | null;
    action: string;
    subjectType: string;
    subjectId: string | number;
    details?: Record<string, unknown>;
  },
): void {
  db.insert(auditLog).values({ ...entry, subjectId: String(entry.subjectId) }).run();
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
