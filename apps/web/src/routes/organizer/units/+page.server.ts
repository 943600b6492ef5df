import { error, fail, redirect } from '@sveltejs/kit';
import type { FieldErrors } from '$lib/form-errors';
import { translator, type Locale } from '$lib/i18n';
import { createUnit, dataOrError, errorStatus, listUnits, updateUnit } from '$lib/server/api';
import { formatNumber } from '$lib/format';
import { textField } from '$lib/server/form';
import { requireRole } from '$lib/server/guard';
import type { Unit } from '$lib/types';
import type { Actions, PageServerLoad } from './$types';

type Field = 'name' | 'headcount' | 'parent';

/** The API's limit; checked here too so the message can say what is allowed. */
const HEADCOUNT_MAX = 10_000_000;

/** Puts the API's message beside the field it is about, when it is about one. */
function placeApiError(
  code: string,
  message: string,
  errors: FieldErrors<Field>,
): string | undefined {
  if (code === 'unit_exists') {
    errors.name = message;
    return undefined;
  }
  if (code === 'unit_cycle' || code === 'unit_parent_unknown') {
    errors.parent = message;
    return undefined;
  }
  return message;
}

export const load: PageServerLoad = async (event) => {
  requireRole(event.locals, 'organizer');
  const units = dataOrError(await listUnits(event));
  // After a save the action redirects here with the unit's id, to confirm what changed.
  const notice = (param: 'created' | 'updated') => {
    const id = Number(event.url.searchParams.get(param));
    return units.find((unit) => unit.id === id)?.name ?? null;
  };
  return {
    units,
    headcountMax: HEADCOUNT_MAX,
    created: notice('created'),
    updated: notice('updated'),
  };
};

/** The unit a typed parent name means: the same name, or failing that the same in any letter case. */
function unitNamed(units: readonly Unit[], name: string): Unit | undefined {
  const folded = (text: string) => text.normalize('NFC').toLocaleLowerCase('vi');
  return units.find((unit) => unit.name === name) ?? units.find((unit) => folded(unit.name) === folded(name));
}

function readUnit(data: FormData, units: readonly Unit[], locale: Locale) {
  const t = translator(locale);
  const values = { name: textField(data, 'name'), headcount: textField(data, 'headcount'), parent: textField(data, 'parent') };
  const headcount = Number(values.headcount);
  const parent = values.parent === '' ? null : unitNamed(units, values.parent);
  const errors: FieldErrors<Field> = {};
  if (!values.name) errors.name = t('validation.unitNameRequired');
  if (!/^\d+$/.test(values.headcount) || headcount > HEADCOUNT_MAX) {
    const max = formatNumber(HEADCOUNT_MAX, locale);
    errors.headcount = t('validation.headcountInvalid', { max });
  }
  if (parent === undefined) errors.parent = t('validation.parentUnknown', { name: values.parent });
  const input = { name: values.name, headcount, parentId: parent?.id ?? null };
  return { values, input, errors, valid: Object.keys(errors).length === 0 };
}

export const actions: Actions = {
  create: async (event) => {
    requireRole(event.locals, 'organizer');
    const units = dataOrError(await listUnits(event));
    const { values, input, errors, valid } = readUnit(await event.request.formData(), units, event.locals.locale);
    const invalid = (status: number, message?: string) =>
      fail(status, { action: 'create' as const, values, errors, message });
    if (!valid) return invalid(400);

    const result = await createUnit(event, input);
    if (!result.ok) {
      const message = placeApiError(result.code, result.message, errors);
      return invalid(errorStatus(result.status), message);
    }
    redirect(303, `/organizer/units?created=${result.data.id}`);
  },

  update: async (event) => {
    requireRole(event.locals, 'organizer');
    const data = await event.request.formData();
    const unitId = Number(textField(data, 'unitId'));
    const units = dataOrError(await listUnits(event));
    const { values, input, errors, valid } = readUnit(data, units, event.locals.locale);
    // An unchecked box sends nothing: closed to entrants.
    const openToEntrants = data.get('openToEntrants') === 'on';
    // Only a tampered form sends no valid id.
    if (!Number.isSafeInteger(unitId) || unitId <= 0) error(404);
    const invalid = (status: number, message?: string) =>
      fail(status, { action: 'update' as const, unitId, values, openToEntrants, errors, message });
    if (!valid) return invalid(400);

    const result = await updateUnit(event, unitId, { ...input, openToEntrants });
    if (!result.ok) {
      const message = placeApiError(result.code, result.message, errors);
      return invalid(errorStatus(result.status), message);
    }
    redirect(303, `/organizer/units?updated=${result.data.id}`);
  },
};
