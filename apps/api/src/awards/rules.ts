import type { Contest, User } from '@guong-sang/db';

/*
 * Who may take a prize, the one home of the award limits both the ranking's proposal and the
 * organizer's decision keep: one prize per person, and at most the contest's `awardsPerUnitCap`
 * prizes per unit (none when it is null).
 */

export type PrizeRefusal = 'award_one_per_person' | 'award_unit_cap';

/** Counts prizes as they are handed out, in order, and says why the next one may not go to an author. */
export function prizeLimits(contest: Pick<Contest, 'awardsPerUnitCap'>) {
  const people = new Set<string>();
  const perUnit = new Map<number, number>();
  return {
    /** Why `author` may not take another prize, or null when they may. */
    refusal(author: Pick<User, 'id' | 'unitId'>): PrizeRefusal | null {
      if (people.has(author.id)) return 'award_one_per_person';
      const cap = contest.awardsPerUnitCap;
      if (cap !== null && (perUnit.get(author.unitId) ?? 0) >= cap) return 'award_unit_cap';
      return null;
    },
    /** Records a prize for `author`. */
    take(author: Pick<User, 'id' | 'unitId'>): void {
      people.add(author.id);
      perUnit.set(author.unitId, (perUnit.get(author.unitId) ?? 0) + 1);
    },
  };
}
