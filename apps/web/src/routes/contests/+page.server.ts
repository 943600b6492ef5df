import { dataOrError, listContests } from '$lib/server/api';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const all = dataOrError(await listContests(event));
  // Organizers get drafts too; this page is what entrants see.
  const visible = all.filter((contest) => contest.status !== 'draft');
  const byDeadline = (a: { submissionClosesAt: string }, b: { submissionClosesAt: string }) =>
    a.submissionClosesAt.localeCompare(b.submissionClosesAt);
  return {
    open: visible.filter((contest) => contest.acceptingSubmissions).sort(byDeadline),
    others: visible.filter((contest) => !contest.acceptingSubmissions).sort(byDeadline).reverse(),
    now: Date.now(),
  };
};
