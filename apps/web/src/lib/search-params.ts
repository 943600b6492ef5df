import { isSlug } from '@guong-sang/text';
import type { Query } from './api';

/** The API's limits for GET /api/public/search. */
export const MAX_QUERY_LENGTH = 200;
export const MAX_PAGE = 500;

/** What GET /api/public/search is asked. */
export type SearchParams = Query<'/api/public/search', 'get'>;

/**
 * The search form's fields, cleaned so that whatever a visitor types in the address bar gives a
 * search rather than the API's 400: the query trimmed, in NFC and cut to the API's length; a
 * contest only when it looks like a slug; the page a whole number within the API's range.
 */
export function searchParams(params: URLSearchParams): SearchParams {
  const q = (params.get('q') ?? '').normalize('NFC').replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY_LENGTH).trim();
  const contestParam = params.get('contest');
  const contest = isSlug(contestParam) ? contestParam : undefined;
  const pageParam = Number(params.get('page') ?? '1');
  const page = Number.isInteger(pageParam) ? Math.min(Math.max(pageParam, 1), MAX_PAGE) : 1;
  return { q, contest, page };
}

/** Address of a page of results: the same query and contest, another page. */
export function searchHref(base: string, params: SearchParams, page: number): string {
  const search = new URLSearchParams({ q: params.q });
  if (params.contest) search.set('contest', params.contest);
  if (page > 1) search.set('page', String(page));
  return `${base}?${search.toString()}`;
}
