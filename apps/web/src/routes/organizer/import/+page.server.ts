import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { confirmImport, errorStatus, previewImport } from '$lib/server/api';
import { textField } from '$lib/server/form';
import { requireRole } from '$lib/server/guard';
import type { ImportKind } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const kindOf = (value: string | null): ImportKind => (value === 'units' ? 'units' : 'people');

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const params = event.url.searchParams;
  // After a save the action redirects here with what was saved, to confirm it.
  const imported = params.has('imported')
    ? { kind: kindOf(params.get('imported')), created: Number(params.get('created')) || 0, updated: Number(params.get('updated')) || 0 }
    : null;
  return { kind: kindOf(params.get('kind')), imported };
};

export const actions: Actions = {
  preview: async (event) => {
    requireRole(event.locals, 'organizer');
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const kind = kindOf(textField(data, 'kind'));
    const file = data.get('file');
    if (!(file instanceof File) || file.size === 0) {
      return fail(400, { kind, preview: null, message: t('import.noFile') });
    }
    const upload = new FormData();
    upload.set('file', file, file.name);
    const result = await previewImport(event, kind, upload);
    if (!result.ok) return fail(errorStatus(result.status), { kind, preview: null, message: result.message });
    return { kind, preview: result.data, message: undefined };
  },

  import: async (event) => {
    requireRole(event.locals, 'organizer');
    const data = await event.request.formData();
    const kind = kindOf(textField(data, 'kind'));
    const result = await confirmImport(event, textField(data, 'previewId'));
    if (!result.ok) return fail(errorStatus(result.status), { kind, preview: null, message: result.message });
    const { created, updated } = result.data;
    redirect(303, `/organizer/import?imported=${result.data.kind}&created=${created}&updated=${updated}`);
  },
};
