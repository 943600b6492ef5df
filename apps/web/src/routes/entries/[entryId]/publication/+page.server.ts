import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dataOrError, declinePublication, errorStatus, getPublication, savePublicVersion } from '$lib/server/api';
import { idParam, requireSignedIn } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireSignedIn(event);
  const entryId = idParam(event.params.entryId);
  const publication = dataOrError(await getPublication(event, entryId));
  const done = event.url.searchParams.get('done');
  return { publication, notice: (['saved', 'approved', 'declined'] as const).find((n) => n === done) ?? null };
};

export const actions: Actions = {
  save: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    const text = (name: string) => String(data.get(name) ?? '');
    const approve = data.get('intent') === 'approve';
    const values = {
      title: text('title').trim(),
      body: text('body'),
      usesPenName: data.get('name') === 'pen',
      penName: text('penName').trim(),
      showUnit: data.get('showUnit') === 'on',
      photoIds: data.getAll('photo').map(Number).filter((n) => Number.isSafeInteger(n) && n > 0),
      altTexts: [...data.keys()].filter((key) => /^alt-\d+$/.test(key))
        .map((key) => ({ id: Number(key.slice(4)), text: text(key).trim() })),
    };
    const t = translator(event.locals.locale);
    if (!values.title) return fail(400, { action: 'save' as const, values, message: t('publication.titleRequired') });
    const result = await savePublicVersion(event, entryId, { ...values, approve });
    if (!result.ok) return fail(errorStatus(result.status), { action: 'save' as const, values, message: result.message });
    redirect(303, `/entries/${entryId}/publication?done=${approve ? 'approved' : 'saved'}`);
  },

  decline: async (event) => {
    requireSignedIn(event);
    const entryId = idParam(event.params.entryId);
    const data = await event.request.formData();
    if (data.get('confirm') !== 'on') {
      return fail(400, { action: 'decline' as const, message: translator(event.locals.locale)('publication.declineConfirmRequired') });
    }
    const result = await declinePublication(event, entryId);
    if (!result.ok) return fail(errorStatus(result.status), { action: 'decline' as const, message: result.message });
    redirect(303, `/entries/${entryId}/publication?done=declined`);
  },
};
