import { eq } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { appSettings } from '../schema/index.ts';

export function getSetting(db: DbOrTx, key: string): string | undefined {
  return db.select().from(appSettings).where(eq(appSettings.key, key)).get()?.value;
}

export function putSetting(db: DbOrTx, key: string, value: string): void {
  db.insert(appSettings).values({ key, value })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedAt: new Date() } }).run();
}

export function deleteSetting(db: DbOrTx, key: string): boolean {
  return db.delete(appSettings).where(eq(appSettings.key, key)).run().changes > 0;
}
