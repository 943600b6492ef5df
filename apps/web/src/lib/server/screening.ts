import type { ScreeningFilters } from './api';

/** The near-duplicate threshold the page starts with, in percent (the API's default, 0.5). */
export const DEFAULT_THRESHOLD = 50;
const THRESHOLD_MIN = 30;

/** What the screening page's filter form says, as typed (so the form shows it back). */
export interface ScreeningFilterValues {
  status: '' | 'submitted' | 'disqualified';
  category: string;
  q: string;
  /** Percent, 30–100. */
  threshold: number;
}

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
  return {
    status: status === 'submitted' || status === 'disqualified' ? status : '',
    category: text('category'),
    q: text('q'),
    threshold:
      Number.isInteger(threshold) && threshold >= THRESHOLD_MIN && threshold <= 100 ? threshold : DEFAULT_THRESHOLD,
  };
}

/** The API's form of the filters. */
export function apiFilters(values: ScreeningFilterValues): ScreeningFilters {
  return {
    status: values.status || undefined,
    category: values.category || undefined,
    q: values.q || undefined,
    threshold: values.threshold / 100,
  };
}

/** The query string that brings the page back with the same filters (plus `extra`). */
export function filterQuery(values: ScreeningFilterValues, extra: Record<string, string> = {}): string {
  const search = new URLSearchParams();
  if (values.status) search.set('status', values.status);
  if (values.category) search.set('category', values.category);
  if (values.q) search.set('q', values.q);
  if (values.threshold !== DEFAULT_THRESHOLD) search.set('threshold', String(values.threshold));
  for (const [key, value] of Object.entries(extra)) search.set(key, value);
  const text = search.toString();
  return text ? `?${text}` : '';
}
