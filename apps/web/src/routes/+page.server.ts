import { dataOrError, getSetupStatus, listContests, listMyEntries, listPublishedContests, type ApiEvent } from '$lib/server/api';
import type { PageServerLoad } from './$types';

/** Contests taking entries now, the nearest deadline first; none if they cannot be listed. */
async function openContests(event: ApiEvent) {
  const listed = await listContests(event);
  if (!listed.ok) return [];
  return listed.data
    .filter((contest) => contest.acceptingSubmissions)
    .sort((a, b) => a.submissionClosesAt.localeCompare(b.submissionClosesAt));
}

export const load: PageServerLoad = async (event) => {
  // Published showcases, for everyone; the home page still works if they cannot be listed.
  const [listed, open] = await Promise.all([listPublishedContests(event), openContests(event)]);
  const showcases = listed.ok ? listed.data : [];
  const featured = { contest: open[0] ?? null, others: Math.max(0, open.length - 1), now: Date.now() };
  // Someone signed in proves setup was done; only visitors need the question asked.
  const user = event.locals.user;
  if (user) {
    // A winner's notice: their story waits for them to review it before it can be published.
    const mine = user.roles.includes('entrant') ? await listMyEntries(event) : undefined;
    const toReview = mine?.ok
      ? mine.data.filter((e) => e.award?.publicationStatus === 'awaiting_author')
        .map((e) => ({ id: e.id, title: e.title, tierName: e.award?.tierName ?? '', contestTitle: e.contestTitle }))
      : [];
    return { setupNeeded: false, unitName: user.unitName, showcases, toReview, featured };
  }
  const status = dataOrError(await getSetupStatus(event));
  return { setupNeeded: status.needed, unitName: null, showcases, toReview: [], featured };
};
