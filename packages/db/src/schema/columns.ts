import { integer } from 'drizzle-orm/sqlite-core';

/** Instants are stored as UTC milliseconds since the epoch; the API speaks ISO 8601. */
export const instant = (name: string) => integer(name, { mode: 'timestamp_ms' });

/** Creation time, filled by the application clock so tests can control it. */
export const createdAt = () => instant('created_at').notNull().$defaultFn(() => new Date());
