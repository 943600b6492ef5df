import { dataOrError, listAssignments } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import type { BlindSummary } from '$lib/types';
import type { PageServerLoad } from './$types';

/*
 * Blindness: this page loads only the judge's own assignments, which the API builds from an
 * allow-list. Nothing else is fetched here — no entry, user or contest routes.
 */

interface RoundGroup {
  round: BlindSummary['round'];
  closed: boolean;
  assignments: BlindSummary[];
  submitted: number;
}

/** Assignments by round (the API gives no round id: name and window tell rounds apart). */
function byRound(assignments: BlindSummary[], now: number): RoundGroup[] {
  const groups = new Map<string, RoundGroup>();
  for (const assignment of assignments) {
    const { round } = assignment;
    const key = `${round.name}\u0000${round.opensAt}\u0000${round.closesAt}`;
    let group = groups.get(key);
    if (!group) {
      group = { round, closed: Date.parse(round.closesAt) <= now, assignments: [], submitted: 0 };
      groups.set(key, group);
    }
    group.assignments.push(assignment);
    if (assignment.status === 'submitted') group.submitted++;
  }
  // Open rounds first, the nearest deadline on top; closed rounds after, the latest first.
  return [...groups.values()].sort((a, b) =>
    a.closed !== b.closed
      ? Number(a.closed) - Number(b.closed)
      : a.closed
        ? b.round.closesAt.localeCompare(a.round.closesAt)
        : a.round.closesAt.localeCompare(b.round.closesAt),
  );
}

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const now = Date.now();
  const assignments = dataOrError(await listAssignments(event));
  const collator = new Intl.Collator('vi');
  const groups = byRound(assignments, now);
  for (const group of groups) group.assignments.sort((a, b) => collator.compare(a.code, b.code));
  const recused = event.url.searchParams.get('recused');
  return {
    groups,
    recused: recused && /^[A-Za-z0-9-]{1,20}$/.test(recused)
      ? { code: recused, reassigned: event.url.searchParams.get('reassigned') === '1' }
      : null,
    now,
  };
};
