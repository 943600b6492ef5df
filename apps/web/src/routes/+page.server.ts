import { dataOrError, getSetupStatus, listMyEntries, listPublishedContests } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  // Published showcases, for everyone; the home page still works if they cannot be listed.
  const listed = await listPublishedContests(event);
  const showcases = listed.ok ? listed.data : [];
  // Someone signed in proves setup was done; only visitors need the question asked.
  const user = event.locals.user;
  if (user) {
    // A winner's notice: their story waits for them to review it before it can be published.
    const mine = user.roles.includes('entrant') ? await listMyEntries(event) : undefined;
    const toReview = mine?.ok
      ? mine.data.filter((e) => e.award?.publicationStatus === 'awaiting_author')
        .map((e) => ({ id: e.id, title: e.title, tierName: e.award?.tierName ?? '', contestTitle: e.contestTitle }))
      : [];
    return { setupNeeded: false, unitName: user.unitName, showcases, toReview };
  }
  const status = dataOrError(await getSetupStatus(event));
  return { setupNeeded: status.needed, unitName: null, showcases, toReview: [] };
};
