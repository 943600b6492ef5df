import { error, fail } from '@sveltejs/kit';
import { translator } from '$lib/i18n';
import {
  dataOrError, errorStatus, listPeople, listUnits, setPersonActive, setUserRoles,
} from '$lib/server/api';
import { textField } from '$lib/server/form';
import { requireRole } from '$lib/server/guard';
import type { PeopleQuery, PersonStatus, Role } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

const ROLE_FILTERS: readonly Role[] = ['entrant', 'judge', 'organizer'];
const STATUSES: readonly PersonStatus[] = ['active', 'deactivated'];
/** The roles an organizer grants here; `entrant` is what registering gives and stays as it is. */
const GRANTED: readonly Role[] = ['judge', 'organizer'];

/** The filter from the address bar; anything unexpected is simply no filter. */
function readFilter(url: URL): PeopleQuery {
  const params = url.searchParams;
  const role = params.get('role') as Role | null;
  const status = params.get('status') as PersonStatus | null;
  const unitId = Number(params.get('unitId'));
  const page = Number(params.get('page'));
  return {
    q: (params.get('q') ?? '').trim().slice(0, 100),
    role: role && ROLE_FILTERS.includes(role) ? role : undefined,
    status: status && STATUSES.includes(status) ? status : undefined,
    unitId: Number.isSafeInteger(unitId) && unitId > 0 ? unitId : undefined,
    page: Number.isSafeInteger(page) && page > 0 && page <= 100_000 ? page : 1,
  };
}

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const filter = readFilter(event.url);
  const [people, units] = await Promise.all([listPeople(event, filter), listUnits(event)]);
  return { filter, people: dataOrError(people), units: dataOrError(units) };
};

function userIdOf(data: FormData): string {
  const userId = textField(data, 'userId');
  // Only a tampered form sends no id.
  if (!userId || userId.length > 100) error(404);
  return userId;
}

export const actions: Actions = {
  roles: async (event) => {
    requireRole(event.locals, 'organizer');
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const userId = userIdOf(data);
    const roles: Role[] = [
      ...(data.get('entrant') === 'on' ? (['entrant'] as const) : []),
      ...GRANTED.filter((role) => data.get(role) === 'on'),
    ];
    const result = await setUserRoles(event, userId, roles);
    if (!result.ok) return fail(errorStatus(result.status), { userId, message: result.message });
    const names = result.data.roles.map((role) => t(`role.${role}`)).join(', ') || t('people.noRoles');
    // The list reloads after the action: the confirmation travels with the action's answer.
    return { userId, saved: t('people.rolesSaved', { name: result.data.fullName, roles: names }) };
  },

  active: async (event) => {
    requireRole(event.locals, 'organizer');
    const t = translator(event.locals.locale);
    const data = await event.request.formData();
    const userId = userIdOf(data);
    const active = textField(data, 'active') === 'true';
    const result = await setPersonActive(event, userId, active);
    if (!result.ok) return fail(errorStatus(result.status), { userId, message: result.message });
    const name = result.data.fullName;
    return { userId, saved: t(active ? 'people.reactivated' : 'people.deactivated', { name }) };
  },
};
