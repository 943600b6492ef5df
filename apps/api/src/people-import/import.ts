import {
  appendAudit, createUnit, createUser, type Db, type DbOrTx, listUnits, updateUnit, writeTransaction,
} from '@guong-sang/db';
import { createHash, randomBytes } from 'node:crypto';
import { UNUSABLE_PASSWORD_HASH } from '../auth/passwords.ts';
import { inviteUsers } from '../auth/password-links.ts';
import { DomainError } from '../lib/errors.ts';
import type { PreviewStore } from './preview-store.ts';
import { type ImportKind, readImportTable, type Table } from './table.ts';
import {
  type PersonPlan, type RowProblem, type UnitPlan, unitKey, validatePeople, validateUnits,
} from './validate.ts';

/** A file with thousands of broken rows has a wrong column, not thousands of typos: list the first. */
export const MAX_LISTED_PROBLEMS = 1_000;

export interface ImportPreview {
  kind: ImportKind;
  sha256: string;
  rows: number;
  toCreate: number;
  toUpdate: number;
  problemCount: number;
  problems: RowProblem[];
  /** What the import endpoint takes to save exactly this file; null while there are problems. */
  previewId: string | null;
}

export interface ImportOutcome {
  kind: ImportKind;
  created: number;
  updated: number;
  /** The people created (empty for units): each gets an invitation to set their password. */
  createdUserIds: string[];
}

function plan(db: DbOrTx, table: Table<ImportKind>) {
  if (table.kind === 'units') {
    const { plans, problems } = validateUnits(db, table as Table<'units'>);
    const toUpdate = plans.filter((p) => p.existingId !== null).length;
    return { kind: 'units' as const, plans, problems, toCreate: plans.length - toUpdate, toUpdate };
  }
  const { plans, problems } = validatePeople(db, table as Table<'people'>);
  return { kind: 'people' as const, plans, problems, toCreate: plans.length, toUpdate: 0 };
}

/** Reads and checks the file against the database; saves nothing. */
export async function previewImport(
  db: DbOrTx,
  previews: PreviewStore,
  input: { kind: ImportKind; bytes: Buffer; actorId: string },
): Promise<ImportPreview> {
  const table = await readImportTable(input.kind, input.bytes);
  const sha256 = createHash('sha256').update(input.bytes).digest('hex');
  const { problems, toCreate, toUpdate } = plan(db, table);
  const previewId = problems.length === 0 && table.rows.length > 0
    ? previews.put({ actorId: input.actorId, kind: input.kind, sha256, table })
    : null;
  return {
    kind: input.kind, sha256, rows: table.rows.length, toCreate, toUpdate,
    problemCount: problems.length, problems: problems.slice(0, MAX_LISTED_PROBLEMS), previewId,
  };
}

/**
 * Saves a previewed file, all or nothing: checked again inside the write transaction (someone
 * may have registered one of the e-mails since the preview), and audited.
 */
export function runImport(
  db: Db,
  previews: PreviewStore,
  // `now` dates the invitations mailed to the people created.
  input: { previewId: string; actorId: string; now: Date },
): ImportOutcome {
  const preview = previews.take(input.previewId, input.actorId);
  if (!preview) throw new DomainError(404, 'import_preview_expired');
  return writeTransaction(db, (tx) => {
    const checked = plan(tx, preview.table);
    if (checked.problems.length > 0) throw new DomainError(409, 'import_changed', { problems: checked.problems.length });
    const outcome: ImportOutcome = checked.kind === 'units'
      ? { kind: 'units', ...saveUnits(tx, checked.plans, input.actorId), createdUserIds: [] }
      : { kind: 'people', created: checked.plans.length, updated: 0, createdUserIds: savePeople(tx, checked.plans, input.actorId) };
    // Imported people have no password yet: each gets a set-password link by mail.
    const invited = inviteUsers(tx, outcome.createdUserIds, input.actorId, input.now);
    appendAudit(tx, {
      actorId: input.actorId, action: `${outcome.kind}.imported`, subjectType: 'import', subjectId: preview.sha256,
      details: { rows: preview.table.rows.length, created: outcome.created, updated: outcome.updated, invited },
    });
    return outcome;
  });
}

function saveUnits(tx: DbOrTx, plans: UnitPlan[], actorId: string) {
  // Every unit first, parents second: a parent may come later in the file than its children.
  for (const unit of plans) {
    if (unit.existingId === null) createUnit(tx, { name: unit.name, headcount: unit.headcount });
  }
  const idOf = new Map(listUnits(tx).map((unit) => [unitKey(unit.name), unit.id]));
  for (const unit of plans) {
    const id = idOf.get(unitKey(unit.name))!;
    const parentId = unit.parent === null ? null : idOf.get(unitKey(unit.parent))!;
    updateUnit(tx, id, { headcount: unit.headcount, parentId });
    appendAudit(tx, {
      actorId, action: unit.existingId === null ? 'unit.created' : 'unit.updated', subjectType: 'unit', subjectId: id,
      details: { name: unit.name, headcount: unit.headcount, parentId, imported: true },
    });
  }
  const updated = plans.filter((unit) => unit.existingId !== null).length;
  return { created: plans.length - updated, updated };
}

function savePeople(tx: DbOrTx, plans: PersonPlan[], actorId: string): string[] {
  return plans.map((person) => {
    const user = createUser(tx, {
      id: randomBytes(15).toString('base64url'),
      email: person.email,
      fullName: person.fullName,
      unitId: person.unitId,
      passwordHash: UNUSABLE_PASSWORD_HASH,
    }, person.roles);
    appendAudit(tx, {
      actorId, action: 'user.imported', subjectType: 'user', subjectId: user.id, details: { roles: person.roles },
    });
    return user.id;
  });
}
