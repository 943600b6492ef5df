import type { FieldErrors } from '$lib/form-errors';
import { DAY_MS, formatNumber, fromVietnamInputs, toVietnamInputs } from '$lib/format';
import { translator, type Locale } from '$lib/i18n';
import type { RoundInput, RoundKind, RoundMethod, ShortlistInput } from '$lib/types';
import { textField } from './form';

/** The API's limits for rounds (apps/api rounds schema). */
export const ROUND_LIMITS = { readers: 20, topN: 10_000, name: 200, comparisons: { min: 2, max: 50 } } as const;

/** A judging window as typed, in Vietnam time. */
export interface WindowValues {
  opensDate: string;
  opensTime: string;
  closesDate: string;
  closesTime: string;
}

/** How a round ranks, as typed: the method and, for a comparative round, comparisons per entry. */
export interface RoundMethodValues {
  method: string;
  comparisonsPerEntry: string;
}

export interface RoundFormValues extends WindowValues, RoundMethodValues {
  name: string;
  kind: string;
  readersPerEntry: string;
}

export interface ShortlistFormValues extends WindowValues {
  name: string;
  topN: string;
}

/** A window opening now (to the minute) and closing at 23:59 `days` days later, Vietnam time. */
export function defaultWindow(now: number, days: number): WindowValues {
  const opens = toVietnamInputs(new Date(now));
  const closes = toVietnamInputs(new Date(now + days * DAY_MS));
  return { opensDate: opens.date, opensTime: opens.time, closesDate: closes.date, closesTime: '23:59' };
}

export function newRoundValues(locale: Locale, now: number): RoundFormValues {
  return {
    name: translator(locale)('rounds.defaultName'), kind: 'preliminary', readersPerEntry: '2',
    method: 'rubric', comparisonsPerEntry: '10', ...defaultWindow(now, 14),
  };
}

export function newShortlistValues(locale: Locale, now: number): ShortlistFormValues {
  return { name: translator(locale)('round.shortlist.defaultName'), topN: '20', ...defaultWindow(now, 14) };
}

function readWindow(data: FormData): WindowValues {
  return {
    opensDate: textField(data, 'opensDate'),
    opensTime: textField(data, 'opensTime'),
    closesDate: textField(data, 'closesDate'),
    closesTime: textField(data, 'closesTime'),
  };
}

/** Checks a window; errors are keyed by the date inputs' ids. */
function checkWindow(values: WindowValues, locale: Locale, errors: FieldErrors) {
  const t = translator(locale);
  const opensAt = fromVietnamInputs(values.opensDate, values.opensTime);
  const closesAt = fromVietnamInputs(values.closesDate, values.closesTime);
  if (!opensAt) errors.opensDate = t('validation.dateTimeInvalid', { field: t('rounds.opens') });
  if (!closesAt) errors.closesDate = t('validation.dateTimeInvalid', { field: t('rounds.closes') });
  if (opensAt && closesAt && Date.parse(closesAt) <= Date.parse(opensAt)) {
    errors.closesDate = t('validation.roundWindowOrder');
  }
  return opensAt && closesAt ? { opensAt, closesAt } : null;
}

function wholeNumber(text: string, min: number, max: number): number | null {
  if (!/^\d{1,10}$/.test(text)) return null;
  const value = Number(text);
  return value >= min && value <= max ? value : null;
}

/**
 * The method fields of the round forms (creating a round, changing its method before judging):
 * comparisons per entry are checked only for a comparative round, which alone uses them.
 */
export function readRoundMethod(
  data: FormData,
  locale: Locale,
): { values: RoundMethodValues; error?: string; input?: { method: RoundMethod; comparisonsPerEntry?: number } } {
  const values = { method: textField(data, 'method'), comparisonsPerEntry: textField(data, 'comparisonsPerEntry') };
  const method: RoundMethod = values.method === 'comparative' ? 'comparative' : 'rubric';
  if (method === 'rubric') return { values, input: { method } };
  const perEntry = wholeNumber(values.comparisonsPerEntry, ROUND_LIMITS.comparisons.min, ROUND_LIMITS.comparisons.max);
  if (perEntry === null) return { values, error: translator(locale)('validation.comparisonsPerEntry') };
  return { values, input: { method, comparisonsPerEntry: perEntry } };
}

export function readRoundForm(
  data: FormData,
  locale: Locale,
): { values: RoundFormValues; errors: FieldErrors; input?: RoundInput } {
  const t = translator(locale);
  const method = readRoundMethod(data, locale);
  const values: RoundFormValues = {
    name: textField(data, 'name'),
    kind: textField(data, 'kind'),
    readersPerEntry: textField(data, 'readersPerEntry'),
    ...method.values,
    ...readWindow(data),
  };
  const errors: FieldErrors = {};
  if (method.error) errors.comparisonsPerEntry = method.error;
  if (!values.name) errors.name = t('validation.roundNameRequired');
  const kind: RoundKind | null = values.kind === 'preliminary' || values.kind === 'final' ? values.kind : null;
  if (!kind) errors.kind = t('validation.roundKindRequired');
  const readers = wholeNumber(values.readersPerEntry, 1, ROUND_LIMITS.readers);
  if (readers === null) {
    errors.readersPerEntry = t('validation.wholeNumber', {
      field: t('rounds.readersPerEntry'),
      min: 1,
      max: ROUND_LIMITS.readers,
    });
  }
  const window = checkWindow(values, locale, errors);
  if (Object.keys(errors).length > 0 || !kind || readers === null || !window || !method.input) return { values, errors };
  return { values, errors, input: { name: values.name, kind, readersPerEntry: readers, ...method.input, ...window } };
}

export function readShortlistForm(
  data: FormData,
  locale: Locale,
): {
  values: ShortlistFormValues;
  errors: FieldErrors;
  input?: ShortlistInput;
} {
  const t = translator(locale);
  const values: ShortlistFormValues = { name: textField(data, 'name'), topN: textField(data, 'topN'), ...readWindow(data) };
  const errors: FieldErrors = {};
  if (!values.name) errors.name = t('validation.roundNameRequired');
  const topN = wholeNumber(values.topN, 1, ROUND_LIMITS.topN);
  if (topN === null) {
    errors.topN = t('validation.wholeNumber', {
      field: t('round.shortlist.topN'),
      min: 1,
      max: formatNumber(ROUND_LIMITS.topN, locale),
    });
  }
  const window = checkWindow(values, locale, errors);
  if (Object.keys(errors).length > 0 || topN === null || !window) return { values, errors };
  return { values, errors, input: { name: values.name, topN, ...window } };
}

/** A cap as typed: '' means none; otherwise a whole number from 1. */
export function readCap(text: string): { ok: true; value: number | null } | { ok: false } {
  if (text === '') return { ok: true, value: null };
  const value = wholeNumber(text, 1, 100_000);
  return value === null ? { ok: false } : { ok: true, value };
}

/** An assignment seed as typed: '' lets the API choose one. */
export function readSeed(text: string): { ok: true; value: number | undefined } | { ok: false } {
  if (text === '') return { ok: true, value: undefined };
  const value = wholeNumber(text, 0, 2 ** 31 - 1);
  return value === null ? { ok: false } : { ok: true, value };
}
