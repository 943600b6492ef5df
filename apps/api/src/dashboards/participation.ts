import type { UnitParticipation } from '@guong-sang/db';

export const PARTICIPATION_SORTS = ['rate', 'entries', 'headcount', 'name'] as const;
export type ParticipationSort = (typeof PARTICIPATION_SORTS)[number];

/** Entries per head; null where a unit's headcount is unknown (0), so it is never "infinitely" keen. */
export const participationRate = (unit: UnitParticipation): number | null =>
  unit.headcount > 0 ? unit.entries / unit.headcount : null;

const collator = new Intl.Collator('vi');

/**
 * Units in the order the organizer asked for; ties (and units without a rate, always last)
 * fall back to the unit's name in Vietnamese order, so the order is stable.
 */
export function sortParticipation(
  units: UnitParticipation[],
  sort: ParticipationSort,
  order: 'asc' | 'desc',
): (UnitParticipation & { rate: number | null })[] {
  const sign = order === 'asc' ? 1 : -1;
  const byName = (a: UnitParticipation, b: UnitParticipation) => collator.compare(a.name, b.name);
  return units.map((unit) => ({ ...unit, rate: participationRate(unit) })).sort((a, b) => {
    if (sort === 'name') return sign * byName(a, b);
    if (sort === 'rate') {
      if (a.rate === null || b.rate === null) return a.rate === b.rate ? byName(a, b) : a.rate === null ? 1 : -1;
      return sign * (a.rate - b.rate) || byName(a, b);
    }
    return sign * (a[sort] - b[sort]) || byName(a, b);
  });
}
