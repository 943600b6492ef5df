import { sql } from 'drizzle-orm';
import type { DbOrTx } from './client.ts';

/**
 * drizzle builds the SQL and asks SQLite to prepare it again on every call (it has no statement
 * cache); on the submit path that was a quarter of the request's CPU. A hot query is written once
 * with `sql.placeholder(…)` and prepared once per connection through this.
 *
 * The cache is keyed by drizzle's session, which a Db shares with every transaction opened on it
 * (better-sqlite3 runs a transaction on the one connection), so a statement prepared outside a
 * transaction runs inside one and sees its writes. `session` is drizzle-internal; `prepared.test.ts`
 * fails if a drizzle upgrade moves it.
 */
export function preparedOnce<T>(build: (db: DbOrTx) => T): (db: DbOrTx) => T {
  const bySession = new WeakMap<object, T>();
  return (db) => {
    const session = (db as unknown as { session?: object }).session;
    if (!session) throw new Error('preparedOnce: drizzle database without a session');
    let statement = bySession.get(session);
    if (statement === undefined) {
      statement = build(db);
      bySession.set(session, statement);
    }
    return statement;
  };
}

/**
 * A placeholder in an update's `.set()`, whose types take only values: at run time drizzle wraps
 * it with the column and encodes the value given at execution like any other (dates, booleans).
 */
export function setPlaceholder<T>(name: string): T {
  return sql.placeholder(name) as unknown as T;
}
