import { fail, redirect } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dataOrError, errorStatus, getAssignment, getNextAssignment, saveScore } from '$lib/server/api';
import { idParam, requireRole } from '$lib/server/guard';
import { missingCriteria, readScoreForm } from '$lib/server/score-form';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/*
 * Blindness: the reading view loads one thing, the judge's own assignment, which the API builds
 * from an allow-list (code, title, text, category, word count, sanitized attachments, rubric,
 * the judge's own score), and the judge's own next entry in its round for the "next entry" link. Nothing else is fetched here — no entry, user or contest routes.
 */

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'judge');
  const assignmentId = idParam(event.params.assignmentId);
  const [assignment, next] = await Promise.all([getAssignment(event, assignmentId), getNextAssignment(event, assignmentId)]);
  const notice = (['saved', 'submitted'] as const).find((key) => event.url.searchParams.has(key)) ?? null;
  return {
    assignment: dataOrError(assignment),
    // After a sheet is submitted: where to go next (the judge's own, blind like the rest).
    next: next.ok ? next.data.next : null,
    notice,
    now: Date.now(),
  };
};

/** For pages posted without JavaScript; with it, the sheet saves to the API from the browser. */
async function save(event: RequestEvent, submit: boolean) {
  requireRole(event.locals, 'judge');
  const assignmentId = idParam(event.params.assignmentId);
  const t = translator(event.locals.locale);
  const assignment = dataOrError(await getAssignment(event, assignmentId));
  const data = await event.request.formData();
  const { values, errors, scores } = readScoreForm(data, assignment.rubric, event.locals.locale);
  // The saved sheet the form was made on: one saved or submitted in another tab since is not overwritten.
  const base = data.get('baseUpdatedAt');
  const baseUpdatedAt = typeof base === 'string' ? base || null : undefined;
  const action = submit ? ('submit' as const) : ('save' as const);
  if (Object.keys(errors).length > 0) return fail(400, { action, values, errors, message: undefined, baseUpdatedAt });
  const missing = missingCriteria(assignment.rubric, scores);
  if (submit && missing.length > 0) {
    return fail(400, { action, values, errors, message: t('judging.missing', { missing: missing.join(', ') }), baseUpdatedAt });
  }
  const result = await saveScore(event, assignmentId, {
    scores, comment: values.comment, submit, ...(baseUpdatedAt !== undefined && { baseUpdatedAt }),
  });
  if (!result.ok) return fail(errorStatus(result.status), { action, values, errors, message: result.message, baseUpdatedAt });
  redirect(303, `/judging/${assignmentId}?${submit ? 'submitted' : 'saved'}=1`);
}

export const actions: Actions = {
  save: (event) => save(event, false),
  submit: (event) => save(event, true),
};
