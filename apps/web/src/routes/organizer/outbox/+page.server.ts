import { error, fail } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import { dataOrError, errorStatus, listOutbox, sendPasswordLink } from '$lib/server/api';
import { textField } from '$lib/server/form';
import { requireRole } from '$lib/server/guard';
import { pageParam } from '$lib/server/paging';
import { MAIL_STATUSES, type MailStatus } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const isStatus = (value: string | null): value is MailStatus =>
  MAIL_STATUSES.some((status) => status === value);

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const asked = event.url.searchParams.get('status');
  const status = isStatus(asked) ? asked : undefined;
  const mail = dataOrError(await listOutbox(event, { page: pageParam(event.url), status }));
  return { mail, status: status ?? null, smtpConfigured: mail.smtpConfigured };
};

export const actions: Actions = {
  /** A new set-password link in place of one the outbox hides; it goes to the person alone. */
  newLink: async (event) => {
    requireRole(event.locals, 'organizer');
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const userId = textField(data, 'userId');
    // Only a tampered form sends no id.
    if (!userId || userId.length > 100) error(404);
    const result = await sendPasswordLink(event, userId);
    if (!result.ok) return fail(errorStatus(result.status), { message: result.message });
    return { saved: t('outbox.newLinkSent', { to: textField(data, 'to').slice(0, 254) }) };
  },
};
