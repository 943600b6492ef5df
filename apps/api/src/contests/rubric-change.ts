import {
  countAwardsByTier, listCriteria, listPrizeTiers, listScoredCriterionIds, replaceCriteria, replacePrizeTiers,
  type CriterionInput, type DbOrTx, type PrizeTierInput,
} from '@guong-sang/db';
import { DomainError } from '../lib/errors.ts';

/*
 * Criteria and prize tiers are kept by position (their ids survive an edit); a shorter list drops
 * the last ones. Scores point at criteria and awards at tiers, so what is in use is refused with
 * its name before anything changes, rather than failing on the foreign key half-way.
 */

/** Makes the rubric equal to `inputs`; 409 if that would drop a criterion some judge has scored. */
export function changeRubric(tx: DbOrTx, contestId: number, inputs: CriterionInput[]): void {
  const dropped = listCriteria(tx, contestId).slice(inputs.length);
  const scored = listScoredCriterionIds(tx, dropped.map((c) => c.id));
  const inUse = dropped.find((c) => scored.has(c.id));
  if (inUse) throw new DomainError(409, 'criterion_scored', { name: inUse.name });
  replaceCriteria(tx, contestId, inputs);
}

/** Makes the prize tiers equal to `inputs`; 409 if a tier awarded would go or have fewer places than awards. */
export function changePrizeTiers(tx: DbOrTx, contestId: number, inputs: PrizeTierInput[]): void {
  const existing = listPrizeTiers(tx, contestId);
  const awarded = countAwardsByTier(tx, existing.map((t) => t.id));
  existing.forEach((tier, position) => {
    const count = awarded.get(tier.id) ?? 0;
    if (count > (inputs[position]?.count ?? 0)) throw new DomainError(409, 'prize_tier_awarded', { name: tier.name, count });
  });
  replacePrizeTiers(tx, contestId, inputs);
}
