import { SCREENING_SORTS } from '$lib/types';
import type { ScreeningFilters } from './api';

/** The near-duplicate threshold the page starts with, in percent (the API's default, 0.5). */
export const DEFAULT_THRESHOLD = 50;
const THRESHOLD_MIN = 30;

/** Beyond any real contest; keeps a hand-edited URL within the API's bounds. */
const PAGE_MAX = 100_000;
/** About a screenful of rows. */
export const PAGE_SIZE = 50;

/**
 * What the screening page's filter form says, as typed (so the form shows it back): the API's
 * query with every filter present, the threshold in percent (30–100) and no page size.
 */
export type ScreeningFilterValues = Required<Omit<ScreeningFilters, 'status' | 'pageSize'>> & {
  status: '' | NonNullable<ScreeningFilters['status']>;
};

/**
 * Reads the filters from a query string or a form's hidden copy of it; anything unexpected is
 * dropped rather than refused, as people edit these URLs by hand.
 */
export function readScreeningFilters(params: URLSearchParams | FormData): ScreeningFilterValues {
  const text = (name: string) => {
    const value = params.get(name);
    return typeof value === 'string' ? value.trim().slice(0, 200) : '';
  };
  const status = text('status');
  const threshold = Number(text('threshold'));
  const sort = SCREENING_SORTS.find((key) => key === text('sort')) ?? 'submitted';
  const page = Number(text('page'));
  return {
    status: status === 'submitted' || status === 'disqualified' ? status : '',
    category: text('category'),
    q: text('q'),
    threshold:
      Number.isInteger(threshold) && threshold >= THRESHOLD_MIN && threshold <= 100 ? threshold : DEFAULT_THRESHOLD,
    sort,
    order: text('order') === 'desc' ? 'desc' : 'asc',
    page: Number.isInteger(page) && page >= 1 && page <= PAGE_MAX ? page : 1,
  };
}

/** The API's form of the filters. */
export function apiFilters(values: ScreeningFilterValues): ScreeningFilters {
  return {
    status: values.status || undefined,
    category: values.category || undefined,
    q: values.q || undefined,
    threshold: values.threshold / 100,
    sort: values.sort,
    order: values.order,
    page: values.page,
    pageSize: PAGE_SIZE,
  };
}

/** The query string that brings the page back with the same filters (plus `extra`). */
export function filterQuery(values: ScreeningFilterValues, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  if (values.status) search.set('status', values.status);
  if (values.category) search.set('category', values.category);
  if (values.q) search.set('q', values.q);
  if (values.threshold !== DEFAULT_THRESHOLD) search.set('threshold', String(values.threshold));
  if (values.sort !== 'submitted') search.set('sort', values.sort);
  if (values.order !== 'asc') search.set('order', values.order);
  if (values.page !== 1) search.set('page', String(values.page));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
