import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { fileURLToPath } from 'node:url';
import { fillMissingNameKeys } from './queries/users.ts';
import * as schema from './schema/index.ts';

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };
/** A transaction handle; query functions accept it wherever they accept a Db. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

const migrationsFolder = fileURLToPath(new URL('../drizzle', import.meta.url));

/** SQLite's code for synchronous=FULL. */
const SYNCHRONOUS_FULL = 2;

/**
 * SQLite's own default page cache (2 MiB) rather than better-sqlite3's 16 MiB: the operating
 * system caches the file anyway, and a fresh process filled the larger cache with memory it touched
 * for the first time, which on the 2-core VMs we measure on cost ~60 ms of a server's first large
 * read (a round's 110,000 sheets: 226 ms with 16 MiB, 166 ms with 2 MiB; the same warm), on each
 * connection.
 */
const PAGE_CACHE_KIB = 2000;

/**
 * Opens (creating if needed) the database at `path` and applies the committed migrations.
 * Every connection gets WAL, synchronous=FULL (better-sqlite3 would leave WAL connections at
 * NORMAL, which can lose acknowledged commits on power loss), foreign keys, a busy timeout and
 * SQLite's default page cache.
 */
export function createDb(path: string, options: { migrate?: boolean } = {}): Db {
  const sqlite = new Database(path);
  sqlite.pragma('journal_mode = WAL');
  sqlite.pragma('synchronous = FULL');
  sqlite.pragma('foreign_keys = ON');
  sqlite.pragma('busy_timeout = 5000');
  sqlite.pragma(`cache_size = -${PAGE_CACHE_KIB}`);
  const synchronous = sqlite.pragma('synchronous', { simple: true });
  if (synchronous !== SYNCHRONOUS_FULL) {
    sqlite.close();
    throw new Error(`SQLite refused synchronous=FULL (got ${String(synchronous)}) for ${path}`);
  }
  const db = drizzle({ client: sqlite, schema });
  if (options.migrate !== false) {
    migrate(db, { migrationsFolder });
    // Name sort keys are computed in JS (no Vietnamese collation in SQLite): fill older rows once.
    fillMissingNameKeys(db);
  }
  return db;
}

export function closeDb(db: Db): void {
  db.$client.close();
}

/** Durability settings as SQLite reports them, for health checks and tests. */
export function durabilityPragmas(db: Db) {
  const sqlite = db.$client;
  return {
    journalMode: String(sqlite.pragma('journal_mode', { simple: true })),
    synchronous: Number(sqlite.pragma('synchronous', { simple: true })),
    foreignKeys: Number(sqlite.pragma('foreign_keys', { simple: true })),
    busyTimeout: Number(sqlite.pragma('busy_timeout', { simple: true })),
  };
}

/** Runs `fn` in a BEGIN IMMEDIATE transaction: for every read-then-write. */
export function writeTransaction<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: 'immediate' });
}

/**
 * Runs `fn`'s reads in one deferred transaction: in WAL mode they all see the database as of the
 * first, whatever other connections commit meanwhile. For reads another thread's connection does
 * beside this one's, compared by the results revision each reads.
 */
export function readSnapshot<T>(db: Db, fn: (tx: Tx) => T): T {
  return db.transaction(fn, { behavior: 'deferred' });
}

/** Online backup (never a file copy), then an integrity check of the copy. */
export async function backupTo(db: Db, destination: string): Promise<string> {
  await db.$client.backup(destination);
  const copy = new Database(destination, { readonly: true });
  try {
    return String(copy.pragma('integrity_check', { simple: true }));
  } finally {
    copy.close();
  }
}
