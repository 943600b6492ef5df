import { type DbOrTx, existingEmails, listUnits, type Role } from '@guong-sang/db';
import { emailAddress } from '@guong-sang/text';
import type { MessageCode } from '../lib/messages.ts';
import { cleanLine, clip } from '../lib/text.ts';
import { isAcceptableName, textProblem } from '../lib/text-hygiene.ts';
import { inCycle } from '../units/unit-tree.ts';
import { foldHeader, type Table } from './table.ts';

/** One problem of one row: the row number and column header as the file shows them. */
export interface RowProblem {
  row: number;
  column: string;
  code: MessageCode;
  params: Record<string, string | number>;
}

export interface UnitPlan {
  row: number;
  name: string;
  headcount: number;
  /** The parent's name as written (in the file or the database), or null. */
  parent: string | null;
  /** Set when a unit of that name exists: it is updated, not created. */
  existingId: number | null;
}

export interface PersonPlan {
  row: number;
  fullName: string;
  email: string;
  unitId: number;
  roles: Role[];
}

export type Validation<T> = { plans: T[]; problems: RowProblem[] };

const MAX_UNIT_NAME = 200;
const MAX_PERSON_NAME = 120;
const MAX_HEADCOUNT = 10_000_000;

/** Unit names compare as the organizer reads them: case and spacing do not make a new unit. */
export const unitKey = (name: string) => cleanLine(name).toLocaleLowerCase('vi');

/** Role names as an organizer writes them, in either language, compared like headers. */
const roleNames = new Map<string, Role>([
  ['entrant', 'entrant'], ['nguoi du thi', 'entrant'], ['thi sinh', 'entrant'],
  ['judge', 'judge'], ['giam khao', 'judge'],
  ['organizer', 'organizer'], ['organiser', 'organizer'], ['ban to chuc', 'organizer'],
]);

class Problems {
  readonly list: RowProblem[] = [];
  constructor(private readonly headers: Partial<Record<string, string>>) {}
  add(row: number, column: string, code: MessageCode, params: Record<string, string | number> = {}) {
    this.list.push({ row, column: this.headers[column] ?? column, code, params });
  }
}

/** A refused cell as the message quotes it: invisible and control characters named ("[U+200B]"), so the organizer sees why. */
function printable(raw: string): string {
  return cleanLine(raw.replace(/[^\p{L}\p{M}\p{N}\p{P}\p{S} ]/gu,
    (char) => `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`));
}

/** A name cell (person or unit), blank, or its problem: too long, or with control, bidi or invisible characters. */
function nameCell(
  problems: Problems, row: number, column: string, raw: string | undefined, max: number,
): string | null {
  if (textProblem(raw ?? '') !== null) {
    problems.add(row, column, 'import_bad_text');
    return null;
  }
  const value = cleanLine(raw ?? '');
  if (value !== '' && !isAcceptableName(value)) {
    problems.add(row, column, 'import_bad_name', { value: clip(printable(value), 100) });
    return null;
  }
  if (value.length > max) {
    problems.add(row, column, 'import_too_long', { max });
    return null;
  }
  return value;
}

/** Whole numbers, with thousands grouped by `.`, `,` or a space as spreadsheets display them. */
function parseHeadcount(raw: string): number | null {
  const text = raw.trim();
  if (!/^(\d+|\d{1,3}([.,\s]\d{3})+)$/.test(text)) return null;
  const value = Number(text.replace(/[.,\s]/g, ''));
  return value <= MAX_HEADCOUNT ? value : null;
}

export function validateUnits(db: DbOrTx, table: Table<'units'>): Validation<UnitPlan> {
  const problems = new Problems(table.headers);
  const existing = new Map(listUnits(db).map((unit) => [unitKey(unit.name), unit]));
  const existingById = new Map([...existing.values()].map((unit) => [unit.id, unit]));
  const firstRowOf = new Map<string, number>();
  const plans: UnitPlan[] = [];
  for (const { row, cells } of table.rows) {
    const name = nameCell(problems, row, 'name', cells.name, MAX_UNIT_NAME);
    const parent = nameCell(problems, row, 'parent', cells.parent, MAX_UNIT_NAME);
    const headcount = parseHeadcount(cells.headcount ?? '');
    if (headcount === null) problems.add(row, 'headcount', 'import_bad_headcount', { value: (cells.headcount ?? '').trim() });
    if (name === '') problems.add(row, 'name', 'import_missing_name');
    if (!name) continue;
    const key = unitKey(name);
    const first = firstRowOf.get(key);
    if (first !== undefined) {
      problems.add(row, 'name', 'import_duplicate_unit', { first });
      continue;
    }
    firstRowOf.set(key, row);
    if (headcount === null || parent === null) continue;
    plans.push({ row, name, headcount, parent: parent === '' ? null : parent, existingId: existing.get(key)?.id ?? null });
  }

  // The parent graph after the import: the file's units over the database's.
  const parentOf = new Map<string, string | null>();
  for (const unit of existing.values()) {
    const parent = unit.parentId === null ? undefined : existingById.get(unit.parentId);
    parentOf.set(unitKey(unit.name), parent ? unitKey(parent.name) : null);
  }
  for (const plan of plans) parentOf.set(unitKey(plan.name), plan.parent === null ? null : unitKey(plan.parent));
  const known = new Set([...existing.keys(), ...firstRowOf.keys()]);
  const valid: UnitPlan[] = [];
  for (const plan of plans) {
    if (plan.parent !== null && !known.has(unitKey(plan.parent))) {
      problems.add(plan.row, 'parent', 'import_unknown_parent', { parent: plan.parent });
      continue;
    }
    if (inCycle(unitKey(plan.name), parentOf)) {
      problems.add(plan.row, 'parent', 'import_unit_cycle', { parent: plan.parent ?? '' });
      continue;
    }
    valid.push(plan);
  }
  return { plans: valid, problems: sorted(problems.list) };
}

export function validatePeople(db: DbOrTx, table: Table<'people'>): Validation<PersonPlan> {
  const problems = new Problems(table.headers);
  const units = new Map(listUnits(db).map((unit) => [unitKey(unit.name), unit.id]));
  // Canonical addresses (NFKC): a full-width look-alike repeats the row it imitates.
  const emails = table.rows.map(({ cells }) => emailAddress(cells.email ?? ''));
  const taken = existingEmails(db, emails.filter((email) => email !== null));
  const firstRowOf = new Map<string, number>();
  const plans: PersonPlan[] = [];
  table.rows.forEach(({ row, cells }, index) => {
    let ok = true;
    const fullName = nameCell(problems, row, 'name', cells.name, MAX_PERSON_NAME);
    if (fullName === '') problems.add(row, 'name', 'import_missing_name');
    if (!fullName) ok = false;

    const email = emails[index];
    if (email === null || email === undefined) {
      problems.add(row, 'email', 'import_bad_email', { value: clip(printable(cells.email ?? ''), 100) });
      ok = false;
    } else if (firstRowOf.has(email)) {
      problems.add(row, 'email', 'import_duplicate_email', { first: firstRowOf.get(email)! });
      ok = false;
    } else {
      firstRowOf.set(email, row);
      if (taken.has(email)) {
        problems.add(row, 'email', 'import_email_exists');
        ok = false;
      }
    }

    const unitName = nameCell(problems, row, 'unit', cells.unit, MAX_UNIT_NAME);
    const unitId = unitName ? units.get(unitKey(unitName)) : undefined;
    if (unitName === '') problems.add(row, 'unit', 'import_missing_unit');
    else if (unitName && unitId === undefined) problems.add(row, 'unit', 'import_unknown_unit', { unit: unitName });
    if (unitId === undefined) ok = false;

    const roles = new Set<Role>(['entrant']);
    for (const part of (cells.roles ?? '').split(/[,;|]/)) {
      if (part.trim() === '') continue;
      const role = roleNames.get(foldHeader(part));
      if (role) {
        roles.add(role);
      } else {
        problems.add(row, 'roles', 'import_unknown_role', { role: clip(cleanLine(part), 50) });
        ok = false;
      }
    }
    if (ok) plans.push({ row, fullName: fullName!, email: email!, unitId: unitId!, roles: [...roles] });
  });
  return { plans, problems: sorted(problems.list) };
}

const sorted = (list: RowProblem[]) => list.sort((a, b) => a.row - b.row);
