import { dataOrError, listOutbox } from '$lib/server/api';
import { requireRole } from '$lib/server/guard';
import { pageParam } from '$lib/server/paging';
import { MAIL_STATUSES, type MailStatus } from '$lib/types';
import type { PageServerLoad } from './$types';

const isStatus = (value: string | null): value is MailStatus =>
  MAIL_STATUSES.some((status) => status === value);

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const asked = event.url.searchParams.get('status');
  const status = isStatus(asked) ? asked : undefined;
  const mail = dataOrError(await listOutbox(event, { page: pageParam(event.url), status }));
  return { mail, status: status ?? null, smtpConfigured: mail.smtpConfigured };
};
