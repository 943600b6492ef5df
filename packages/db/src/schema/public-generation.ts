import { sql } from 'drizzle-orm';
import { check, integer, sqliteTable } from 'drizzle-orm/sqlite-core';

/**
 * One row: a counter that the database's own triggers raise on every write to what the public can
 * read (publications, awards, prize tiers, contests, the winners' entries, photos, units, authors'
 * units; the 0007 migration lists them). Caches of public pages are valid while it stands still,
 * so no write path, present or future, can forget to invalidate them.
 */
export const publicGeneration = sqliteTable('public_generation', {
  id: integer('id').primaryKey(),
  generation: integer('generation').notNull().default(0),
}, (t) => [check('public_generation_one_row', sql`${t.id} = 1`)]);
