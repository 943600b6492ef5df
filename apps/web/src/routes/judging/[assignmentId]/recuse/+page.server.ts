import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dataOrError, errorStatus, getAssignment, recuse } from '$lib/server/api';
import { textField } from '$lib/server/form';
import { idParam, requireRole } from '$lib/server/guard';
import type { Actions, PageServerLoad } from './$types';

/* Blindness: as the reading view, this page loads only the judge's own (blind) assignment. */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  return { assignment: dataOrError(await getAssignment(event, idParam(event.params.assignmentId))), now: Date.now() };
};

export const actions: Actions = {
  default: async (event) => {
    requireRole(event.locals, 'judge');
    const assignmentId = idParam(event.params.assignmentId);
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const values = { kind: textField(data, 'kind'), details: textField(data, 'details').slice(0, 400) };
    if (values.kind !== 'recognise' && values.kind !== 'conflict') {
      return fail(400, { values, message: t('recuse.chooseReason') });
    }
    // The reason is recorded in the interface's language the judge chose it in.
    const label = t(values.kind === 'recognise' ? 'recuse.reason.recognise' : 'recuse.reason.conflict');
    const reason = values.details ? `${label}: ${values.details}` : label;
    const code = dataOrError(await getAssignment(event, assignmentId)).code;
    const result = await recuse(event, assignmentId, reason);
    if (!result.ok) return fail(errorStatus(result.status), { values, message: result.message });
    redirect(303, `/judging?${new URLSearchParams({ recused: code, reassigned: result.data.reassigned ? '1' : '0' })}`);
  },
};
