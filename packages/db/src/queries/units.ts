import { eq, sql } from 'drizzle-orm';
import type { DbOrTx } from '../client.ts';
import { preparedOnce } from '../prepared.ts';
import { bumpResultsRevision } from './results-revision.ts';
import { units } from '../schema/index.ts';

export type Unit = typeof units.$inferSelect;

const vietnameseOrder = new Intl.Collator('vi');

/** All units in Vietnamese alphabetical order. */
export function listUnits(db: DbOrTx): Unit[] {
  return db.select().from(units).all().sort((a, b) => vietnameseOrder.compare(a.name, b.name));
}

const unitById = preparedOnce((db) => db.select().from(units).where(eq(units.id, sql.placeholder('id'))).prepare());

export function getUnit(db: DbOrTx, id: number): Unit | undefined {
  return unitById(db).get({ id });
}

export function findUnitByName(db: DbOrTx, name: string): Unit | undefined {
  return db.select().from(units).where(eq(units.name, name)).get();
}

export function createUnit(
  db: DbOrTx,
  values: { name: string; headcount: number; parentId?: number | null; openToEntrants?: boolean },
): Unit {
  return db.insert(units).values(values).returning().get();
}

export function updateUnit(
  db: DbOrTx,
  id: number,
  values: Partial<{ name: string; headcount: number; parentId: number | null; openToEntrants: boolean }>,
): Unit | undefined {
  // Results and exports name units.
  bumpResultsRevision(db, 'every-contest');
  return db.update(units).set(values).where(eq(units.id, id)).returning().get();
}
