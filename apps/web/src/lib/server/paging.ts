/** The `?page=` of a paged list: a whole number from 1, else the first page. */
export function pageParam(url: URL): number {
  const text = url.searchParams.get('page') ?? '';
  const page = Number(text);
  return /^\d{1,6}$/.test(text) && page >= 1 ? page : 1;
}
