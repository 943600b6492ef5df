import { asc, eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { awards } from '../schema/index.ts';

export type Award = typeof awards.$inferSelect;

export function listAwards(db: DbOrTx, contestId: number): Award[] {
  return db.select().from(awards).where(eq(awards.contestId, contestId)).orderBy(asc(awards.id)).all();
}

/** Replaces the contest's award decisions (before they are finalized). */
export function replaceAwards(
  db: DbOrTx,
  contestId: number,
  rows: { entryId: number; tierId: number; adjustmentReason: string | null }[],
  decidedBy: string,
  at: Date,
): Award[] {
  db.delete(awards).where(eq(awards.contestId, contestId)).run();
  if (rows.length > 0) {
    db.insert(awards).values(rows.map((row) => ({ ...row, contestId, decidedBy, createdAt: at }))).run();
  }
  return listAwards(db, contestId);
}
