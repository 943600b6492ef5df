import { getUnit, listUnits, type DbOrTx, type Unit } from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';

/*
 * Which units an entrant may register into: those open to entrants (an allow-list kept on each
 * unit). The organizers' own unit, made at first run, is not; an organizer opens or closes any
 * unit on the units page.
 */

/** The units registration offers, in Vietnamese alphabetical order. */
export function entrantUnits(db: DbOrTx): Unit[] {
  return listUnits(db).filter((unit) => unit.openToEntrants);
}

/** The unit an entrant registers into; a 400 for one that does not exist or is not open to entrants. */
export function entrantUnit(db: DbOrTx, unitId: number): Unit {
  const unit = getUnit(db, unitId);
  if (!unit) throw new DomainError(400, 'unknown_unit');
  if (!unit.openToEntrants) throw new DomainError(400, 'unit_closed_to_entrants', { unit: unit.name });
  return unit;
}
