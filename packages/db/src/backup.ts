import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import { closeDb, createDb, type Db } from './client.ts';
import * as schema from './schema/index.ts';

/**
 * SQLite's online backup of a live database into `destination` (never a file copy, which could
 * catch a half-written WAL), left as one self-contained file (rollback journal, no -wal beside it).
 */
export async function backupDatabase(db: Db, destination: string): Promise<void> {
  await db.$client.backup(destination);
  const copy = new Database(destination);
  try {
    copy.pragma('journal_mode = DELETE');
  } finally {
    copy.close();
  }
}

/** What a backup copy holds, read without changing it: its integrity and the files its rows record. */
export function inspectDatabaseCopy(path: string): { integrityCheck: string; files: { sha256: string; size: number }[] } {
  const sqlite = new Database(path, { readonly: true, fileMustExist: true });
  try {
    const integrityCheck = (sqlite.pragma('integrity_check') as { integrity_check: string }[])
      .map((row) => row.integrity_check).join('; ');
    const files = integrityCheck === 'ok'
      ? drizzle({ client: sqlite, schema }).select({ sha256: schema.files.sha256, size: schema.files.size }).from(schema.files).all()
      : [];
    return { integrityCheck, files };
  } finally {
    sqlite.close();
  }
}

/**
 * Copies a backup into `destination` with the online backup API, then opens it as the server does
 * (WAL, synchronous=FULL, migrations of a newer version applied) so the restored file is ready.
 */
export async function restoreDatabaseCopy(source: string, destination: string): Promise<void> {
  const sqlite = new Database(source, { readonly: true, fileMustExist: true });
  try {
    await sqlite.backup(destination);
  } finally {
    sqlite.close();
  }
  closeDb(createDb(destination));
}
