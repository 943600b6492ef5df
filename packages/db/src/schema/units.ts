import { type AnySQLiteColumn, integer, sqliteTable, text } from 'drizzle-orm/sqlite-core';
import { createdAt } from './columns.ts';

/** A grassroots organization (đơn vị) that entrants and judges belong to. */
export const units = sqliteTable('units', {
  id: integer('id').primaryKey({ autoIncrement: true }),
  name: text('name').notNull().unique(),
  /** Number of cadres, members and employees: the base for participation rates. */
  headcount: integer('headcount').notNull().default(0),
  /** The unit this one belongs to (a grassroots organization under a bloc), if any. */
  parentId: integer('parent_id').references((): AnySQLiteColumn => units.id),
  /** Whether entrants may register into it: false for the organizers' own unit (made at first run). */
  openToEntrants: integer('open_to_entrants', { mode: 'boolean' }).notNull().default(true),
  createdAt: createdAt(),
});
