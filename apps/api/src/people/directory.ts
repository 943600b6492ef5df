import { listPeople, type DbOrTx, type PeopleFilter, type PersonRow } from '@guong-sang/db';

export const PEOPLE_PAGE_SIZE = 50;

export interface PeoplePage {
  total: number;
  page: number;
  pageSize: number;
  people: PersonRow[];
}

/**
 * One page of the organizers' people list, in Vietnamese name order. Paging happens in SQL over
 * the name-sort index, so page 1,200 of 61,000 people costs what page 1 does.
 */
export function findPeople(
  db: DbOrTx,
  filter: Omit<PeopleFilter, 'limit' | 'offset'> & { page: number; pageSize?: number },
): PeoplePage {
  const pageSize = filter.pageSize ?? PEOPLE_PAGE_SIZE;
  const { page, ...rest } = filter;
  const { total, people } = listPeople(db, { ...rest, limit: pageSize, offset: (page - 1) * pageSize });
  return { total, page, pageSize, people };
}
