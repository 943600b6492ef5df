import {
  appendAudit, createUnit, findUnitByName, getUnit, listUnits, updateUnit, writeTransaction,
  type Db, type DbOrTx, type Unit,
} from '@guong-sang/db';
import { DomainError, notFound } from '../lib/errors.ts';
import { cleanLine } from '../lib/text.ts';
import { inCycle } from './unit-tree.ts';

export interface UnitInput {
  name: string;
  headcount: number;
  parentId?: number | null;
  openToEntrants?: boolean;
}

/** A unit as the API shows it and the audit log records it. */
export const unitView = ({ id, name, headcount, parentId, openToEntrants }: Unit) => ({ id, name, headcount, parentId, openToEntrants });

/** The name as stored: one line, trimmed; a name of nothing but spaces is refused. */
function unitName(raw: string): string {
  const name = cleanLine(raw);
  if (name === '') throw new DomainError(400, 'validation_failed');
  return name;
}

/** The parent must be a unit, and not the unit itself or one below it. */
function checkParent(tx: DbOrTx, unitId: number | null, parentId: number): void {
  const parent = getUnit(tx, parentId);
  if (!parent) throw new DomainError(400, 'unit_parent_unknown');
  if (unitId === null) return;
  const parentOf = new Map(listUnits(tx).map((unit) => [unit.id, unit.parentId]));
  parentOf.set(unitId, parentId);
  if (inCycle(unitId, parentOf)) throw new DomainError(409, 'unit_cycle', { parent: parent.name });
}

/** An organizer adds a unit, audited. */
export function addUnit(db: Db, actorId: string, input: UnitInput): Unit {
  const name = unitName(input.name);
  return writeTransaction(db, (tx) => {
    if (findUnitByName(tx, name)) throw new DomainError(409, 'unit_exists');
    const parentId = input.parentId ?? null;
    if (parentId !== null) checkParent(tx, null, parentId);
    const created = createUnit(tx, { name, headcount: input.headcount, parentId });
    appendAudit(tx, {
      actorId, action: 'unit.created', subjectType: 'unit', subjectId: created.id,
      details: unitView(created),
    });
    return created;
  });
}

/** An organizer renames a unit, changes its headcount, moves it under another, or opens or closes it to entrants; audited. */
export function changeUnit(db: Db, actorId: string, unitId: number, input: Partial<UnitInput>): Unit {
  const name = input.name === undefined ? undefined : unitName(input.name);
  return writeTransaction(db, (tx) => {
    const before = getUnit(tx, unitId);
    if (!before) throw notFound();
    const other = name === undefined ? undefined : findUnitByName(tx, name);
    if (other && other.id !== unitId) throw new DomainError(409, 'unit_exists');
    if (input.parentId !== undefined && input.parentId !== null) checkParent(tx, unitId, input.parentId);
    const changes = {
      ...(name !== undefined && name !== before.name && { name }),
      ...(input.headcount !== undefined && input.headcount !== before.headcount && { headcount: input.headcount }),
      ...(input.parentId !== undefined && input.parentId !== before.parentId && { parentId: input.parentId }),
      ...(input.openToEntrants !== undefined && input.openToEntrants !== before.openToEntrants && { openToEntrants: input.openToEntrants }),
    };
    if (Object.keys(changes).length === 0) return before;
    const after = updateUnit(tx, unitId, changes) ?? before;
    appendAudit(tx, {
      actorId, action: 'unit.updated', subjectType: 'unit', subjectId: unitId,
      details: { before: unitView(before), after: unitView(after) },
    });
    return after;
  });
}
