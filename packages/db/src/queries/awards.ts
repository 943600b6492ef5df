import { and, asc, count, eq, inArray, isNotNull, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { awards } from '../schema/index.ts';

export type Award = typeof awards.$inferSelect;

/** The contest's awards that stand (revoked ones are left out), in the order they were decided. */
export function listAwards(db: DbOrTx, contestId: number): Award[] {
  return db.select().from(awards).where(and(eq(awards.contestId, contestId), isNull(awards.revokedAt)))
    .orderBy(asc(awards.id)).all();
}

/** The contest's revoked awards, in the order they were decided. */
export function listRevokedAwards(db: DbOrTx, contestId: number): Award[] {
  return db.select().from(awards).where(and(eq(awards.contestId, contestId), isNotNull(awards.revokedAt)))
    .orderBy(asc(awards.id)).all();
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

/** Revokes a standing award; the row stays (who, when, why) and nothing takes its place. */
export function revokeAward(db: DbOrTx, id: number, revocation: { revokedBy: string; revocationReason: string; revokedAt: Date }): Award | undefined {
  return db.update(awards).set(revocation).where(and(eq(awards.id, id), isNull(awards.revokedAt))).returning().get();
}

/** How many awards, revoked or not, point at each of these prize tiers (tiers without any are left out). */
export function countAwardsByTier(db: DbOrTx, tierIds: number[]): Map<number, number> {
  if (tierIds.length === 0) return new Map();
  return new Map(db.select({ tierId: awards.tierId, n: count() }).from(awards)
    .where(inArray(awards.tierId, tierIds)).groupBy(awards.tierId).all()
    .map((row) => [row.tierId, row.n]));
}
