import { getTableColumns, sql } from 'drizzle-orm';
import type { SQLiteTable } from 'drizzle-orm/sqlite-core';
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

/**
 * A one-row insert naming every column of `table`, prepared once per connection, for writes of many
 * rows (seeding a large round, bulk imports): drizzle builds a multi-row insert at about 50 µs a row,
 * running this costs a few. A column the row leaves out takes its default (`$defaultFn` called for
 * each row) or null, which for an integer primary key means the next id; the answer is the rowid.
 * drizzle would hand a null placeholder to the column's encoder (a date's fails), so nulls are
 * written in the statement: one statement per set of null columns, which rows of a bulk write share.
 */
export function preparedInsert<T extends SQLiteTable>(table: T): (db: DbOrTx, row: T['$inferInsert']) => number {
  const columns = Object.entries(getTableColumns(table));
  const statements = new Map<string, ReturnType<typeof prepare>>();
  function prepare(nulls: string) {
    return preparedOnce((db) => db.insert(table).values(Object.fromEntries(columns.map(([key], i) =>
      [key, nulls[i] === '1' ? null : sql.placeholder(key)])) as T['$inferInsert']).prepare());
  }
  return (db, row) => {
    const values: Record<string, unknown> = {};
    let nulls = '';
    for (const [key, column] of columns) {
      const given = (row as Record<string, unknown>)[key];
      const value = given !== undefined ? given : column.defaultFn ? column.defaultFn() : (column.default ?? null);
      values[key] = value;
      nulls += value === null ? '1' : '0';
    }
    let statement = statements.get(nulls);
    if (!statement) statements.set(nulls, statement = prepare(nulls));
    return Number((statement(db).run(values) as unknown as { lastInsertRowid: number | bigint }).lastInsertRowid);
  };
}
