import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dataOrError, decideAwards, errorStatus, finalizeAwards, getAwards, getContest, revokeAward } from '$lib/server/api';
import { EXTRA_ROWS, readAwardForm, readRevocationForm, type AwardRow } from '$lib/server/award-form';
import { idParam, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const contestId = idParam(event.params.contestId);
  const [contest, awards] = await Promise.all([getContest(event, contestId), getAwards(event, contestId)]);
  const current = dataOrError(awards);
  // The decision so far, or else the ranking's proposal, then a few empty rows.
  const start = current.decided.length > 0 ? current.decided : current.proposed;
  const rows: AwardRow[] = [
    ...start.map((award) => ({ code: award.code, tierId: String(award.tierId), reason: award.reason ?? '' })),
    ...Array.from({ length: EXTRA_ROWS }, () => ({ code: '', tierId: '', reason: '' })),
  ];
  const notice = event.url.searchParams.has('finalized') ? 'finalized' : event.url.searchParams.has('saved') ? 'saved' : null;
  // After a revocation: which award went, and whether its story was taken down from the showcase.
  const revokedCode = event.url.searchParams.get('revoked');
  const revoked = revokedCode && current.revoked.some((award) => award.code === revokedCode)
    ? { code: revokedCode, takenDown: event.url.searchParams.get('takenDown') === '1' }
    : null;
  return { contest: dataOrError(contest), awards: current, rows, notice, revoked };
};

async function begin(event: RequestEvent) {
  requireRole(event.locals, 'organizer');
  return {
    contestId: idParam(event.params.contestId),
    data: await event.request.formData(),
    t: translator(event.locals.locale),
  };
}

export const actions: Actions = {
  decide: async (event) => {
    const { contestId, data, t } = await begin(event);
    const { rows, errors, input } = readAwardForm(data, t);
    if (!input) return fail(400, { action: 'decide' as const, rows, errors, message: undefined });
    const result = await decideAwards(event, contestId, input);
    if (!result.ok) {
      return fail(errorStatus(result.status), { action: 'decide' as const, rows, errors, message: result.message });
    }
    redirect(303, `/organizer/contests/${contestId}/awards?saved=1#decided`);
  },

  finalize: async (event) => {
    const { contestId, data, t } = await begin(event);
    if (data.get('confirm') !== 'on') return fail(400, { action: 'finalize' as const, message: t('awards.confirmRequired') });
    const result = await finalizeAwards(event, contestId);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'finalize' as const, message: result.message });
    redirect(303, `/organizer/contests/${contestId}/awards?finalized=1`);
  },

  revoke: async (event) => {
    const { contestId, data, t } = await begin(event);
    const { code, reason, error, input } = readRevocationForm(data, t);
    if (!input) return fail(400, { action: 'revoke' as const, code, reason, message: error ?? undefined });
    const result = await revokeAward(event, contestId, input);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'revoke' as const, code, reason, message: result.message });
    const params = new URLSearchParams({ revoked: result.data.revoked.code, takenDown: result.data.revoked.storyTakenDown ? '1' : '0' });
    redirect(303, `/organizer/contests/${contestId}/awards?${params.toString()}#revoked`);
  },
};
