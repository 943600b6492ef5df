import {
  getContest, listCriteria, listPrizeTiers, type Contest, type CriterionInput, type DbOrTx, type NewContest,
  type PrizeTierInput,
} from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';

/**
 * "Final" has one home. Once a contest's awards are final, nothing that decides its results
 * changes: rubric, scores, tie decisions, rounds, panels, disqualifications (DESIGN, Fairness).
 * Every such write asks here inside its own write transaction, so a write racing the
 * finalization either lands before it or is refused. The one way to change a final result is the
 * audited revocation of one award (awards/revocation.ts).
 */
export function assertResultsOpen(db: DbOrTx, contestId: number): void {
  if (!resultsOpen(db, contestId)) throw new DomainError(409, 'awards_final');
}

/** Whether a contest's results may still change: its awards are not final. */
export function resultsOpen(db: DbOrTx, contestId: number): boolean {
  return !getContest(db, contestId)?.awardsFinalizedAt;
}

/** A contest's own fields that may still change once final: how it reads, not what decided it. */
const PRESENTATION: ReadonlySet<string> = new Set(['title', 'slug', 'description', 'rules']);

const same = (a: unknown, b: unknown) =>
  a instanceof Date && b instanceof Date ? a.getTime() === b.getTime() : JSON.stringify(a) === JSON.stringify(b);

const criterionShape = (c: CriterionInput) => ({
  name: c.name, description: c.description ?? '', weight: c.weight, min: c.min ?? 0, max: c.max, levels: c.levels ?? [],
});

/**
 * Refuses a contest edit that would change anything but its presentation once the awards are
 * final. Fields sent unchanged pass (the organizer's form sends every field with each save).
 */
export function assertContestEditAllowed(
  db: DbOrTx,
  before: Contest,
  change: { fields: Partial<NewContest>; criteria?: CriterionInput[]; prizeTiers?: PrizeTierInput[] },
): void {
  const fieldChanged = Object.entries(change.fields).some(([key, value]) =>
    !PRESENTATION.has(key) && !same(value, before[key as keyof Contest]));
  const rubricChanged = change.criteria !== undefined
    && !same(listCriteria(db, before.id).map(criterionShape), change.criteria.map(criterionShape));
  const tiersChanged = change.prizeTiers !== undefined
    && !same(listPrizeTiers(db, before.id).map((t) => ({ name: t.name, count: t.count })),
      change.prizeTiers.map((t) => ({ name: t.name, count: t.count })));
  if (fieldChanged || rubricChanged || tiersChanged) assertResultsOpen(db, before.id);
}
