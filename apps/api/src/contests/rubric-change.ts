import {
  countAwardsByTier, listCriteria, listPrizeTiers, replaceCriteria, replacePrizeTiers,
  scoreRangeByCriterion, type CriterionInput, type DbOrTx, type PrizeTierInput,
} from '@guong-sang/db';
import { scoreOnScale } from '../judging/score-sheet.ts';
import { DomainError } from '../lib/errors.ts';

/*
 * Criteria and prize tiers are kept by position (their ids survive an edit); a shorter list drops
 * the last ones. Scores point at criteria and awards at tiers, so what is in use is refused with
 * its name before anything changes, rather than failing on the foreign key half-way.
 */

/**
 * Makes the rubric equal to `inputs`; 409 if that would drop a criterion some judge has scored,
 * or shrink a kept criterion's scale under a score already given on it (judging/score-sheet.ts).
 */
export function changeRubric(tx: DbOrTx, contestId: number, inputs: CriterionInput[]): void {
  const existing = listCriteria(tx, contestId);
  const dropped = existing.slice(inputs.length);
  const given = scoreRangeByCriterion(tx, contestId, existing.map((c) => c.id));
  const inUse = dropped.find((c) => given.has(c.id));
  if (inUse) throw new DomainError(409, 'criterion_scored', { name: inUse.name });
  existing.slice(0, inputs.length).forEach((criterion, position) => {
    const range = given.get(criterion.id);
    const input = inputs[position];
    if (!range || !input) return;
    const scale = { min: input.min ?? 0, max: input.max };
    if (!scoreOnScale(scale, range.min) || !scoreOnScale(scale, range.max)) {
      throw new DomainError(409, 'criterion_scale_scored', { name: criterion.name, min: range.min, max: range.max });
    }
  });
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
