import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { attachments, files } from '../schema/index.ts';

export type Attachment = typeof attachments.$inferSelect;
export type NewAttachment = typeof attachments.$inferInsert;

/** Records a stored blob; the same content stored twice is one row. Write the bytes first. */
export function recordFile(db: DbOrTx, values: { sha256: string; size: number; mime: string }): void {
  db.insert(files).values(values).onConflictDoNothing().run();
}

/** Whether a blob's row exists: a stored file without one was left by a crash mid-upload. */
export function isFileRecorded(db: DbOrTx, sha256: string): boolean {
  return db.select({ sha256: files.sha256 }).from(files).where(eq(files.sha256, sha256)).get() !== undefined;
}

export function createAttachment(db: DbOrTx, values: NewAttachment): Attachment {
  return db.insert(attachments).values(values).returning().get();
}

/** The attachment `id` of entry `entryId` (both must match), unless removed. */
export function getAttachment(db: DbOrTx, entryId: number, id: number): Attachment | undefined {
  return db.select().from(attachments)
    .where(and(eq(attachments.id, id), eq(attachments.entryId, entryId), isNull(attachments.removedAt))).get();
}

/** An entry's current attachments in the order they were added. */
const attachmentsOfEntry = preparedOnce((db) => db.select().from(attachments)
  .where(and(eq(attachments.entryId, sql.placeholder('entryId')), isNull(attachments.removedAt)))
  .orderBy(asc(attachments.position), asc(attachments.id)).prepare());

export function listAttachments(db: DbOrTx, entryId: number): Attachment[] {
  return attachmentsOfEntry(db).all({ entryId });
}

export function countAttachments(db: DbOrTx, entryId: number): number {
  return db.select({ n: sql<number>`count(*)` }).from(attachments)
    .where(and(eq(attachments.entryId, entryId), isNull(attachments.removedAt))).get()?.n ?? 0;
}

/** Attachments are removed softly: submitted versions keep pointing at them. */
export function removeAttachment(db: DbOrTx, entryId: number, id: number, at: Date): boolean {
  return db.update(attachments).set({ removedAt: at })
    .where(and(eq(attachments.id, id), eq(attachments.entryId, entryId), isNull(attachments.removedAt)))
    .run().changes > 0;
}

export function updateAttachmentAltText(db: DbOrTx, entryId: number, id: number, altText: string): Attachment | undefined {
  return db.update(attachments).set({ altText })
    .where(and(eq(attachments.id, id), eq(attachments.entryId, entryId), isNull(attachments.removedAt)))
    .returning().get();
}

/** The attachments with these ids, in the order given (a submitted version's list). */
export function listAttachmentsByIds(db: DbOrTx, ids: number[]): Attachment[] {
  if (ids.length === 0) return [];
  const rows = db.select().from(attachments).where(inArray(attachments.id, ids)).all();
  const byId = new Map(rows.map((row) => [row.id, row]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}
