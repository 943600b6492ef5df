import { describe, expect, it } from 'vitest';
import { apiFilters, filterQuery, readScreeningFilters } from './screening';

describe('screening filters', () => {
  it('reads the query string, dropping what is not a filter', () => {
    const values = readScreeningFilters(new URLSearchParams('status=disqualified&category=C%C3%A1%20nh%C3%A2n&q=%20GS-1%20&threshold=70'));
    expect(values).toEqual({
      status: 'disqualified', category: 'Cá nhân', q: 'GS-1', threshold: 70, sort: 'submitted', order: 'asc', page: 1,
    });
    expect(readScreeningFilters(new URLSearchParams('status=draft&threshold=5&sort=author&order=up&page=0'))).toEqual({
      status: '',
      category: '',
      q: '',
      threshold: 50,
      sort: 'submitted',
      order: 'asc',
      page: 1,
    });
    expect(readScreeningFilters(new URLSearchParams('sort=words&order=desc&page=3'))).toMatchObject({ sort: 'words', order: 'desc', page: 3 });
    expect(readScreeningFilters(new URLSearchParams('page=1e309')).page).toBe(1);
    expect(readScreeningFilters(new URLSearchParams('threshold=abc')).threshold).toBe(50);
  });

  it('turns the percent into the API threshold and leaves empty filters out', () => {
    expect(apiFilters({ status: '', category: '', q: '', threshold: 50, sort: 'code', order: 'desc', page: 2 })).toEqual({
      status: undefined,
      category: undefined,
      q: undefined,
      threshold: 0.5,
      sort: 'code',
      order: 'desc',
      page: 2,
      pageSize: 50,
    });
  });

  it('builds the query that brings the same filters back', () => {
    const plain = { sort: 'submitted', order: 'asc', page: 1 } as const;
    expect(filterQuery({ status: '', category: '', q: '', threshold: 50, ...plain })).toBe('');
    expect(filterQuery({ status: 'submitted', category: '', q: 'Lan', threshold: 60, ...plain }, { done: 'x' })).toBe(
      '?status=submitted&q=Lan&threshold=60&done=x',
    );
    expect(filterQuery({ status: '', category: '', q: '', threshold: 50, sort: 'words', order: 'desc', page: 2 })).toBe(
      '?sort=words&order=desc&page=2',
    );
  });
});
